// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fibreDirections, tendonAlongLines, tendonEnds, tendonFromSamples, withFibres } from '../../../src/model/fibres'
import { fibreLengthOf, TENDON_FIBRE_LENGTH } from '../../../src/domain/fibre-encoding'
import type { MeshData } from '../../../src/model/mesh'
import type { Vec3 } from '../../../src/model/math'

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
