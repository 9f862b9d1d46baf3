import { describe, expect, it } from 'vitest'
import {
  DIRECTION_EFFECTS,
  DISC_PRESSURE_NOTE,
  discPressureText,
  MODEL_MOVEMENT_NOTE,
  MOVEMENT_REASSURANCE,
  poseExplanation,
  sliderValueText,
} from '../../../src/domain/movement-text'
import { discPressureFor, findPosePreset, NEUTRAL_POSE, NEUTRAL_POSE_STATE } from '../../../src/domain/movement'
import { isSourceId } from '../../../src/domain/sources'
import { readingStats, sentencesOf, wordsOf } from '../../../src/domain/readability'
import { placeholderStrings } from './content-helpers'

const ALL_TEXT = [MOVEMENT_REASSURANCE, DISC_PRESSURE_NOTE, MODEL_MOVEMENT_NOTE, ...Object.values(DIRECTION_EFFECTS)]

describe('movement text', () => {
  it('reads at grade 8 or below, in sentences of 25 words or fewer, with no placeholder', () => {
    for (const { text } of ALL_TEXT) {
      expect(readingStats([text]).grade, text).toBeLessThanOrEqual(8)
      for (const sentence of sentencesOf(text)) expect(wordsOf(sentence).length, sentence).toBeLessThanOrEqual(25)
    }
    expect(placeholderStrings(ALL_TEXT)).toEqual([])
  })

  it('cites only sources we have, and the reassurance rests on the review of reviews', () => {
    for (const { sources } of ALL_TEXT) for (const id of sources) expect(isSourceId(id), id).toBe(true)
    expect(MOVEMENT_REASSURANCE.sources).toContain('SWAIN-2020')
    expect(DISC_PRESSURE_NOTE.sources).toEqual(['WILKE-1999', 'NACHEMSON-1981'])
  })

  it('says the disc pressures come from one volunteer', () => {
    expect(DISC_PRESSURE_NOTE.text).toMatch(/one volunteer/)
  })
})

describe('poseExplanation', () => {
  it("uses a named posture's own sentence", () => {
    const slumped = findPosePreset('sitting-slumped')!
    expect(poseExplanation({ pose: slumped.pose, presetId: slumped.id })).toEqual([
      { text: slumped.about, sources: ['WILKE-1999'] },
    ])
  })

  it('explains each moved control of a free pose, in control order, and says nothing for standing', () => {
    const lines = poseExplanation({
      pose: { ...NEUTRAL_POSE, pelvicTilt: 0.5, bend: -0.4, sideBend: 0.2 },
      presetId: null,
    })
    expect(lines).toEqual([
      DIRECTION_EFFECTS.extension,
      DIRECTION_EFFECTS['side-left'],
      DIRECTION_EFFECTS['tilt-forward'],
    ])
    expect(DIRECTION_EFFECTS.extension.text).toMatch(/stenosis/)
    expect(poseExplanation(NEUTRAL_POSE_STATE)).toEqual([])
    expect(poseExplanation({ pose: NEUTRAL_POSE, presetId: 'standing' })).toEqual([])
  })
})

describe('sliderValueText', () => {
  it('reads a value in words, each way, and the middle as neutral', () => {
    expect(sliderValueText('bend', 0.6)).toBe('Bend forward 60 %')
    expect(sliderValueText('bend', -0.25)).toBe('Lean back 25 %')
    expect(sliderValueText('sideBend', -1)).toBe('Side-bend right 100 %')
    expect(sliderValueText('pelvicTilt', 0)).toBe('Neutral')
    expect(sliderValueText('twist', 0.004)).toBe('Neutral')
  })
})

describe('discPressureText', () => {
  it('says a measured figure with its posture, the study and its one volunteer', () => {
    const slumped = findPosePreset('sitting-slumped')!
    expect(discPressureText(discPressureFor(slumped.pose, slumped))).toBe(
      '0.83 MPa, measured sitting bent fully forward (Wilke 1999, one volunteer)'
    )
  })

  it('says an estimate lies between two measured postures', () => {
    expect(discPressureText(discPressureFor({ ...NEUTRAL_POSE, bend: 0.5 }))).toBe(
      'About 0.8 MPa, estimated between two postures the study measured: standing relaxed (0.5 MPa) and standing bent forward (1.1 MPa) (Wilke 1999, one volunteer)'
    )
  })

  it('says when the study did not measure a posture', () => {
    expect(discPressureText({ basis: 'not-measured' })).toMatch(/did not measure this posture.*one volunteer/)
  })
})
