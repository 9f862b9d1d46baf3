/**
 * Movement of the lumbar spine and pelvis: what each control does, how far each level moves, the
 * named postures, the disc pressures measured in them, and the link format. Plain data and pure
 * functions; the scene turns the joint angles into rotations of the model's joints, and the
 * generator's tests measure the posed meshes with the same angles.
 *
 * Frame (as everywhere): +Y superior, +Z anterior, +X the patient's left. Angles in degrees.
 */

/** The four movement controls. Each runs from −1 to 1 with 0 neutral. */
export interface SpinePose {
  /** + bend forward (flexion), − lean back (extension). */
  bend: number
  /** + bend to the patient's left, − to the right. */
  sideBend: number
  /** + turn the shoulders to the patient's left, − to the right. */
  twist: number
  /** + tip the pelvis forward (anterior tilt, deeper lumbar curve), − tuck it under (posterior tilt). */
  pelvicTilt: number
}

export type PoseChannel = keyof SpinePose

export const POSE_CHANNELS: readonly PoseChannel[] = ['bend', 'sideBend', 'twist', 'pelvicTilt']

export const NEUTRAL_POSE: SpinePose = { bend: 0, sideBend: 0, twist: 0, pelvicTilt: 0 }

/** One direction of one control, as named in links (`?pose=extension&amount=0.8`). */
export type MovementName =
  'flexion' | 'extension' | 'side-left' | 'side-right' | 'twist-left' | 'twist-right' | 'tilt-forward' | 'tilt-back'

export interface MovementDirection {
  name: MovementName
  channel: PoseChannel
  sign: 1 | -1
  /** Plain words for a control's end ("Bend forward"). */
  label: string
}

export const MOVEMENT_DIRECTIONS: readonly MovementDirection[] = [
  { name: 'flexion', channel: 'bend', sign: 1, label: 'Bend forward' },
  { name: 'extension', channel: 'bend', sign: -1, label: 'Lean back' },
  { name: 'side-left', channel: 'sideBend', sign: 1, label: 'Side-bend left' },
  { name: 'side-right', channel: 'sideBend', sign: -1, label: 'Side-bend right' },
  { name: 'twist-left', channel: 'twist', sign: 1, label: 'Twist left' },
  { name: 'twist-right', channel: 'twist', sign: -1, label: 'Twist right' },
  { name: 'tilt-forward', channel: 'pelvicTilt', sign: 1, label: 'Tip the pelvis forward' },
  { name: 'tilt-back', channel: 'pelvicTilt', sign: -1, label: 'Tuck the pelvis under' },
]

/** How each control is named on screen. */
export const CHANNEL_NAMES: Record<PoseChannel, string> = {
  bend: 'Bend forward or back',
  sideBend: 'Side-bend',
  twist: 'Twist',
  pelvicTilt: 'Pelvic tilt',
}

export function directionOf(channel: PoseChannel, value: number): MovementDirection | undefined {
  if (value === 0) return undefined
  return MOVEMENT_DIRECTIONS.find((d) => d.channel === channel && d.sign === Math.sign(value))
}

/** A lumbar motion segment, named by the vertebra that moves on the one below. */
export type SpinalJoint = 'L1' | 'L2' | 'L3' | 'L4' | 'L5'

/** Every joint of the model's skeleton that a pose turns. T12 rides on L1 (no thoracic spine is modelled). */
export type PoseJoint = 'pelvis' | SpinalJoint | 'T12' | 'femur-left' | 'femur-right'

export const SPINAL_JOINTS: readonly SpinalJoint[] = ['L5', 'L4', 'L3', 'L2', 'L1']

/** The disc each spinal joint turns about. */
export const JOINT_SEGMENT: Record<SpinalJoint, string> = {
  L1: 'L1–L2',
  L2: 'L2–L3',
  L3: 'L3–L4',
  L4: 'L4–L5',
  L5: 'L5–S1',
}

/** End-of-range movement of one segment, in degrees, each direction from standing. */
export interface SegmentRange {
  flexion: number
  extension: number
  /** To one side. */
  sideBend: number
  /** To one side. */
  twist: number
}

/**
 * In vivo ranges per level from standing. Flexion and extension: Pearcy, Portek & Shepherd 1984
 * (biplanar radiography of young men): about 14° in all at each level, more flexion than
 * extension except at L5–S1. Side-bending: Pearcy 1985 (about 10° in all at the upper three
 * levels, 6° at L4–L5, 3° at L5–S1), halved for one side. Axial twist: about 2° in all at each
 * level, slightly more at L3–L4 and L4–L5 (Pearcy 1985; Pearcy & Tibrewal 1984), halved for one side.
 */
