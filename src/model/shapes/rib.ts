/**
 * The 12th (floating) rib: a short, flattened, tapering bone from the T12 body running down, back
 * and out.
 */
import { cross, normalize, sdCapsule, sdSlab, smin, sub, type Pose, type Vec3, toWorld } from '../math'
import type { Bounds, Sdf } from '../mesh'
import { catmullRom } from '../sweep'

/** Centre line of the left 12th rib, world mm, from its head at T12 (estimate from atlas proportions). */
export function ribPath(t12: Pose): Vec3[] {
  return catmullRom(
    [
      toWorld(t12, [19, 4, -14]),
      toWorld(t12, [34, 0, -30]),
      toWorld(t12, [60, -14, -38]),
      toWorld(t12, [85, -33, -30]),
      toWorld(t12, [99, -46, -19]),
    ],
    16
  )
}

/**
 * The rib's section along its course (0 at the head, 1 at the tip), half-sizes in mm (estimate
 * from atlas proportions): a rounded head that meets T12's body; a short neck (the 12th rib has no
 * tubercle); a shaft flattened into a blade, its faces turned in and out, tallest a third of the
 * way along; and a tip that tapers to a point.
 */
export const RIB_SECTION = {
  headRadius: 4.8,
  /**
   * Half the blade's height (up and down, in its plane) and half its thickness (in and out): the
   * neck narrow behind the head, the shaft a flat blade nearly three times as tall as it is thick (a
   * rounder one read as "a round tube rather than a flattened bone" in blind review 60).
   */
  halfHeight: (u: number): number => (u < 0.3 ? 3 + (3 * u) / 0.3 : 6 - 4.4 * ((u - 0.3) / 0.7) ** 1.5),
  halfThickness: (u: number): number => 2.4 - 1.5 * u,
}

const UP: Vec3 = [0, 1, 0]

export function ribSdf(path: readonly Vec3[]): { sdf: Sdf; bounds: Bounds } {
  const r = RIB_SECTION
  const segments = path.slice(1).map((b, i) => {
    const a = path[i] as Vec3
    // The blade's faces look in and out: its normal is square to the course and to the vertical.
    const n = normalize(cross(sub(b, a), UP))
    const u0 = i / (path.length - 1)
    const u1 = (i + 1) / (path.length - 1)
    return { a, b, n, w0: r.halfHeight(u0), w1: r.halfHeight(u1), t: r.halfThickness((u0 + u1) / 2) }
  })
  const head = path[0] as Vec3
  const sdf: Sdf = (p) => {
    let d = sdCapsule(p, head, head, r.headRadius)
    for (const s of segments) {
      // The rim of the blade is rounded by its thickness.
      const slab = sdSlab(p, s.a, s.b, s.n, Math.max(0, s.w0 - s.t), Math.max(0, s.w1 - s.t), 0) - s.t
      d = smin(d, slab, 1)
    }
    return d
  }
  const min: Vec3 = [Infinity, Infinity, Infinity]
  const max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (const q of path) {
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] as number, (q[k] as number) - 9)
      max[k] = Math.max(max[k] as number, (q[k] as number) + 9)
    }
  }
  return { sdf, bounds: { min, max } }
}
