// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { fibreDirections } from '../../../src/model/fibres'
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