export const SEGMENT_RANGES: Record<SpinalJoint, SegmentRange> = {
  L1: { flexion: 8, extension: 5, sideBend: 5, twist: 1 },
  L2: { flexion: 10, extension: 3, sideBend: 5, twist: 1 },
  L3: { flexion: 12, extension: 1, sideBend: 5, twist: 1.5 },
  L4: { flexion: 13, extension: 2, sideBend: 3, twist: 1.5 },
  L5: { flexion: 9, extension: 5, sideBend: 1.5, twist: 1 },
}

export const SEGMENT_RANGE_SOURCES = ['PEARCY-1984', 'PEARCY-1985'] as const

/**
 * Lumbopelvic rhythm: in a full forward bend the pelvis also turns forward on the hips, little at
 * first and most late in the bend (Esola et al. 1996). The end value is this model's estimate.
 */
export const HIP_SHARE_OF_FULL_BEND = 50

/** Pelvic tilt at the end of each direction of the tilt control (estimate for a voluntary tilt). */
export const PELVIC_TILT_RANGE = { forward: 12, back: 20 } as const

/**
 * How a pose turns every joint: flexion (+ forward) about the joint's own left-right axis,
 * side-bend (+ to the patient's left) about its front-back axis, twist (+ to the left) about its
 * long axis. The pelvis turns about the line through both hip centres; the thighs from standing.
 */
export interface JointAngles {
  flexion: number
  sideBend: number
  twist: number
}

export type PoseAngles = Record<PoseJoint, JointAngles>

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v))

/** Clamps every control to −1…1 (NaN becomes 0). */
export function clampPose(pose: SpinePose): SpinePose {
  const c = (v: number): number => (Number.isFinite(v) ? clamp(v, -1, 1) : 0)
  return { bend: c(pose.bend), sideBend: c(pose.sideBend), twist: c(pose.twist), pelvicTilt: c(pose.pelvicTilt) }
}

/**
 * Every joint's angles for a pose. `thighForward` turns both thighs forward from standing (90° is
 * sitting). Tilting the pelvis with the trunk kept upright is taken up by the lumbar levels in
 * proportion to their range: forward tilt deepens the curve (extension), backward tilt flattens it.
 */
export function poseAngles(input: SpinePose, thighForward = 0): PoseAngles {
  const pose = clampPose(input)
  const zero = (): JointAngles => ({ flexion: 0, sideBend: 0, twist: 0 })
  const angles = {
    pelvis: zero(),
    T12: zero(),
    'femur-left': zero(),
    'femur-right': zero(),
  } as PoseAngles
  const tiltDeg =
    pose.pelvicTilt >= 0 ? pose.pelvicTilt * PELVIC_TILT_RANGE.forward : pose.pelvicTilt * PELVIC_TILT_RANGE.back
  const totalExtension = SPINAL_JOINTS.reduce((s, j) => s + SEGMENT_RANGES[j].extension, 0)
  const totalFlexion = SPINAL_JOINTS.reduce((s, j) => s + SEGMENT_RANGES[j].flexion, 0)
  for (const joint of SPINAL_JOINTS) {
    const r = SEGMENT_RANGES[joint]
    const bend = pose.bend >= 0 ? pose.bend * r.flexion : pose.bend * r.extension
    // The lumbar curve takes up the pelvic tilt so the trunk stays upright.
    const share = tiltDeg >= 0 ? -tiltDeg * (r.extension / totalExtension) : -tiltDeg * (r.flexion / totalFlexion)
    angles[joint] = {
      flexion: clamp(bend + share, -r.extension * 1.5, r.flexion),
      sideBend: pose.sideBend * r.sideBend,
      twist: pose.twist * r.twist,
    }
  }
  const hipShare = pose.bend > 0 ? HIP_SHARE_OF_FULL_BEND * pose.bend * pose.bend : 0
  angles.pelvis = { flexion: hipShare + tiltDeg, sideBend: 0, twist: 0 }
  angles['femur-left'] = { flexion: thighForward, sideBend: 0, twist: 0 }
  angles['femur-right'] = { flexion: thighForward, sideBend: 0, twist: 0 }
  return angles
}

/** The lumbar spine's total flexion (+) or extension (−) from L1 to S1 for a pose, degrees. */
export function lumbarFlexion(angles: PoseAngles): number {
  return SPINAL_JOINTS.reduce((s, j) => s + angles[j].flexion, 0)
}

