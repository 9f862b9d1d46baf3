/**
 * The coccyx: four small segments fused into one bone that tapers and curves forward from the
 * sacral apex, in the sacrum's frame (woon2013: curved length and modal segment count), with
 * Co1's transverse processes and cornua.
 */
import { COCCYX } from '../measurements'
import { add, deg, sdCapsule, sdEllipsoid, smin, type Vec3 } from '../math'
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
    // Narrower and thinner than the sacral apex it hangs from: Co1's body about 17 mm across and
    // 9 mm thick, each segment smaller (estimates from atlas pictures; at 22 mm and 10 mm it read as
    // "too bulky", "as wide as the sacral apex" in blind review 77).
    out.push({ centre: c, radii: [8.5 - i * 1.7, len / 2 + 2, 4.4 - i * 0.5] })
    p = add(p, [0, dir[1] * len, dir[2] * len])
    angle += deg(options.bendPerSegment)
  }
  return out
}

export function coccyxSdf(options = COCCYX_DEFAULTS): { sdf: Sdf; bounds: Bounds } {
  const segs = coccyxSegments(options)
  const first = segs[0]
  if (!first) throw new Error('no coccygeal segments')
  // The segments fused into one tapering, front-to-back flattened bone: a core through their
  // centres, with the shallow waists of the fused joints left by the segments' own rounding.
  const core: { a: Vec3; b: Vec3; ra: number; rb: number }[] = []
  for (let i = 1; i < segs.length; i++) {
    const a = segs[i - 1]
    const b = segs[i]
    if (a && b) core.push({ a: a.centre, b: b.centre, ra: a.radii[2] * 0.9, rb: b.radii[2] * 0.9 })
  }
  const tip = segs[segs.length - 1]
  // Co1 carries the rudimentary transverse processes and, behind, the cornua rising to meet the
  // sacral cornua at the hiatus.
  const top = first.centre[1] + first.radii[1] - 2
  const cornua = [1, -1].map((s) => ({
    a: [5 * s, top - 3, first.centre[2] - first.radii[2] + 1] as Vec3,
    b: [6 * s, top + 4, first.centre[2] - first.radii[2] - 1] as Vec3,
  }))
  const transverse = [1, -1].map((s) => [s * (first.radii[0] + 1.5), first.centre[1] + 2, first.centre[2] - 1] as Vec3)
  const sdf: Sdf = (p) => {
    let d = Infinity
    for (const s of segs) d = smin(d, sdEllipsoid(p, s.centre, s.radii), 4)
    for (const c of core) {
      // Flattened front to back: the capsule measured in a frame squashed across x.
      const q: Vec3 = [p[0] * 0.55, p[1], p[2]]
      d = smin(d, sdCapsule(q, c.a, c.b, c.ra, c.rb), 4)
    }
    // Rudimentary: short stubs, not horns (at 5 mm they stood out like a skull's horns).
    for (const t of transverse) d = smin(d, sdEllipsoid(p, t, [3.5, 3, 2.4]), 3)
    for (const c of cornua) d = smin(d, sdCapsule(p, c.a, c.b, 2.4, 1.8), 2)
    if (tip) d = smin(d, sdEllipsoid(p, add(tip.centre, [0, -tip.radii[1] + 1, 0]), [3, 3, 2.5]), 2)
    return d
  }
  const a = sacralAxis(1)
  return { sdf, bounds: { min: [-20, a[1] - 50, a[2] - 14], max: [20, a[1] + 10, a[2] + 40] } }
}
