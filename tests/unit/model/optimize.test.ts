// @vitest-environment node
import { Document, Logger } from '@gltf-transform/core'
import { EXTMeshoptCompression } from '@gltf-transform/extensions'
import { describe, expect, it } from 'vitest'
import { createIO } from '../../../src/model/build'
import { isClosedManifold, type MeshData } from '../../../src/model/mesh'
import { compress, QUANTIZED_SEMANTICS, removeFins, simplifyMesh } from '../../../src/model/optimize'
import { ellipsoidMesh } from '../../../src/model/sweep'
import { signedVolume, vertex } from './mesh-probes'

/** A fine UV sphere, radius 10 mm: 2 × 48 × 39 = 3,744 triangles. */
const fineSphere = (): MeshData => ellipsoidMesh([0, 0, 0], [10, 0, 0], [0, 10, 0], [0, 0, 10], 40, 48)

describe('simplifyMesh', () => {
  it('reaches the budget, keeps the mesh closed and its volume, and compacts the vertices', async () => {
    const fine = fineSphere()
    const simple = await simplifyMesh(fine, 2000)
    expect(simple.indices.length / 3).toBeLessThanOrEqual(2000)
    expect(simple.indices.length / 3).toBeGreaterThan(1000)
    expect(isClosedManifold(simple)).toBe(true)
    expect(signedVolume(simple) / signedVolume(fine)).toBeGreaterThan(0.95)
    const used = new Set(simple.indices)
    expect(used.size).toBe(simple.positions.length / 3)
  })
  it('keeps vertices in first-use order and gives the same mesh twice', async () => {
    const a = await simplifyMesh(fineSphere(), 2000)
    const b = await simplifyMesh(fineSphere(), 2000)
    expect(b.positions).toEqual(a.positions)
    expect(b.indices).toEqual(a.indices)
    let next = 0
    for (const i of a.indices) {
      expect(i).toBeLessThanOrEqual(next)
      if (i === next) next++
    }
  })
  it('leaves a mesh already under budget as it is', async () => {
    const m = fineSphere()
    expect(await simplifyMesh(m, 10_000)).toBe(m)
  })
  it('stops where the error bound says, short of a budget too small for it', async () => {
    const loose = await simplifyMesh(fineSphere(), 400, { error: 0.05 })
    const usual = await simplifyMesh(fineSphere(), 400)
    const strict = await simplifyMesh(fineSphere(), 400, { error: 1e-4 })
    expect(loose.indices.length / 3).toBeLessThanOrEqual(400)
    expect(usual.indices.length).toBeGreaterThan(loose.indices.length * 2)
    expect(strict.indices.length).toBeGreaterThan(usual.indices.length * 2)
  })
  it('with attributes, keeps more triangles along a border between two zones', async () => {
    const fine = fineSphere()
    // Zone 0 below a tilted plane, zone 1 above: the border crosses the sphere's rings obliquely.
    const zoneOf = (p: readonly number[]) => ((p[0] ?? 0) * 0.5 + (p[1] ?? 0) > 2 ? 1 : 0)
    const count = fine.positions.length / 3
    const values = new Float32Array(count)
    for (let i = 0; i < count; i++) values[i] = zoneOf(vertex(fine, i))
    const options = { error: 0.05 }
    const zoned = await simplifyMesh(fine, 400, options, { values, stride: 1, weights: [1] })
    const plain = await simplifyMesh(fine, 400, options)
    expect(zoned.indices.length / 3).toBeLessThanOrEqual(400)
    expect(isClosedManifold(zoned)).toBe(true)
    const acrossBorder = (m: MeshData) => {
      let n = 0
      for (let t = 0; t < m.indices.length; t += 3) {
        const z = [0, 1, 2].map((k) => zoneOf(vertex(m, m.indices[t + k] ?? 0)))
        if (new Set(z).size > 1) n++
      }
      return n
    }
    // Same budget, but the border keeps its resolution (the skin keeps its zone borders this way).
    expect(acrossBorder(zoned)).toBeGreaterThan(acrossBorder(plain) * 1.3)
  })
})

describe('removeFins', () => {
  it('drops coincident, oppositely wound pairs and keeps the rest', () => {
    const ix = new Uint32Array([0, 1, 2, 2, 1, 0, 0, 2, 3, 1, 3, 2])
    expect(Array.from(removeFins(ix))).toEqual([0, 2, 3, 1, 3, 2])
    expect(Array.from(removeFins(new Uint32Array([0, 1, 2])))).toEqual([0, 1, 2])
  })
})

describe('compress', () => {
  it('quantizes positions, leaves underscore attributes exact and marks meshopt compression required', async () => {
    const doc = new Document().setLogger(new Logger(Logger.Verbosity.SILENT))
    const buffer = doc.createBuffer()
    const positions = new Float32Array([0, 0, 0, 0.01, 0, 0, 0, 0.01, 0, 0, 0, 0.01])
    const zone = new Uint8Array([0, 7, 7, 255])
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
      .setAttribute('_ZONE', doc.createAccessor().setType('SCALAR').setArray(zone).setBuffer(buffer))
      .setIndices(
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(new Uint32Array([0, 2, 1, 0, 1, 3, 1, 2, 3, 2, 0, 3]))
          .setBuffer(buffer)
      )
    doc.createScene().addChild(doc.createNode('n').setMesh(doc.createMesh('m').addPrimitive(prim)))
    await compress(doc)
    const ext = doc
      .getRoot()
      .listExtensionsUsed()
      .find((e) => e.extensionName === EXTMeshoptCompression.EXTENSION_NAME)
    expect(ext?.isRequired()).toBe(true)
    const io = await createIO()
    const back = await io.readBinary(await io.writeBinary(doc))
    const p = back.getRoot().listMeshes()[0]?.listPrimitives()[0]
    expect(p?.getAttribute('POSITION')?.getComponentType()).toBe(5122) // SHORT: quantized
    const z = p?.getAttribute('_ZONE')
    expect(z?.getComponentType()).toBe(5121) // UNSIGNED_BYTE, as written
    expect(z?.getNormalized()).toBe(false)
    const values = Array.from({ length: z?.getCount() ?? 0 }, (_, i) => z?.getScalar(i))
    expect(values.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([0, 7, 7, 255])
  })
  it('QUANTIZED_SEMANTICS takes the standard attributes and skips the custom ones', () => {
    for (const s of ['POSITION', 'NORMAL', 'COLOR_0']) expect(QUANTIZED_SEMANTICS.test(s), s).toBe(true)
    for (const s of ['_BODY_AREA', '_DERMATOME']) expect(QUANTIZED_SEMANTICS.test(s), s).toBe(false)
  })
})
