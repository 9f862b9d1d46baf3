import { describe, expect, it } from 'vitest'
import {
  discPressureFor,
  findPosePreset,
  formatPoseLink,
  lumbarFlexion,
  MOVEMENT_DIRECTIONS,
  NEUTRAL_POSE,
  NEUTRAL_POSE_STATE,
  parsePoseLink,
  POSE_PRESETS,
  poseAngles,
  SEGMENT_RANGES,
  SPINAL_JOINTS,
  WILKE_1999,
  type PoseState,
} from '../../../src/domain/movement'

/** The link a state writes, read back. */
function roundTrip(state: PoseState): PoseState | null {
  const link = formatPoseLink(state)
  if (!link) return null
  const parsed = parsePoseLink(link.pose, link.amount)
  if (!parsed.ok) throw new Error(`${link.pose} did not parse: ${parsed.problem}`)
  return parsed.state
}

describe('pose links', () => {
  it('round-trips every named posture, standing as no parameter at all', () => {
    for (const preset of POSE_PRESETS) {
      const state: PoseState = { pose: preset.pose, presetId: preset.id }
      if (preset.id === 'standing') expect(formatPoseLink(state)).toBeNull()
      else expect(roundTrip(state), preset.id).toEqual(state)
    }
    expect(formatPoseLink(NEUTRAL_POSE_STATE)).toBeNull()
  })

  it('round-trips every direction, at the end and part way', () => {
    for (const d of MOVEMENT_DIRECTIONS) {
      for (const amount of [1, 0.35]) {
        const state: PoseState = { pose: { ...NEUTRAL_POSE, [d.channel]: d.sign * amount }, presetId: null }
        expect(roundTrip(state), `${d.name} ${amount}`).toEqual(state)
      }
    }
    expect(formatPoseLink({ pose: { ...NEUTRAL_POSE, bend: -0.8 }, presetId: null })).toEqual({
      pose: 'extension',
      amount: '0.8',
    })
  })

  it('round-trips several movements in one list', () => {
    const state: PoseState = { pose: { bend: 0.6, sideBend: 0.3, twist: -0.2, pelvicTilt: -1 }, presetId: null }
    expect(formatPoseLink(state)).toEqual({ pose: 'flexion:0.6,side-left:0.3,twist-right:0.2,tilt-back:1' })
    expect(roundTrip(state)).toEqual(state)
  })

  it('reads the three link forms', () => {
    expect(parsePoseLink('extension', '0.8')).toEqual({
      ok: true,
      state: { pose: { ...NEUTRAL_POSE, bend: -0.8 }, presetId: null },
    })
    expect(parsePoseLink('flexion:0.6,side-left:0.3')).toEqual({
      ok: true,
      state: { pose: { ...NEUTRAL_POSE, bend: 0.6, sideBend: 0.3 }, presetId: null },
    })
    expect(parsePoseLink('sitting-slumped')).toEqual({
      ok: true,
      state: { pose: findPosePreset('sitting-slumped')!.pose, presetId: 'sitting-slumped' },
    })
    // One direction with no amount goes to the end of its range.
    expect(parsePoseLink('side-right')).toMatchObject({ ok: true, state: { pose: { sideBend: -1 } } })
  })

  it('refuses unknown names, amounts outside 0 to 1, NaN, a channel given twice and very long text', () => {
    const refused: [string, string | undefined][] = [
      ['backflip', undefined],
      ['', undefined],
      ['toString', undefined],
      ['__proto__', undefined],
      ['extension', '1.5'],
      ['extension', '-0.2'],
      ['flexion:2', undefined],
      ['flexion:-0.5', undefined],
      ['extension', 'NaN'],
      ['flexion:NaN', undefined],
      ['flexion:Infinity', undefined],
      ['flexion:1e-1', undefined],
      ['flexion:0.5,extension:0.5', undefined],
      ['side-left:0.2,side-right:0.2', undefined],
      ['flexion:0.5:0.5', undefined],
      ['sitting-slumped', '0.5'],
      ['flexion:0.5,side-left:0.5', '0.5'],
      ['x'.repeat(100_000), undefined],
      [Array.from({ length: 9 }, () => 'flexion').join(','), undefined],
    ]
    for (const [pose, amount] of refused) {
      expect(parsePoseLink(pose, amount).ok, `${pose.slice(0, 40)} ${amount}`).toBe(false)
    }
  })

  it('writes amounts to two decimals, and leaves out a control moved by less than 1 %', () => {
    expect(formatPoseLink({ pose: { ...NEUTRAL_POSE, bend: 0.3333, twist: 0.004 }, presetId: null })).toEqual({
      pose: 'flexion',
      amount: '0.33',
    })
  })
})

