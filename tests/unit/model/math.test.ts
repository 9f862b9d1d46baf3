// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { piecewiseLinear } from '../../../src/model/math'

describe('piecewiseLinear', () => {
  it('interpolates between the points whichever way the keys run', () => {
    expect(piecewiseLinear([0, 10, 20], [0, 5, 25], 15)).toBeCloseTo(15, 10)
    expect(piecewiseLinear([20, 10, 0], [25, 5, 0], 15)).toBeCloseTo(15, 10)
    expect(piecewiseLinear([0, 10, 20], [0, 5, 25], 10)).toBeCloseTo(5, 10)
  })
  it('holds the value of the nearer end beyond the points', () => {
    expect(piecewiseLinear([0, 10, 20], [0, 5, 25], -7)).toBe(0)
    expect(piecewiseLinear([0, 10, 20], [0, 5, 25], 31)).toBe(25)
    expect(piecewiseLinear([20, 10, 0], [25, 5, 0], 31)).toBe(25)
  })
})
