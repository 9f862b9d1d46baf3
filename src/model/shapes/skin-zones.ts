/**
 * Which body area and which dermatome each skin vertex lies in, from landmarks derived from the
 * bones (iliac crest, PSIS, greater trochanter, ischial tuberosity, knee, ankle, foot) and from the
 * vertex's angle around the limb axis (front, medial, lateral, back). Pure functions; the
 * generator stores the results as the skin's `_BODY_AREA` and `_DERMATOME` vertex attributes
 * (indices into BODY_AREA_IDS and ROOT_LEVELS, 255 for none), so the app can paint referral zones
 * and dermatomes without hand-drawn images.
 *
 * Dermatome bands follow the standard chart (ISNCSCI key points, Keegan & Garrett 1948 bands):
 * L1 groin and the top of the front of the thigh; L2 an oblique band across the upper-middle front
 * and inner thigh; L3 the lower front of the thigh to the inner knee; L4 the inner leg to the medial
 * ankle; L5 the outer leg, the top of the foot and the big toe; S1 the outer foot, little toe, sole,
 * heel and back of the calf; S2 the back of the thigh and the popliteal fossa; S3 the inner buttock
 * around the gluteal cleft.
 */
import { BODY_AREA_IDS, type BodyArea } from '../../domain/body-areas'
import { ROOT_LEVELS, type RootLevel } from '../../domain/structures'
import { lerp, toWorld, type Vec3 } from '../math'
import type { MeshData } from '../mesh'
import type { SimplifyAttributes } from '../optimize'
import type { PelvisLandmarks, Skeleton } from '../skeleton'
import { coccyxSegments } from './coccyx'
import { legLandmarks, type LegLandmarks } from './skin'

/** Attribute value for "no area" / "no dermatome". */
export const NO_ZONE = 255

/** Landmarks the classifier needs, world mm (left side; the classifier uses |x|). */
export interface SkinLandmarks {
  pelvis: PelvisLandmarks
  leg: LegLandmarks
  /** Height of the T12–L1 junction: the top of the lumbar region. */
  lumbarTopY: number
  /** Tip of the coccyx. */
  coccyxTip: Vec3
  /** Front–back centre of the trunk's skin section, world z. */
  trunkCentreZ: number
  /** Axis of the thigh's skin at the hip (its top end). */
  thighTop: Vec3
}

/** Derives the classifier's landmarks from the skeleton. */
export function skinLandmarks(sk: Skeleton): SkinLandmarks {
  const segs = coccyxSegments()
  const last = segs[segs.length - 1]
  const P = sk.pelvis
  return {
    pelvis: P,
    leg: legLandmarks(P),
    lumbarTopY: (sk.vertebrae.T12.translation[1] + sk.vertebrae.L1.translation[1]) / 2,
    coccyxTip: toWorld(sk.sacrum, last ? last.centre : [0, -100, 0]),
    trunkCentreZ: 25,
    thighTop: [96, P.hipCentre[1] - 40, 20],
  }
}

export interface SkinZone {
  area: BodyArea | null
  dermatome: RootLevel | null
}

const zone = (area: BodyArea | null, dermatome: RootLevel | null): SkinZone => ({ area, dermatome })

/** Angle of (ax, z) around an axis point, degrees: 0 front, +90 lateral, −90 medial, ±180 back. */
function around(ax: number, z: number, axis: Vec3): number {
  return (Math.atan2(ax - axis[0], z - axis[2]) * 180) / Math.PI
}

/** Limb axis at height y between two axis points (linear). */
function axisAt(a: Vec3, b: Vec3, y: number): Vec3 {
  const t = Math.min(1, Math.max(0, (y - a[1]) / (b[1] - a[1] || 1)))
  return lerp(a, b, t)
}

function foot(ax: number, y: number, z: number, leg: LegLandmarks): SkinZone {
  const { ankle, soleY, ball, toeTip } = leg
  const axisX = ankle[0] + ((z - ankle[2]) * (toeTip[0] - ankle[0])) / (toeTip[2] - ankle[2])
  const u = ax - axisX // lateral positive
  if (z < ankle[2] - 18) return zone('heel', 's1')
  if (y < soleY + 7) return zone('sole', 's1')
  if (z > ball[2] + 14) {
    if (u < -4) return zone('big-toe', 'l5')
    if (u > 20) return zone('little-toe', 's1')
    return zone('dorsum-foot', 'l5')
  }
  if (u > 26 && y < soleY + 34) return zone('lateral-foot', 's1')
  if (u < -28) return zone('dorsum-foot', 'l4')
  return zone('dorsum-foot', 'l5')
}