describe('poseAngles', () => {
  it('gives each level its own flexion range at the end of a forward bend', () => {
    const angles = poseAngles({ ...NEUTRAL_POSE, bend: 1 })
    for (const joint of SPINAL_JOINTS) expect(angles[joint].flexion, joint).toBeCloseTo(SEGMENT_RANGES[joint].flexion)
    expect(angles.pelvis.flexion).toBeGreaterThan(0)
  })

  it('turns every level backwards when leaning back, by its extension range', () => {
    const angles = poseAngles({ ...NEUTRAL_POSE, bend: -1 })
    for (const joint of SPINAL_JOINTS) {
      expect(angles[joint].flexion, joint).toBeLessThan(0)
      expect(angles[joint].flexion, joint).toBeCloseTo(-SEGMENT_RANGES[joint].extension)
    }
    // The hips only join a forward bend.
    expect(angles.pelvis.flexion).toBe(0)
  })

  it('makes the lumbar spine more extended when the pelvis tips forward, and flatter when it tucks under', () => {
    const standing = lumbarFlexion(poseAngles(NEUTRAL_POSE))
    expect(lumbarFlexion(poseAngles({ ...NEUTRAL_POSE, pelvicTilt: 1 }))).toBeLessThan(standing - 5)
    expect(lumbarFlexion(poseAngles({ ...NEUTRAL_POSE, pelvicTilt: -1 }))).toBeGreaterThan(standing + 5)
  })

  it('bends every level to the patient’s left (positive) for a left side-bend', () => {
    const angles = poseAngles({ ...NEUTRAL_POSE, sideBend: 1 })
    for (const joint of SPINAL_JOINTS) {
      expect(angles[joint].sideBend, joint).toBeGreaterThan(0)
      expect(angles[joint].sideBend, joint).toBeCloseTo(SEGMENT_RANGES[joint].sideBend)
    }
    expect(poseAngles({ ...NEUTRAL_POSE, sideBend: -1 }).L3.sideBend).toBeLessThan(0)
  })

  it('clamps controls past the ends and reads NaN as neutral', () => {
    expect(poseAngles({ ...NEUTRAL_POSE, bend: 3 })).toEqual(poseAngles({ ...NEUTRAL_POSE, bend: 1 }))
    expect(poseAngles({ ...NEUTRAL_POSE, bend: Number.NaN })).toEqual(poseAngles(NEUTRAL_POSE))
  })
})

describe('discPressureFor', () => {
  it('gives a named posture the pressure measured in it', () => {
    const slumped = findPosePreset('sitting-slumped')!
    expect(discPressureFor(slumped.pose, slumped)).toEqual({ basis: 'measured', figure: WILKE_1999.sittingFlexed })
  })

  it('gives standing as measured, also when no posture is named', () => {
    expect(discPressureFor(NEUTRAL_POSE)).toEqual({ basis: 'measured', figure: WILKE_1999.standing })
  })

  it('estimates a part-way forward bend between standing and standing bent forward', () => {
    const reading = discPressureFor({ ...NEUTRAL_POSE, bend: 0.5 })
    expect(reading.basis).toBe('estimated')
    if (reading.basis !== 'estimated') return
    expect(reading.mpa).toBeCloseTo((WILKE_1999.standing!.mpa + WILKE_1999.standingFlexed!.mpa) / 2)
    expect(reading.between).toEqual([WILKE_1999.standing, WILKE_1999.standingFlexed])
  })

  it('says a posture the study did not measure was not measured', () => {
    for (const pose of [
      { ...NEUTRAL_POSE, bend: -0.5 },
      { ...NEUTRAL_POSE, sideBend: 0.4 },
      { ...NEUTRAL_POSE, bend: 0.5, twist: 0.2 },
      { ...NEUTRAL_POSE, pelvicTilt: 1 },
    ]) {
      expect(discPressureFor(pose), JSON.stringify(pose)).toEqual({ basis: 'not-measured' })
    }
  })
})
