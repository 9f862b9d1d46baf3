// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { sdCapsule, smin, type Vec3 } from '../../../src/model/math'
import { carve, fleshySdf, SECTION_SHADE, shadeSection } from '../../../src/model/shapes/fleshy-muscle'
import { computeNormals, isClosedManifold, meshSdf, type MeshData } from '../../../src/model/mesh'
import { withFibres } from '../../../src/model/fibres'
import { thickSheetMesh } from '../../../src/model/sheet-mesh'
import { thickSheetSdf } from '../../../src/model/surface-sdf'
import { catmullRom } from '../../../src/model/sweep'

describe('thickSheetSdf', () => {
  // A 40 × 40 mm sheet in the XZ plane, 4 mm thick at one edge and 2 mm at the other.
  const grid: Vec3[][] = [0, 1, 2, 3, 4].map((i) => [0, 1, 2, 3, 4].map((j): Vec3 => [j * 10, 0, i * 10]))
  const half = grid.map((row) => row.map((p) => 2 + p[0] / 40))
  const sdf = thickSheetSdf(grid, half)
  it('is the distance to the mid-surface less the local half-thickness', () => {
    expect(sdf([0, 0, 20])).toBeCloseTo(-2, 5)
    expect(sdf([40, 0, 20])).toBeCloseTo(-3, 5)
    expect(sdf([20, 7, 20])).toBeCloseTo(7 - 2.5, 5)
    expect(sdf([20, -7, 20])).toBeCloseTo(7 - 2.5, 5)
  })
  it('rounds off the rim beyond the grid', () => {
    expect(sdf([-6, 0, 20])).toBeCloseTo(6 - 2, 5)
    expect(sdf([20, 3, 46])).toBeCloseTo(Math.hypot(3, 6) - 2.5, 5)
  })
})

describe('fleshy muscles', () => {
  const muscle = {
    id: 'test',
    fibres: [
      [
        [0, 0, 0],
        [0, -50, 0],
        [0, -100, 0],
      ],
      [
        [12, 0, 0],
        [12, -50, 0],
        [12, -100, 0],
      ],
    ] as Vec3[][],
    radius: (t: number) => 2 + 4 * Math.sin(Math.PI * t),
    blend: 8,
    liesOn: [],
  }
  const { sdf, bounds } = fleshySdf(muscle)
  it('melts neighbouring bundles into one belly, thin at the tendons', () => {
    expect(sdf([6, -50, 0])).toBeLessThan(0)
    expect(sdf([6, -50, 0])).toBeLessThan(sdf([6, -2, 0]))
    expect(sdf([0, -50, 9])).toBeGreaterThan(0)
  })
  it('bounds hold every bundle', () => {
    expect(bounds.min[0]).toBeLessThan(-2)
    expect(bounds.max[0]).toBeGreaterThan(14)
    expect(bounds.min[1]).toBeLessThan(-100)
  })
  it('grooves the seam between the parts of a muscle built of parts, and leaves the parts themselves whole', () => {
    const grooved = fleshySdf({ ...muscle, parts: { of: [0, 1], groove: { depth: 2, width: 2.5 } } })
    /** How far in front (+z) the surface lies at x, halfway down: a ray from inside, bisected. */
    const surfaceAt = (d: (p: Vec3) => number, x: number): number => {
      let [lo, hi] = [0, 30]
      for (let k = 0; k < 40; k++) {
        const m = (lo + hi) / 2
        if (d([x, -50, m]) < 0) lo = m
        else hi = m
      }
      return lo
    }
    // Between the two bundles the surface sinks; over each it stays where it was.
    expect(surfaceAt(sdf, 6) - surfaceAt(grooved.sdf, 6)).toBeGreaterThan(1)
    for (const x of [0, 12]) expect(surfaceAt(grooved.sdf, x)).toBeCloseTo(surfaceAt(sdf, x), 1)
    // The muscles over it lie on its bed, which bridges the groove.
    expect(surfaceAt(grooved.bed, 6)).toBeCloseTo(surfaceAt(sdf, 6), 3)
    // One part is the muscle without parts.
    const whole = fleshySdf({ ...muscle, parts: { of: [0, 0], groove: { depth: 2, width: 2.5 } } })
    for (const p of [
      [6, -50, 5],
      [3, -20, -4],
      [20, -50, 0],
    ] as Vec3[])
      expect(whole.sdf(p)).toBe(sdf(p))
    expect(() => fleshySdf({ ...muscle, parts: { of: [1, 0], groove: { depth: 2, width: 2.5 } } })).toThrow(
      /part order/
    )
  })
  it('keeps off the midline when asked, so a muscle and its mirror image never meet there', () => {
    // The bundles lie at x = 0 and x = 12 with bellies up to 6 mm round: they reach x = -6.
    expect(sdf([-3, -50, 0])).toBeLessThan(0)
    const apart = fleshySdf({ ...muscle, offMidline: 4 })
    expect(apart.sdf([-3, -50, 0])).toBeGreaterThan(0)
    expect(apart.sdf([3, -50, 0])).toBeGreaterThan(0)
    expect(apart.sdf([8, -50, 0])).toBeLessThan(0)
    expect(apart.bounds.min[0]).toBeGreaterThan(0)
  })
  it('is cut flat where the model ends across a muscle that runs on: a full section just below the cut, nothing above it', () => {
    const cut = fleshySdf({ ...muscle, cutAbove: -30 })
    // Just under the cut the belly is as thick as the uncut one (not rounded off towards an end)…
    for (const x of [-3, 6, 15]) expect(Math.sign(cut.sdf([x, -33, 0]))).toBe(Math.sign(sdf([x, -33, 0])))
    expect(cut.sdf([6, -33, 0])).toBeLessThan(0)
    // …and above it there is none, though the bundles run on.
    expect(sdf([6, -27, 0])).toBeLessThan(0)
    expect(cut.sdf([6, -27, 0])).toBeGreaterThan(0)
    expect(cut.bounds.max[1]).toBeLessThan(-27)
  })
  it('shades the cut face of a sectioned muscle darker, its fibres running on through it, and leaves its sides as they were', async () => {
    const cut = fleshySdf({ ...muscle, cutAbove: -30 })
    const mesh = withFibres(await meshSdf(cut.sdf, cut.bounds, { edgeLength: 1.5 }), muscle.fibres)
    const shaded = shadeSection(mesh, -30)
    const normals = computeNormals(mesh)
    let top = 0
    let side = 0
    for (let v = 0; v < mesh.positions.length / 3; v++) {
      const y = mesh.positions[v * 3 + 1] ?? 0
      const up = normals[v * 3 + 1] ?? 0
      const colour = shaded.colors?.[v * 3] ?? 1
      const fibre = Math.hypot(...[0, 1, 2].map((k) => shaded.fibres?.[v * 3 + k] ?? 0))
      if (y > -31 && up > 0.95) {
        top++
        expect(colour).toBeCloseTo(SECTION_SHADE, 5)
        expect(fibre).toBeGreaterThan(0.9)
      } else if (y < -40 && Math.abs(up) < 0.3) {
        side++
        expect(colour).toBe(1)
        expect(fibre).toBeGreaterThan(0.9)
      }
    }
    expect(top).toBeGreaterThan(10)
    expect(side).toBeGreaterThan(50)
  })
  it('skips only the bundles too far away to change the blend: the same distance as blending every bundle near the muscle, a lower bound far from it', () => {
    // Bundles spread far apart, so that most points have distant bundles to skip.
    const fan = {
      ...muscle,
      fibres: Array.from({ length: 9 }, (_, k): Vec3[] => [
        [k * 15, 0, (k % 3) * 10],
        [k * 17, -50, 0],
        [k * 20, -100, -(k % 2) * 12],
      ]),
    }
    const { sdf: fast, bounds: box } = fleshySdf(fan)
    const inBox = (p: Vec3): boolean => p.every((v, k) => v >= (box.min[k] as number) && v <= (box.max[k] as number))
    const every = (p: Vec3): number => {
      let d = Infinity
      for (const waypoints of fan.fibres) {
        const pts = catmullRom(waypoints, 12)
        let df = Infinity
        for (let i = 1; i < pts.length; i++)
          df = Math.min(
            df,
            sdCapsule(
              p,
              pts[i - 1] as Vec3,
              pts[i] as Vec3,
              fan.radius((i - 1) / (pts.length - 1)),
              fan.radius(i / (pts.length - 1))
            )
          )
        d = smin(d, df, fan.blend)
      }
      return d
    }
    let near = 0
    for (let i = 0; i < 400; i++) {
      const p: Vec3 = [((i * 37) % 220) - 30, -((i * 53) % 140) + 10, ((i * 29) % 90) - 45]
      if (inBox(p)) {
        near++
        expect(fast(p)).toBeCloseTo(every(p), 9)
      } else {
        expect(fast(p)).toBeGreaterThan(0)
        expect(fast(p)).toBeLessThanOrEqual(every(p))
      }
    }
    expect(near).toBeGreaterThan(150)
  })
  it('carving keeps the gap from what the muscle lies on', () => {
    const bone = (p: Vec3) => Math.hypot(p[0] - 6, p[1] + 50, p[2] - 10) - 6
    const carved = carve(sdf, [bone], 1)
    for (const z of [4, 5, 6, 8, 10]) expect(carved([6, -50, z])).toBeGreaterThan(0)
    expect(carved([6, -50, -3])).toBeLessThan(0)
  })
})

