/**
 * Small probes on meshes for the stage tests (sweep, mesh, optimize, mirror): volume, bounds and
 * a tetrahedron to start from. Tiny inputs, built in code.
 */
import { add, cross, dot, normalize, scale, sub, type Vec3 } from '../../../src/model/math'
import type { MeshData } from '../../../src/model/mesh'

/** Signed volume (positive when the faces point outward), mm³. */
export function signedVolume(m: MeshData): number {
  const p = m.positions
  let v = 0
  for (let t = 0; t < m.indices.length; t += 3) {
    const a = (m.indices[t] ?? 0) * 3
    const b = (m.indices[t + 1] ?? 0) * 3
    const c = (m.indices[t + 2] ?? 0) * 3
    v +=
      ((p[a] ?? 0) * ((p[b + 1] ?? 0) * (p[c + 2] ?? 0) - (p[b + 2] ?? 0) * (p[c + 1] ?? 0)) -
        (p[a + 1] ?? 0) * ((p[b] ?? 0) * (p[c + 2] ?? 0) - (p[b + 2] ?? 0) * (p[c] ?? 0)) +
        (p[a + 2] ?? 0) * ((p[b] ?? 0) * (p[c + 1] ?? 0) - (p[b + 1] ?? 0) * (p[c] ?? 0))) /
      6
  }
  return v
}

/** Axis-aligned bounds of the vertices. */
export function bounds(m: MeshData): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity]
  const max: Vec3 = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < m.positions.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const x = m.positions[i + k] ?? 0
      min[k] = Math.min(min[k] ?? 0, x)
      max[k] = Math.max(max[k] ?? 0, x)
    }
  }
  return { min, max }
}

/** Vertex `i` of a mesh. */
export function vertex(m: MeshData, i: number): Vec3 {
  return [m.positions[i * 3] ?? 0, m.positions[i * 3 + 1] ?? 0, m.positions[i * 3 + 2] ?? 0]
}

/** A closed, outward-facing tetrahedron with one vertex off the midline (so its mirror differs). */
export function tetrahedron(): MeshData {
  return {
    positions: new Float32Array([10, 0, 0, 20, 0, 0, 10, 10, 0, 12, 3, 8]),
    indices: new Uint32Array([0, 2, 1, 0, 1, 3, 1, 2, 3, 2, 0, 3]),
  }
}

/** Where the edge a→b crosses the horizontal plane at height `y`, as (x, z). */
function crossing(a: Vec3, b: Vec3, y: number): [number, number] {
  const t = (y - a[1]) / (b[1] - a[1])
  return [a[0] + (b[0] - a[0]) * t, a[2] + (b[2] - a[2]) * t]
}

/**
 * Area of a closed mesh's cross-section by the horizontal plane at height `y`, mm²: each triangle
 * the plane cuts gives one edge of the section, oriented by the triangle's outward normal, and
 * the shoelace sum over those edges is the area enclosed.
 */
export function sectionArea(m: MeshData, y: number): number {
  let twice = 0
  const cut = (a: Vec3, b: Vec3) => crossing(a, b, y)
  for (let t = 0; t < m.indices.length; t += 3) {
    const v = [0, 1, 2].map((k) => vertex(m, m.indices[t + k] ?? 0))
    const ends: [number, number][] = []
    for (let k = 0; k < 3; k++) {
      const a = v[k] as Vec3
      const b = v[(k + 1) % 3] as Vec3
      if (a[1] < y !== b[1] < y) ends.push(cut(a, b))
    }
    if (ends.length !== 2) continue
    const [p, q] = ends as [[number, number], [number, number]]
    // The triangle's normal in the section plane (x, z): the edge is taken so that it lies to the right.
    const [a, b, c] = v as [Vec3, Vec3, Vec3]
    const nx = (b[1] - a[1]) * (c[2] - a[2]) - (b[2] - a[2]) * (c[1] - a[1])
    const nz = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    const dx = q[0] - p[0]
    const dz = q[1] - p[1]
    const [from, to] = dz * nx - dx * nz > 0 ? [p, q] : [q, p]
    twice += from[0] * to[1] - to[0] * from[1]
  }
  return Math.abs(twice) / 2
}

/**
 * Side-to-side span (x) of a mesh's cross-section by the horizontal plane at height `y`, mm: from
 * the points where its edges cross the plane, so it does not depend on where the vertices lie.
 */
export function sectionSpan(m: MeshData, y: number): number {
  let lo = Infinity
  let hi = -Infinity
  for (let t = 0; t < m.indices.length; t += 3) {
    const v = [0, 1, 2].map((k) => vertex(m, m.indices[t + k] ?? 0))
    for (let k = 0; k < 3; k++) {
      const a = v[k] as Vec3
      const b = v[(k + 1) % 3] as Vec3
      if (a[1] < y === b[1] < y) continue
      const [x] = crossing(a, b, y)
      lo = Math.min(lo, x)
      hi = Math.max(hi, x)
    }
  }
  return hi > lo ? hi - lo : 0
}

/**
 * Median angle, degrees (weighted by area), between the level lines of a per-vertex scalar
 * `across` and the mesh's fibre directions, in each triangle's plane: 0 where the scalar's level
 * lines run exactly along the fibres.
 */
export function medianAngleOffFibres(m: MeshData, across: (v: number) => number): number {
  const fibres = m.fibres
  if (!fibres) throw new Error('no fibres')
  const angles: [number, number][] = []
  for (let t = 0; t < m.indices.length; t += 3) {
    const [a, b, c] = [m.indices[t] ?? 0, m.indices[t + 1] ?? 0, m.indices[t + 2] ?? 0]
    const e1 = sub(vertex(m, b), vertex(m, a))
    const e2 = sub(vertex(m, c), vertex(m, a))
    const doubled = cross(e1, e2)
    const area = Math.hypot(...doubled) / 2
    if (area < 1e-6) continue
    const n = normalize(doubled)
    const gradient = add(
      scale(cross(e2, n), (across(b) - across(a)) / (2 * area)),
      scale(cross(n, e1), (across(c) - across(a)) / (2 * area))
    )
    const level = normalize(cross(n, gradient))
    const f = normalize([fibres[a * 3] ?? 0, fibres[a * 3 + 1] ?? 0, fibres[a * 3 + 2] ?? 0])
    const inPlane = normalize(sub(f, scale(n, dot(f, n))))
    angles.push([(Math.acos(Math.min(1, Math.abs(dot(level, inPlane)))) * 180) / Math.PI, area])
  }
  angles.sort((x, y) => x[0] - y[0])
  const total = angles.reduce((sum, x) => sum + x[1], 0)
  let sum = 0
  for (const [angle, area] of angles) if ((sum += area) >= total / 2) return angle
  return 90
}