/**
 * How far through its range a level is bent: +1 at the end of flexion, −1 at the end of extension
 * (down to −1.5 when a forward pelvic tilt deepens the curve), 0 standing. Keyed by the joint that
 * turns in the disc (L4 turns in the L4–L5 disc).
 */
export function levelBend(angles: PoseAngles): Record<SpinalJoint, number> {
  const out = {} as Record<SpinalJoint, number>
  for (const joint of SPINAL_JOINTS) {
    const f = angles[joint].flexion
    const r = SEGMENT_RANGES[joint]
    out[joint] = f >= 0 ? f / r.flexion : f / r.extension
  }
  return out
}

/**
 * What skinning cannot do, the generator adds as glTF morph targets, each the change at the end of
 * one direction of one level (mm, src/model/morph-targets.ts), named `<level>:<direction>`:
 * - each disc's annulus bulges backward in extension and forward in flexion (Fredericson 2001:
 *   posterior bulging grows in extension);
 * - each nucleus shifts backward in flexion and forward in extension (Fennell 1996; Alexander
 *   2007). Nazari 2012 found the "shift" is mostly the nucleus changing shape, so the panel says
 *   the bulk moves, not that the nucleus slides;
 * - the ligamentum flavum folds forward into the canal in extension and is drawn flat in flexion
 *   (Sayit 2013, in the neck; Schönström 1989 and Schmid 1999 for the lumbar canal).
 * The amounts are this model's estimates, chosen so that the canal area the app measures changes
 * from flexion to extension by about what Schmid 1999 measured at L4–L5 (268 → 224 mm², −16 %).
 */
export const SOFT_TISSUE_MOTION = {
  /** Outward bulge of the back of the annulus at mid-height at the end of extension, mm. */
  discBulgeMm: 1.2,
  /** Forward fold of the ligamentum flavum at mid-height at the end of extension, mm. */
  flavumFoldMm: 1.6,
  /** Backward shift of the nucleus's bulk at the end of flexion, mm. */
  nucleusShiftMm: 1.5,
} as const

export const SOFT_TISSUE_SOURCES = [
  'FREDERICSON-2001',
  'FENNELL-1996',
  'ALEXANDER-2007',
  'NAZARI-2012',
  'SAYIT-2013',
  'SCHMID-1999',
] as const

/** The direction a morph target shows: it is fully on at the end of that direction's range. */
export type MorphDirection = 'flexion' | 'extension'

/** A morph target's name: the level and the direction it shows ("L4-L5:extension"). */
export function morphTargetName(joint: SpinalJoint, direction: MorphDirection): string {
  return `${JOINT_SEGMENT[joint].replace('–', '-')}:${direction}`
}

/**
 * The weight of a morph target named by `morphTargetName` for the levels' bends: the target's own
 * direction counts positive, the opposite direction negative (a flexion bulge undone in extension).
 * Null for a name that is not a level's.
 */
export function morphTargetWeight(name: string, bends: Readonly<Record<SpinalJoint, number>>): number | null {
  const [level, direction] = name.split(':')
  const joint = SPINAL_JOINTS.find((j) => JOINT_SEGMENT[j].replace('–', '-') === level)
  if (!joint || (direction !== 'flexion' && direction !== 'extension')) return null
  return direction === 'flexion' ? bends[joint] : -bends[joint]
}

/** A disc pressure measured in one posture. */
export interface DiscPressureFigure {
  /** MPa, in the nucleus of the L4–L5 disc. */
  mpa: number
  /** The posture as the study names it, in plain words. */
  posture: string
  source: 'WILKE-1999'
}

/**
 * Wilke et al. 1999: a pressure sensor in the healthy L4–L5 disc of one 45-year-old, 70 kg man.
 * One volunteer: the figures show how posture changes the load, not what any one person's discs feel.
 */
export const WILKE_1999: Record<string, DiscPressureFigure> = {
  lyingOnSide: { mpa: 0.12, posture: 'lying on the side', source: 'WILKE-1999' },
  standing: { mpa: 0.5, posture: 'standing relaxed', source: 'WILKE-1999' },
  standingFlexed: { mpa: 1.1, posture: 'standing bent forward', source: 'WILKE-1999' },
  sittingUnsupported: { mpa: 0.46, posture: 'sitting relaxed, no backrest', source: 'WILKE-1999' },
  sittingStraight: { mpa: 0.55, posture: 'sitting actively upright', source: 'WILKE-1999' },
  sittingFlexed: { mpa: 0.83, posture: 'sitting bent fully forward', source: 'WILKE-1999' },
  liftingRoundBack: { mpa: 2.3, posture: 'lifting 20 kg with a rounded back', source: 'WILKE-1999' },
  liftingBentKnees: { mpa: 1.7, posture: 'lifting 20 kg with bent knees', source: 'WILKE-1999' },
}

