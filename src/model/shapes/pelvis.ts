/**
 * The hip bone (left; the right is its mirror) as an SDF in world mm. The iliac blade is a curved
 * sheet between the acetabular body and the S-shaped iliac crest, convex on its gluteal face in
 * front and thick behind where it carries the auricular surface; the crest has its lips, tubercle
 * and the anterior and posterior spines. Below, the acetabulum is a deep cup, and the pubis and
 * ischium form one ring round the obturator foramen: superior ramus, pubic body at the symphysis,
 * inferior pubic and ischial rami, ischial tuberosity and the ischial body back up to the cup, with
 * the ischial spine behind. The greater sciatic notch is the open bay between the posterior inferior
 * iliac spine and the ischial spine.
 */
import {
  add,
  lerp,
  normalize,
  scale,
  sdCapsule,
  sdEllipsoid,
  sdSphere,
  smax,
  smin,
  smoothstep,
  sub,
  cross,
  dot,
  type Vec3,
} from '../math'
import type { Bounds, Sdf } from '../mesh'
import { atFraction, catmullRom } from '../sweep'
import type { PelvisLandmarks } from '../skeleton'
import { PELVIS } from '../measurements'
import { thickSheetSdf } from '../surface-sdf'
import { sampleSheet, type SheetGrid } from '../sheet-mesh'

export interface HipBoneOptions {
  /** Half thickness of the iliac blade at the centre of the iliac fossa, mm (estimate). */
  bladeHalfThickness: number
  /** Radius of the iliac crest, mm (estimate). */
  crestRadius: number
  /** Outward bow of the blade's gluteal surface in front, mm (estimate). */
  bladeBow: number
}

export const HIP_BONE_DEFAULTS: HipBoneOptions = { bladeHalfThickness: 1.8, crestRadius: 4.2, bladeBow: 7 }

/** The iliac crest from ASIS to PSIS (left), world mm. */
export function iliacCrest(lm: PelvisLandmarks, samples = 14): Vec3[] {
  const tubercle: Vec3 = [lm.crestTop[0] - 4, lm.crestTop[1] - 4, lm.asis[2] - 45]
  const back: Vec3 = [lm.psis[0] + 30, lm.crestTop[1] - 8, lm.psis[2] + 22]
  return catmullRom([lm.asis, tubercle, lm.crestTop, back, lm.psis], samples)
}

/** Acetabular axis (left): faces lateral, anterior and inferior. */
export const ACETABULAR_AXIS: Vec3 = normalize([0.72, -0.5, 0.45])

/** The posterior inferior iliac spine (left), world mm. */
export function posteriorInferiorIliacSpine(lm: PelvisLandmarks): Vec3 {
  return add(lm.psis, [4, -22, 10])
}

/** The apex of the greater sciatic notch, from the hip centre (left), mm (estimate). */
const SCIATIC_NOTCH_APEX: Vec3 = [-13, 16, -34]
/** The top of the ischial body's back edge, under the notch's apex, from the hip centre, mm (estimate). */
const ISCHIAL_BODY_TOP: Vec3 = [-14, 8, -30]
/**
 * The ischial tuberosity's rough oval, about 5 cm long and standing out behind the ischium (radii
 * and offset from the landmark, mm; estimate from standard views of the adult hip bone).
 */
const ISCHIAL_TUBEROSITY = { offset: [0, 0, -3] as Vec3, radii: [13, 25, 17] as Vec3 }

/**
 * The posterior border of the ilium below the PSIS (left), world mm, from the apex of the greater
 * sciatic notch up to the PSIS: it rises steeply from the apex, turns back under the notch's upper
 * margin to the posterior inferior iliac spine, and goes on up to the PSIS. Concave toward the
 * notch, as in a lateral view of the bone; a straight line from the apex to the PIIS left the notch
 * an open V (estimate, from standard lateral views of the adult hip bone).
 */
