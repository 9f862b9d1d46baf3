/**
 * Signed distance to a thickened curved sheet: a grid of mid-surface points (rows × columns),
 * triangulated, with a half-thickness at each grid point. Used for the curved plates of bone
 * (the iliac blade) and for broad flat muscles, where a fan of slabs would leave seams.
 */
import type { Vec3 } from './math'
import type { Sdf } from './mesh'

interface Triangle {
  a: Vec3
  b: Vec3
  c: Vec3
  ta: number
  tb: number
  tc: number
  centre: Vec3
  /** Bounding radius about `centre` plus the largest half-thickness, for pruning. */
  reach: number
}

/**
 * `grid[i][j]` is a mid-surface point; `halfThickness[i][j]` its half-thickness, mm. The sheet's
 * distance is exact to the triangulated mid-surface, minus the thickness interpolated at the
 * closest point, so it is smooth across triangle edges and has rounded rims.
 */
export function thickSheetSdf(grid: readonly (readonly Vec3[])[], halfThickness: readonly (readonly number[])[]): Sdf {
  const tris: Triangle[] = []
  const at = (i: number, j: number): [Vec3, number] => [grid[i]?.[j] as Vec3, halfThickness[i]?.[j] ?? 0]
  for (let i = 0; i + 1 < grid.length; i++) {
    const cols = grid[i]?.length ?? 0
    for (let j = 0; j + 1 < cols; j++) {
      const [p00, t00] = at(i, j)
      const [p01, t01] = at(i, j + 1)
      const [p10, t10] = at(i + 1, j)
      const [p11, t11] = at(i + 1, j + 1)
      tris.push(triangle(p00, p10, p11, t00, t10, t11), triangle(p00, p11, p01, t00, t11, t01))
    }
  }
  const q = { u: 0, v: 0, w: 0, d2: 0 }
  return (p) => {
    let best = Infinity
    for (const t of tris) {
      const dc = Math.hypot(p[0] - t.centre[0], p[1] - t.centre[1], p[2] - t.centre[2])
      if (dc - t.reach > best) continue
      closestOnTriangle(p, t.a, t.b, t.c, q)
      const d = Math.sqrt(q.d2) - (q.u * t.ta + q.v * t.tb + q.w * t.tc)
      if (d < best) best = d
    }
    return best
  }
}

function triangle(a: Vec3, b: Vec3, c: Vec3, ta: number, tb: number, tc: number): Triangle {
  const centre: Vec3 = [(a[0] + b[0] + c[0]) / 3, (a[1] + b[1] + c[1]) / 3, (a[2] + b[2] + c[2]) / 3]
  const r = Math.max(...[a, b, c].map((v) => Math.hypot(v[0] - centre[0], v[1] - centre[1], v[2] - centre[2])))
  return { a, b, c, ta, tb, tc, centre, reach: r + Math.max(ta, tb, tc) }
}

/**
 * Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5), written as
 * barycentric weights (u, v, w) for a, b, c and the squared distance.
 */
function closestOnTriangle(
  p: Vec3,
  a: Vec3,
  b: Vec3,
  c: Vec3,
  out: { u: number; v: number; w: number; d2: number }
): void {
  const abx = b[0] - a[0]
  const aby = b[1] - a[1]
  const abz = b[2] - a[2]
  const acx = c[0] - a[0]
  const acy = c[1] - a[1]
  const acz = c[2] - a[2]
  const apx = p[0] - a[0]
  const apy = p[1] - a[1]
  const apz = p[2] - a[2]
  const d1 = abx * apx + aby * apy + abz * apz
  const d2 = acx * apx + acy * apy + acz * apz
  let u = 1
  let v = 0
  let w = 0
  if (d1 <= 0 && d2 <= 0) {
    // vertex a
  } else {
    const bpx = p[0] - b[0]
    const bpy = p[1] - b[1]
    const bpz = p[2] - b[2]
    const d3 = abx * bpx + aby * bpy + abz * bpz
    const d4 = acx * bpx + acy * bpy + acz * bpz
    const cpx = p[0] - c[0]
    const cpy = p[1] - c[1]
    const cpz = p[2] - c[2]
    const d5 = abx * cpx + aby * cpy + abz * cpz
    const d6 = acx * cpx + acy * cpy + acz * cpz
    const vc = d1 * d4 - d3 * d2
    const vb = d5 * d2 - d1 * d6
    const va = d3 * d6 - d5 * d4
    if (d3 >= 0 && d4 <= d3) {
      u = 0
      v = 1
    } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      const s = d1 / (d1 - d3)
      u = 1 - s
      v = s
    } else if (d6 >= 0 && d5 <= d6) {
      u = 0
      w = 1
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      const s = d2 / (d2 - d6)
      u = 1 - s
      w = s
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const s = (d4 - d3) / (d4 - d3 + (d5 - d6))
      u = 0
      v = 1 - s
      w = s
    } else {
      const denom = 1 / (va + vb + vc)
      v = vb * denom
      w = vc * denom
      u = 1 - v - w
    }
  }
  const x = a[0] * u + b[0] * v + c[0] * w - p[0]
  const y = a[1] * u + b[1] * v + c[1] * w - p[1]
  const z = a[2] * u + b[2] * v + c[2] * w - p[2]
  out.u = u
  out.v = v
  out.w = w
  out.d2 = x * x + y * y + z * z
}
