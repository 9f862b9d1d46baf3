/**
 * The beyond-the-spine family: structures outside the spine whose pain is often taken for back
 * pain (the app's "mimics"), in world mm. The hip joint capsule wraps the femoral head and neck;
 * the gluteus medius and minimus tendons lie on the greater trochanter; the kidneys are beans in
 * the retroperitoneum either side of T12–L3, in front of quadratus lumborum and beside psoas,
 * the right a little lower than the left. Built after the bones (it reads the pelvis landmarks
 * and the vertebral poses only). Shapes are plausible outlines for orientation, not measured.
 */
import { withFibres } from '../fibres'
import { add, cross, dot, normalize, piecewiseLinear, scale, smoothstep, sub, type Vec3 } from '../math'
import { mapVertices, mergeMeshes, type MeshData } from '../mesh'
import { mirrorMesh } from '../mirror'
import { ellipsoidMesh, sweep } from '../sweep'
import type { BuildContext } from './family'

/** Resolution of an ellipsoid mesh (the tendons' plates, the kidneys). */
export interface EllipsoidResolution {
  /** Rings from pole to pole. */
  rings: number
  /** Vertices round each ring. */
  segments: number
}

/** How finely the hip capsule's sleeve is meshed. */
export interface HipCapsuleResolution {
  /** Vertices round each section. */
  segments: number
  /** Spacing of the sections along the neck, mm. */
  step: number
}

export interface BeyondTheSpineOptions {
  hipCapsule: HipCapsuleResolution
  tendon: EllipsoidResolution
  kidney: EllipsoidResolution
}

/**
 * Coarse on purpose: the whole model keeps under its triangle cap (tests/unit/model/glb.test.ts).
 * 2 × segments × (rings − 1) triangles each: a tendon plate 24, a kidney 520 (its bean outline and
 * hilum need the rings), plus about 400 for its ureter's start; a hip capsule about 1,200 (2 ×
 * segments per section: its ligaments' bands need the segments round it). Smooth
 * normals hide the facets at this size.
 */
export const BEYOND_THE_SPINE_DEFAULTS: BeyondTheSpineOptions = {
  hipCapsule: { segments: 32, step: 3.5 },
  tendon: { rings: 3, segments: 6 },
  kidney: { rings: 14, segments: 20 },
}

/**
 * Hip joint capsule, mm (estimate from textbook anatomy, GRAYS-2020): it runs from the rim of
 * the acetabulum, about `rimBehindHead` behind the head's centre along the neck, to the
 * intertrochanteric line at the base of the neck, and sits `thickness` outside the femoral head
 * (radius 23 mm, FEMUR.headRadius).
 */
const HIP_CAPSULE = { rimBehindHead: 14, thickness: 5, femoralHeadRadius: 23 }

/**
 * The capsule's three ligaments, thickenings of its own wall that spiral along the neck (courses
 * and sizes are estimates from anatomy atlases). Each runs from `from` at the acetabular rim to
 * `to` at the neck's base, as angles round the neck's axis (degrees: 0 in front, 90 above, ±180
 * behind), `halfWidth` degrees wide and up to `thickness` mm proud of the wall. The iliofemoral
 * ligament, the body's strongest, is an inverted Y: one stem from below the AIIS, two limbs.
 */
export interface HipLigament {
  name: string
  from: number
  to: number
  halfWidth: number
  thickness: number
}

export const HIP_LIGAMENTS: readonly HipLigament[] = [
  // Iliofemoral, lateral limb: to the upper end of the intertrochanteric line.
  { name: 'iliofemoral (lateral limb)', from: 55, to: 25, halfWidth: 13, thickness: 4.5 },
  // Iliofemoral, medial limb: down to the lower end of the line.
  { name: 'iliofemoral (medial limb)', from: 45, to: -45, halfWidth: 12, thickness: 4 },
  // Pubofemoral: from the pubic part of the rim, below and in front, to the underside of the neck.
  { name: 'pubofemoral', from: -70, to: -115, halfWidth: 13, thickness: 2.5 },
  // Ischiofemoral: from the ischial part of the rim, behind and below, spiralling up over the
  // back of the neck toward the greater trochanter.
  { name: 'ischiofemoral', from: -150, to: 150, halfWidth: 14, thickness: 2.5 },
]

/** Fibre lines round the sleeve, one every this many degrees (the capsule's longitudinal fibres). */
const HIP_FIBRE_SPACING_DEG = 30

/**
 * The femoral neck's base relative to the head centre, mm: the same offset the femur's shape
 * uses (shapes/femur.ts), so the capsule follows the modelled neck.
 */
const NECK_BASE_OFFSET: Vec3 = [36, -24, -9]

/**
 * Gluteal tendons as two thin plates on the greater trochanter (anatomy sheet: medius on the
 * lateral facet, minimus on the anterior facet), mm (estimate). Offsets from the trochanter's
 * centre; the trochanter's half-axes are 12, 21 and 16 mm (shapes/femur.ts), so a plate sits on
 * its surface. Half-axes: thickness, length along the tendon, width.
 */
