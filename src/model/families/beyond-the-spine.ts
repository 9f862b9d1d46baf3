/**
 * The beyond-the-spine family: structures outside the spine whose pain is often taken for back
 * pain (the app's "mimics"), in world mm. The hip joint capsule wraps the femoral head and neck;
 * the gluteus medius and minimus tendons lie on the greater trochanter; the kidneys are beans in
 * the retroperitoneum either side of T12–L3, in front of quadratus lumborum and beside psoas,
 * the right a little lower than the left. Built after the bones (it reads the pelvis landmarks
 * and the vertebral poses only). Shapes are plausible outlines for orientation, not measured.
 */
import { LIGAMENT_COLLAGEN, withFibres } from '../fibres'
import {
  add,
  cross,
  distPointSegment,
  dot,
  normalize,
  scale,
  sdSlab,
  smax,
  smin,
  smoothstep,
  sub,
  type Vec3,
} from '../math'
import { FEMUR } from '../measurements'
import {
  isClosedManifold,
  mapVertices,
  meshSdf,
  meshSdfSimplified,
  mergeMeshes,
  taubinSmooth,
  type Bounds,
  type MeshData,
  type Sdf,
} from '../mesh'
import { mirrorMesh } from '../mirror'
import { simplifyMesh } from '../optimize'
import { FEMORAL_NECK, femurSdf } from '../shapes/femur'
import type { PelvisLandmarks } from '../skeleton'
import { ACETABULAR_AXIS } from '../shapes/pelvis'
import { catmullRom, ellipsoidMesh, sweep } from '../sweep'
import type { BuildContext } from './family'

/** Resolution of an ellipsoid mesh (the kidneys). */
export interface EllipsoidResolution {
  /** Rings from pole to pole. */
  rings: number
  /** Vertices round each ring. */
  segments: number
}

/** How finely a shape meshed from its SDF is meshed: the grid edge (mm) and its triangle budget. */
export interface SdfMeshResolution {
  edgeLength: number
  maxTriangles: number
}

export interface BeyondTheSpineOptions {
  hipCapsule: SdfMeshResolution
  tendon: SdfMeshResolution
  kidney: EllipsoidResolution
}

/**
 * Coarse on purpose: the whole model keeps under its triangle cap (tests/unit/model/glb.test.ts).
 * 2 × segments × (rings − 1) triangles each: a kidney 520 (its bean outline and
 * hilum need the rings), plus about 400 for its ureter's start; the gluteal tendons 640; a hip capsule 2,800 (its
 * ligaments' bands and the hood over the head need them). Smooth normals hide the facets at
 * this size.
 */
export const BEYOND_THE_SPINE_DEFAULTS: BeyondTheSpineOptions = {
  hipCapsule: { edgeLength: 1.4, maxTriangles: 2800 },
  tendon: { edgeLength: 1, maxTriangles: 640 },
  kidney: { rings: 14, segments: 20 },
}

/**
 * Hip joint capsule, mm (estimate from textbook anatomy, GRAYS-2020). It arises from the bony rim
 * of the acetabulum just outside the labrum, so it hoods the femoral head where the head leaves
 * the socket (`rimFlare`: how much wider than the head it is at the rim), and runs as a loose
 * sleeve (`neckRadius` round the neck's axis, narrowed a little by the zona orbicularis near the
 * neck's middle) to the intertrochanteric line in front and only about two thirds of the way along
 * the neck behind (`backReach`), where it thins onto the bone (`edgeRadius` round the axis).
 */
const HIP_CAPSULE = {
  thickness: 4,
  rimFlare: 3,
  neckRadius: 22,
  zonaOrbicularis: { at: 0.55, depth: 2, halfWidth: 7 },
  backReach: 0.68,
  edgeRadius: 17.5,
}

/**
 * The capsule's three ligaments, thickenings of its own wall that spiral along the neck (courses
 * and sizes are estimates from anatomy atlases). Each runs from `from` at the acetabular rim to
 * `to` at its femoral attachment, as angles round the neck's axis (degrees: 0 in front, 90 above,
 * ±180 behind), `halfWidth` mm either side of its course and up to `thickness` mm proud of the
 * wall. The iliofemoral ligament, the body's strongest, is an inverted Y: its two limbs leave the
 * rim together below the AIIS and part toward the two ends of the intertrochanteric line.
 */
