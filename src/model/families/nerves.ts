/**
 * The nerves family: the spinal cord, dural sac and cauda equina on the midline, and the roots,
 * lumbosacral trunk and plexus branches on both sides (left built, right mirrored), each a swept
 * tube along its centre lines (../shapes/nerve.ts), its fascicles' direction along them. The centre lines go to `ctx.nerveCurves`: the
 * illustrations place the herniation on the L5 root, and the tests route them through the foramina.
 */
import { withFibres } from '../fibres'
import { mirrorX } from '../math'
import { mirrorPath } from '../mirror'
import { catmullRom } from '../sweep'
import { nerveCourses, nerveMesh, type NerveCourse, type NerveMeshOptions } from '../shapes/nerve'
import type { BuildContext } from './family'

export type NervesOptions = NerveMeshOptions

export const NERVES_DEFAULTS: NervesOptions = { ringSpacing: 5 }

/**
 * A nerve's sheath as the shader's tendon share: its fascicles show as faint streaks along it,
 * under a smooth, slightly glossy epineurium (an estimate, by eye against atlas plates).
 */
const NERVE_SHEATH = 0.3

/** Nerve structures on the midline: one structure, no side. */
const MIDLINE = ['dural-sac', 'spinal-cord', 'cauda-equina']

/** The right side's course: every path mirrored, and the section's width axis with it. */
export function mirrorNerveCourse(course: NerveCourse): NerveCourse {
  return {
    ...course,
    paths: course.paths.map((p) => ({ ...p, points: mirrorPath(p.points) })),
    side: mirrorX(course.side),
  }
}

export function buildNerves(ctx: BuildContext, options: NervesOptions = NERVES_DEFAULTS): void {
  for (const course of nerveCourses(ctx.frames)) {
    const sides: [string, NerveCourse][] = MIDLINE.includes(course.id)
      ? [[course.id, course]]
      : [
          [`${course.id}-left`, course],
          [`${course.id}-right`, mirrorNerveCourse(course)],
        ]
    for (const [id, c] of sides) {
      // The fascicles run along each path, sampled as finely as the tube follows it.
      const lines = c.paths.map((p) => catmullRom(p.points, p.points.length * 4))
      ctx.parts.set(id, { material: 'nerve', mesh: withFibres(nerveMesh(c, options), lines, () => NERVE_SHEATH) })
      ctx.nerveCurves.set(
        id,
        c.paths.map((p) => p.points)
      )
    }
  }
}
