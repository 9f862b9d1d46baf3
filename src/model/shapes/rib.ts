/**
 * The 12th (floating) rib: a short tapering bone from the T12 body running down, back and out.
 */
import { sdCapsule, smin, type Pose, type Vec3, toWorld } from '../math'
import type { Bounds, Sdf } from '../mesh'
import { catmullRom } from '../sweep'

/** Centre line of the left 12th rib, world mm, from its head at T12 (estimate from atlas proportions). */
export function ribPath(t12: Pose): Vec3[] {
  return catmullRom(
    [
      toWorld(t12, [19, 4, -14]),
      toWorld(t12, [34, 0, -30]),
      toWorld(t12, [60, -14, -38]),
      toWorld(t12, [88, -34, -28]),
      toWorld(t12, [105, -50, -12]),
    ],
    16
  )
}

export function ribSdf(path: readonly Vec3[]): { sdf: Sdf; bounds: Bounds } {
  const sdf: Sdf = (p) => {
    let d = Infinity
    for (let i = 1; i < path.length; i++) {
      const r0 = 5.5 - (3 * (i - 1)) / path.length
      const r1 = 5.5 - (3 * i) / path.length
      d = smin(d, sdCapsule(p, path[i - 1] as Vec3, path[i] as Vec3, r0, r1), 1)
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
