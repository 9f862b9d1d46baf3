// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Vec3 } from '../../../src/model/math'
import { isClosedManifold, type MeshData } from '../../../src/model/mesh'
import { belly, catmullRom, ellipsoidMesh, orient, polylineLength, sweep } from '../../../src/model/sweep'
import { bounds, signedVolume, tetrahedron, vertex } from './mesh-probes'

describe('catmullRom', () => {
  const bent: Vec3[] = [
    [0, 0, 0],
    [10, 0, 0],
    [10, 20, 0],
    [30, 20, 5],
  ]
  it('starts and ends on the end points and passes near every waypoint', () => {
    const c = catmullRom(bent, 200)
    expect(c).toHaveLength(200)
    expect(c[0]).toEqual(bent[0])
    for (const [k, v] of (c[199] ?? []).entries()) expect(v).toBeCloseTo(bent[3]?.[k] ?? NaN, 9)
    for (const w of bent) {
      const nearest = Math.min(...c.map((p) => Math.hypot(p[0] - w[0], p[1] - w[1], p[2] - w[2])))
      expect(nearest).toBeLessThan(0.5)
    }
  })
  it('keeps a straight line straight, moving forward at every sample', () => {
    const c = catmullRom(
      [
        [0, 0, 0],
        [10, 0, 0],
        [40, 0, 0],
      ],
      41
    )
    c.forEach((p, i) => {
      expect(p[1]).toBeCloseTo(0, 9)
      expect(p[2]).toBeCloseTo(0, 9)
      // Samples are spread by chord length, so about 1 mm apart here (not exactly: the spline's
      // own parameter is not arc length).
      if (i > 0) expect(p[0] - (c[i - 1]?.[0] ?? 0)).toBeGreaterThan(0.5)
      if (i > 0) expect(p[0] - (c[i - 1]?.[0] ?? 0)).toBeLessThan(1.5)
    })
  })
  it('needs two points', () => {
    expect(() => catmullRom([[0, 0, 0]], 5)).toThrow(/two points/)
  })
})

describe('polylineLength', () => {
  it('adds the segment lengths', () => {
    expect(
      polylineLength([
        [0, 0, 0],
        [3, 4, 0],
        [3, 4, 12],
      ])
    ).toBe(17)
  })
})

