/**
 * The sacrum as an SDF in its own frame: origin at the S1 end-plate centre, +Y the end-plate
 * normal, +Z anterior. Five fused segments along a curved, tapering axis: S1 body with the
 * promontory, alae, auricular surfaces, four pairs of sacral foramina, the sacral canal and
 * hiatus with its cornua, the S1 superior articular processes, and on the dorsal surface the
 * three crests a clinician palpates: the median crest's spinous tubercles, the intermediate
 * crests' articular tubercles just medial to the posterior foramina and the lateral crests'
 * transverse tubercles just lateral to them.
 */
import { SACRUM } from '../measurements'
import { clamp, sdCapsule, sdEllipsoid, smax, smin, smoothstep, type Vec3 } from '../math'
import type { Bounds, Sdf } from '../mesh'
import { facetSide, type LocalJoint } from './vertebra'

export interface SacrumOptions {
  /** Forward curvature of the sacral axis at the apex, mm (estimate). */
  curvature: number
  /** Sacral foramina: position along the axis (0..1), distance from midline and radius, mm (estimate). */
  foramina: readonly { t: number; x: number; r: number }[]
}

export const SACRUM_DEFAULTS: SacrumOptions = {
  curvature: 42,
  foramina: [
    { t: 0.22, x: 27, r: 5 },
    { t: 0.42, x: 24, r: 4.3 },
    { t: 0.6, x: 21, r: 3.6 },
    { t: 0.75, x: 18, r: 3 },
  ],
}

/** Centre of the sacral bodies at parameter t (0 = S1 end plate, 1 = apex), sacrum frame. */
export function sacralAxis(t: number, options = SACRUM_DEFAULTS): Vec3 {
  return [0, -SACRUM.anteriorHeight * 0.95 * t, options.curvature * t * t]
}

/** Sacral canal centre at t, sacrum frame. */
export function sacralCanal(t: number, options = SACRUM_DEFAULTS): Vec3 {
  const c = sacralAxis(t, options)
  return [0, c[1], c[2] - bodyHalfDepth(t) - 7 + 2 * t]
}

/** Anterior sacral foramen i (0..3) on the left, sacrum frame. */
export function sacralForamen(i: number, options = SACRUM_DEFAULTS): Vec3 {
  const f = options.foramina[i] ?? options.foramina[0]
  if (!f) throw new Error('no foramina')
  const c = sacralAxis(f.t, options)
  return [f.x, c[1], c[2]]
}

/** Half depth of the sacral bodies at t (0 = S1, 1 = apex), mm (estimate). */
export function bodyHalfDepth(t: number): number {
  return SACRUM.s1EndplateDepth / 2 - 11 * t
}

/** The lateral canal joining the sacral canal to foramen f (left), sacrum frame. */
export function foramenTunnel(f: { t: number; x: number; r: number }, options = SACRUM_DEFAULTS): [Vec3, Vec3] {
  const c = sacralCanal(f.t, options)
  const a = sacralAxis(f.t, options)
  return [
    [15 * (1 - 0.55 * f.t) * 0.5, c[1], c[2]],
    [f.x, a[1], a[2] - 4],
  ]
}

/** Lateral-mass section: its depth centre and half depth at t, for a point `ax` mm from the midline. */
function section(t: number, ax: number, options: SacrumOptions): { zc: number; T: number } {
  const lateral = smoothstep(22, 50, ax)
  return {
    zc: sacralAxis(t, options)[2] - 10 * (1 - t) - 5 - 7 * lateral * (1 - t),
    T: (27 - 17 * t) * (1 - 0.22 * lateral),
  }
}

/** Superelliptic exponent of the whole-bone section. */
const SECTION_EXPONENT = 2.6

/** The dorsal surface's z at t, `ax` mm from the midline (before the crests are added). */
function dorsalSurface(t: number, ax: number, options: SacrumOptions): number {
  const { zc, T } = section(t, ax, options)
  const across = Math.min(0.98, ax / halfWidth(t))
  return zc - T * Math.pow(1 - Math.pow(across, SECTION_EXPONENT), 1 / SECTION_EXPONENT)
}

/** A dorsal crest: its tubercles (centre and radii) and the low ridge joining them, sacrum frame, mm. */
interface DorsalCrest {
  tubercles: { centre: Vec3; radii: Vec3 }[]
  /** Radius of the ridge between neighbouring tubercles. */
  ridge: number
  /** How broadly it melts into the surface (the blend's radius), mm. */
  melt: number
}

/**
 * The dorsal crests (left and midline), each a low ridge of tubercles standing a few millimetres
 * proud of the surface (estimates): the median crest's spinous tubercles of S1–S4, the
 * intermediate crest's articular tubercles medial to the foramina and the lateral crest's
 * transverse tubercles lateral to them.
 */
function dorsalCrests(options: SacrumOptions): DorsalCrest[] {
  const median = [0.1, 0.29, 0.48, 0.66].map((t) => ({
    centre: [0, sacralAxis(t, options)[1], dorsalSurface(t, 0, options) + 0.5] as Vec3,
    radii: [3.5, 6, 3.5] as Vec3,
  }))
  const beside = (dx: (f: { x: number; r: number }) => number, radii: Vec3) =>
    options.foramina.map((f) => {
      // Kept on the bone: below S3 the lateral crest would stand off the narrowing margin.
      const x = Math.min(f.x + dx(f), halfWidth(f.t) - 7)
      return { centre: [x, sacralAxis(f.t, options)[1], dorsalSurface(f.t, x, options) + 0.8] as Vec3, radii }
    })
  return [
    { tubercles: median, ridge: 2.2, melt: 3 },
    // Beside the foramina, rows of low swellings on one ridge, melted in broadly, not rows of spikes.
    { tubercles: beside((f) => -f.r - 4.5, [2.8, 6, 2]), ridge: 2.4, melt: 4.5 },
    { tubercles: beside((f) => f.r + 6, [3.6, 7, 2.2]), ridge: 2.8, melt: 4.5 },
  ]
}

