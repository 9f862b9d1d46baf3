/**
 * A lumbar (or T12) vertebra as a signed distance field in its own frame: origin at the centre
 * of the vertebral body, +Y along the body axis, +Z anterior, +X left. Built from the published
 * per-level dimensions (measurements.ts): kidney-shaped, waisted body with concave end plates and
 * raised rims (ring apophyses), pedicles, laminae around a triangular canal, a hatchet spinous
 * process, transverse processes, articular processes whose curved facets lie on the shared joint
 * surfaces, and mammillary processes.
 */
import { FACET_CURVATURE_RADIUS, VERTEBRAE, type VertebraLevel } from '../measurements'
import {
  add,
  clamp,
  dot,
  sdCapsule,
  sdEllipsoid,
  sdSlab,
  sdSphere,
  sdTaperedProcess,
  smax,
  smin,
  sub,
  type Vec3,
} from '../math'
import type { Bounds, Sdf } from '../mesh'
import { bodyWedge, centreHeight } from '../skeleton'

/** A facet joint in this bone's frame. */
export interface LocalJoint {
  centre: Vec3
  /** Normal of the superior articular facet at its centre (faces posteromedially). */
  normal: Vec3
  /** The axis the facets curve round (the lower bone's long axis). */
  axis: Vec3
}

/**
 * Where a point lies across a facet joint, mm: positive on the inferior process's side, negative
 * on the superior's, zero on the joint. The joint is a cylinder of FACET_CURVATURE_RADIUS round
 * `axis`, touching the plane through `centre` square to `normal` there, so the superior facet is
 * concave: its front turns towards the coronal plane in front of the inferior process, its back
 * towards the sagittal (the C or J an axial section shows). Both processes of a joint cut by the
 * same surface, so they stay congruent. `c` and `n` are the joint's centre and normal mirrored to
 * the side being built.
 */
export function facetSide(q: Vec3, c: Vec3, n: Vec3, axis: Vec3): number {
  const r = FACET_CURVATURE_RADIUS
  const d = sub(q, [c[0] + n[0] * r, c[1] + n[1] * r, c[2] + n[2] * r])
  const along = dot(d, axis)
  return r - Math.hypot(d[0] - axis[0] * along, d[1] - axis[1] * along, d[2] - axis[2] * along)
}

export interface VertebraOptions {
  /** Blend radius of the smooth unions, mm. */
  blend: number
  /** End-plate concavity depth at the centre, mm (estimate). */
  endplateConcavity: number
  /** Waist: radius reduction at mid-height, fraction (estimate). */
  waist: number
  /** Rounding of the body's rim where its side meets an end plate, mm (estimate). */
  rimRounding: number
  /**
   * The ring apophysis: the raised rim round each end plate, a lip standing this far out from the
   * body's side, mm, centred this far from the end plate, over this half-height (estimates from
   * atlas pictures of lumbar bodies, whose walls are concave between two rims).
   */
  ringApophysis: { lip: number; at: number; halfHeight: number }
  /** Pedicle length from the body wall to the lamina, mm (estimate). */
  pedicleLength: number
  /** Lamina half thickness, mm (estimate). */
  laminaHalfThickness: number
  /** Gap between articular facets (joint space), mm (estimate). */
  jointGap: number
}

/** How much of the body's waist its back wall has (estimate): it is nearly flat. */
const BACK_WALL_WAIST = 0.3

export const VERTEBRA_DEFAULTS: VertebraOptions = {
  blend: 2.5,
  endplateConcavity: 1.2,
  waist: 0.16,
  rimRounding: 2,
  ringApophysis: { lip: 1.2, at: 1.8, halfHeight: 1.2 },
  pedicleLength: 9,
  laminaHalfThickness: 3,
  jointGap: 1,
}

/** Landmarks of a vertebra in its own frame (mm), left side where paired. */
export interface VertebraLandmarks {
  halfHeight: number
  /** Pedicle centre (left). */
  pedicle: Vec3
  /** Centre of the vertebral canal at pedicle level. */
  canalCentre: Vec3
  /** Posterior apex of the canal (front of the lamina junction). */
  canalApex: number
  /** Tip of the spinous process: the centre line of its thickened posterior border, whose surface is 2.5 mm behind. */
  spinousTip: Vec3
  /** Tip of the left transverse process. */
  transverseTip: Vec3
  /** Posterior body wall, z. */
  posteriorWall: number
}

