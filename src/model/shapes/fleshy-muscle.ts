/**
 * Thick muscles built from their fibres: each fibre bundle is a spline from its origin to its
 * insertion, thick in the belly and thin at the tendon, and the bundles melt into one body (a
 * smooth union of tapered capsules). Fans like the gluteals come out fan-shaped, columns like the
 * erector spinae come out as columns, and the surface keeps a faint fascicular relief. Each muscle
 * is carved away from the bones and muscles it lies on, so layers sit on each other instead of
 * passing through.
 */
import { sdCapsule, smax, smin, smoothstep, type Vec3 } from '../math'
import { computeNormals, type Bounds, type MeshData, type Sdf } from '../mesh'
import type { TendonProfile } from '../fibres'
import { catmullRom } from '../sweep'

export interface FleshyMuscle {
  id: string
  /** Fibre bundles, each a list of waypoints from origin to insertion, world mm. */
  fibres: Vec3[][]
  /** Radius of a bundle along its length (t from origin 0 to insertion 1), mm. */
  radius: (t: number, fibre: number) => number
  /** Blend radius between bundles, mm: about the spacing of the bundles. */
  blend: number
  /**
   * For a muscle built of distinct parts (multifidus's bands, one from each spinous process): each
   * fibre's part, in fibre order. Bundles melt into one body within a part, parts melt into each
   * other, and the surface is pushed in by up to `groove.depth` mm where the two nearest parts are
   * within `groove.width` mm of each other (in distance): a shallow groove along each seam, as
   * between the fascicle bands of a dissected muscle.
   */
  parts?: { of: readonly number[]; groove: { depth: number; width: number } }
  /** Structures this muscle lies on (bone or muscle ids), carved out with `gap` mm to spare. */
  liesOn: readonly string[]
  gap?: number
  /** Where its fibres are tendon or aponeurosis rather than belly (default: belly throughout). */
  tendon?: TendonProfile
  /**
   * For a broad sheet-like muscle, the side its outer face looks to at a point: the generator then
   * fits a coordinate across its fibres for the streaks (../fibres.ts `fibreAcross`), both faces
   * oriented alike. Absent for the long, nearly parallel-fibred muscles, whose streaks need none.
   */
  outward?: (p: Vec3) => Vec3
  /**
   * World height where the model ends across a muscle that runs on above it: cut flat there, as an
   * atlas draws a muscle sectioned at the edge of its region, not rounded off as if it ended.
   */
  cutAbove?: number
  /**
   * How far off the midline a muscle that arises beside it stays, mm: the muscles of the two sides
   * (this one and its mirror image) never meet there.
   */
  offMidline?: number
}

/** Radius of the rounding on the rim of a cut section, mm: a clean edge for the mesher. */
const SECTION_RIM = 2

/** Samples per fibre spline. */
const SAMPLES = 12

interface Segment {
  a: Vec3
  b: Vec3
  ra: number
  rb: number
}

/**
 * The muscle's own SDF (before carving) and its bounds, and the bed it makes for the muscles that
 * lie on it: the same without the grooves between its parts, which the fascia over a muscle
 * bridges (the grooves show where it is bare, not filled by the muscle on top).
 */
