// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { publishedVolume, RAJAGOPAL_SPECIFIC_TENSION } from '../../../src/model/measurements'
import { bodyScale, femurFit, pelvisFit, RAJAGOPAL_2016 } from '../../../src/model/opensim-paths'
import { buildSkeleton } from '../../../src/model/skeleton'

const P = buildSkeleton().pelvis

describe('published muscle sizes', () => {
  it('gives back the volume Rajagopal 2016 made its force from (force = 60 N/cm² × volume ÷ fibre length)', () => {
    // 100 cm³ of 10 cm fibres: 10 cm² of cross-section, 600 N.
    const force = RAJAGOPAL_SPECIFIC_TENSION * (100 / 10)
    expect(publishedVolume([{ name: 'test', maxForce: force, optimalFibreLength: 0.1 }])).toBeCloseTo(100, 6)
    // Gluteus maximus, the largest of them, from its three parts.
    expect(publishedVolume(RAJAGOPAL_2016['gluteus-maximus'] ?? [])).toBeCloseTo(872.7, 0)
  })
  it("scales by the mean of the pelvis's and the femur's fits", () => {
    const k = bodyScale(P)
    const [a, b] = [pelvisFit(P).fit.scale, femurFit(P).scale]
    expect(k).toBeGreaterThan(Math.min(a, b))
    expect(k).toBeLessThan(Math.max(a, b))
    expect(k * k).toBeCloseTo(a * b, 9)
  })
})
