/**
 * Posture: where each bone sits in the world. Lordosis and sacral slope come from the disc and
 * body wedges of measurements.ts, so the vertebra nodes' rotations carry the published angles.
 * World frame: mm, +Y superior, +Z anterior, +X the patient's left; origin at the S1 end-plate centre.
 */
import {
  DISCS,
  FACET_ANGLE_TO_SAGITTAL,
  PELVIS,
  T12_L1_DISC,
  VERTEBRAE,
  type DiscDimensions,
  type DiscLevel,
  type VertebraLevel,
} from './measurements'
import { add, deg, dirToWorld, quatX, scale, toWorld, type Pose, type Vec3 } from './math'

export const VERTEBRA_LEVELS: readonly VertebraLevel[] = ['T12', 'L1', 'L2', 'L3', 'L4', 'L5']
export const DISC_LEVELS: readonly DiscLevel[] = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']

/** Body height at the end-plate centre, mm. */
export function centreHeight(level: VertebraLevel): number {
  const v = VERTEBRAE[level]
  return (v.bodyHeightAnterior + v.bodyHeightPosterior) / 2
}

/** Body wedge angle (anterior taller is positive), radians. */
export function bodyWedge(level: VertebraLevel): number {
  const v = VERTEBRAE[level]
  return Math.atan((v.bodyHeightAnterior - v.bodyHeightPosterior) / v.endplateDepth)
}

/** Disc wedge angle (anterior taller is positive), radians, over the upper vertebra's end-plate depth. */
export function discWedge(disc: DiscDimensions, depth: number): number {
  return Math.atan((disc.anteriorHeight - disc.posteriorHeight) / depth)
}

/** A motion segment: disc between an upper vertebra and the vertebra or sacrum below. */
export interface SegmentPose {
  level: DiscLevel | 'T12-L1'
  upper: VertebraLevel
  lower: VertebraLevel | 'S1'
  disc: DiscDimensions
  /** Centre of the upper vertebra's lower end plate, world mm. */
  upperPlate: Vec3
  /** Centre of the lower bone's upper end plate, world mm. */
  lowerPlate: Vec3
  /** Forward tilt of the disc's upper surface (radians). */
  upperTilt: number
  /** Forward tilt of the disc's lower surface (radians). */
  lowerTilt: number
  /** Facet joints, left (+X) then right. */
  facets: readonly FacetJoint[]
}

export interface FacetJoint {
  side: 'left' | 'right'
  /** Joint centre, world mm. */
  centre: Vec3
  /** Unit normal of the superior articular facet at its centre (faces posteromedially), world. */
  normal: Vec3
  /**
   * The lower bone's long axis, world: the facets are curved round it (see `facetSide` in the
   * vertebra's shape).
   */
  axis: Vec3
}

export interface Skeleton {
  vertebrae: Record<VertebraLevel, Pose>
  /** Forward tilt of each vertebra's axis, radians. */
  tilts: Record<VertebraLevel, number>
  /** Sacrum pose: origin at the S1 end-plate centre, +Y the S1 end-plate normal. */
  sacrum: Pose
  segments: readonly SegmentPose[]
  pelvis: PelvisLandmarks
}

/** Pelvic and femoral landmarks in world mm (left side; mirror X for the right). */
export interface PelvisLandmarks {
  hipCentre: Vec3
  asis: Vec3
  aiis: Vec3
  crestTop: Vec3
  psis: Vec3
  pubicTubercle: Vec3
  symphysis: Vec3
  ischialTuberosity: Vec3
  ischialSpine: Vec3
  sciaticNotch: Vec3
  obturatorCentre: Vec3
  greaterTrochanter: Vec3
  lesserTrochanter: Vec3
  knee: Vec3
}

/** Facet joint centre in the lower vertebra's frame (mm), left side. */
export function facetCentreLocal(lower: VertebraLevel | 'S1'): Vec3 {
  if (lower === 'S1') return [18, 5, -29]
  const v = VERTEBRAE[lower]
  return [v.canalWidth / 2 + 5, centreHeight(lower) / 2 + 5, -v.endplateDepth / 2 - 12]
}

function facetNormal(angleToSagittal: number, side: 'left' | 'right'): Vec3 {
  const a = deg(angleToSagittal)
  return side === 'left' ? [-Math.cos(a), 0, -Math.sin(a)] : [Math.cos(a), 0, -Math.sin(a)]
}