export function vertebraLandmarks(level: VertebraLevel, options = VERTEBRA_DEFAULTS): VertebraLandmarks {
  const v = VERTEBRAE[level]
  const hC = centreHeight(level)
  const b = v.endplateDepth / 2
  const yp = hC / 2 - v.pedicleHeight / 2 - 1
  const zApex = -b + 2.5 - v.canalDepth
  const thoracic = level === 'T12'
  const spLen = level === 'L5' ? 22 : thoracic ? 24 : 28
  const spDrop = thoracic ? 22 : 9
  const tpBack = level === 'L5' ? -2 : -6
  return {
    halfHeight: hC / 2,
    pedicle: [v.canalWidth / 2 + v.pedicleWidth / 2, yp, -b - options.pedicleLength / 2 + 1],
    canalCentre: [0, yp, -b + 2.5 - v.canalDepth / 2],
    canalApex: zApex,
    spinousTip: [0, yp - 3 - spDrop, zApex - 4 - spLen],
    transverseTip: [v.transverseProcessSpan / 2, yp + (level === 'L5' ? 5 : 1), -b - options.pedicleLength + tpBack],
    posteriorWall: -b,
  }
}

function sdConvexPolygon2(x: number, z: number, pts: readonly (readonly [number, number])[]): number {
  let d = -Infinity
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i] as readonly [number, number]
    const c = pts[(i + 1) % pts.length] as readonly [number, number]
    const ex = c[0] - a[0]
    const ez = c[1] - a[1]
    const l = Math.hypot(ex, ez) || 1
    // outward normal for counter-clockwise polygons in (x, z)
    const nx = ez / l
    const nz = -ex / l
    d = Math.max(d, (x - a[0]) * nx + (z - a[1]) * nz)
  }
  return d
}