function posteriorIliacBorder(lm: PelvisLandmarks): Vec3[] {
  const H = lm.hipCentre
  const pIIS = posteriorInferiorIliacSpine(lm)
  return catmullRom([add(H, SCIATIC_NOTCH_APEX), add(H, [-22, 50, -52]), add(pIIS, [0, 4, 0]), lm.psis], 24)
}

/** Mid-surface grid and half-thicknesses of the iliac blade, rows from the body (s = 0) to the crest. */
function iliacBlade(lm: PelvisLandmarks, o: HipBoneOptions): SheetGrid {
  const H = lm.hipCentre
  // Fine enough that the triangulated mid-surface does not show as a fan of flat facets.
  const COLS = 25
  const ROWS = 11
  const crest = iliacCrest(lm, COLS)
  // The blade's lower edge, short so the blade narrows to the body of the ilium: AIIS, over the
  // acetabulum, to the apex of the greater sciatic notch. Its last column is then laid along the
  // posterior border, which leaves the notch as a deep bay.
  const base = catmullRom([lm.aiis, add(H, [6, 24, 14]), add(H, [-6, 23, -12]), add(H, SCIATIC_NOTCH_APEX)], COLS)
  const border = posteriorIliacBorder(lm)
  const borderStart = border[0] as Vec3
  const borderEnd = border[border.length - 1] as Vec3
  return sampleSheet(ROWS, COLS, (u, s) => {
    const j = Math.round(u * (COLS - 1))
    const b = base[j] as Vec3
    const c = crest[j] as Vec3
    const along = sub(crest[Math.min(COLS - 1, j + 1)] as Vec3, crest[Math.max(0, j - 1)] as Vec3)
    let n = normalize(cross(sub(c, b), along))
    if (n[0] < 0) n = scale(n, -1)
    // Gluteal face convex in front (the iliac fossa behind it concave), flatter behind.
    const bow = o.bladeBow * Math.sin(Math.PI * s) * (1 - 1.4 * smoothstep(0.45, 0.95, u))
    const mid = lerp(b, c, s)
    // The back columns follow the posterior border's curve (the last one lies on it).
    const towardBorder = scale(sub(atFraction(border, s), lerp(borderStart, borderEnd, s)), smoothstep(0.6, 1, u))
    const halfThickness =
      o.bladeHalfThickness +
      10 * Math.pow(1 - s, 2.5) * (0.35 + 0.65 * smoothstep(0.05, 0.3, u)) * (1 - 0.5 * smoothstep(0.8, 1, u)) +
      5.5 * smoothstep(0.62, 0.95, u) * smoothstep(0.2, 0.6, s) * (1 - 0.4 * s) +
      1.5 * smoothstep(0.75, 1, s)
    return [add(add(mid, towardBorder), scale(n, bow)), halfThickness]
  })
}

/**
 * A point on the gluteal (outer) surface of the iliac blade, `lift` mm off the bone, at u from the
 * ASIS (0) to the PSIS (1) and s from the body (0) to the crest (1). Gluteal muscles are laid on it.
 */
export function glutealSurface(
  lm: PelvisLandmarks,
  options = HIP_BONE_DEFAULTS,
  face: 1 | -1 = 1
): (u: number, s: number, lift: number) => Vec3 {
  const { grid, half } = iliacBlade(lm, options)
  const rows = grid.length - 1
  const cols = (grid[0]?.length ?? 1) - 1
  const pick = (i: number, j: number): [Vec3, number] => [grid[i]?.[j] as Vec3, half[i]?.[j] ?? 0]
  return (u, s, lift) => {
    const fi = Math.min(rows - 1e-6, Math.max(0, s * rows))
    const fj = Math.min(cols - 1e-6, Math.max(0, u * cols))
    const i = Math.floor(fi)
    const j = Math.floor(fj)
    const a = fi - i
    const b = fj - j
    const [p00, t00] = pick(i, j)
    const [p01, t01] = pick(i, j + 1)
    const [p10, t10] = pick(i + 1, j)
    const [p11, t11] = pick(i + 1, j + 1)
    const mid = lerp(lerp(p00, p01, b), lerp(p10, p11, b), a)
    const t = (t00 * (1 - b) + t01 * b) * (1 - a) + (t10 * (1 - b) + t11 * b) * a
    let n = normalize(cross(sub(lerp(p10, p11, b), lerp(p00, p01, b)), sub(lerp(p01, p11, a), lerp(p00, p10, a))))
    if (n[0] < 0) n = scale(n, -1)
    return add(mid, scale(n, face * (t + lift)))
  }
}

