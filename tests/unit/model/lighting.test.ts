// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { Color, SphericalHarmonics3, Vector3 } from 'three'
import { ANATOMY_STUDIO, bakeLightProbe, projectOnHarmonics, radianceFrom } from '../../../src/model/lighting'

/** What three lights a face with (before its Lambert term), from 27 baked numbers. */
function irradianceAt(coefficients: number[], normal: [number, number, number]): Vector3 {
  const sh = new SphericalHarmonics3().fromArray(coefficients)
  return sh.getIrradianceAt(new Vector3(...normal).normalize(), new Vector3())
}

const luminance = (v: Vector3) => 0.2126 * v.x + 0.7152 * v.y + 0.0722 * v.z

describe('the baked lighting environment', () => {
  it('projects an even sky onto the constant harmonic alone, lighting every face alike', () => {
    const coefficients = projectOnHarmonics(() => [0.5, 0.25, 0.125], 48)
    expect(coefficients[0]).toBeCloseTo(0.5 * 0.282095 * 4 * Math.PI, 3)
    expect(coefficients.slice(3).every((c) => Math.abs(c) < 1e-3)).toBe(true)
    // An even sky of radiance L lights any face with π·L.
    expect(irradianceAt(coefficients, [1, 0, 0]).x).toBeCloseTo(0.5 * Math.PI, 2)
    expect(irradianceAt(coefficients, [0, -1, 0]).z).toBeCloseTo(0.125 * Math.PI, 2)
  })

  it('gives, without its soft boxes, the light of the hemisphere light it replaces on every face', () => {
    const gradientOnly = { ...ANATOMY_STUDIO, softBoxes: [] }
    const coefficients = projectOnHarmonics((d) => radianceFrom(gradientOnly, d), 48)
    const ceiling = new Color(ANATOMY_STUDIO.ceiling)
    const floor = new Color(ANATOMY_STUDIO.floor)
    for (const normal of [
      [0, 1, 0],
      [0, -1, 0],
      [1, 0, 0],
      [0, 0.6, -0.8],
    ] as [number, number, number][]) {
      // three's HemisphereLight: intensity × mix(ground, sky, (1 + n·up) / 2).
      const expected = floor
        .clone()
        .lerp(ceiling, (1 + normal[1]) / 2)
        .multiplyScalar(ANATOMY_STUDIO.gradientIntensity)
      const got = irradianceAt(coefficients, normal)
      expect(got.x).toBeCloseTo(expected.r, 2)
      expect(got.y).toBeCloseTo(expected.g, 2)
      expect(got.z).toBeCloseTo(expected.b, 2)
    }
  })

  it('lights faces turned to the key soft box more than faces turned away, and the back (where the view opens) more than the belly', () => {
    const coefficients = bakeLightProbe()
    const key = ANATOMY_STUDIO.softBoxes[0]!.direction
    const towardKey = luminance(irradianceAt(coefficients, key))
    const awayFromKey = luminance(irradianceAt(coefficients, [-key[0], 0, -key[2]]))
    expect(towardKey).toBeGreaterThan(2 * awayFromKey)
    expect(luminance(irradianceAt(coefficients, [0, 0, -1]))).toBeGreaterThan(
      1.3 * luminance(irradianceAt(coefficients, [0, 0, 1]))
    )
    // Nothing is lit from below but the dark floor.
    expect(luminance(irradianceAt(coefficients, [0, -1, 0]))).toBeLessThan(0.05)
  })

  it('bakes the same 27 numbers every time', () => {
    const first = bakeLightProbe()
    expect(first).toHaveLength(27)
    expect(bakeLightProbe()).toEqual(first)
  })
})