/** The vertebra's SDF and meshing bounds. */
export function vertebraSdf(
  level: VertebraLevel,
  superior: readonly LocalJoint[],
  inferior: readonly LocalJoint[],
  options: VertebraOptions = VERTEBRA_DEFAULTS
): { sdf: Sdf; bounds: Bounds } {
  const v = VERTEBRAE[level]
  const lm = vertebraLandmarks(level, options)
  const a = v.endplateWidth / 2
  const b = v.endplateDepth / 2
  const hC = centreHeight(level)
  const tanW = Math.tan(bodyWedge(level) / 2)
  const cw = v.canalWidth
  const pw = v.pedicleWidth
  const ph = v.pedicleHeight
  const yp = lm.pedicle[1]
  const zPedBack = -b - options.pedicleLength
  const zApex = lm.canalApex
  const lt = options.laminaHalfThickness
  const xPed = lm.pedicle[0]
  const thoracic = level === 'T12'
  const k = options.blend
  // Canal outline, counter-clockwise in (x, z) seen from above.
  const canal: [number, number][] = [
    [-cw / 2, -b + 2.5],
    [-cw / 2, zPedBack],
    [0, zApex],
    [cw / 2, zPedBack],
    [cw / 2, -b + 2.5],
  ]
  const laminaTop = yp + ph / 2 - 1
  const laminaBottom = yp - ph / 2 - 11
  const spTip = lm.spinousTip
  const spinous = spinousOutline(level, yp, ph, zApex, spTip)
  const tpTip = lm.transverseTip
  // L5's transverse processes are stout cones (they carry the iliolumbar ligaments); the others
  // are slender bars.
  const tpHalf: readonly [number, number, number] = level === 'L5' ? [9, 5, 4.6] : thoracic ? [4, 3, 3] : [5, 3.5, 2.6]

  const sdf: Sdf = (p) => {
    const [x, y, z] = p
    const ax = Math.abs(x)
    // Body: superelliptic plan, flatter behind, waisted, wedged, concave end plates.
    const t = clamp(y / (hC / 2), -1, 1)
    // Waisted like a spool: the sides curve in from the end plates, whose rims (the ring
    // apophyses) flare out, to their narrowest at mid-height.
    const wf = 1 - options.waist * (1 - t * t)
    // The back of the body, the canal's front wall, is nearly flat from end plate to end plate.
    const wb = z < 0 ? 1 - BACK_WALL_WAIST * options.waist * (1 - t * t) : wf
    const xn = ax / (a * wf)
    const zn = z / (b * wb)
    const ex = z < 0 ? 3.2 : 2.4
    const r2 = Math.min(1, (x / a) ** 2 + (z / b) ** 2)
    const conc = options.endplateConcavity * (1 - r2)
    const yTop = hC / 2 + z * tanW - conc
    const yBot = -hC / 2 - z * tanW + conc
    const ring = options.ringApophysis
    const fromPlate = Math.min(yTop - y, y - yBot)
    const lip = ring.lip * Math.exp(-(((fromPlate - ring.at) / ring.halfHeight) ** 2))
    const plan = (Math.pow(Math.pow(xn, ex) + Math.pow(Math.abs(zn), ex), 1 / ex) - 1) * Math.min(a, b) * wf - lip
    let d = smax(plan, Math.max(y - yTop, yBot - y), options.rimRounding)

    // Paired posterior elements: evaluate on the side of the point.
    const s = x >= 0 ? 1 : -1
    const q: Vec3 = [ax, y, z]
    // Pedicle: elliptical bar from the body to the lamina.
    const dE = (Math.hypot((ax - xPed) / (pw / 2), (y - yp) / (ph / 2)) - 1) * Math.min(pw, ph) * 0.5
    const ped = smax(dE, Math.max(z - (-b + 4), zPedBack - 1 - z), 1)
    d = smin(d, ped, k)
    // Lamina: a slanted slab from the pedicle to the midline behind the canal.
    const l0: Vec3 = [xPed, 0, zPedBack]
    const l1: Vec3 = [0, 0, zApex - lt]
    const lx = l1[0] - l0[0]
    const lz = l1[2] - l0[2]
    const ll = Math.hypot(lx, lz)
    const ln: Vec3 = [-lz / ll, 0, lx / ll]
    const lmid: Vec3 = [(l0[0] + l1[0]) / 2, 0, (l0[2] + l1[2]) / 2]
    const lam = sdSlab(
      q,
      [lmid[0], laminaTop - 3, lmid[2]],
      [lmid[0] - 1, laminaBottom + 3, lmid[2] - 3],
      ln,
      ll / 2 + 1,
      ll / 2 - 1,
      lt
    )
    d = smin(d, lam - 0.5, k)
    // Transverse process: oval in section, flattened front-to-back, thinning to a blunt tip.
    const tp = sdTaperedProcess(
      q,
      [xPed + 1, yp + 1, zPedBack + 2],
      tpTip,
      [0, 0.15, 0.99],
      [tpHalf[0], tpHalf[1]],
      [tpHalf[2] * 1.25, tpHalf[2] * 0.75]
    )
    d = smin(d, tp, k)
    // Accessory process: a small tubercle on the back of the transverse process's root.
    d = smin(d, sdSphere(q, [xPed + 3, yp - 2.5, zPedBack - 1.5], thoracic ? 1.6 : 2.2), 1.5)
    // Superior articular processes with mammillary processes, cut by the joint plane.
    for (const j of superior) {
      if (j.centre[0] * s <= 0) continue
      const c: Vec3 = [Math.abs(j.centre[0]), j.centre[1], j.centre[2]]
      const n: Vec3 = [j.normal[0] * s, j.normal[1], j.normal[2]]
      const centre: Vec3 = [c[0] - n[0] * 4, c[1] - 1, c[2] - n[2] * 4]
      // A plate standing in the joint's plane, broad along the joint line, thin across it (an
      // egg-shaped ellipsoid read as "blobby" in blind review 60).
      let sap = sdPlate(q, centre, n, ARTICULAR_PLATE.superior)
      sap = smin(sap, sdCapsule(q, [xPed, yp, zPedBack + 1], centre, 5, 4), 3)
      // The mammillary process: a tubercle along the back of the process's lower half.
      const mammillary: Vec3 = [centre[0] + 2.5, centre[1] - 1, centre[2] - 5.5]
      sap = smin(sap, sdCapsule(q, add(mammillary, [0, 2.5, 0.5]), add(mammillary, [0, -3, 0]), 2.2, 2.6), 2)
      sap = smax(sap, facetSide(q, c, n, j.axis) + options.jointGap / 2, 0.8)
      d = smin(d, sap, 2)
    }
    // Inferior articular processes, hanging from the laminae, cut by the joint plane below.
    for (const j of inferior) {
      if (j.centre[0] * s <= 0) continue
      const c: Vec3 = [Math.abs(j.centre[0]), j.centre[1], j.centre[2]]
      const n: Vec3 = [j.normal[0] * s, j.normal[1], j.normal[2]]
      const centre: Vec3 = [c[0] + n[0] * 3.5, c[1] - 1, c[2] + n[2] * 3.5]
      let iap = sdPlate(q, centre, n, ARTICULAR_PLATE.inferior)
      iap = smin(
        iap,
        sdCapsule(q, [cw / 2 - 1, laminaBottom + 4, zPedBack - 5], [centre[0], centre[1] + 5, centre[2]], 4, 4),
        3
      )
      iap = smax(iap, options.jointGap / 2 - facetSide(q, c, n, j.axis), 0.8)
      d = smin(d, iap, 2)
    }
    // Spinous process: a flat quadrangular plate, the hatchet, with a thickened posterior border.
    d = smin(d, sdSpinousHatchet(x, y, z, spinous), k)
    // Vertebral canal.
    const dc = sdConvexPolygon2(x, z, canal)
    d = smax(d, -dc, 1.2)
    return d
  }
  const half = v.transverseProcessSpan / 2 + 8
  const bounds: Bounds = {
    min: [-half, -hC / 2 - (thoracic ? 40 : 30), spTip[2] - 12],
    max: [half, hC / 2 + 22, b + 5],
  }
  return { sdf, bounds }
}