describe('thickSheetMesh', () => {
  // A quarter cylinder of radius 100 mm, 60 mm tall, 3 mm thick: the shape of a flank layer.
  const grid: Vec3[][] = [0, 1, 2, 3].map((i) =>
    [0, 1, 2, 3, 4, 5].map((j): Vec3 => {
      const a = (j / 5) * (Math.PI / 2)
      return [100 * Math.cos(a), i * 20, 100 * Math.sin(a)]
    })
  )
  const half = grid.map((row) => row.map(() => 1.5))
  const mesh = thickSheetMesh(grid, half)
  const volume = (m: MeshData): number => {
    let v = 0
    const p = m.positions
    for (let t = 0; t < m.indices.length; t += 3) {
      const [a, b, c] = [0, 1, 2].map((k) => (m.indices[t + k] ?? 0) * 3) as [number, number, number]
      v +=
        ((p[a] ?? 0) * ((p[b + 1] ?? 0) * (p[c + 2] ?? 0) - (p[b + 2] ?? 0) * (p[c + 1] ?? 0)) -
          (p[a + 1] ?? 0) * ((p[b] ?? 0) * (p[c + 2] ?? 0) - (p[b + 2] ?? 0) * (p[c] ?? 0)) +
          (p[a + 2] ?? 0) * ((p[b] ?? 0) * (p[c + 1] ?? 0) - (p[b + 1] ?? 0) * (p[c] ?? 0))) /
        6
    }
    return v
  }
  it('is a closed manifold facing outward', () => {
    expect(isClosedManifold(mesh)).toBe(true)
    expect(volume(mesh)).toBeGreaterThan(0)
  })
  it('has the thickness and area of the sheet', () => {
    // Arc length × height × thickness, less the chord shortfall of five segments.
    const expected = (Math.PI / 2) * 100 * 60 * 3 * 0.99
    expect(volume(mesh)).toBeGreaterThan(expected * 0.97)
    expect(volume(mesh)).toBeLessThan(expected * 1.03)
  })
})