export interface HipLigament {
  name: string
  from: number
  to: number
  halfWidth: number
  thickness: number
  /** Share of its length it runs at `from` before turning toward `to` (a limb leaving a common stem). */
  turnsAt?: number
}

export const HIP_LIGAMENTS: readonly HipLigament[] = [
  // One stem from below the AIIS for its first third, so the Y shows: two limbs that merely
  // started close read as two separate ridges.
  { name: 'iliofemoral (lateral limb)', from: 50, to: 32, halfWidth: 5.5, thickness: 5.2, turnsAt: 0.3 },
  { name: 'iliofemoral (medial limb)', from: 50, to: -50, halfWidth: 5, thickness: 4.8, turnsAt: 0.3 },
  // Pubofemoral: from the pubic part of the rim, in front and below, to the underside of the neck.
  { name: 'pubofemoral', from: -65, to: -110, halfWidth: 6, thickness: 2.2 },
  // Ischiofemoral: from the ischial part of the rim, behind and below, spiralling up over the
  // back of the neck toward the greater trochanter.
  { name: 'ischiofemoral', from: -145, to: 125, halfWidth: 7, thickness: 2.2 },
]

/** Passes of Taubin smoothing over the capsule's mesh. */
const HIP_CAPSULE_SMOOTHING = 8

/** Fibre lines round the sleeve, one every this many degrees (the capsule's longitudinal fibres). */
const HIP_FIBRE_SPACING_DEG = 30

/** The neck's frame at the hip's centre: along the neck, forward and upward across it. */
const NECK: { along: Vec3; front: Vec3; upward: Vec3; length: number } = (() => {
  const along = normalize(FEMORAL_NECK.baseOffset)
  const front = normalize(sub([0, 0, 1], scale(along, along[2])))
  const up = cross(along, front)
  return { along, front, upward: up[1] >= 0 ? up : scale(up, -1), length: Math.hypot(...FEMORAL_NECK.baseOffset) }
})()

/** How far along the neck the capsule reaches, `angle` (radians) round it: all the way in front, less behind. */
function capsuleAttachment(angle: number): number {
  const c = HIP_CAPSULE
  return NECK.length * (c.backReach + (1 - c.backReach) * (0.5 + 0.5 * Math.cos(angle)))
}

/**
 * The capsule's sleeve without its ligaments, unclipped, as a signed distance at `p`, with the
 * angle round the neck of the point asked about.
 */
function capsuleSleeve(hipCentre: Vec3): (p: Vec3) => { d: number; angle: number } {
  const c = HIP_CAPSULE
  const { along, front, upward, length } = NECK
  const head = FEMUR.headRadius + c.thickness
  const zona = c.zonaOrbicularis
  return (p) => {
    const q = sub(p, hipCentre)
    const s = dot(q, along)
    const radial = sub(q, scale(along, s))
    const angle = Math.atan2(dot(radial, upward), dot(radial, front))
    const rim = dot(q, ACETABULAR_AXIS)
    const flare = c.rimFlare * smoothstep(10, 0, rim)
    const onNeck = Math.min(length, Math.max(8, s))
    const end = capsuleAttachment(angle)
    const waist = zona.depth * Math.exp(-((((onNeck / length - zona.at) * length) / zona.halfWidth) ** 2))
    const radius = c.neckRadius - waist - (c.neckRadius - c.edgeRadius) * smoothstep(end - 14, end, onNeck)
    const neck = Math.hypot(...sub(q, scale(along, onNeck))) - radius
    return { d: smin(Math.hypot(...q) - head - flare, neck, 8), angle }
  }
}

/** A ligament with its course along the middle of its band, on the sleeve's surface. */
interface LigamentCourse {
  l: HipLigament
  course: Vec3[]
}

