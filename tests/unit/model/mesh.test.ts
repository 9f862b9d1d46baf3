// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { sdRoundBox, sdSphere, type Vec3 } from '../../../src/model/math'
import {
  bakeAmbientOcclusion,
  computeNormals,
  isClosedManifold,
  loadManifold,
  mapVertices,
  mergeMeshes,
  meshSdf,
  meshSdfSimplified,
  taubinSmooth,
  type MeshData,
  type Sdf,
} from '../../../src/model/mesh'
import { bounds, sectionArea, sectionSpan, signedVolume, tetrahedron, vertex } from './mesh-probes'

const sphere: Sdf = (p) => sdSphere(p, [0, 0, 0], 10)
const box = { min: [-12, -12, -12] as Vec3, max: [12, 12, 12] as Vec3 }

describe('meshSdf (manifold-3d level set)', () => {
  it('meshes a sphere into a closed manifold on its surface', async () => {
    const m = await meshSdf(sphere, box, { edgeLength: 1.5 })
    expect(isClosedManifold(m)).toBe(true)
    for (let i = 0; i < m.positions.length / 3; i++) {
      const [x, y, z] = vertex(m, i)
      expect(Math.abs(Math.hypot(x, y, z) - 10)).toBeLessThan(0.2)
    }
    expect(signedVolume(m) / ((4 / 3) * Math.PI * 1000)).toBeGreaterThan(0.97)
    expect(signedVolume(m) / ((4 / 3) * Math.PI * 1000)).toBeLessThan(1.001)
  })
  it('drops specks under the given share of the main piece and keeps the main piece whole', async () => {
    // A sphere of radius 10 and a speck of radius 2 beside it (0.8 % of its volume).
    const withSpeck: Sdf = (p) => Math.min(sdSphere(p, [0, 0, 0], 10), sdSphere(p, [0, 0, 16], 2))
    const around = { min: [-12, -12, -12] as Vec3, max: [12, 12, 20] as Vec3 }
    const all = await meshSdf(withSpeck, around, { edgeLength: 1 })
    const cleaned = await meshSdf(withSpeck, around, { edgeLength: 1, dropSpecksUnder: 0.02 })
    expect(bounds(all).max[2]).toBeGreaterThan(16)
    expect(bounds(cleaned).max[2]).toBeLessThan(11)
    expect(isClosedManifold(cleaned)).toBe(true)
    expect(signedVolume(cleaned)).toBeCloseTo(signedVolume(await meshSdf(sphere, box, { edgeLength: 1 })), 0)
  })
  it('measures a cross-section: a sphere cut through its centre and off it, two spheres together', async () => {
    const m = await meshSdf(sphere, box, { edgeLength: 1 })
    expect(sectionArea(m, 0.1) / (Math.PI * 100)).toBeCloseTo(1, 1)
    expect(sectionArea(m, 6) / (Math.PI * 64)).toBeCloseTo(1, 1)
    expect(sectionArea(m, 11)).toBe(0)
    const pair: Sdf = (p) => Math.min(sdSphere(p, [-15, 0, 0], 10), sdSphere(p, [15, 0, 0], 5))
    const two = await meshSdf(pair, { min: [-27, -12, -12], max: [22, 12, 12] }, { edgeLength: 1 })
    expect(sectionArea(two, 0.1) / (Math.PI * 125)).toBeCloseTo(1, 1)
    // Its span side to side: from the big sphere's left edge to the small one's right edge.
    expect(sectionSpan(two, 0.1)).toBeCloseTo(45, 0)
    expect(sectionSpan(two, 7)).toBeCloseTo(2 * Math.sqrt(100 - 49), 0)
    expect(sectionSpan(two, 11)).toBe(0)
  })
  it('a finer grid gives more triangles', async () => {
    const coarse = await meshSdf(sphere, box, { edgeLength: 3 })
    const fine = await meshSdf(sphere, box, { edgeLength: 1.5 })
    expect(fine.indices.length).toBeGreaterThan(coarse.indices.length * 3)
  })
  it('keeps sharp-ish detail: a rounded box comes out a box', async () => {
    const m = await meshSdf((p) => sdRoundBox(p, [0, 0, 0], [8, 4, 2], 0.5), box, { edgeLength: 0.8 })
    const b = bounds(m)
    expect(b.max[0]).toBeCloseTo(8, 0)
    expect(b.max[1]).toBeCloseTo(4, 0)
    expect(b.max[2]).toBeCloseTo(2, 0)
  })
  it('gives the same mesh twice (deterministic)', async () => {
    const a = await meshSdf(sphere, box, { edgeLength: 2 })
    const b = await meshSdf(sphere, box, { edgeLength: 2 })
    expect(b.positions).toEqual(a.positions)
    expect(b.indices).toEqual(a.indices)
  })
  it('loads the WASM module once', () => {
    expect(loadManifold()).toBe(loadManifold())
  })
})