export function fleshySdf(m: FleshyMuscle): { sdf: Sdf; bed: Sdf; bounds: Bounds } {
  const segments: Segment[][] = m.fibres.map((waypoints, f) => {
    const pts = catmullRom(waypoints, SAMPLES)
    const out: Segment[] = []
    for (let i = 1; i < pts.length; i++) {
      out.push({
        a: pts[i - 1] as Vec3,
        b: pts[i] as Vec3,
        ra: m.radius((i - 1) / (pts.length - 1), f),
        rb: m.radius(i / (pts.length - 1), f),
      })
    }
    return out
  })
  // Each bundle's box, grown by its largest radius: the distance to the box is a lower bound on
  // the distance to the bundle.
  const boxes = segments.map((fibre) => {
    const lo: Vec3 = [Infinity, Infinity, Infinity]
    const hi: Vec3 = [-Infinity, -Infinity, -Infinity]
    for (const s of fibre)
      for (const [p, r] of [
        [s.a, s.ra],
        [s.b, s.rb],
      ] as const)
        for (let k = 0; k < 3; k++) {
          lo[k] = Math.min(lo[k] as number, (p[k] as number) - r)
          hi[k] = Math.max(hi[k] as number, (p[k] as number) + r)
        }
    return { lo, hi }
  })
  const min: Vec3 = [Infinity, Infinity, Infinity]
  const max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (const { lo, hi } of boxes)
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, (lo[k] as number) - m.blend)
      max[k] = Math.max(max[k] as number, (hi[k] as number) + m.blend)
    }
  const boxDistance = (p: Vec3, lo: Vec3, hi: Vec3): number =>
    Math.hypot(
      Math.max(lo[0] - p[0], 0, p[0] - hi[0]),
      Math.max(lo[1] - p[1], 0, p[1] - hi[1]),
      Math.max(lo[2] - p[2], 0, p[2] - hi[2])
    )
  const bundle = (p: Vec3, f: number): number => {
    let df = Infinity
    for (const s of segments[f] as Segment[]) df = Math.min(df, sdCapsule(p, s.a, s.b, s.ra, s.rb))
    return df
  }
  // Each part's fibres in order, and the part's box (the union of its bundles' boxes).
  const partOf = m.parts?.of ?? m.fibres.map(() => 0)
  const groove = m.parts?.groove ?? { depth: 0, width: 0 }
  // A part this far beyond the distance so far changes neither the union nor the groove (which
  // needs the two nearest parts within its width of each other).
  const partReach = Math.max(m.blend, groove.width / 0.75) + m.blend / 4
  const parts: { fibres: number[]; lo: Vec3; hi: Vec3 }[] = []
  partOf.forEach((part, f) => {
    const box = boxes[f] as { lo: Vec3; hi: Vec3 }
    // Parts are numbered 0, 1, 2 … in fibre order, each part's fibres together.
    if (part !== parts.length - 1 && part !== parts.length) throw new Error(`${m.id}: fibre ${f} is out of part order`)
    const entry = (parts[part] ??= { fibres: [], lo: [...box.lo], hi: [...box.hi] })
    entry.fibres.push(f)
    for (let k = 0; k < 3; k++) {
      entry.lo[k] = Math.min(entry.lo[k] as number, box.lo[k] as number)
      entry.hi[k] = Math.max(entry.hi[k] as number, box.hi[k] as number)
    }
  })
  const bundlesGrooved =
    (grooveDepth: number): Sdf =>
    (p) => {
      // Far from every bundle: a lower bound is enough (the smooth union lies at most blend / 4
      // inside the nearest bundle); callers only need the sign and exact values near the surface.
      const outside = boxDistance(p, min, max)
      if (outside > 0) return outside + m.blend * 0.75
      // In order, skipping what cannot change the result: the polynomial smooth minimum equals the
      // plain minimum once the two differ by the blend radius, so a bundle whose box lies that far
      // beyond the distance so far changes nothing, and a part whose box lies `partReach` beyond it
      // neither (its own union undercuts its nearest bundle by at most blend / 4). (The order stays
      // fixed: smooth unions in another order differ slightly.)
      let d = Infinity
      let nearest = Infinity
      let second = Infinity
      for (const part of parts) {
        if (boxDistance(p, part.lo, part.hi) >= d + partReach) continue
        let dp = Infinity
        for (const f of part.fibres) {
          const { lo, hi } = boxes[f] as { lo: Vec3; hi: Vec3 }
          if (boxDistance(p, lo, hi) >= dp + m.blend) continue
          dp = smin(dp, bundle(p, f), m.blend)
        }
        d = smin(d, dp, m.blend)
        if (dp < nearest) [nearest, second] = [dp, nearest]
        else second = Math.min(second, dp)
      }
      if (grooveDepth === 0) return d
      const seam = Math.max(0, 1 - (second - nearest) / groove.width)
      return d + grooveDepth * seam * seam
    }
  const { cutAbove, offMidline } = m
  const cut =
    (bundles: Sdf): Sdf =>
    (p) => {
      let d = bundles(p)
      if (cutAbove !== undefined) d = smax(d, p[1] - cutAbove, SECTION_RIM)
      // The left side's muscles are built (+x); the right side is their mirror image.
      if (offMidline !== undefined) d = smax(d, offMidline - p[0], SECTION_RIM)
      return d
    }
  const sdf = cut(bundlesGrooved(groove.depth))
  // Copies: the bundles' own bounds above stay as they are for their distance bound.
  const bounds: Bounds = { min: [...min], max: [...max] }
  if (cutAbove !== undefined) bounds.max[1] = Math.min(max[1], cutAbove + SECTION_RIM)
  if (offMidline !== undefined) bounds.min[0] = Math.max(min[0], offMidline - SECTION_RIM)
  return { sdf, bed: groove.depth === 0 ? sdf : cut(bundlesGrooved(0)), bounds }
}

/** Carves the structures a muscle lies on out of it, leaving `gap` mm between them. */
export function carve(sdf: Sdf, under: readonly Sdf[], gap: number): Sdf {
  if (under.length === 0) return sdf
  return (p) => {
    let d = sdf(p)
    // Carving only ever pushes the distance up, so points well outside need no work.
    if (d > 6) return d
    for (const u of under) d = smax(d, gap - u(p), 1.5)
    return d
  }
}

/**
 * The colour a cut section is drawn in, as a share of the muscle's (vertex colours multiply the
 * tissue's): darker, as an atlas shades a sectioned muscle, so the flat top of a column that runs
 * on above the model reads as a cut and not as where the muscle ends.
 */
export const SECTION_SHADE = 0.58

/**
 * Shades the cut face of a muscle sectioned at `cutAbove` (world height, mm): its vertices that
 * face up within the section's rim are darkened. Their fibres stay as they run, end-on through
 * the cut, so the streaks there show as the mottle of cut fascicles.
 */
export function shadeSection(mesh: MeshData, cutAbove: number): MeshData {
  const normals = computeNormals(mesh)
  const p = mesh.positions
  const colors = mesh.colors ? Float32Array.from(mesh.colors) : new Float32Array(p.length).fill(1)
  for (let v = 0; v < p.length / 3; v++) {
    const onTop = (p[v * 3 + 1] ?? 0) > cutAbove - SECTION_RIM - 0.5
    const cut = onTop ? smoothstep(0.55, 0.9, normals[v * 3 + 1] ?? 0) : 0
    if (cut === 0) continue
    for (let k = 0; k < 3; k++) colors[v * 3 + k] = (colors[v * 3 + k] ?? 1) * (1 - (1 - SECTION_SHADE) * cut)
  }
  return { ...mesh, colors }
}