/** The same on the inner face of the blade, the iliac fossa, where iliacus lies. */
export function iliacFossa(lm: PelvisLandmarks): (u: number, s: number, lift: number) => Vec3 {
  return glutealSurface(lm, HIP_BONE_DEFAULTS, -1)
}

/** The pubis and ischium as one ring round the obturator foramen (left), with radii, world mm. */
export function obturatorRing(lm: PelvisLandmarks): { points: Vec3[]; radius: number[]; flat: number[]; normal: Vec3 } {
  const H = lm.hipCentre
  const IT = lm.ischialTuberosity
  const sy = lm.symphysis
  const ring: [Vec3, number][] = [
    [add(H, [-12, -16, 20]), 12],
    [add(H, [-34, -2, 33]), 10],
    [lm.pubicTubercle, 9],
    [[7, sy[1] + 9, sy[2]], 9.5],
    [[8, sy[1] - 15, sy[2] - 6], 9],
    [[22, sy[1] - 31, sy[2] - 20], 7.5],
    [[38, IT[1] - 5, IT[2] + 44], 7],
    [[IT[0] - 6, IT[1] - 10, IT[2] + 20], 8.5],
    [add(IT, [0, -2, 0]), 12],
    [add(IT, [12, 30, 6]), 13],
    [add(H, [-6, -24, -2]), 14],
    [add(H, [-12, -16, 20]), 12],
  ]
  const n = 44
  const points = catmullRom(
    ring.map((r) => r[0]),
    n
  )
  // Radii follow the samples by nearest waypoint along the chain (smoothly interpolated).
  const radius = points.map((p) => {
    let wsum = 0
    let rsum = 0
    for (const [q, r] of ring) {
      const w = 1 / Math.pow(Math.hypot(...sub(p, q)) + 4, 3)
      wsum += w
      rsum += w * r
    }
    return rsum / wsum
  })
  // The ring's plane (Newell's normal of its waypoints), which the rami lie flat in.
  let normal: Vec3 = [0, 0, 0]
  for (let i = 0; i + 1 < ring.length; i++) normal = add(normal, cross(ring[i]![0], ring[i + 1]![0]))
  normal = normalize(normal)
  // How flat each sample's section is: the inferior pubic and ischial rami, from below the pubic
  // body round to the tuberosity, are bands in the ring's plane; the superior ramus and the body
  // of the ischium stay round.
  const flat = points.map((_, i) => {
    const w = (i / (points.length - 1)) * (ring.length - 1)
    return smoothstep(3.2, 4.2, w) * (1 - smoothstep(7, 8, w))
  })
  return { points, radius, flat, normal }
}

/**
 * The rami's section: this much wider in the ring's plane, and this many times thinner across it,
 * than the round section they grow from. A round ring read as "a smooth ring" in blind reviews
 * 69-71; the inferior pubic and ischial rami are flat bars about 2 cm wide and under 1 cm thick
 * (estimate from standard views of the adult hip bone).
 */
const RAMUS_SECTION = { widen: 1.2, flatten: 1.8 } as const

/**
 * Distance to a segment of the ring with a section `flatness` of the way from round (radius r) to
 * the rami's band, lying in the plane square to `normal`; scaled down by the flattening, so it
 * never overstates the distance.
 */