/** Each ligament's course along the middle of its band, on the sleeve's surface. */
function ligamentCourses(hipCentre: Vec3, ligaments: readonly HipLigament[]): LigamentCourse[] {
  const sleeve = capsuleSleeve(hipCentre)
  const plain = (p: Vec3) => sleeve(p).d
  return ligaments.map((l) => ({ l, course: capsuleLine(hipCentre, plain, ligamentAngle(l), 13, 3) }))
}

/**
 * The left hip joint capsule as a signed distance (negative inside): the sleeve, clipped at the
 * acetabular rim and at its femoral attachment, with its ligaments as raised bands on it. A solid
 * body rather than a shell: its inside lies in the femoral head and neck and is never seen.
 */
export function hipCapsuleSdf(hipCentre: Vec3, ligaments: readonly HipLigament[] = HIP_LIGAMENTS): Sdf {
  return capsuleSdfAlong(hipCentre, ligamentCourses(hipCentre, ligaments))
}

/** The capsule's SDF with its ligaments' bands along courses already traced (`ligamentCourses`). */
function capsuleSdfAlong(hipCentre: Vec3, bandCourses: readonly LigamentCourse[]): Sdf {
  const H = hipCentre
  const { along } = NECK
  const sleeve = capsuleSleeve(H)
  return (p) => {
    const { d: wall, angle } = sleeve(p)
    let d = wall
    for (const { l, course } of bandCourses) {
      const band = smax(wall - l.thickness, distanceToPolyline(p, course) - l.halfWidth, 1.5)
      d = smin(d, band, 1.5)
    }
    // Clipped where it arises from the rim and where it attaches to the neck.
    d = smax(d, -dot(sub(p, H), ACETABULAR_AXIS), 1.5)
    return smax(d, dot(sub(p, H), along) - capsuleAttachment(angle), 1.5)
  }
}

/**
 * A ligament's angle round the neck (degrees) at t along it, turning from `from` to `to` the short
 * way, after running its stem (`turnsAt`).
 */
const ligamentAngle =
  (l: HipLigament) =>
  (t: number): number =>
    l.from + wrapDegrees(l.to - l.from) * Math.max(0, (t - (l.turnsAt ?? 0)) / (1 - (l.turnsAt ?? 0)))

/**
 * A line of `points` on the capsule's surface `surface`, from `rimGap` mm past the rim to 1 mm
 * short of its attachment, at `angleAt(t)` degrees round the neck: a ligament's course, a fibre.
 */
function capsuleLine(
  hipCentre: Vec3,
  surface: Sdf,
  angleAt: (t: number) => number,
  points: number,
  rimGap: number
): Vec3[] {
  return Array.from({ length: points }, (_, k) => {
    const t = k / (points - 1)
    const angle = (angleAt(t) * Math.PI) / 180
    const from = rimDistance(hipCentre, angle, surface) + rimGap
    const to = capsuleAttachment(angle) - 1
    return surfacePoint(hipCentre, from + (to - from) * t, angle, surface)
  })
}

/** Where the surface `d` crosses the ray from the neck's axis at `s` along it, `angle` round it. */
function surfacePoint(hipCentre: Vec3, s: number, angle: number, d: Sdf): Vec3 {
  const { along, front, upward } = NECK
  const axis = add(hipCentre, scale(along, s))
  return whereRayLeaves(axis, add(scale(front, Math.cos(angle)), scale(upward, Math.sin(angle))), d)
}

/** Where a ray from `from` (inside the surface `d`) in the unit direction `out` leaves it, within 60 mm. */
function whereRayLeaves(from: Vec3, out: Vec3, d: Sdf): Vec3 {
  let lo = 0
  let hi = 60
  for (let k = 0; k < 30; k++) {
    const m = (lo + hi) / 2
    if (d(add(from, scale(out, m))) < 0) lo = m
    else hi = m
  }
  return add(from, scale(out, (lo + hi) / 2))
}

/** How far along the neck the surface `d` meets the acetabular rim's plane, `angle` round it. */
function rimDistance(hipCentre: Vec3, angle: number, d: Sdf): number {
  let lo = -FEMUR.headRadius
  let hi = NECK.length
  for (let k = 0; k < 30; k++) {
    const m = (lo + hi) / 2
    if (dot(sub(surfacePoint(hipCentre, m, angle, d), hipCentre), ACETABULAR_AXIS) < 0) lo = m
    else hi = m
  }
  return hi
}

