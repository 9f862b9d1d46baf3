// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  fibreAcross,
  fibreDirections,
  tendonAlongLines,
  tendonEnds,
  tendonFromSamples,
  withFibres,
} from '../../../src/model/fibres'
import { fibreLengthOf, TENDON_FIBRE_LENGTH } from '../../../src/domain/fibre-encoding'
import { computeNormals, type MeshData } from '../../../src/model/mesh'
import { add, cross, dot, normalize, scale, sub, type Vec3 } from '../../../src/model/math'
import { thickSheetMesh } from '../../../src/model/sheet-mesh'
import { medianAngleOffFibres } from './mesh-probes'

/** A mesh of loose vertices (fibre directions depend on positions only). */
function points(...ps: Vec3[]): MeshData {
  return { positions: new Float32Array(ps.flat()), indices: new Uint32Array() }
}

const direction = (fibres: Float32Array, v: number): Vec3 => [fibres[v * 3]!, fibres[v * 3 + 1]!, fibres[v * 3 + 2]!]

describe('fibreDirections', () => {
  const down: Vec3[] = [
    [0, 100, 0],
    [0, 0, 0],
  ]
  const across: Vec3[] = [
    [100, 0, 0],
    [200, 0, 0],
  ]

  it('gives a vertex beside a single fibre that fibre’s direction, origin to insertion, as a unit vector', () => {
    const fibres = fibreDirections(points([5, 50, 0], [-3, 10, 4]), [down])
    for (const v of [0, 1]) {
      const d = direction(fibres, v)
      expect(d[0]).toBeCloseTo(0, 6)
      expect(d[1]).toBeCloseTo(-1, 6)
      expect(Math.hypot(...d)).toBeCloseTo(1, 6)
    }
  })

  it('follows the nearest of two fibres and turns smoothly between them', () => {
    const fibres = fibreDirections(points([1, 50, 0], [99, 0, 1], [50, 25, 0]), [down, across])
    expect(direction(fibres, 0)[1]).toBeLessThan(-0.99)
    expect(direction(fibres, 1)[0]).toBeGreaterThan(0.99)
    // Halfway between: a blend of the two, still a unit vector.
    const between = direction(fibres, 2)
    expect(between[0]).toBeGreaterThan(0.1)
    expect(between[1]).toBeLessThan(-0.1)
    expect(Math.hypot(...between)).toBeCloseTo(1, 6)
  })

  it('follows a curved fibre segment by segment', () => {
    const bend: Vec3[] = [
      [0, 0, 0],
      [0, -50, 0],
      [50, -50, 0],
    ]
    const fibres = fibreDirections(points([2, -20, 0], [30, -52, 0]), [bend])
    expect(direction(fibres, 0)[1]).toBeCloseTo(-1, 6)
    expect(direction(fibres, 1)[0]).toBeCloseTo(1, 6)
  })
})

describe('tendon shares', () => {
  // A fibre 100 mm long from y = 100 (origin) down to y = 0 (insertion).
  const fibre: Vec3[] = [
    [0, 100, 0],
    [0, 50, 0],
    [0, 0, 0],
  ]

  it('tendonEnds: tendon over the given share at each end, belly between, with a short junction', () => {
    const profile = tendonEnds(0.1, 0.3)
    expect(profile(0, 0)).toBe(1)
    expect(profile(0.5, 0)).toBe(0)
    expect(profile(0.95, 0)).toBe(1)
    expect(profile(0.7, 0)).toBeCloseTo(0.5, 6)
    expect(tendonEnds(0, 0.2)(0, 0)).toBe(0)
  })

  it('follow each vertex’s nearest point along the fibre, by length from origin to insertion', () => {
    const tendon = tendonAlongLines(points([3, 95, 0], [-2, 40, 1], [1, 8, 0]), [fibre], tendonEnds(0, 0.2))
    expect([...tendon]).toEqual([0, 0, 1])
  })

  it('blend the profiles of neighbouring fibres, so no seam shows between bundles', () => {
    const other = fibre.map(([x, y, z]): Vec3 => [x + 20, y, z])
    const tendon = tendonAlongLines(points([1, 50, 0], [10, 50, 0], [19, 50, 0]), [fibre, other], (_, line) => line)
    expect(tendon[0]).toBeLessThan(0.2)
    expect(tendon[1]).toBeCloseTo(0.5, 6)
    expect(tendon[2]).toBeGreaterThan(0.8)
  })

  it('on a sheet, take the nearest sample’s share', () => {
    const samples: Vec3[] = [
      [0, 0, 0],
      [10, 0, 0],
    ]
    const tendon = tendonFromSamples(points([1, 0, 2], [9, 0, -2]), samples, [0, 1])
    expect([...tendon]).toEqual([0, 1])
  })

  it('are carried by the fibre vector’s length, which stays a unit direction in the belly', () => {
    expect(fibreLengthOf(0)).toBe(1)
    expect(fibreLengthOf(1)).toBe(TENDON_FIBRE_LENGTH)
    expect(fibreLengthOf(2)).toBe(TENDON_FIBRE_LENGTH)
    const mesh = withFibres(points([0, 5, 0], [0, 60, 0]), [fibre], tendonEnds(0, 0.2))
    expect([...mesh.tendon!]).toEqual([1, 0])
    expect(Math.hypot(...direction(mesh.fibres!, 0))).toBeCloseTo(1, 6)
  })
})