/**
 * The spinous process's outline seen from the side, counter-clockwise in (z, y), and its half
 * thickness at its root and at its posterior border. A lumbar process is a quadrangular plate
 * (Gray's "thick, broad and somewhat quadrilateral"): its upper border runs nearly level from the
 * laminae, its lower border slopes down to the posteroinferior corner, and its posterior border is
 * tall, rough and thickest below. Heights and thicknesses are estimates from atlas pictures;
 * anatomy.md §8 finds no published per-level height.
 */
interface SpinousOutline {
  polygon: [number, number][]
  /** Circles, (z, y) centre and radius, cut from the outline: its upper and lower borders' hollows. */
  hollows: [number, number, number][]
  /** z of the posterior border. */
  back: number
  rootHalfThickness: number
  borderHalfThickness: number
  /** y below which the posterior border is at its thickest. */
  borderMiddle: number
}

/** The share of a border's length, about its middle, that its hollow spans (estimate). */
const SPINOUS_HOLLOW_SPAN = 0.4

/** Edge rounding of the spinous process, mm (estimate). */
const SPINOUS_ROUNDING = 1.4
/** How much thicker each side the upper and lower borders are than the plate's middle, mm (estimate). */
const SPINOUS_BORDER_RIM = 1
/** How far the posterior border's surface lies behind the `spinousTip` landmark, mm. */
const SPINOUS_BORDER_BEHIND_TIP = 2.5