describe('sweep', () => {
  /** The broad faces' furthest reach (|z|) at height y and x across the width (a band swept up y, its side along x). */
  const faceReach = (tube: MeshData, y: number, x: number) =>
    Math.max(
      ...Array.from({ length: tube.positions.length / 3 }, (_, i) => vertex(tube, i))
        .filter((p) => Math.abs(p[1] - y) < 1e-3 && Math.abs(p[0] - x) < 1e-3)
        .map((p) => Math.abs(p[2]))
    )
  const line: Vec3[] = [
    [0, 0, 0],
    [0, 50, 0],
    [0, 100, 0],
  ]
  it('makes a closed, outward-facing tube with flat caps', () => {
    const tube = sweep(line, { width: () => 4, thickness: () => 2, radial: 12, step: 5 })
    expect(isClosedManifold(tube)).toBe(true)
    expect(signedVolume(tube)).toBeGreaterThan(0)
  })
  it('rounds its ends into domes when asked: still closed, each end reaching one radius past the line, rounded not pointed', () => {
    const flat = sweep(line, { width: () => 3, thickness: () => 3, radial: 12, step: 5 })
    const domed = sweep(line, { width: () => 3, thickness: () => 3, radial: 12, step: 5, domeRings: 3 })
    expect(isClosedManifold(domed)).toBe(true)
    expect(signedVolume(domed)).toBeGreaterThan(signedVolume(flat))
    const b = bounds(domed)
    expect(b.min[1]).toBeCloseTo(-3, 4)
    expect(b.max[1]).toBeCloseTo(103, 4)
    // Halfway round the dome (a third of the way up from the pole's ring), the section is still
    // well over half the tube's: a hemisphere, not a cone.
    const ringY = 100 + 3 * Math.sin(Math.PI / 4)
    const ring = Array.from({ length: domed.positions.length / 3 }, (_, i) => vertex(domed, i)).filter(
      (p) => Math.abs(p[1] - ringY) < 1e-3
    )
    expect(ring).toHaveLength(12)
    for (const p of ring) expect(Math.hypot(p[0], p[2])).toBeCloseTo(3 * Math.cos(Math.PI / 4), 4)
  })
  it('has the section and length asked for: half-width along `side`, half-thickness across', () => {
    const tube = sweep(line, { width: () => 4, thickness: () => 2, side: [1, 0, 0], radial: 16, step: 5 })
    const b = bounds(tube)
    expect(b.min[0]).toBeCloseTo(-4, 4)
    expect(b.max[0]).toBeCloseTo(4, 4)
    expect(b.max[2]).toBeCloseTo(2, 4)
    expect(b.min[1]).toBeCloseTo(0, 4)
    expect(b.max[1]).toBeCloseTo(100, 4)
    // A 16-gon inscribed in the 4 × 2 mm ellipse, 100 mm long.
    const polygon = (16 / 2) * Math.sin((2 * Math.PI) / 16) * 4 * 2
    expect(signedVolume(tube)).toBeCloseTo(polygon * 100, 0)
  })
  it('spaces its rings `step` mm apart along the curve', () => {
    const rings = (step: number) => (sweep(line, { radial: 8, step }).positions.length / 3 - 2) / 8
    expect(rings(5)).toBe(21)
    expect(rings(10)).toBe(11)
  })
  it('a higher superellipse exponent fills out the section toward a box', () => {
    const round = sweep(line, { width: () => 4, thickness: () => 4, radial: 32, step: 50 })
    const boxy = sweep(line, { width: () => 4, thickness: () => 4, radial: 32, step: 50, exponent: 6 })
    expect(signedVolume(boxy)).toBeGreaterThan(signedVolume(round) * 1.15)
    expect(signedVolume(boxy)).toBeLessThan(8 * 8 * 100)
  })
  it('creases both broad faces down the middle when given a groove, leaving the edges where they were', () => {
    const plain = sweep(line, { width: () => 6, thickness: () => 3, side: [1, 0, 0], radial: 12, step: 5 })
    const grooved = sweep(line, {
      width: () => 6,
      thickness: () => 3,
      side: [1, 0, 0],
      radial: 12,
      step: 5,
      groove: (t) => (t > 0.5 ? 1 : 0),
    })
    expect(isClosedManifold(grooved)).toBe(true)
    const midline = (tube: MeshData, y: number) => faceReach(tube, y, 0)
    expect(midline(plain, 80)).toBeCloseTo(3, 4)
    expect(midline(grooved, 80)).toBeCloseTo(2, 4)
    // Before the groove begins, and at the edges, the section is the plain one.
    expect(midline(grooved, 20)).toBeCloseTo(3, 4)
    expect(bounds(grooved).max[0]).toBeCloseTo(6, 4)
  })
  it('ridges a band into bundles side by side when asked: a crest over each, thinner clefts between them', () => {
    const ridged = sweep(line, {
      width: () => 9,
      thickness: () => 3,
      side: [1, 0, 0],
      radial: 24,
      step: 10,
      exponent: 3,
      ridges: { count: 3, depth: 0.5 },
    })
    expect(isClosedManifold(ridged)).toBe(true)
    expect(signedVolume(ridged)).toBeGreaterThan(0)
    // Across the width of one ring, half-way along.
    const reachAt = (x: number) => faceReach(ridged, 50, x)
    // Crests at the bundles' middles (x = −6, 0, 6), clefts between them (x = ±3): every ring
    // vertex lies evenly across the width, so each is sampled.
    const crests = [-6, 0, 6].map(reachAt)
    const clefts = [-3, 3].map(reachAt)
    for (const cleft of clefts) for (const crest of crests) expect(cleft).toBeLessThan(crest - 0.8)
    expect(reachAt(0)).toBeCloseTo(3, 4)
    expect(bounds(ridged).max[0]).toBeCloseTo(9, 4)
  })
  it('follows the width profile along the curve', () => {
    const tube = sweep(line, { width: (t) => 1 + 9 * t, thickness: () => 1, side: [1, 0, 0], radial: 8, step: 5 })
    const atEnd = (y: number) =>
      Math.max(
        ...Array.from({ length: tube.positions.length / 3 }, (_, i) => vertex(tube, i)).map((p) =>
          Math.abs(p[1] - y) < 1e-3 ? Math.abs(p[0]) : 0
        )
      )
    expect(atEnd(0)).toBeCloseTo(1, 4)
    expect(atEnd(100)).toBeCloseTo(10, 4)
  })
})

describe('orient', () => {
  it('flips an inside-out mesh and leaves an outward one alone', () => {
    const out = tetrahedron()
    expect(orient(out)).toBe(out)
    const ix = out.indices
    const inward: MeshData = {
      positions: out.positions,
      indices: ix.map((_, i) => ix[i - (i % 3) + [0, 2, 1][i % 3]!]!),
    }
    expect(signedVolume(inward)).toBeLessThan(0)
    expect(signedVolume(orient(inward))).toBeCloseTo(signedVolume(out), 9)
  })
})

describe('ellipsoidMesh', () => {
  it('is a closed ellipsoid with rings × segments resolution', () => {
    const m = ellipsoidMesh([5, 0, 0], [3, 0, 0], [0, 6, 0], [0, 0, 2], 8, 14)
    expect(isClosedManifold(m)).toBe(true)
    expect(m.positions.length / 3).toBe(2 + 7 * 14)
    expect(m.indices.length / 3).toBe(2 * 14 * 7)
    const b = bounds(m)
    expect(b.max[1]).toBeCloseTo(6, 5)
    expect(b.min[0]).toBeCloseTo(2, 5)
    expect(signedVolume(m)).toBeGreaterThan(0)
    expect(signedVolume(m)).toBeLessThan((4 / 3) * Math.PI * 3 * 6 * 2)
  })
})

describe('belly', () => {
  it('is the tendon at both ends and the peak at peakAt', () => {
    const r = belly(1, 5, 0.3)
    expect(r(0)).toBe(1)
    expect(r(1)).toBe(1)
    expect(r(0.3)).toBeCloseTo(5, 12)
    expect(r(0.15)).toBeGreaterThan(1)
    expect(r(0.15)).toBeLessThan(5)
  })
})