export type PosePresetId = 'standing' | 'sitting-upright' | 'sitting-slumped' | 'bending-forward' | 'lifting-round-back'

export interface PosePreset {
  id: PosePresetId
  name: string
  pose: SpinePose
  /** Both thighs forward from standing, degrees (sitting ≈ 90). */
  thighForward: number
  pressure: DiscPressureFigure
  /** One plain sentence on what the posture does to the back. */
  about: string
}

export const POSE_PRESETS: readonly PosePreset[] = [
  {
    id: 'standing',
    name: 'Standing',
    pose: NEUTRAL_POSE,
    thighForward: 0,
    pressure: WILKE_1999.standing as DiscPressureFigure,
    about: 'The lumbar curve in its usual shape. This is the model at rest.',
  },
  {
    id: 'sitting-upright',
    name: 'Sitting upright',
    pose: { bend: 0, sideBend: 0, twist: 0, pelvicTilt: -0.35 },
    thighForward: 85,
    pressure: WILKE_1999.sittingStraight as DiscPressureFigure,
    about: 'Sitting tips the pelvis back a little and flattens the lumbar curve.',
  },
  {
    id: 'sitting-slumped',
    name: 'Sitting slumped',
    pose: { bend: 0.55, sideBend: 0, twist: 0, pelvicTilt: -1 },
    thighForward: 85,
    pressure: WILKE_1999.sittingFlexed as DiscPressureFigure,
    about:
      'Slumping rounds the lower back: the discs are squeezed at the front, and the canal and nerve exits open up. Many people with stenosis find this eases their leg symptoms.',
  },
  {
    id: 'bending-forward',
    name: 'Bending forward',
    pose: { bend: 0.75, sideBend: 0, twist: 0, pelvicTilt: 0 },
    thighForward: 0,
    pressure: WILKE_1999.standingFlexed as DiscPressureFigure,
    about: 'The lumbar spine and the hips share a forward bend.',
  },
  {
    id: 'lifting-round-back',
    name: 'Lifting with a round back',
    pose: { bend: 1, sideBend: 0, twist: 0, pelvicTilt: 0 },
    thighForward: 0,
    pressure: WILKE_1999.liftingRoundBack as DiscPressureFigure,
    about:
      'The highest disc pressure in the study. Discs are built to take load like this, and lifting with a rounded back has not been shown to cause back pain.',
  },
]

export function findPosePreset(id: string): PosePreset | undefined {
  return POSE_PRESETS.find((p) => p.id === id)
}

export function isNeutralPose(pose: SpinePose): boolean {
  return POSE_CHANNELS.every((c) => pose[c] === 0)
}

/** What the app says about disc pressure for a pose: measured, estimated between two measured postures, or not measured. */
export type DiscPressureReading =
  | { basis: 'measured'; figure: DiscPressureFigure }
  | { basis: 'estimated'; mpa: number; between: readonly [DiscPressureFigure, DiscPressureFigure] }
  | { basis: 'not-measured' }

export function discPressureFor(pose: SpinePose, preset?: PosePreset): DiscPressureReading {
  if (preset) return { basis: 'measured', figure: preset.pressure }
  const p = clampPose(pose)
  if (isNeutralPose(p)) return { basis: 'measured', figure: WILKE_1999.standing as DiscPressureFigure }
  // Only bending forward from standing lies between two postures the study measured.
  if (p.bend > 0 && p.sideBend === 0 && p.twist === 0 && p.pelvicTilt === 0) {
    const lo = WILKE_1999.standing as DiscPressureFigure
    const hi = WILKE_1999.standingFlexed as DiscPressureFigure
    return { basis: 'estimated', mpa: lo.mpa + (hi.mpa - lo.mpa) * p.bend, between: [lo, hi] }
  }
  return { basis: 'not-measured' }
}

/** The highest pressure in the study, for scaling a gauge. */
export const DISC_PRESSURE_GAUGE_MAX = 2.5

/** The shown pose: a named posture, or free control values. */
export interface PoseState {
  pose: SpinePose
  /** Set when the pose is exactly a named posture. */
  presetId: PosePresetId | null
}

