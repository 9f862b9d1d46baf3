// @vitest-environment node
import type { Document, Node } from '@gltf-transform/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { STRUCTURES } from '../../../src/domain/structures'
import { createIO, type BuiltModel } from '../../../src/model/build'
import type { Vec3 } from '../../../src/model/math'
import { mergeMeshes } from '../../../src/model/mesh'
import { TRIGGER_POINT_SITES } from '../../../src/model/shapes/illustrations'
import { catmullRom } from '../../../src/model/sweep'
import { BUILD_TIMEOUT, builtModel, rayHits } from './model-build'

let model: BuiltModel
let doc: Document
beforeAll(async () => {
  model = await builtModel()
  doc = await (await createIO()).readBinary(model.glb)
}, BUILD_TIMEOUT)

const extrasOf = (n: Node): Record<string, unknown> => n.getExtras()
const extra = (name: string) => {
  const e = model.geometry.extras.find((x) => x.name === name)
  if (!e) throw new Error(`missing ${name}`)
  return e
}
const triangles = (name: string) => extra(name).primitives.reduce((n, p) => n + p.mesh.indices.length / 3, 0)

const ILLUSTRATIONS: [string, string][] = [
  ['herniation-l4-l5', 'disc-herniation'],
  ['stenosis-l4-l5', 'spinal-stenosis'],
  ['degenerated-l5-s1', 'degenerative-disc'],
  ['spondylolisthesis-l5', 'spondylolisthesis'],
  ['pull-lines-muscle-imbalance', 'muscle-imbalance'],
]

describe('cause illustrations', () => {
  it('each illustration is in the GLB with its causeId and no structureId', () => {
    const nodes = doc.getRoot().listNodes()
    for (const [illustrationId, causeId] of ILLUSTRATIONS) {
      const found = nodes.filter((n) => extrasOf(n).illustrationId === illustrationId)
      expect(found.length, illustrationId).toBeGreaterThan(0)
      for (const n of found) {
        expect(extrasOf(n).causeId).toBe(causeId)
        expect(extrasOf(n).structureId).toBeUndefined()
        // A skinned illustration carries its mesh on its own node (glTF puts skinned meshes at the root).
        const mesh = n.getMesh()
        expect(mesh, illustrationId).not.toBeNull()
        expect(n.getSkin(), illustrationId).not.toBeNull()
        expect(mesh?.getExtras()).not.toHaveProperty('structureId')
      }
    }
  })
  it('pull arrows carry a role, tight and weak both present, on both sides', () => {
    const arrows = doc
      .getRoot()
      .listNodes()
      .filter((n) => n.getName().startsWith('pull-arrow-') && extrasOf(n).illustrationId)
    expect(arrows.length).toBeGreaterThanOrEqual(8)
    for (const n of arrows) expect(['tight', 'weak']).toContain(extrasOf(n).role)
    expect(new Set(arrows.map((n) => extrasOf(n).role))).toEqual(new Set(['tight', 'weak']))
    expect(arrows.some((n) => n.getName().endsWith('-left'))).toBe(true)
    expect(arrows.some((n) => n.getName().endsWith('-right'))).toBe(true)
  })
  it('each illustration (all its nodes together) stays under 1.5k triangles', () => {
    for (const [illustrationId] of ILLUSTRATIONS) {
      const nodes = model.geometry.extras.filter((x) => x.extras.illustrationId === illustrationId)
      const total = nodes.reduce((n, e) => n + triangles(e.name), 0)
      expect(total, illustrationId).toBeLessThanOrEqual(1500)
    }
  })
  it('the herniation lies on the left and touches the left L5 root', () => {
    const mesh = mergeMeshes(extra('herniation-l4-l5').primitives.map((p) => p.mesh))
    const root = (model.geometry.nerveCurves.get('l5-root-left') ?? []).flatMap((p) => catmullRom(p, p.length * 20))
    let nearest = Infinity
    let sumX = 0
    const n = mesh.positions.length / 3
    for (let i = 0; i < n; i++) {
      const v: Vec3 = [mesh.positions[i * 3] ?? 0, mesh.positions[i * 3 + 1] ?? 0, mesh.positions[i * 3 + 2] ?? 0]
      sumX += v[0]
      for (const r of root) nearest = Math.min(nearest, Math.hypot(v[0] - r[0], v[1] - r[1], v[2] - r[2]))
    }
    expect(sumX / n).toBeGreaterThan(5)
    // The root tube's radius is about 2.5 mm: the extrusion reaches its surface.
    expect(nearest).toBeLessThan(3.5)
  })
  it('the spondylolisthesis ghost sits forward of L5', () => {
    const mesh = extra('spondylolisthesis-l5').primitives[0]?.mesh
    if (!mesh) throw new Error('no ghost')
    let z = 0
    for (let i = 2; i < mesh.positions.length; i += 3) z += mesh.positions[i] ?? 0
    const l5 = model.geometry.skeleton.vertebrae.L5.translation
    expect(z / (mesh.positions.length / 3) - l5[2]).toBeGreaterThan(5)
  })
})

describe('trigger-point markers', () => {
  it('each muscle side has an active and a latent marker inside the muscle, with no structureId', () => {
    const nodes = doc.getRoot().listNodes()
    const ids = new Set(STRUCTURES.map((s) => s.id))
    for (const site of TRIGGER_POINT_SITES) {
      for (const side of ['left', 'right'] as const) {
        const muscle = `${site.muscle}-${side}`
        expect(ids.has(muscle), muscle).toBe(true)
        const markers = nodes.filter((n) => extrasOf(n).triggerPointOf === muscle)
        expect(markers.map((n) => extrasOf(n).triggerPointKind).sort(), muscle).toEqual(['active', 'latent'])
        for (const n of markers) expect(extrasOf(n).structureId).toBeUndefined()
        const muscleMesh = model.geometry.parts.find((p) => p.structure.id === muscle)?.mesh
        if (!muscleMesh) throw new Error(muscle)
        for (const kind of ['active', 'latent'] as const) {
          const name = `trigger-point-${muscle}-${kind}`
          expect(triangles(name), name).toBeLessThanOrEqual(80)
          const m = extra(name).primitives[0]?.mesh
          if (!m) throw new Error(name)
          const c: Vec3 = [0, 0, 0]
          const n = m.positions.length / 3
          for (let i = 0; i < n; i++) for (let k = 0; k < 3; k++) c[k] = (c[k] ?? 0) + (m.positions[i * 3 + k] ?? 0) / n
          // Inside the muscle: a ray from the centre crosses its surface an odd number of times.
          expect(rayHits(muscleMesh, c, [0.3, 0.5, 0.81]).length % 2, name).toBe(1)
        }
      }
    }
  })
})