function sdRingSegment(p: Vec3, a: Vec3, b: Vec3, ra: number, rb: number, normal: Vec3, flatness: number): number {
  if (flatness <= 0) return sdCapsule(p, a, b, ra, rb)
  const ab = sub(b, a)
  const t = Math.max(0, Math.min(1, dot(sub(p, a), ab) / dot(ab, ab)))
  const q = sub(p, add(a, scale(ab, t)))
  const across = dot(q, normal)
  const inPlane = Math.sqrt(Math.max(0, dot(q, q) - across * across))
  const k = 1 + (RAMUS_SECTION.flatten - 1) * flatness
  const r = (ra + (rb - ra) * t) * (1 + (RAMUS_SECTION.widen - 1) * flatness)
  return (Math.hypot(inPlane, across * k) - r) / k
}

/** The notch between the anterior superior and inferior iliac spines: a ball of this radius, mm, cutting this deep (estimate). */
const SPINES_NOTCH = { radius: 11, depth: 5 } as const

/**
 * The acetabular fossa: a trough this deep below the socket's floor and this wide (radius), mm,
 * running round the socket from just below the floor's centre toward the rim's lowest point, where
 * the acetabular notch is (angles from the floor's centre; estimate from standard views: the fossa
 * takes the floor's lower middle and the lunate surface arches round it). The notch itself is not
 * cut: the wall under it is the obturator ring's top, and cut through, it left a hole.
 */
const ACETABULAR_FOSSA = { radius: 11, depth: 2.5, fromDegrees: 8, toDegrees: 60 } as const

