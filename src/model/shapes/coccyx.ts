/**
 * The coccyx: four small segments fused into one bone that tapers and curves forward from the
 * sacral apex, in the sacrum's frame (woon2013: curved length and modal segment count), with
 * Co1's transverse processes and cornua.
 */
import { COCCYX } from '../measurements'
import {
  add,
  deg,
  dot,
  lerp,
  normalize,
  scale,
  sdCapsule,
  sdEllipsoid,
  sdTaperedProcess,
  smin,
  sub,
  type Vec3,
} from '../math'
import type { Bounds, Sdf } from '../mesh'
import { sacralAxis } from './sacrum'

export interface CoccyxOptions {
  /** Forward bend per segment, degrees (estimate; intercoccygeal angle ≈ 49° over the coccyx, Yoon 2016). */
  bendPerSegment: number
}

export const COCCYX_DEFAULTS: CoccyxOptions = { bendPerSegment: 14 }

/** One coccygeal segment: its centre, half-sizes (across, along, front to back) and its two ends. */
export interface CoccygealSegment {
  centre: Vec3
  radii: Vec3
  /** Where it meets the segment above (or the sacral apex) and the one below (or the tip). */
  from: Vec3
  to: Vec3
}

/**
 * The fused bone's half-breadth and half-thickness at its base (Co1's upper border) and at its tip,
 * mm (estimates from atlas pictures: Co1's body about 19 mm across and 8 mm front to back, the last
 * segment a nodule about 6 mm across). Between them it narrows evenly, a triangle seen from behind.
 */
const COCCYX_SECTION = { breadth: [9.5, 3] as const, thickness: [3.8, 2.2] as const }

/** Half-breadth and half-thickness at `share` of the way from base (0) to tip (1), mm. */
function sectionAt(share: number): { breadth: number; thickness: number } {
  const { breadth, thickness } = COCCYX_SECTION
  return {
    breadth: breadth[0] + (breadth[1] - breadth[0]) * share,
    thickness: thickness[0] + (thickness[1] - thickness[0]) * share,
  }
}

/**
 * How deep the line of each fused joint is, mm: a shallow transverse groove. Each segment drawn as
 * its own ellipsoid, it read as "a stack of balls", "bead-like" in blind review 78.
 */
const FUSED_JOINT_GROOVE = 0.35

export function coccyxSegments(options = COCCYX_DEFAULTS): CoccygealSegment[] {
  let p = add(sacralAxis(1), [0, -2, 1])
  let angle = deg(30)
  const out: CoccygealSegment[] = []
  const seg = COCCYX.curvedLength / COCCYX.segments
  for (let i = 0; i < COCCYX.segments; i++) {
    const len = seg * (1.15 - i * 0.1)
    const dir: Vec3 = [0, -Math.cos(angle), Math.sin(angle)]
    const to = add(p, scale(dir, len))
    // Its middle's share of the way from base to tip sets its size.
    const { breadth, thickness } = sectionAt((i + 0.5) / COCCYX.segments)
    out.push({
      centre: lerp(p, to, 0.5),
      radii: [breadth, len / 2, thickness],
      from: p,
      to,
    })
    p = to
    angle += deg(options.bendPerSegment)
  }
  return out
}

/** A segment's front, square to its course in the midline plane (towards the pelvis). */
function frontOf(s: CoccygealSegment): Vec3 {
  const along = normalize(sub(s.to, s.from))
  return [0, along[2], -along[1]]
}

/** The middle of a segment's back, `clearance` mm off the bone. */
export function backOf(s: CoccygealSegment, clearance = 0): Vec3 {
  return sub(s.centre, scale(frontOf(s), s.radii[2] + clearance))
}

export function coccyxSdf(options = COCCYX_DEFAULTS): { sdf: Sdf; bounds: Bounds } {
  const segs = coccyxSegments(options)
  const first = segs[0]
  if (!first) throw new Error('no coccygeal segments')
  const total = segs.reduce((sum, s) => sum + 2 * s.radii[1], 0)
  // The segments fused into one bone that narrows evenly from base to tip and is flattened front
  // to back: each a tapering oval section from its upper end to its lower, the sizes running on
  // from the one above.
  let done = 0
  const pieces = segs.map((s) => {
    const [u0, u1] = [done / total, (done + 2 * s.radii[1]) / total]
    done += 2 * s.radii[1]
    const [upper, lower] = [sectionAt(u0), sectionAt(u1)]
    return {
      s,
      along: normalize(sub(s.to, s.from)),
      n: frontOf(s),
      breadth: [upper.breadth, lower.breadth] as const,
      thickness: [upper.thickness, lower.thickness] as const,
    }
  })
  // Co1 carries the rudimentary transverse processes and, behind, the cornua rising to meet the
  // sacral cornua at the hiatus.
  const top = first.from[1]
  const back = first.centre[2] - first.radii[2]
  const cornua = [1, -1].map((s) => ({
    a: [5 * s, top - 3, back + 1] as Vec3,
    b: [6 * s, top + 4, back - 1] as Vec3,
  }))
  const transverse = [1, -1].map((s) => [s * (first.radii[0] + 1.5), first.centre[1] + 2, first.centre[2] - 1] as Vec3)
  const sdf: Sdf = (p) => {
    let d = Infinity
    for (const piece of pieces)
      d = smin(d, sdTaperedProcess(p, piece.s.from, piece.s.to, piece.n, piece.breadth, piece.thickness), 1)
    // The fused joints' lines, across the bone where one segment meets the next.
    for (const piece of pieces.slice(1)) {
      const off = dot(sub(p, piece.s.from), piece.along)
      d += FUSED_JOINT_GROOVE * Math.exp(-((off / 1.2) ** 2))
    }
    // Rudimentary: short stubs, not horns (at 5 mm they stood out like a skull's horns).
    for (const t of transverse) d = smin(d, sdEllipsoid(p, t, [3.5, 3, 2.4]), 3)
    for (const c of cornua) d = smin(d, sdCapsule(p, c.a, c.b, 2.4, 1.8), 2)
    return d
  }
  const a = sacralAxis(1)
  return { sdf, bounds: { min: [-20, a[1] - 50, a[2] - 14], max: [20, a[1] + 10, a[2] + 40] } }
}
