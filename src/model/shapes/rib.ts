/**
 * The 12th (floating) rib: a short, flattened, tapering bone from the T12 body running down, back
 * and out.
 */
import { cross, dot, normalize, sdCapsule, sdSlab, smin, sub, type Pose, type Vec3, toWorld } from '../math'
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
   * The head's single facet, for the side of T12's body: the head is cut flat this far from its
   * centre on the side facing the vertebra, mm (a round ball there had "no clear head with its
   * single facet" in blind review 67).
   */
  headFacet: 3,
  /**
   * Half the blade's height (up and down, in its plane) and half its thickness (in and out): the
   * neck narrow behind the head; the shaft a flat blade nearly three times as tall as it is thick (a
   * rounder one read as "a round tube rather than a flattened bone" in blind review 60), about as
   * tall from a quarter to two-thirds of its length, then narrowing to a pointed tip (tapering all
   * the way from its tallest point, it read as "a thick round horn" in blind review 67).
   */
  halfHeight: (u: number): number =>
    u < 0.25 ? 2.5 + (3.1 * u) / 0.25 : u < 0.65 ? 5.6 - 0.6 * ((u - 0.25) / 0.4) : 5 - 4 * ((u - 0.65) / 0.35) ** 1.3,
  halfThickness: (u: number): number => 2.1 - 1.3 * u,
}

const UP: Vec3 = [0, 1, 0]

/** Straight pieces the blade is built of along its course (15 showed as bumps at their joints). */
const RIB_PIECES = 45

export function ribSdf(path: readonly Vec3[]): { sdf: Sdf; bounds: Bounds } {
  const r = RIB_SECTION
  // Short pieces, so the joints between them do not show as a row of bumps along the blade.
  const fine = catmullRom(path, RIB_PIECES + 1)
  const segments = fine.slice(1).map((b, i) => {
    const a = fine[i] as Vec3
    // The blade's faces look in and out: its normal is square to the course and to the vertical.
    const n = normalize(cross(sub(b, a), UP))
    const u0 = i / (fine.length - 1)
    const u1 = (i + 1) / (fine.length - 1)
    return { a, b, n, w0: r.halfHeight(u0), w1: r.halfHeight(u1), t: r.halfThickness((u0 + u1) / 2) }
  })
  const head = path[0] as Vec3
  // Towards the vertebra: back along the course from the head.
  const towardsSpine = normalize(sub(head, path[2] as Vec3))
  const sdf: Sdf = (p) => {
    let d = Math.max(sdCapsule(p, head, head, r.headRadius), dot(sub(p, head), towardsSpine) - r.headFacet)
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