function distanceToPolyline(p: Vec3, line: readonly Vec3[]): number {
  let best = Infinity
  for (let i = 1; i < line.length; i++) best = Math.min(best, distPointSegment(p, line[i - 1]!, line[i]!))
  return best
}

/**
 * The left hip joint capsule, meshed from its SDF, with its fibres: longitudinal round the sleeve,
 * and along each ligament's course.
 */
export async function hipCapsuleMesh(
  hipCentre: Vec3,
  resolution: SdfMeshResolution,
  ligaments: readonly HipLigament[] = HIP_LIGAMENTS
): Promise<MeshData> {
  const bounds: Bounds = { min: add(hipCentre, [-36, -52, -46]), max: add(hipCentre, [64, 42, 46]) }
  // Smoothed: cut from its SDF and simplified, its faces rippled ("lumpy", "crumpled" in blind
  // reviews); the ligaments' bands, 12-14 mm across, stay.
  const courses = ligamentCourses(hipCentre, ligaments)
  const mesh = taubinSmooth(
    await meshWithinBudget(capsuleSdfAlong(hipCentre, courses), bounds, resolution),
    HIP_CAPSULE_SMOOTHING
  )
  const plain = hipCapsuleSdf(hipCentre, [])
  const lineAt = (angleAt: (t: number) => number): Vec3[] => capsuleLine(hipCentre, plain, angleAt, 9, 1)
  const lines = [
    ...Array.from({ length: 360 / HIP_FIBRE_SPACING_DEG }, (_, k) => lineAt(() => k * HIP_FIBRE_SPACING_DEG - 180)),
    ...ligaments.map((l) => lineAt(ligamentAngle(l))),
  ]
  return {
    ...withFibres(mesh, lines, () => LIGAMENT_COLLAGEN),
    colors: ligamentShading(mesh, courses),
  }
}

/**
 * The thin capsule between its ligaments, as a share of the ligaments' colour: an atlas draws the
 * ligaments as pale glistening bands on a duller capsule, which is what makes the Y read.
 */
export const CAPSULE_WALL_SHADE = 0.6

/**
 * Vertex colours for the capsule: full on its ligaments' bands, `CAPSULE_WALL_SHADE` on the wall
 * between them, graded over a couple of mm at each band's edge.
 */
function ligamentShading(mesh: MeshData, courses: readonly LigamentCourse[]): Float32Array {
  // Each course lies on the plain wall: a point on its band's crown is the band's thickness above it.
  const bands = courses.map(({ l, course }) => ({ course, edge: Math.hypot(l.halfWidth, l.thickness) }))
  const p = mesh.positions
  const colors = new Float32Array(p.length)
  for (let v = 0; v < p.length / 3; v++) {
    const q: Vec3 = [p[v * 3] ?? 0, p[v * 3 + 1] ?? 0, p[v * 3 + 2] ?? 0]
    let band = 0
    for (const { course, edge } of bands)
      band = Math.max(band, smoothstep(edge + 1.5, edge - 1.5, distanceToPolyline(q, course)))
    colors.fill(CAPSULE_WALL_SHADE + (1 - CAPSULE_WALL_SHADE) * band, v * 3, v * 3 + 3)
  }
  return colors
}

/**
 * An SDF meshed and simplified to its triangle budget, closed and manifold: meshoptimizer's
 * simplifier first, manifold-3d's (which never breaks the manifold) where that leaves an open edge.
 */
async function meshWithinBudget(sdf: Sdf, bounds: Bounds, resolution: SdfMeshResolution): Promise<MeshData> {
  const { edgeLength, maxTriangles } = resolution
  const simple = await simplifyMesh(await meshSdf(sdf, bounds, { edgeLength }), maxTriangles)
  return isClosedManifold(simple) ? simple : meshSdfSimplified(sdf, bounds, { edgeLength }, 0.1, maxTriangles)
}

