/**
 * The hip bone (left; the right is its mirror) as an SDF in world mm: ilium as a fan from the
 * acetabulum to the iliac crest, with the iliac fossa, anterior and posterior iliac spines and
 * the auricular part; the acetabulum cup; ischium with spine and tuberosity; pubis with superior
 * and inferior rami around the obturator foramen; the greater sciatic notch left open behind.
 */
import {
  add,
  lerp,
  normalize,
  scale,
  sdCapsule,
  sdEllipsoid,
  sdSlab,
  sdSphere,
  smax,
  smin,
  sub,
  cross,
  dot,
  type Vec3,
} from '../math'
import type { Bounds, Sdf } from '../mesh'
import { catmullRom } from '../sweep'
import type { PelvisLandmarks } from '../skeleton'
import { PELVIS } from '../measurements'

export interface HipBoneOptions {
  /** Half thickness of the iliac blade, mm (estimate). */
  bladeHalfThickness: number
  /** Radius of the iliac crest, mm (estimate). */
  crestRadius: number
}

export const HIP_BONE_DEFAULTS: HipBoneOptions = { bladeHalfThickness: 2.6, crestRadius: 5.5 }

/** The iliac crest from ASIS to PSIS (left), world mm. */
export function iliacCrest(lm: PelvisLandmarks): Vec3[] {
  const tubercle: Vec3 = [lm.crestTop[0] - 4, lm.crestTop[1] - 4, lm.asis[2] - 45]
  const back: Vec3 = [lm.psis[0] + 30, lm.crestTop[1] - 8, lm.psis[2] + 22]
  return catmullRom([lm.asis, tubercle, lm.crestTop, back, lm.psis], 14)
}

/** Acetabular axis (left): faces lateral, anterior and inferior. */
export const ACETABULAR_AXIS: Vec3 = normalize([0.72, -0.5, 0.45])

export function hipBoneSdf(
  lm: PelvisLandmarks,
  auricular: Vec3,
  options = HIP_BONE_DEFAULTS
): { sdf: Sdf; bounds: Bounds } {
  const crest = iliacCrest(lm)
  const H = lm.hipCentre
  const hub: Vec3 = add(H, [6, 30, -8])
  const pIIS: Vec3 = add(lm.psis, [4, -22, 10])
  const rim = [...crest, pIIS]
  const rays = rim.map((end, i) => {
    const prev = rim[Math.max(0, i - 1)] as Vec3
    const next = rim[Math.min(rim.length - 1, i + 1)] as Vec3
    const along = normalize(sub(end, hub))
    const tangent = normalize(sub(next, prev))
    const n = normalize(cross(along, tangent))
    const gap = Math.hypot(...sub(next, prev)) / 2
    return { end: sub(end, scale(along, 3)), n, w: gap * 0.7 + 2 }
  })
  const acetCentre = sub(H, scale(ACETABULAR_AXIS, 7))
  const ischBody: Vec3 = add(H, [-6, -22, -18])
  const infRamus: Vec3 = [32, lm.symphysis[1] - 22, lm.symphysis[2] - 22]
  const pubicBody: Vec3 = [14, lm.symphysis[1], lm.symphysis[2]]
  const supRamus: Vec3 = add(H, [-22, 4, 24])
  const sdf: Sdf = (p) => {
    // Iliac blade: a fan of thin plates from the hub to the crest; curvature comes from the crest.
    let d = Infinity
    for (const r of rays) d = smin(d, sdSlab(p, hub, r.end, r.n, 6, r.w, options.bladeHalfThickness), 3)
    // Crest, spines and tubercle.
    for (let i = 1; i < crest.length; i++) {
      d = smin(d, sdCapsule(p, crest[i - 1] as Vec3, crest[i] as Vec3, options.crestRadius), 2.5)
    }
    d = smin(d, sdSphere(p, lm.aiis, 6), 3)
    d = smin(d, sdCapsule(p, lm.psis, pIIS, 7, 6), 3)
    // Thick posterior part carrying the auricular surface.
    d = smin(d, sdEllipsoid(p, auricular, [9, 26, 18]), 6)
    d = smin(d, sdCapsule(p, auricular, hub, 10, 12), 8)
    // Acetabular body and cup.
    d = smin(d, sdEllipsoid(p, acetCentre, [28, 30, 28]), 6)
    d = smin(d, sdCapsule(p, hub, acetCentre, 13, 18), 6)
    // Ischium: body, spine, tuberosity, ramus.
    d = smin(d, sdCapsule(p, acetCentre, ischBody, 15, 13), 5)
    d = smin(d, sdCapsule(p, ischBody, lm.ischialTuberosity, 12, 10), 4)
    d = smin(d, sdEllipsoid(p, lm.ischialTuberosity, [11, 19, 14]), 4)
    d = smin(d, sdCapsule(p, lerp(ischBody, lm.ischialTuberosity, 0.1), lm.ischialSpine, 7, 2.5), 3)
    d = smin(d, sdCapsule(p, lm.ischialTuberosity, infRamus, 7, 6), 4)
    // Pubis: inferior and superior rami, body at the symphysis.
    d = smin(d, sdCapsule(p, infRamus, pubicBody, 6, 8), 4)
    d = smin(d, sdEllipsoid(p, pubicBody, [8, 18, 9]), 4)
    d = smin(d, sdCapsule(p, supRamus, lm.pubicTubercle, 9, 6), 4)
    d = smin(d, sdCapsule(p, acetCentre, supRamus, 14, 10), 5)
    // Obturator foramen.
    d = smax(d, -sdEllipsoid(p, lm.obturatorCentre, [20, 17, 15]), 3)
    // Acetabulum: socket for the femoral head, opening anterolaterally and downward.
    d = smax(d, -sdSphere(p, H, PELVIS.acetabulumRadius), 1.5)
    d = smax(d, -Math.max(3 - dot(sub(p, H), ACETABULAR_AXIS), Math.hypot(...sub(p, H)) - 36), 2)
    // Keep the pubis off the midline (symphysis gap).
    d = smax(d, 2 - p[0], 1)
    return d
  }
  const bounds: Bounds = {
    min: [0, lm.ischialTuberosity[1] - 25, Math.min(lm.psis[2], lm.ischialSpine[2]) - 20],
    max: [lm.crestTop[0] + 15, lm.crestTop[1] + 15, lm.symphysis[2] + 20],
  }
  return { sdf, bounds }
}