/** Builds the posture from the published wedges and the sacral slope. */
export function buildSkeleton(): Skeleton {
  const sacrum: Pose = { translation: [0, 0, 0], rotation: quatX(deg(PELVIS.sacralSlope)) }
  const tilts = {} as Record<VertebraLevel, number>
  const vertebrae = {} as Record<VertebraLevel, Pose>
  const segments: SegmentPose[] = []
  let lowerTilt = deg(PELVIS.sacralSlope)
  let lowerWedge = 0
  let lowerPose: Pose = sacrum
  let lowerHalf = 0
  let lower: VertebraLevel | 'S1' = 'S1'
  for (let i = VERTEBRA_LEVELS.length - 1; i >= 0; i--) {
    const upper = VERTEBRA_LEVELS[i] as VertebraLevel
    const level: DiscLevel | 'T12-L1' = `${upper}-${lower === 'S1' ? 'S1' : lower}` as DiscLevel | 'T12-L1'
    const disc = level === 'T12-L1' ? T12_L1_DISC : DISCS[level]
    const plateTiltLower = lowerTilt - lowerWedge / 2
    const delta = discWedge(disc, VERTEBRAE[upper].endplateDepth)
    const wUp = bodyWedge(upper)
    const tilt = plateTiltLower - delta - wUp / 2
    const lowerPlate = toWorld(lowerPose, [0, lowerHalf, 0])
    const mid = plateTiltLower - delta / 2
    const upperPlate = add(lowerPlate, scale([0, Math.cos(mid), Math.sin(mid)], disc.middleHeight))
    const rotation = quatX(tilt)
    const half = centreHeight(upper) / 2
    const pose: Pose = {
      translation: add(upperPlate, dirToWorld({ translation: [0, 0, 0], rotation }, [0, half, 0])),
      rotation,
    }
    tilts[upper] = tilt
    vertebrae[upper] = pose
    const facets: FacetJoint[] = (['left', 'right'] as const).map((side) => {
      const local = facetCentreLocal(lower)
      const c: Vec3 = side === 'left' ? local : [-local[0], local[1], local[2]]
      const angle = level === 'T12-L1' ? 20 : FACET_ANGLE_TO_SAGITTAL[level]
      return {
        side,
        centre: toWorld(lowerPose, c),
        normal: dirToWorld(lowerPose, facetNormal(angle, side)),
        axis: dirToWorld(lowerPose, [0, 1, 0]),
      }
    })
    segments.unshift({
      level,
      upper,
      lower,
      disc,
      upperPlate,
      lowerPlate,
      upperTilt: tilt + wUp / 2,
      lowerTilt: plateTiltLower,
      facets,
    })
    lowerTilt = tilt
    lowerWedge = wUp
    lowerPose = pose
    lowerHalf = centreHeight(upper) / 2
    lower = upper
  }
  return { vertebrae, tilts, sacrum, segments, pelvis: pelvisLandmarks() }
}

function pelvisLandmarks(): PelvisLandmarks {
  const pt = deg(PELVIS.pelvicTilt)
  const r = PELVIS.pelvicRadius
  const hx = PELVIS.interHipDistance / 2
  const hipCentre: Vec3 = [hx, -r * Math.cos(pt), r * Math.sin(pt)]
  const [, hy, hz] = hipCentre
  // Offsets from the hip centre are estimates from standard adult pelvis proportions (source: estimate).
  return {
    hipCentre,
    asis: [PELVIS.interAsisDistance / 2, hy + 62, hz + 48],
    aiis: [hx + 18, hy + 35, hz + 38],
    crestTop: [PELVIS.intercristalWidth / 2, hy + PELVIS.crestHeight, hz - 25],
    psis: [42, hy + 95, hz - 95],
    pubicTubercle: [22, hy - 5, hz + 55],
    symphysis: [0, hy - 20, hz + 60],
    ischialTuberosity: [58, hy - 58, hz - 28],
    ischialSpine: [44, hy - 22, hz - 50],
    sciaticNotch: [62, hy + 22, hz - 62],
    obturatorCentre: [50, hy - 40, hz + 20],
    greaterTrochanter: [hx + 58, hy - 10, hz - 8],
    lesserTrochanter: [hx + 22, hy - 58, hz - 8],
    knee: [48, hy - 430, hz + 5],
  }
}