function spinousOutline(level: VertebraLevel, yp: number, ph: number, zApex: number, tip: Vec3): SpinousOutline {
  const thoracic = level === 'T12'
  // Half the posterior border's height: L5's is the smallest of the lumbar processes.
  const halfBorder = level === 'L5' ? 9 : thoracic ? 8 : 11
  const r = SPINOUS_ROUNDING
  const root = zApex - 1
  // The landmark is the centre line of the thickened border; its surface stands this far behind.
  const back = tip[2] - SPINOUS_BORDER_BEHIND_TIP
  // The root takes most of the laminae's junction, from just under their top to their lower edge.
  const rootTop = yp + 2
  const rootBottom = yp - ph / 2 - 7
  const polygon: [number, number][] = [
    [back + 1 + r, tip[1] - halfBorder + r],
    [root, rootBottom + r],
    [root, rootTop - r],
    [back + 1 + r, tip[1] + halfBorder - r],
    // The posterior border bulges a little back at its middle.
    [back + r, tip[1] - 1],
  ]
  // The lower border is hollowed between the root and the posteroinferior corner, the upper a
  // little, so the border stands as the hatchet's blade on a narrower neck (a straight-sided
  // trapezoid read as "a flat rectangular slab" in blind review 60). Depths are estimates.
  const hollow = (
    from: [number, number],
    to: [number, number],
    depth: number,
    below: boolean
  ): [number, number, number] => {
    const dz = to[0] - from[0]
    const dy = to[1] - from[1]
    const l = Math.hypot(dz, dy) || 1
    const half = l * SPINOUS_HOLLOW_SPAN
    const radius = (half * half + depth * depth) / (2 * depth)
    // The border's outward normal in (z, y): square to it, down for the lower border, up for the upper.
    let nz = -dy / l
    let ny = dz / l
    if (ny < 0 !== below) [nz, ny] = [-nz, -ny]
    const mz = (from[0] + to[0]) / 2
    const my = (from[1] + to[1]) / 2
    return [mz + nz * (radius - depth), my + ny * (radius - depth), radius]
  }
  const hollows = [
    hollow([root, rootBottom], [back + 1, tip[1] - halfBorder], thoracic ? 2 : 4.5, true),
    hollow([root, rootTop], [back + 1, tip[1] + halfBorder], thoracic ? 1 : 2.2, false),
  ]
  return {
    polygon,
    hollows,
    back,
    rootHalfThickness: thoracic ? 1.8 : 2,
    borderHalfThickness: thoracic ? 3 : 3.8,
    borderMiddle: tip[1],
  }
}

function sdSpinousHatchet(x: number, y: number, z: number, o: SpinousOutline): number {
  const r = SPINOUS_ROUNDING
  const inPlane = o.hollows.reduce(
    (d, [cz, cy, radius]) => smax(d, radius - Math.hypot(z - cz, y - cy), 1.5),
    sdConvexPolygon2(z, y, o.polygon)
  )
  // Thinnest in the middle of the plate, its sides a little hollow within thicker upper and lower
  // borders, and thickening over the last 8 mm to the posterior border, most in its lower half.
  const toBorder = clamp((o.back + 8 - z) / 8, 0, 1)
  const lower = clamp((o.borderMiddle + 4 - y) / 8, 0, 1)
  const half =
    o.rootHalfThickness +
    SPINOUS_BORDER_RIM * Math.exp(Math.min(inPlane, 0) / 2.5) +
    (o.borderHalfThickness - o.rootHalfThickness) * toBorder * toBorder * (3 - 2 * toBorder) * (0.75 + 0.25 * lower)
  const across = Math.abs(x) - (half - r)
  const outside = Math.hypot(Math.max(inPlane, 0), Math.max(across, 0))
  return outside + Math.min(Math.max(inPlane, across), 0) - r
}

/**
 * The articular processes' plates: half their thickness across the joint, breadth along the joint
 * line and height, mm (estimates from atlas pictures: a lumbar facet is about 15 mm tall and 12-15
 * mm broad, on a process a few millimetres thick behind it).
 */
const ARTICULAR_PLATE = {
  superior: [4.5, 7.5, 9.5] as Vec3,
  inferior: [4, 6.5, 10] as Vec3,
}

/**
 * An ellipsoid whose first half-size lies along `n` (a facet's normal, in the horizontal plane
 * near enough), its second along the horizontal line square to it, its third up the bone's axis.
 */
function sdPlate(q: Vec3, centre: Vec3, n: Vec3, [across, along, tall]: Vec3): number {
  const nh = Math.hypot(n[0], n[2]) || 1
  const nx = n[0] / nh
  const nz = n[2] / nh
  const d = sub(q, centre)
  return sdEllipsoid([d[0] * nx + d[2] * nz, d[1], d[2] * nx - d[0] * nz], [0, 0, 0], [across, tall, along])
}