const GLUTEUS_MEDIUS_TENDON = { offset: [13, 10, -2] as Vec3, half: [2.5, 20, 11] as Vec3 }
const GLUTEUS_MINIMUS_TENDON = { offset: [6, 8, 15] as Vec3, half: [9, 16, 2.5] as Vec3 }

/**
 * Kidney, mm (textbook: about 11 × 6 × 3 cm; hilum at L1, right kidney about 1.5 cm lower;
 * GRAYS-2020, not re-verified). `lateral` is the centre's distance from the midline, `behindBody`
 * how far behind the vertebral body's centre it lies (the kidneys sit in the paravertebral
 * gutters, on quadratus lumborum and psoas). The long axis tilts: the upper pole lies nearer the
 * midline and further back (`tilt`, as a direction in the left side's frame).
 */
const KIDNEY = {
  halfLength: 55,
  halfWidth: 30,
  halfThickness: 15,
  lateral: 72,
  behindBody: 10,
  rightLower: 15,
  tilt: [-0.25, 1, -0.15] as Vec3,
  /** How deep the hilum's notch is, as a share of the half-width, and how long, as a share of the half-length. */
  hilumDepth: 0.45,
  hilumLength: 0.38,
  /**
   * The renal pelvis and the start of the ureter: from the hilum, a funnel narrowing to the
   * ureter, which runs down on psoas (radii: pelvis about 8 mm, ureter about 2.5 mm; the course
   * is an estimate). Shown so the kidney reads as a kidney, not an egg.
   */
  pelvisRadius: 8,
  ureterRadius: 2.5,
  ureterCourse: [
    [-6, -8, 5],
    [-14, -40, 9],
    [-17, -85, 11],
  ] as Vec3[],
}

/**
 * The left hip joint capsule: a sleeve along the femoral neck, from the acetabular rim (just
 * inside the head's centre) over the head, narrowing round the neck (the zona orbicularis) and
 * flaring onto the neck's base at the intertrochanteric line (shape: estimate), flattened front
 * to back as the neck is. Its ligaments are its own wall thickened in spiralling bands, and its
 * fibres run along them.
 */
export function hipCapsuleMesh(
  hipCentre: Vec3,
  resolution: HipCapsuleResolution,
  ligaments: readonly HipLigament[] = HIP_LIGAMENTS
): MeshData {
  const neck = NECK_BASE_OFFSET
  const along = normalize(neck)
  const head = HIP_CAPSULE.femoralHeadRadius + HIP_CAPSULE.thickness
  // Radius along the sleeve (0 at the rim, 1 at the neck's base), as shares of the head's.
  const at = [0, 0.3, 0.65, 1]
  const shares = [0.95, 1, 0.7, 0.82]
  const radius = (t: number): number => head * piecewiseLinear(at, shares, t)
  const rim = add(hipCentre, scale(along, -HIP_CAPSULE.rimBehindHead))
  const length = HIP_CAPSULE.rimBehindHead + Math.hypot(...neck)
  const sleeve = sweep([rim, hipCentre, add(hipCentre, neck)], {
    side: [0, 0, 1],
    width: (t) => radius(t) * 0.85,
    thickness: radius,
    radial: resolution.segments,
    step: resolution.step,
    exponent: 2,
  })
  // Angles round the neck: 0 in front, 90 above.
  const front = normalize(sub([0, 0, 1], scale(along, along[2])))
  const up = cross(along, front)
  const upward = up[1] >= 0 ? up : scale(up, -1)
  const frame = (p: Vec3) => {
    const d = sub(p, rim)
    const t = Math.min(1, Math.max(0, dot(d, along) / length))
    const radial = sub(d, scale(along, t * length))
    const angle = (Math.atan2(dot(radial, upward), dot(radial, front)) * 180) / Math.PI
    return { t, radial, angle }
  }
  // Where a ligament runs at t: its angle, turning from `from` to `to` the short way round.
  const courseAngle = (l: HipLigament, t: number) => l.from + wrapDegrees(l.to - l.from) * t
  const mesh = mapVertices(sleeve, (p) => {
    const { t, radial, angle } = frame(p)
    let proud = 0
    for (const l of ligaments) {
      const off = wrapDegrees(angle - courseAngle(l, t)) / l.halfWidth
      // Full thickness from a little off the rim to the neck's base, where it inserts.
      proud = Math.max(proud, l.thickness * Math.exp(-off * off) * smoothstep(0, 0.25, t))
    }
    const r = Math.hypot(...radial)
    return r > 0 ? add(p, scale(radial, proud / r)) : p
  })
  // The fibres: longitudinal round the sleeve, and along each ligament's spiral.
  const lineAt = (angleAt: (t: number) => number): Vec3[] =>
    Array.from({ length: 9 }, (_, k) => {
      const t = k / 8
      const a = (angleAt(t) * Math.PI) / 180
      const r = radius(t) * 0.92
      return add(
        add(rim, scale(along, t * length)),
        add(scale(front, Math.cos(a) * r * 0.85), scale(upward, Math.sin(a) * r))
      )
    })
  const lines = [
    ...Array.from({ length: 360 / HIP_FIBRE_SPACING_DEG }, (_, k) => lineAt(() => k * HIP_FIBRE_SPACING_DEG - 180)),
    ...ligaments.map((l) => lineAt((t) => courseAngle(l, t))),
  ]
  return withFibres(mesh, lines, () => CAPSULE_COLLAGEN)
}

