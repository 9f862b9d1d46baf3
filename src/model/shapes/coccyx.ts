/**
 * The coccyx: four small segments tapering and curving forward from the sacral apex, in the
 * sacrum's frame (woon2013: curved length and modal segment count).
 */
import { COCCYX } from '../measurements'
import { add, deg, sdEllipsoid, smin, type Vec3 } from '../math'
import type { Bounds, Sdf } from '../mesh'
import { sacralAxis } from './sacrum'

export interface CoccyxOptions {
  /** Forward bend per segment, degrees (estimate; intercoccygeal angle ≈ 49° over the coccyx, Yoon 2016). */
  bendPerSegment: number
}

export const COCCYX_DEFAULTS: CoccyxOptions = { bendPerSegment: 14 }

export function coccyxSegments(options = COCCYX_DEFAULTS): { centre: Vec3; radii: Vec3 }[] {
  let p = add(sacralAxis(1), [0, -2, 1])
  let angle = deg(30)
  const out: { centre: Vec3; radii: Vec3 }[] = []
  const seg = COCCYX.curvedLength / COCCYX.segments
  for (let i = 0; i < COCCYX.segments; i++) {
    const len = seg * (1.15 - i * 0.1)
    const dir: Vec3 = [0, -Math.cos(angle), Math.sin(angle)]
    const c = add(p, [0, (dir[1] * len) / 2, (dir[2] * len) / 2])
    out.push({ centre: c, radii: [11 - i * 2.2, len / 2 + 2, 5 - i * 0.6] })
    p = add(p, [0, dir[1] * len, dir[2] * len])
    angle += deg(options.bendPerSegment)
  }
  return out
}

export function coccyxSdf(options = COCCYX_DEFAULTS): { sdf: Sdf; bounds: Bounds } {
  const segs = coccyxSegments(options)
  const sdf: Sdf = (p) => {
    let d = Infinity
    for (const s of segs) d = smin(d, sdEllipsoid(p, s.centre, s.radii), 2)
    return d
  }
  const a = sacralAxis(1)
  return { sdf, bounds: { min: [-16, a[1] - 50, a[2] - 14], max: [16, a[1] + 6, a[2] + 40] } }
}