export const NEUTRAL_POSE_STATE: PoseState = { pose: NEUTRAL_POSE, presetId: null }

export function thighForwardOf(state: PoseState): number {
  return state.presetId ? (findPosePreset(state.presetId)?.thighForward ?? 0) : 0
}

export type PoseLinkResult = { ok: true; state: PoseState } | { ok: false; problem: string }

const MAX_PART_LENGTH = 40

function parseAmount(text: string | null | undefined): number | null {
  if (text === null || text === undefined || text === '') return 1
  if (!/^\d*\.?\d+$/.test(text.trim())) return null
  const v = Number(text)
  return Number.isFinite(v) && v >= 0 && v <= 1 ? v : null
}

/**
 * Reads `?pose=` (with `&amount=` for one direction): a named posture (`sitting-slumped`), one
 * direction (`extension`, amount 0–1, default 1), or several (`flexion:0.6,side-left:0.3`).
 */
export function parsePoseLink(pose: string, amount?: string | null): PoseLinkResult {
  const text = pose.trim()
  const preset = findPosePreset(text)
  if (preset) {
    if (amount !== null && amount !== undefined && amount !== '')
      return { ok: false, problem: 'a named posture takes no amount' }
    return { ok: true, state: { pose: preset.pose, presetId: preset.id } }
  }
  const parts = text.split(',')
  if (parts.length > MOVEMENT_DIRECTIONS.length) return { ok: false, problem: 'too many movements' }
  const result: SpinePose = { ...NEUTRAL_POSE }
  const seen = new Set<PoseChannel>()
  for (const part of parts) {
    if (part.length > MAX_PART_LENGTH) return { ok: false, problem: 'unknown movement' }
    const [name = '', value, ...rest] = part.split(':')
    if (rest.length) return { ok: false, problem: 'unknown movement' }
    const direction = MOVEMENT_DIRECTIONS.find((d) => d.name === name.trim())
    if (!direction) return { ok: false, problem: 'unknown movement' }
    if (seen.has(direction.channel)) return { ok: false, problem: 'a movement given twice' }
    seen.add(direction.channel)
    const v = parts.length === 1 && value === undefined ? parseAmount(amount) : parseAmount(value)
    if (v === null) return { ok: false, problem: 'an amount outside 0 to 1' }
    result[direction.channel] = direction.sign * v
  }
  if (parts.length > 1 && amount) return { ok: false, problem: 'give amounts inside the pose list' }
  return { ok: true, state: { pose: result, presetId: null } }
}

const round2 = (v: number): string => String(Math.round(Math.abs(v) * 100) / 100)

/** The link form of a pose, or null for standing (no parameter). */
export function formatPoseLink(state: PoseState): { pose: string; amount?: string } | null {
  if (state.presetId && state.presetId !== 'standing') return { pose: state.presetId }
  const moving = POSE_CHANNELS.filter((c) => Math.round(state.pose[c] * 100) !== 0)
  if (moving.length === 0) return null
  const named = moving.map((c) => ({ d: directionOf(c, state.pose[c]) as MovementDirection, v: state.pose[c] }))
  if (named.length === 1) {
    const only = named[0] as { d: MovementDirection; v: number }
    return round2(only.v) === '1' ? { pose: only.d.name } : { pose: only.d.name, amount: round2(only.v) }
  }
  return { pose: named.map(({ d, v }) => `${d.name}:${round2(v)}`).join(',') }
}

/** A short description of the pose for announcements and the share text ("Bend forward 60 %"). */
export function describePose(state: PoseState): string {
  if (state.presetId) return findPosePreset(state.presetId)?.name ?? 'Standing'
  const parts = POSE_CHANNELS.filter((c) => Math.round(state.pose[c] * 100) !== 0).map(
    (c) => `${directionOf(c, state.pose[c])?.label ?? c} ${Math.round(Math.abs(state.pose[c]) * 100)} %`
  )
  return parts.length ? parts.join(', ') : 'Standing'
}

/**
 * What the movement panel measures on the posed model, against the published direction of change.
 * Schmid et al. 1999 (upright MRI, 12 volunteers): at the L4–L5 disc the canal's cross-section was
 * 268 mm² bent forward and 224 mm² leaning back, and the nerve exits (foramina) changed by up to 44 %,
 * smallest in extension. Fredericson et al. 2001: the L4–L5 foramen grew in flexion and shrank in
 * extension, more than at L5–S1.
 */