describe('fibreAcross', () => {
  // A flank-like sheet: 2 mm thick, wrapped a third of the way round a vertical axis 150 mm away,
  // its fibres climbing steeply at the back and running level at the front, as the internal
  // oblique's fan out.
  const grid: Vec3[][] = Array.from({ length: 25 }, (_, i) =>
    Array.from({ length: 31 }, (_, j) => {
      const a = ((-60 + 4 * j) * Math.PI) / 180
      return [150 * Math.sin(a), 8 * i, 150 * Math.cos(a)] as Vec3
    })
  )
  const sheet = thickSheetMesh(
    grid,
    grid.map((row) => row.map(() => 1))
  )
  const outward = (p: Vec3): Vec3 => normalize([p[0], 0, p[2]])
  const fibres = new Float32Array(sheet.positions.length)
  for (let v = 0; v < fibres.length / 3; v++) {
    const p: Vec3 = [sheet.positions[v * 3]!, sheet.positions[v * 3 + 1]!, sheet.positions[v * 3 + 2]!]
    const round = normalize(cross([0, 1, 0], outward(p)))
    const share = (Math.atan2(p[0], p[2]) + Math.PI / 3) / ((2 * Math.PI) / 3)
    const climb = ((60 - 60 * share) * Math.PI) / 180
    fibres.set(normalize(add(scale(round, Math.cos(climb)), [0, Math.sin(climb), 0])), v * 3)
  }
  const mesh: MeshData = { ...sheet, fibres }
  const normals = computeNormals(mesh)

  const offFibres = (across: (v: number) => number) => medianAngleOffFibres(mesh, across)

  it('runs its level lines along the fibres of a curved sheet, where the position projected across them does not', () => {
    const across = fibreAcross(mesh, normals, outward)
    expect(offFibres((v) => across[v]!)).toBeLessThan(4)
    // What the app did before: the position, from the mesh's centre, across the fibres.
    const centre: Vec3 = [0, 96, 130]
    const projected = (v: number) => {
      const p: Vec3 = [mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!]
      const n: Vec3 = [normals[v * 3]!, normals[v * 3 + 1]!, normals[v * 3 + 2]!]
      return dot(sub(p, centre), normalize(cross(direction(fibres, v), n)))
    }
    expect(offFibres(projected)).toBeGreaterThan(8)
  })

  it('counts millimetres across the fibres and centres the sheet on 0', () => {
    const across = fibreAcross(mesh, normals, outward)
    const mean = across.reduce((s, x) => s + x, 0) / across.length
    expect(Math.abs(mean)).toBeLessThan(0.5)
    // Up the back edge, where the fibres climb at 60°, 192 mm of height is about 192 × cos 60° across them.
    const backEdge = (i: number) => across[i * 31]!
    expect(Math.abs(backEdge(24) - backEdge(0))).toBeGreaterThan(192 * 0.5 * 0.8)
    expect(Math.abs(backEdge(24) - backEdge(0))).toBeLessThan(192 * 0.5 * 1.25)
  })
})