function halfWidth(t: number): number {
  return t < 0.25 ? SACRUM.width / 2 : SACRUM.width / 2 - 40 * Math.pow((t - 0.25) / 0.75, 0.9)
}

export function sacrumSdf(joints: readonly LocalJoint[], options = SACRUM_DEFAULTS): { sdf: Sdf; bounds: Bounds } {
  const L = SACRUM.anteriorHeight * 0.95
  const crests = dorsalCrests(options)
  const cornuTop: Vec3 = [7, sacralAxis(0.8, options)[1], dorsalSurface(0.8, 7, options) + 1]
  const cornuTip: Vec3 = [6, sacralAxis(0.9, options)[1], dorsalSurface(0.9, 6, options) + 2]
  const sdf: Sdf = (p) => {
    const [x, y, z] = p
    const ax = Math.abs(x)
    // Paired features are built on the left and evaluated on the side of the point.
    const q: Vec3 = [ax, y, z]
    const t = clamp(-y / L, 0, 1)
    const W = halfWidth(t)
    // The lateral masses sit behind the bodies and thin out toward the alae's edges, so the
    // promontory stands forward of the alae.
    const { zc, T } = section(t, ax, options)
    // Whole-bone section: broad lateral masses, dorsal surface slightly convex.
    const e = SECTION_EXPONENT
    const sec = (Math.pow(Math.pow(ax / W, e) + Math.pow(Math.abs(z - zc) / T, e), 1 / e) - 1) * Math.min(W, T)
    const topAlae = y + Math.max(0, ax - 24) * 0.3 + 3
    let d = smax(sec, Math.max(topAlae, -L - y), 2)
    // S1 body with the promontory.
    const body = smax(
      (Math.hypot(ax / (SACRUM.s1EndplateWidth / 2), z / (SACRUM.s1EndplateDepth / 2)) - 1) * 17,
      Math.max(y, -26 - y),
      1.5
    )
    d = smin(d, body, 3)
    // Lower bodies (transverse ridges mark the fused discs).
    for (let i = 1; i < 5; i++) {
      const ti = i * 0.2 + 0.08
      const ci = sacralAxis(ti, options)
      d = smin(d, sdEllipsoid(p, [0, ci[1], ci[2] + 2], [halfWidth(ti) * 0.45, 9, bodyHalfDepth(ti) + 1]), 3)
    }
    // The dorsal crests: the median crest's ridge, and tubercles on low ridges melted into the surface.
    const median = sdCapsule(
      p,
      [0, -8, -15 - 27 + 1],
      [0, -0.7 * L, sacralAxis(0.7)[2] - 10 * 0.3 - 5 - (27 - 17 * 0.7) + 1],
      3
    )
    d = smin(d, median, 2)
    for (const crest of crests) {
      let raised = Infinity
      crest.tubercles.forEach((tubercle, i) => {
        raised = Math.min(raised, sdEllipsoid(q, tubercle.centre, tubercle.radii))
        const next = crest.tubercles[i + 1]
        if (next) raised = Math.min(raised, sdCapsule(q, tubercle.centre, next.centre, crest.ridge))
      })
      d = smin(d, raised, crest.melt)
    }
    // Sacral cornua: the S5 inferior articular processes, hanging beside the hiatus.
    d = smin(d, sdCapsule(q, cornuTop, cornuTip, 2.6, 2), 1.5)
    // S1 superior articular processes.
    const s = x >= 0 ? 1 : -1
    for (const j of joints) {
      if (j.centre[0] * s <= 0) continue
      const jc: Vec3 = [Math.abs(j.centre[0]), j.centre[1], j.centre[2]]
      const n: Vec3 = [j.normal[0] * s, j.normal[1], j.normal[2]]
      const centre: Vec3 = [jc[0] - n[0] * 4, jc[1] - 2, jc[2] - n[2] * 4]
      let sap = sdEllipsoid(q, centre, [5, 9, 7])
      sap = smin(sap, sdCapsule(q, [centre[0], centre[1] - 10, centre[2] + 2], centre, 6, 4.5), 3)
      sap = smax(sap, facetSide(q, jc, n, j.axis) + 0.5, 0.8)
      d = smin(d, sap, 2)
    }
    // Sacral canal, opening dorsally as the hiatus below S4.
    const cc = sacralCanal(t, options)
    const cw = 15 * (1 - 0.55 * t)
    const canal = (Math.hypot(ax / cw, (z - cc[2]) / 6) - 1) * 6
    const hiatus = t > 0.8 ? Math.max(ax - cw * 0.8, z - cc[2]) : Infinity
    d = smax(d, -Math.min(canal, hiatus), 1)
    // Anterior and posterior sacral foramina (through the lateral masses).
    for (const f of options.foramina) {
      const fc = sacralAxis(f.t, options)
      const hole = Math.hypot(ax - f.x, y - fc[1]) - f.r
      const [ta, tb] = foramenTunnel(f)
      const tunnel = sdCapsule(q, ta, tb, f.r * 0.85)
      d = smax(d, -Math.min(hole, tunnel), 1)
    }
    return d
  }
  // Deep enough in front for the curve of the lower sacrum.
  const bounds: Bounds = { min: [-58, -L - 8, -45], max: [58, 26, Math.max(32, options.curvature + 16)] }
  return { sdf, bounds }
}