export function hipBoneSdf(
  lm: PelvisLandmarks,
  auricular: Vec3,
  options = HIP_BONE_DEFAULTS
): { sdf: Sdf; bounds: Bounds } {
  const H = lm.hipCentre
  const blade = iliacBlade(lm, options)
  const bladeSdf = thickSheetSdf(blade.grid, blade.half)
  const crest = iliacCrest(lm, 24)
  const tubercle = crest[7] as Vec3
  const pIIS = posteriorInferiorIliacSpine(lm)
  const ring = obturatorRing(lm)
  // Each segment's section is the mean of its two ends' flatness.
  const segmentFlatness = ring.points.map((_, i) => ((ring.flat[i - 1] ?? 0) + (ring.flat[i] ?? 0)) / 2)
  const acetCentre = sub(H, scale(ACETABULAR_AXIS, 6))
  const spineBase = add(H, [-22, -22, -30])
  const spinesNotch = add(lerp(lm.asis, lm.aiis, 0.5), [0, 0, SPINES_NOTCH.radius - SPINES_NOTCH.depth])
  // Down the rim's plane toward the obturator foramen: where the fossa runs to the notch.
  const towardForamen = sub(lm.obturatorCentre, H)
  const down = normalize(sub(towardForamen, scale(ACETABULAR_AXIS, dot(towardForamen, ACETABULAR_AXIS))))
  // The trough's centre line keeps to a sphere round the socket's, so it is as deep all along.
  const fossaAt = (degrees: number): Vec3 => {
    const a = (degrees * Math.PI) / 180
    const along = add(scale(ACETABULAR_AXIS, -Math.cos(a)), scale(down, Math.sin(a)))
    return add(H, scale(along, PELVIS.acetabulumRadius - ACETABULAR_FOSSA.radius + ACETABULAR_FOSSA.depth))
  }
  const { fromDegrees, toDegrees } = ACETABULAR_FOSSA
  const fossaLine = [fromDegrees, (fromDegrees + toDegrees) / 2, toDegrees].map(fossaAt)
  const sdf: Sdf = (p) => {
    let d = bladeSdf(p)
    // Crest with its lips and tubercle; the spines at either end.
    for (let i = 1; i < crest.length; i++) {
      const r = options.crestRadius + 1.6 * Math.sin((Math.PI * i) / crest.length)
      d = smin(d, sdCapsule(p, crest[i - 1] as Vec3, crest[i] as Vec3, r), 3)
    }
    d = smin(d, sdEllipsoid(p, tubercle, [7, 6, 10]), 4)
    d = smin(d, sdSphere(p, lm.asis, 6), 5)
    d = smin(d, sdSphere(p, lm.aiis, 7), 6)
    // The notch between the two anterior spines, cut under the ASIS so it stands out as a spine
    // over the border, as the lateral view of an atlas shows it (it was a round knob only 4 mm
    // proud of the border a fifth of the way down to the AIIS).
    d = smax(d, -sdSphere(p, spinesNotch, SPINES_NOTCH.radius), 2)
    d = smin(d, sdSphere(p, lm.psis, 7.5), 4)
    d = smin(d, sdCapsule(p, lm.psis, pIIS, 7.5, 6.5), 4)
    // Iliac tuberosity and the auricular surface facing the sacrum.
    d = smin(d, sdEllipsoid(p, add(auricular, [4, 0, -10]), [7, 18, 10]), 14)
    // Acetabular body (the cup's wall, thickest at its roof) and the body of the ilium above it.
    d = smin(d, sdEllipsoid(p, add(acetCentre, [-2, 2, 0]), [27, 31, 29]), 8)
    d = smin(d, sdCapsule(p, add(H, [-2, 12, -2]), add(H, [-6, 44, -6]), 21, 12), 10)
    // Pubis and ischium round the obturator foramen.
    for (let i = 1; i < ring.points.length; i++) {
      d = smin(
        d,
        sdRingSegment(
          p,
          ring.points[i - 1] as Vec3,
          ring.points[i] as Vec3,
          ring.radius[i - 1] ?? 8,
          ring.radius[i] ?? 8,
          ring.normal,
          segmentFlatness[i] ?? 0
        ),
        3
      )
    }
    // Pubic body (flattened against the symphysis) and the tuberosity's rough oval.
    d = smin(d, sdEllipsoid(p, [10, lm.symphysis[1] - 3, lm.symphysis[2] - 2], [9, 19, 10]), 4)
    d = smin(d, sdEllipsoid(p, add(lm.ischialTuberosity, ISCHIAL_TUBEROSITY.offset), ISCHIAL_TUBEROSITY.radii), 5)
    // The ischial body behind the cup, from the notch's apex down to the spine: its back edge is
    // the notch's lower limb. Then the ischial spine, a short triangular point behind it.
    d = smin(d, sdCapsule(p, add(H, ISCHIAL_BODY_TOP), spineBase, 10, 8.5), 10)
    d = smin(d, sdCapsule(p, spineBase, lm.ischialSpine, 8, 3.5), 4)
    // Acetabulum: socket for the femoral head, opening anterolaterally and downward.
    d = smax(d, -sdSphere(p, H, PELVIS.acetabulumRadius), 2)
    d = smax(d, -Math.max(4 - dot(sub(p, H), ACETABULAR_AXIS), Math.hypot(...sub(p, H)) - 40), 3)
    // Its floor's fossa, a trough from below the centre toward the notch: what is left of the
    // socket's face is the horseshoe of the lunate surface.
    const fossa = Math.min(
      sdCapsule(p, fossaLine[0] as Vec3, fossaLine[1] as Vec3, ACETABULAR_FOSSA.radius),
      sdCapsule(p, fossaLine[1] as Vec3, fossaLine[2] as Vec3, ACETABULAR_FOSSA.radius)
    )
    d = smax(d, -fossa, 1.5)
    // Keep the pubis off the midline (symphysis gap).
    d = smax(d, 2 - p[0], 1)
    return d
  }
  const bounds: Bounds = {
    min: [0, lm.ischialTuberosity[1] - 30, Math.min(lm.psis[2], lm.ischialSpine[2]) - 20],
    max: [lm.crestTop[0] + 18, lm.crestTop[1] + 16, lm.symphysis[2] + 20],
  }
  return { sdf, bounds }
}
