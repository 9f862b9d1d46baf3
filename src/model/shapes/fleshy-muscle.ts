/**
 * Thick muscles built from their fibres: each fibre bundle is a spline from its origin to its
 * insertion, thick in the belly and thin at the tendon, and the bundles melt into one body (a
 * smooth union of tapered capsules). Fans like the gluteals come out fan-shaped, columns like the
 * erector spinae come out as columns, and the surface keeps a faint fascicular relief. Each muscle
 * is carved away from the bones and muscles it lies on, so layers sit on each other instead of
 * passing through.
 */
import { sdCapsule, smax, smin, type Vec3 } from '../math'
import type { Bounds, Sdf } from '../mesh'
import { catmullRom } from '../sweep'

export interface FleshyMuscle {
  id: string
  /** Fibre bundles, each a list of waypoints from origin to insertion, world mm. */
  fibres: Vec3[][]
  /** Radius of a bundle along its length (t from origin 0 to insertion 1), mm. */
  radius: (t: number, fibre: number) => number
  /** Blend radius between bundles, mm: about the spacing of the bundles. */
  blend: number
  /** Structures this muscle lies on (bone or muscle ids), carved out with `gap` mm to spare. */
  liesOn: readonly string[]
  gap?: number
}

/** Samples per fibre spline. */
const SAMPLES = 12

interface Segment {
  a: Vec3
  b: Vec3
  ra: number
  rb: number
}

/** The muscle's own SDF (before carving) and its bounds. */
export function fleshySdf(m: FleshyMuscle): { sdf: Sdf; bounds: Bounds } {
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
  const min: Vec3 = [Infinity, Infinity, Infinity]
  const max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (const fibre of segments)
    for (const s of fibre)
      for (const [p, r] of [
        [s.a, s.ra],
        [s.b, s.rb],
      ] as const)
        for (let k = 0; k < 3; k++) {
          min[k] = Math.min(min[k] as number, (p[k] as number) - r - m.blend)
          max[k] = Math.max(max[k] as number, (p[k] as number) + r + m.blend)
        }
  const sdf: Sdf = (p) => {
    let d = Infinity
    for (const fibre of segments) {
      let df = Infinity
      for (const s of fibre) df = Math.min(df, sdCapsule(p, s.a, s.b, s.ra, s.rb))
      d = smin(d, df, m.blend)
    }
    return d
  }
  return { sdf, bounds: { min, max } }
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