describe('taubinSmooth', () => {
  it('takes the ripples off a bumpy sphere and keeps its size', async () => {
    // A sphere of radius 10 with bumps about 2 mm across and 0.4 mm high.
    const bumpy = mapVertices(await meshSdf(sphere, box, { edgeLength: 1 }), ([x, y, z]) => {
      const r = Math.hypot(x, y, z)
      const bump = 1 + 0.04 * Math.sin(3 * x) * Math.sin(3 * y) * Math.sin(3 * z)
      return [(x / r) * 10 * bump, (y / r) * 10 * bump, (z / r) * 10 * bump]
    })
    const spread = (m: MeshData) => {
      const radii = Array.from({ length: m.positions.length / 3 }, (_, i) => Math.hypot(...vertex(m, i)))
      const mean = radii.reduce((a, b) => a + b, 0) / radii.length
      return { mean, deviation: Math.sqrt(radii.reduce((a, r) => a + (r - mean) ** 2, 0) / radii.length) }
    }
    const before = spread(bumpy)
    const after = spread(taubinSmooth(bumpy, 8))
    expect(after.deviation).toBeLessThan(before.deviation / 2)
    // Unlike a plain Laplacian, it does not shrink the sphere.
    expect(Math.abs(after.mean - before.mean)).toBeLessThan(0.15)
  })
})

describe('meshSdfSimplified', () => {
  it('simplifies toward the budget and stays a closed manifold', async () => {
    const full = await meshSdf(sphere, box, { edgeLength: 1 })
    const simple = await meshSdfSimplified(sphere, box, { edgeLength: 1 }, 0.05, 1500)
    expect(full.indices.length / 3).toBeGreaterThan(1500)
    expect(simple.indices.length / 3).toBeLessThanOrEqual(1500)
    expect(isClosedManifold(simple)).toBe(true)
    expect(signedVolume(simple) / signedVolume(full)).toBeGreaterThan(0.95)
  })
})

describe('computeNormals', () => {
  it('points outward on a closed mesh and has unit length', async () => {
    const m = await meshSdf(sphere, box, { edgeLength: 2 })
    const n = computeNormals(m)
    for (let i = 0; i < m.positions.length / 3; i++) {
      const p = vertex(m, i)
      const q: Vec3 = [n[i * 3] ?? 0, n[i * 3 + 1] ?? 0, n[i * 3 + 2] ?? 0]
      expect(Math.hypot(...q)).toBeCloseTo(1, 5)
      expect((p[0] * q[0] + p[1] * q[1] + p[2] * q[2]) / 10).toBeGreaterThan(0.95)
    }
  })
})

describe('bakeAmbientOcclusion', () => {
  // One triangle facing +z at z = 0.
  const patch: MeshData = {
    positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]),
    indices: new Uint32Array([0, 1, 2]),
  }
  it('leaves an open surface white and darkens one with solid just above it', () => {
    // Solid below the patch only.
    const open = bakeAmbientOcclusion(patch, (p) => p[2])
    for (const c of open) expect(c).toBe(1)
    // A slab of solid from z = 6 mm up darkens it; one from 2.5 mm up darkens it to the floor (0.35).
    const shaded = (gap: number) => bakeAmbientOcclusion(patch, (p) => Math.min(p[2], gap - p[2]))
    for (const c of shaded(6)) {
      expect(c).toBeLessThan(0.8)
      expect(c).toBeGreaterThan(0.5)
    }
    for (const c of shaded(2.5)) expect(c).toBeCloseTo(0.35, 6)
  })
})

describe('mergeMeshes and mapVertices', () => {
  it('mergeMeshes offsets the second mesh’s indices and fills missing colours with white', () => {
    const a = tetrahedron()
    const b = { ...tetrahedron(), colors: new Float32Array(12).fill(0.5) }
    const m = mergeMeshes([a, b])
    expect(m.positions.length).toBe(24)
    expect(Array.from(m.indices.slice(12))).toEqual(Array.from(b.indices).map((i) => i + 4))
    expect(Array.from(m.colors ?? [])).toEqual([...Array<number>(12).fill(1), ...Array<number>(12).fill(0.5)])
    expect(isClosedManifold(m)).toBe(true)
  })
  it('mapVertices moves every vertex and keeps the triangles', () => {
    const t = tetrahedron()
    const moved = mapVertices(t, (p) => [p[0] + 1, p[1] * 2, p[2]])
    expect(vertex(moved, 3)).toEqual([13, 6, 8])
    expect(moved.indices).toBe(t.indices)
    expect(vertex(t, 3)).toEqual([12, 3, 8])
  })
})

describe('isClosedManifold', () => {
  it('accepts a tetrahedron and rejects a hole, a flipped face and a doubled face', () => {
    const t = tetrahedron()
    expect(isClosedManifold(t)).toBe(true)
    expect(isClosedManifold({ ...t, indices: t.indices.slice(0, 9) })).toBe(false)
    const flipped = Uint32Array.from(t.indices)
    ;[flipped[1], flipped[2]] = [flipped[2] ?? 0, flipped[1] ?? 0]
    expect(isClosedManifold({ ...t, indices: flipped })).toBe(false)
    expect(isClosedManifold({ ...t, indices: Uint32Array.from([...t.indices, ...t.indices.slice(0, 3)]) })).toBe(false)
  })
})