/** Degrees brought into −180 … 180. */
function wrapDegrees(d: number): number {
  return ((((d + 180) % 360) + 360) % 360) - 180
}

/** The capsule as dense collagen: drawn part way to tendon, like the ligaments. */
const CAPSULE_COLLAGEN = 0.35

/** The left gluteal tendons: two plates on the greater trochanter, one mesh. */
export function glutealTendonsMesh(greaterTrochanter: Vec3, resolution: EllipsoidResolution): MeshData {
  const plate = ({ offset, half }: { offset: Vec3; half: Vec3 }) =>
    ellipsoidMesh(
      add(greaterTrochanter, offset),
      [half[0], 0, 0],
      [0, half[1], 0],
      [0, 0, half[2]],
      resolution.rings,
      resolution.segments
    )
  return mergeMeshes([plate(GLUTEUS_MEDIUS_TENDON), plate(GLUTEUS_MINIMUS_TENDON)])
}

/**
 * The left kidney: an ellipsoid along its tilted long axis, pressed in on its medial border at
 * the hilum so it reads as a bean, with its renal pelvis leaving the hilum as the ureter.
 */
export function kidneyMesh(centre: Vec3, resolution: EllipsoidResolution): MeshData {
  const k = KIDNEY
  const u = normalize(k.tilt)
  const w = normalize(cross([1, 0, 0], u))
  const v = normalize(cross(u, w))
  const bean = ellipsoidMesh(
    centre,
    scale(v, k.halfWidth),
    scale(u, k.halfLength),
    scale(w, k.halfThickness),
    resolution.rings,
    resolution.segments
  )
  const kidney = mapVertices(bean, (p) => {
    const d = sub(p, centre)
    const a = (d[0] * u[0] + d[1] * u[1] + d[2] * u[2]) / k.halfLength
    const m = d[0] * v[0] + d[1] * v[1] + d[2] * v[2]
    // Only the medial half (towards the spine: -v on the left side) is pressed in.
    if (m >= 0) return p
    const notch = 1 - k.hilumDepth * Math.exp(-((a / k.hilumLength) ** 2))
    return sub(p, scale(v, m * (1 - notch)))
  })
  // The pelvis starts inside the notch, at the hilum.
  const hilum = sub(centre, scale(v, k.halfWidth * (1 - k.hilumDepth) - 4))
  // The pelvis's funnel, 1 at the hilum and gone a quarter of the way down.
  const funnel = (t: number): number => Math.max(0, 1 - t * 4) ** 2
  const ureter = sweep([hilum, ...k.ureterCourse.map((step) => add(hilum, step))], {
    side: [0, 0, 1],
    width: (t) => k.ureterRadius + (k.pelvisRadius - k.ureterRadius) * funnel(t),
    thickness: (t) => k.ureterRadius + (k.pelvisRadius - k.ureterRadius) * 0.7 * funnel(t),
    radial: 8,
    step: 4,
    exponent: 2,
  })
  return mergeMeshes([kidney, ureter])
}

/** Builds the hip joints, the gluteal tendons and the kidneys into `ctx.parts`. */
export function buildBeyondTheSpine(
  ctx: BuildContext,
  options: BeyondTheSpineOptions = BEYOND_THE_SPINE_DEFAULTS
): void {
  const { pelvis, vertebrae } = ctx.skeleton
  const capsule = hipCapsuleMesh(pelvis.hipCentre, options.hipCapsule)
  // Fibrous tissue: drawn as the ligaments are, collagen with its fibres.
  ctx.parts.set('hip-joint-left', { material: 'ligament', mesh: capsule })
  ctx.parts.set('hip-joint-right', { material: 'ligament', mesh: mirrorMesh(capsule) })

  const tendons = glutealTendonsMesh(pelvis.greaterTrochanter, options.tendon)
  ctx.parts.set('gluteal-tendons-left', { material: 'ligament', mesh: tendons })
  ctx.parts.set('gluteal-tendons-right', { material: 'ligament', mesh: mirrorMesh(tendons) })

  // The left kidney's centre at the L1–L2 level (hilum at L1); the right one a little lower.
  const l1 = vertebrae.L1.translation
  const l2 = vertebrae.L2.translation
  const level: Vec3 = scale(add(l1, l2), 0.5)
  const centre: Vec3 = [KIDNEY.lateral, level[1], level[2] - KIDNEY.behindBody]
  const kidney = kidneyMesh(centre, options.kidney)
  // Kidneys are not a tissue of their own in the app's palette; the muscle material's deep red
  // reads as an organ and needs no new scene material.
  ctx.parts.set('kidney-left', { material: 'muscle', mesh: kidney })
  ctx.parts.set('kidney-right', {
    material: 'muscle',
    mesh: mapVertices(mirrorMesh(kidney), (p) => [p[0], p[1] - KIDNEY.rightLower, p[2]]),
  })
}