function lowerLeg(ax: number, y: number, z: number, leg: LegLandmarks): SkinZone {
  const { knee, ankle } = leg
  const phi = around(ax, z, axisAt(knee, ankle, y))
  if (y < ankle[1] + 45) {
    // Ankle: malleoli and the Achilles tendon.
    if (Math.abs(phi) >= 150) return zone('posterior-calf', 's1')
    if (phi < 0) return zone('medial-ankle', 'l4')
    return zone('lateral-leg', phi > 100 ? 's1' : 'l5')
  }
  if (y < knee[1] - 45) {
    if (Math.abs(phi) > 125) return zone('posterior-calf', y > knee[1] - 140 && phi < -150 ? 's2' : 's1')
    return phi < 0 ? zone('medial-leg', 'l4') : zone('lateral-leg', 'l5')
  }
  // Knee band.
  if (Math.abs(phi) > 130) return zone('popliteal-fossa', 's2')
  if (phi < -40) return zone('medial-knee', 'l3')
  if (y > knee[1]) return phi > 40 ? zone('lateral-thigh', 'l3') : zone('anterior-thigh', 'l3')
  return phi < 0 ? zone('medial-leg', 'l4') : zone('lateral-leg', 'l5')
}

/** Height of the skin crease at the top of the front of the thigh (inguinal fold), at |x|. */
function groinCrease(ax: number, P: PelvisLandmarks): number {
  const t = Math.min(1, Math.max(0, (ax - P.pubicTubercle[0]) / (P.asis[0] - P.pubicTubercle[0])))
  return P.pubicTubercle[1] - 30 + t * (P.hipCentre[1] + 10 - (P.pubicTubercle[1] - 30))
}

/** Top of the thigh at this angle around it: gluteal fold behind, trochanter laterally, groin in front. */
function thighTopY(ax: number, phi: number, lm: SkinLandmarks): number {
  const P = lm.pelvis
  if (Math.abs(phi) > 110) return P.ischialTuberosity[1] - 40
  if (phi > 60) return P.greaterTrochanter[1] - 60
  return groinCrease(ax, P)
}

function thigh(ax: number, y: number, z: number, phi: number, lm: SkinLandmarks): SkinZone {
  const { knee } = lm.leg
  const P = lm.pelvis
  if (Math.abs(phi) > 125) return zone('posterior-thigh', 's2')
  if (ax < 34 && y > P.symphysis[1] - 100) return zone('perineum-saddle', 's3')
  // Fraction up the thigh (0 knee, 1 groin), tilted so the bands run obliquely down and inwards.
  const s = (y - knee[1]) / (groinCrease(ax, P) - knee[1]) - 0.15 * Math.sin((phi * Math.PI) / 180)
  const band: RootLevel = s > 0.86 && phi < 60 ? 'l1' : s > 0.5 ? 'l2' : 'l3'
  if (phi > 75) return zone('lateral-thigh', band === 'l1' ? 'l2' : band)
  if (phi > 30) return zone('anterolateral-thigh', band === 'l1' ? 'l2' : band)
  if (phi > -20) return zone('anterior-thigh', band)
  if (phi > -70) return zone('anteromedial-thigh', band)
  return zone('medial-thigh', band)
}