export const NARROWING_SOURCES = ['SCHMID-1999', 'FREDERICSON-2001', 'SCHONSTROM-1989'] as const

export const CANAL_AREA_SCHMID_1999 = { flexedMm2: 268, extendedMm2: 224 } as const

/** Where a posed measurement is taken. */
export type MeasuredLevel = 'L4-L5' | 'L5-S1'

/**
 * The structures whose surfaces wall the spinal canal at a measured level: the disc and the
 * posterior longitudinal ligament in front, the facet joints and the vertebrae at the sides, the
 * ligamentum flavum (and between its halves the interspinous ligament) behind.
 */
export const CANAL_WALLS: Record<MeasuredLevel, readonly string[]> = {
  'L4-L5': [
    'l4',
    'l5',
    'l4-l5-disc',
    'posterior-longitudinal-ligament',
    'l4-l5-facet-left',
    'l4-l5-facet-right',
    'ligamentum-flavum',
    'interspinous-ligament',
  ],
  'L5-S1': [
    'l5',
    'sacrum',
    'l5-s1-disc',
    'posterior-longitudinal-ligament',
    'l5-s1-facet-left',
    'l5-s1-facet-right',
    'ligamentum-flavum',
    'interspinous-ligament',
  ],
}

/** How far a ray of the canal section may reach when a gap lets it out (m), and how many rays it fans. */
export const CANAL_SECTION = { maxRadiusM: 0.02, rays: 96 } as const

/** One distance measured on the model at rest and in the current pose, mm. */
export interface PosedDistance {
  level: MeasuredLevel
  side: 'left' | 'right'
  neutralMm: number
  posedMm: number
}

/** One cross-sectional area measured on the model at rest and in the current pose, mm². */
export interface PosedArea {
  level: MeasuredLevel
  neutralMm2: number
  posedMm2: number
}

/**
 * What the scene measures on the posed model: the height of each nerve exit (foramen, from the
 * pedicle above to the pedicle below) and the spinal canal's cross-sectional area in the disc's
 * mid-plane (bounded by the disc, the ligamentum flavum and the facet joints, as far out as the
 * pedicles; ./canal-section.ts).
 */
export interface PoseMeasurements {
  foramenHeight: readonly PosedDistance[]
  canalArea: readonly PosedArea[]
}

/** Percentage change from rest, rounded to a whole number. */
export function percentChange(neutral: number, posed: number): number {
  return neutral > 0 ? Math.round(((posed - neutral) / neutral) * 100) : 0
}

type Quaternion = [number, number, number, number]

function axisAngle(axis: 0 | 1 | 2, degrees: number): Quaternion {
  const half = (degrees * Math.PI) / 360
  const q: Quaternion = [0, 0, 0, Math.cos(half)]
  q[axis] = Math.sin(half)
  return q
}

/** The quaternion product a·b ([x, y, z, w]): turn by b, then by a. */
export function multiplyQuaternions(a: Quaternion, b: Quaternion): Quaternion {
  const [ax, ay, az, aw] = a
  const [bx, by, bz, bw] = b
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ]
}

/**
 * A joint's turn from rest as a quaternion [x, y, z, w] in the joint's own frame (+Y along the
 * spine, +X to the patient's left, +Z forward): twist about Y, then side-bend about Z (left is a
 * negative turn about +Z), then flexion about X. A thigh's "flexion" swings it forward, which is a
 * negative turn about +X for a bone that hangs down.
 */
export function jointMotion(joint: PoseJoint, angles: JointAngles): Quaternion {
  const flexion = joint === 'femur-left' || joint === 'femur-right' ? -angles.flexion : angles.flexion
  return multiplyQuaternions(
    multiplyQuaternions(axisAngle(1, angles.twist), axisAngle(2, -angles.sideBend)),
    axisAngle(0, flexion)
  )
}

/** Every joint the model has, parents before children. */
export const POSE_JOINTS: readonly PoseJoint[] = [
  'pelvis',
  'L5',
  'L4',
  'L3',
  'L2',
  'L1',
  'T12',
  'femur-left',
  'femur-right',
]

/** Each joint's parent (null: hangs from the model's root, which never moves). */
export const JOINT_PARENT: Record<PoseJoint, PoseJoint | null> = {
  pelvis: null,
  L5: 'pelvis',
  L4: 'L5',
  L3: 'L4',
  L2: 'L3',
  L1: 'L2',
  T12: 'L1',
  'femur-left': null,
  'femur-right': null,
}
