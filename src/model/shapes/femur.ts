/**
 * The femur (left; the right is its mirror) as an SDF in world mm: head in the acetabulum, neck
 * at the neck–shaft angle with anteversion, greater and lesser trochanters, intertrochanteric
 * crest, shaft with its anterior bow, and the condyles at the knee.
 */
import { FEMUR } from '../measurements'
import { add, lerp, sdCapsule, sdEllipsoid, sdSphere, smax, smin, type Vec3 } from '../math'
import type { Bounds, Sdf } from '../mesh'
import type { PelvisLandmarks } from '../skeleton'

export interface FemurOptions {
  /** Shaft radius, mm (estimate). */
  shaftRadius: number
}

export const FEMUR_DEFAULTS: FemurOptions = { shaftRadius: 13 }

/**
 * The femoral neck, mm (estimate): its base relative to the head's centre (down, out and a little
 * back, for the neck-shaft angle and anteversion) and its radius at the head and at the base.
 * The hip joint capsule wraps the same head and neck (families/beyond-the-spine.ts).
 */
export const FEMORAL_NECK = { baseOffset: [36, -24, -9] as Vec3, radiusAtHead: 15, radiusAtBase: 16 }

/** The femoral head and neck alone, as the femur's SDF draws them. */
export function femoralHeadAndNeckSdf(hipCentre: Vec3): Sdf {
  const neckBase = add(hipCentre, FEMORAL_NECK.baseOffset)
  return (p) =>
    smin(
      sdSphere(p, hipCentre, FEMUR.headRadius),
      sdCapsule(p, hipCentre, neckBase, FEMORAL_NECK.radiusAtHead, FEMORAL_NECK.radiusAtBase),
      4
    )
}

export function femurSdf(lm: PelvisLandmarks, options = FEMUR_DEFAULTS): { sdf: Sdf; bounds: Bounds } {
  const H = lm.hipCentre
  const neckBase: Vec3 = add(H, FEMORAL_NECK.baseOffset)
  const headAndNeck = femoralHeadAndNeckSdf(H)
  const shaftTop: Vec3 = add(H, [46, -48, -8])
  // Bowed forward (the shaft's anterior bow), as an atlas's side view shows it.
  const shaftMid: Vec3 = [(shaftTop[0] + lm.knee[0]) / 2 + 4, (shaftTop[1] + lm.knee[1]) / 2, H[2] + 9]
  const shaftLow: Vec3 = add(lm.knee, [2, 12, -4])
  // On the shaft's axis, from halfway down its upper half to part way down its lower half, moved
  // back to just inside its surface.
  const behind = (q: Vec3): Vec3 => add(q, [0, 0, -(options.shaftRadius - 1.5)])
  const lineaAspera: [Vec3, Vec3] = [behind(lerp(shaftTop, shaftMid, 0.45)), behind(lerp(shaftMid, shaftLow, 0.55))]
  const kneeGrooves = {
    // Axis of the groove's cutter: 10 mm round, 5 mm into the front of the condyles (z + 21).
    trochlea: [add(lm.knee, [1, 40, 26]), add(lm.knee, [1, -4, 25])] as const,
    // Front to back under and between the condyles, 8 mm round, its axis 14 mm above their lowest.
    notch: [add(lm.knee, [1, -10, -42]), add(lm.knee, [1, -12, 6])] as const,
  }
  const sdf: Sdf = (p) => {
    let d = headAndNeck(p)
    // Greater trochanter: a broad block flowing down into the lateral shaft, its top level with
    // the head's centre.
    d = smin(d, sdEllipsoid(p, lm.greaterTrochanter, [12, 21, 16]), 12)
    d = smin(d, sdCapsule(p, lm.greaterTrochanter, shaftTop, 13, 15), 10)
    d = smin(d, sdCapsule(p, lm.greaterTrochanter, lm.lesserTrochanter, 6, 5), 4)
    d = smin(d, sdSphere(p, lm.lesserTrochanter, 7), 3)
    d = smin(d, sdCapsule(p, neckBase, shaftTop, 17, 16), 6)
    d = smin(d, sdCapsule(p, shaftTop, shaftMid, 16, options.shaftRadius), 6)
    d = smin(d, sdCapsule(p, shaftMid, shaftLow, options.shaftRadius, 15), 6)
    // The linea aspera: a ridge down the back of the middle of the shaft, where the adductors and
    // the short head of biceps attach (estimate: 3 mm proud).
    d = smin(d, sdCapsule(p, lineaAspera[0], lineaAspera[1], 4, 4), 5)
    // The shaft flares into the broad lower end (epicondyles about 80 mm across) instead of
    // meeting the condyles as two knobs.
    d = smin(d, sdEllipsoid(p, add(lm.knee, [1, 24, 2]), [34, 26, 18]), 16)
    // Condyles.
    d = smin(d, sdEllipsoid(p, add(lm.knee, [20, 0, -6]), [14, 22, 27]), 10)
    d = smin(d, sdEllipsoid(p, add(lm.knee, [-18, -2, -6]), [15, 22, 27]), 10)
    // The patellar surface: a groove down the front of the lower end between the condyles, where
    // the kneecap glides, running on below into the notch between them behind.
    d = smax(d, -sdCapsule(p, kneeGrooves.trochlea[0], kneeGrooves.trochlea[1], 10, 10), 3)
    d = smax(d, -sdCapsule(p, kneeGrooves.notch[0], kneeGrooves.notch[1], 8, 8), 3)
    return d
  }
  const bounds: Bounds = {
    min: [lm.knee[0] - 45, lm.knee[1] - 30, lm.knee[2] - 45],
    max: [lm.greaterTrochanter[0] + 20, H[1] + 30, H[2] + 40],
  }
  return { sdf, bounds }
}