function trunk(ax: number, y: number, z: number, lm: SkinLandmarks): SkinZone {
  const P = lm.pelvis
  const theta = (Math.atan2(ax, z - lm.trunkCentreZ) * 180) / Math.PI // 0 front, 180 back
  const crestY = P.crestTop[1]
  // The crotch, between the buttocks and the inner thighs.
  if (ax < 40 && y < P.symphysis[1] - 15 && z > lm.coccyxTip[2] + 15 && z < P.symphysis[2] - 5)
    return zone('perineum-saddle', 's3')
  if (theta < 60) {
    const inguinal =
      P.pubicTubercle[1] +
      ((ax - P.pubicTubercle[0]) / (P.asis[0] - P.pubicTubercle[0])) * (P.asis[1] - P.pubicTubercle[1])
    if (y < inguinal + 20 && ax < P.asis[0] + 10) return zone('groin', 'l1')
    if (ax < P.asis[0] + 15 && y < lm.lumbarTopY - 90) return zone('lower-abdomen', y < inguinal + 45 ? 'l1' : null)
    if (ax >= P.asis[0] + 15 && Math.abs(y - crestY) < 30) return zone('iliac-crest', 'l1')
    return zone(null, null)
  }
  if (theta < 125) {
    if (Math.abs(y - P.greaterTrochanter[1]) < 60) return zone('greater-trochanter', 'l2')
    if (Math.abs(y - crestY) < 30) return zone('iliac-crest', 'l1')
    if (y > crestY) return zone(y < lm.lumbarTopY + 40 ? 'flank' : null, null)
    return z < P.greaterTrochanter[2] ? zone('upper-buttock', 'l2') : zone('iliac-crest', 'l1')
  }
  // Back.
  const psis = P.psis
  if (y > psis[1] + 20) {
    if (y > lm.lumbarTopY) return zone(ax > 95 ? 'flank' : null, null)
    const level: RootLevel = y > 110 ? 'l1' : y > 55 ? 'l2' : 'l3'
    if (ax < 25) return zone('lumbar-midline', level)
    if (ax < 90) return zone('lumbar-paraspinal', level)
    if (Math.abs(y - crestY) < 30) return zone('iliac-crest', 'l1')
    return zone('flank', null)
  }
  if (Math.hypot(ax - psis[0], y - (psis[1] - 15)) < 34) return zone('si-joint-region', null)
  const tip = lm.coccyxTip
  if (ax < 32 && y > tip[1] + 28) return zone('sacrum-region', y < psis[1] - 45 ? 's3' : null)
  if (ax < 34 && y > tip[1] - 40) return zone('coccyx-region', 's3')
  const fold = P.ischialTuberosity[1] - 40
  const third = (psis[1] + 20 - fold) / 3
  const inner = ax < 55
  if (y > fold + 2 * third) return zone('upper-buttock', inner ? 's3' : 'l2')
  if (y > fold + third) return zone('mid-buttock', inner ? 's3' : 's1')
  return zone('lower-buttock', inner ? 's3' : 's2')
}

/** The body area and dermatome of a skin point (world mm). */
export function classifySkinPoint(p: Vec3, lm: SkinLandmarks): SkinZone {
  const ax = Math.abs(p[0])
  const [, y, z] = p
  const { leg } = lm
  // The foot: below the malleoli, or in front of the ankle where the instep rises to meet the shin.
  if (y < leg.ankle[1] - 22 || (y < leg.ankle[1] + 15 && z > leg.ankle[2] + 40)) return foot(ax, y, z, leg)
  if (y < leg.knee[1] + 55) return lowerLeg(ax, y, z, leg)
  const axis = axisAt(lm.thighTop, leg.knee, y)
  const phi = around(ax, z, axis)
  if (y < thighTopY(ax, phi, lm)) return thigh(ax, y, z, phi, lm)
  return trunk(ax, y, z, lm)
}

/** Per-vertex `_BODY_AREA` and `_DERMATOME` values (indices, NO_ZONE for none) of a skin mesh. */
export function skinZoneAttributes(
  mesh: MeshData,
  lm: SkinLandmarks
): { bodyArea: Uint8Array<ArrayBuffer>; dermatome: Uint8Array<ArrayBuffer> } {
  const n = mesh.positions.length / 3
  const bodyArea = new Uint8Array(n)
  const dermatome = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const z = classifySkinPoint(
      [mesh.positions[i * 3] ?? 0, mesh.positions[i * 3 + 1] ?? 0, mesh.positions[i * 3 + 2] ?? 0],
      lm
    )
    bodyArea[i] = z.area ? BODY_AREA_IDS.indexOf(z.area) : NO_ZONE
    dermatome[i] = z.dermatome ? ROOT_LEVELS.indexOf(z.dermatome) : NO_ZONE
  }
  return { bodyArea, dermatome }
}

/**
 * The zones as simplifier attributes: collapsing an edge across a zone border costs error, so the
 * simplified skin keeps its zone borders and enough vertices inside small, flat zones.
 */
export function zoneSimplifyAttributes(mesh: MeshData, lm: SkinLandmarks, weight = 0.01): SimplifyAttributes {
  const { bodyArea, dermatome } = skinZoneAttributes(mesh, lm)
  const values = new Float32Array(bodyArea.length * 2)
  for (let i = 0; i < bodyArea.length; i++) {
    values[i * 2] = bodyArea[i] ?? 0
    values[i * 2 + 1] = (dermatome[i] ?? 0) * 4
  }
  return { values, stride: 2, weights: [weight, weight] }
}
