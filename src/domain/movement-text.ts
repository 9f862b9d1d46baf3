/**
 * What the movement panel says, as plain typed data: what a pose does to the back, the disc
 * pressure in words, and the lines that always stand beside the figures (reassurance, the one
 * volunteer, the model's limits). Kept apart from `movement.ts`, which is numbers and parsing, so
 * the words can be read and checked (reading grade, sources) in one place.
 */

import {
  directionOf,
  findPosePreset,
  POSE_CHANNELS,
  type DiscPressureReading,
  type MovementName,
  type PoseChannel,
  type PoseState,
} from './movement'

/** A few plain sentences and the sources they rest on. */
export interface MovementText {
  readonly text: string
  readonly sources: readonly string[]
}

/**
 * Said next to every figure, whatever the pose: the movement explains, it must not frighten.
 * Swain et al. 2020 (a review of reviews) found no agreement that any posture or lifting causes
 * back pain.
 */
export const MOVEMENT_REASSURANCE: MovementText = {
  text: "Discs are strong and built to take load. Bending, lifting and sitting are safe things to do. These changes happen in everyone's spine as it moves, and they are not damage. No posture has been shown to cause back pain.",
  sources: ['SWAIN-2020'],
}

/** Said with every disc pressure: whose disc it was, and how an older study differs. */
export const DISC_PRESSURE_NOTE: MovementText = {
  text: 'These pressures come from one volunteer, a healthy man of 45, with a sensor in one disc. They show how posture changes the load, not what your discs feel. Older figures from the 1960s (Nachemson) put sitting well above standing. The newer study found the two about the same.',
  sources: ['WILKE-1999', 'NACHEMSON-1981'],
}

/** What the model's movement can and cannot show. */
export const MODEL_MOVEMENT_NOTE: MovementText = {
  text: "The model moves each level by the average range of young adults. Real ranges differ from person to person and are often smaller in later life. The model has no upper back, so T12 moves with L1. The thighs only move in the two sitting postures. How far the discs bulge and the ligament folds are the model's estimates. They are set so the canal changes about as much as upright scans showed.",
  sources: ['PEARCY-1984', 'PEARCY-1985', 'SCHMID-1999'],
}

/** What each direction of movement does to the lower back, in plain words. */
export const DIRECTION_EFFECTS: Readonly<Record<MovementName, MovementText>> = {
  flexion: {
    text: "Bending forward squeezes the front of each disc and stretches its back. The disc's soft centre (the nucleus) is pushed a millimetre or two toward the back; scans suggest it changes shape more than it slides. The spinal canal and the nerve exits open up.",
    sources: ['PEARCY-1984', 'FENNELL-1996', 'ALEXANDER-2007', 'NAZARI-2012', 'SCHMID-1999', 'FREDERICSON-2001'],
  },
  extension: {
    text: 'Leaning back narrows the spinal canal and the nerve exits a little. The back of each disc bulges out a bit, and the ligament behind the canal (ligamentum flavum) folds in. The soft centre of the disc moves to the front. This is why the leg pain of spinal stenosis can come on when standing or walking, and ease when sitting or bending forward.',
    sources: ['PEARCY-1984', 'SCHMID-1999', 'FREDERICSON-2001', 'SAYIT-2013', 'FENNELL-1996'],
  },
  'side-left': {
    text: 'Bending to the left brings the bones on the left side closer together. The nerve exits on the left get a little smaller, and those on the right open.',
    sources: ['PEARCY-1985'],
  },
  'side-right': {
    text: 'Bending to the right brings the bones on the right side closer together. The nerve exits on the right get a little smaller, and those on the left open.',
    sources: ['PEARCY-1985'],
  },
  'twist-left': {
    text: 'Each level of the lower back turns only a degree or so. Most of a twist happens higher up the back and at the hips.',
    sources: ['PEARCY-1985'],
  },
  'twist-right': {
    text: 'Each level of the lower back turns only a degree or so. Most of a twist happens higher up the back and at the hips.',
    sources: ['PEARCY-1985'],
  },
  'tilt-forward': {
    text: 'Tipping the pelvis forward deepens the curve of the lower back (lordosis).',
    sources: [],
  },
  'tilt-back': {
    text: 'Tucking the pelvis under flattens the curve of the lower back.',
    sources: [],
  },
}

/** Whole per cent of a control, as the sliders show it. */
function percentOf(value: number): number {
  return Math.round(Math.abs(value) * 100)
}

/**
 * What the pose does: a named posture's own sentence, or one line per control that is moved, in
 * the order of the controls. Standing says nothing: there is no change to explain.
 */
export function poseExplanation(state: PoseState): MovementText[] {
  const preset = state.presetId ? findPosePreset(state.presetId) : undefined
  if (preset) return preset.id === 'standing' ? [] : [{ text: preset.about, sources: [preset.pressure.source] }]
  const lines: MovementText[] = []
  for (const channel of POSE_CHANNELS) {
    if (percentOf(state.pose[channel]) === 0) continue
    const direction = directionOf(channel, state.pose[channel])
    if (direction) lines.push(DIRECTION_EFFECTS[direction.name])
  }
  return lines
}

/** The words a slider reads out and shows for its value: "Bend forward 60 %", or "Neutral". */
export function sliderValueText(channel: PoseChannel, value: number): string {
  const direction = percentOf(value) === 0 ? undefined : directionOf(channel, value)
  return direction ? `${direction.label} ${percentOf(value)} %` : 'Neutral'
}

/** Pressure in MPa as the study gives it (two decimals at most, no trailing zeros). */
function mpa(value: number): string {
  return `${Math.round(value * 100) / 100} MPa`
}

/**
 * The disc pressure in words. Every reading names the study and its one volunteer; an estimate
 * says which two measured postures it lies between.
 */
export function discPressureText(reading: DiscPressureReading): string {
  switch (reading.basis) {
    case 'measured':
      return `${mpa(reading.figure.mpa)}, measured ${reading.figure.posture} (Wilke 1999, one volunteer)`
    case 'estimated': {
      const [lo, hi] = reading.between
      return `About ${mpa(reading.mpa)}, estimated between two postures the study measured: ${lo.posture} (${mpa(lo.mpa)}) and ${hi.posture} (${mpa(hi.mpa)}) (Wilke 1999, one volunteer)`
    }
    case 'not-measured':
      return 'No figure: the study did not measure this posture (Wilke 1999, one volunteer)'
  }
}