/** Degrees brought into −180 … 180. */
function wrapDegrees(d: number): number {
  return ((((d + 180) % 360) + 360) % 360) - 180
}

/**
 * The gluteus medius and minimus tendons where they wrap the greater trochanter (anatomy sheet;
 * courses and sizes are estimates). Each is a flat band lying on the trochanter's surface along a
 * course given as directions from the trochanter's centre, `halfWidth` mm either side of it and
 * `thickness` mm proud of the bone. Medius comes down over the trochanter's top and spreads over
 * its superoposterior and lateral facets, where this model's medius fibres end (their Rajagopal
 * 2016 insertions, mapped); minimus comes forward over the top onto the anterior facet. Medius's
 * tendon also rises a little off the top toward its belly (`rise`, mm from the centre).
 */
interface TendonBand {
  course: Vec3[]
  halfWidth: number
  thickness: number
}

const GLUTEAL_TENDONS: { medius: TendonBand; minimus: TendonBand; rise: Vec3 } = {
  medius: {
    course: [
      [0, 1, -0.45],
      [0.6, 0.45, -0.5],
      [1, -0.1, -0.1],
      [0.85, -0.5, 0.35],
    ],
    halfWidth: 11,
    thickness: 2,
  },
  minimus: {
    course: [
      [0.15, 0.8, 0.6],
      [0.3, 0.1, 1],
      [0.35, -0.4, 0.9],
    ],
    halfWidth: 7,
    thickness: 1.8,
  },
  rise: [4, 36, -10],
}

/** The gluteal tendons read as tendon, not ligament: nearly all collagen, glossy. */
const TENDON_COLLAGEN = 0.85

/**
 * The left gluteus medius and minimus tendons on the greater trochanter, one mesh, lying on the
 * femur's own surface.
 */
export async function glutealTendonsMesh(pelvis: PelvisLandmarks, resolution: SdfMeshResolution): Promise<MeshData> {
  const GT = pelvis.greaterTrochanter
  const femur = femurSdf(pelvis).sdf
  // The femur's surface seen from the trochanter's centre in direction `d`.
  const onSurface = (d: Vec3): Vec3 => whereRayLeaves(GT, normalize(d), femur)
  const courses = [GLUTEAL_TENDONS.medius, GLUTEAL_TENDONS.minimus].map((band) => ({
    band,
    line: catmullRom(band.course.map(onSurface), 8),
  }))
  const medius = courses[0]!.line
  const top = medius[0]!
  const rise = add(GT, GLUTEAL_TENDONS.rise)
  const sdf: Sdf = (p) => {
    const bone = femur(p)
    let d = Infinity
    for (const { band, line } of courses)
      d = smin(d, smax(bone - band.thickness, distanceToPolyline(p, line) - band.halfWidth, 1.5), 1)
    // Medius's tendon as it leaves the belly: flat, facing out, widening onto the trochanter.
    const slab = sdSlab(p, rise, top, normalize([0.7, 0, -0.7]), 9, GLUTEAL_TENDONS.medius.halfWidth, 1.2)
    return smin(d, slab, 3)
  }
  const bounds: Bounds = { min: add(GT, [-24, -32, -30]), max: add(GT, [26, 46, 30]) }
  const mesh = await meshWithinBudget(sdf, bounds, resolution)
  return withFibres(mesh, [[rise, ...medius], courses[1]!.line], () => TENDON_COLLAGEN)
}

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
export async function buildBeyondTheSpine(
  ctx: BuildContext,
  options: BeyondTheSpineOptions = BEYOND_THE_SPINE_DEFAULTS
): Promise<void> {
  const { pelvis, vertebrae } = ctx.skeleton
  const capsule = await hipCapsuleMesh(pelvis.hipCentre, options.hipCapsule)
  // Fibrous tissue: drawn as the ligaments are, collagen with its fibres.
  ctx.parts.set('hip-joint-left', { material: 'ligament', mesh: capsule })
  ctx.parts.set('hip-joint-right', { material: 'ligament', mesh: mirrorMesh(capsule) })

  const tendons = await glutealTendonsMesh(pelvis, options.tendon)
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
