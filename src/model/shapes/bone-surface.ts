/**
 * Finding a bone's surface from a point near it: used to put muscle attachments on the bone and to
 * keep a muscle's belly off it.
 */
import { add, scale, type Vec3 } from '../math'
import type { Sdf } from '../mesh'

/** The nearest of the bones at `p` and its distance, mm. */
function nearestBone(p: Vec3, bones: readonly string[], sdfs: ReadonlyMap<string, Sdf>): { sdf: Sdf; d: number } {
  let best: { sdf: Sdf; d: number } | null = null
  for (const id of bones) {
    const sdf = sdfs.get(id)
    if (!sdf) throw new Error(`no bone ${id}`)
    const d = sdf(p)
    if (!best || d < best.d) best = { sdf, d }
  }
  if (!best) throw new Error('no bones given')
  return best
}

/** The SDF's outward direction at `p` (central differences). */
function outward(sdf: Sdf, p: Vec3): Vec3 {
  const h = 0.5
  const g: Vec3 = [
    sdf([p[0] + h, p[1], p[2]]) - sdf([p[0] - h, p[1], p[2]]),
    sdf([p[0], p[1] + h, p[2]]) - sdf([p[0], p[1] - h, p[2]]),
    sdf([p[0], p[1], p[2] + h]) - sdf([p[0], p[1], p[2] - h]),
  ]
  const l = Math.hypot(...g) || 1
  return [g[0] / l, g[1] / l, g[2] / l]
}

/**
 * Where the line through `p` along `from` first meets the bones coming in from outside (from 40 mm
 * out along `from`), `offset` mm off the surface; `p` itself if the line misses them.
 */
export function onFace(
  p: Vec3,
  from: Vec3,
  bones: readonly string[],
  sdfs: ReadonlyMap<string, Sdf>,
  offset: number
): Vec3 {
  const l = Math.hypot(...from) || 1
  const dir: Vec3 = [from[0] / l, from[1] / l, from[2] / l]
  for (let t = 40; t > -40; t -= 0.5) {
    const q = add(p, scale(dir, t))
    if (nearestBone(q, bones, sdfs).d <= offset) return q
  }
  return p
}

/** The outward normal of the nearest of the bones at `p`. */
export function boneNormal(p: Vec3, bones: readonly string[], sdfs: ReadonlyMap<string, Sdf>): Vec3 {
  return outward(nearestBone(p, bones, sdfs).sdf, p)
}

/** `p` moved along the nearest bone's normal until it lies `offset` mm off that bone's surface. */
export function toSurface(p: Vec3, bones: readonly string[], sdfs: ReadonlyMap<string, Sdf>, offset: number): Vec3 {
  let q = p
  for (let step = 0; step < 6; step++) {
    const { sdf, d } = nearestBone(q, bones, sdfs)
    if (Math.abs(d - offset) < 0.05) break
    q = add(q, scale(outward(sdf, q), offset - d))
  }
  return q
}

/** `p` moved along one bone's normal until it lies `offset` mm off that bone's surface. */
export function toSurfaceOf(sdf: Sdf, p: Vec3, offset: number): Vec3 {
  let q = p
  for (let step = 0; step < 6; step++) {
    const d = sdf(q)
    if (Math.abs(d - offset) < 0.05) break
    q = add(q, scale(outward(sdf, q), offset - d))
  }
  return q
}

/** `p`, or `p` pushed out along the nearest bone's normal to at least `lift` mm off it. */
export function awayFrom(p: Vec3, bones: readonly string[], sdfs: ReadonlyMap<string, Sdf>, lift: number): Vec3 {
  const { d } = nearestBone(p, bones, sdfs)
  return d >= lift ? p : toSurface(p, bones, sdfs, lift)
}
