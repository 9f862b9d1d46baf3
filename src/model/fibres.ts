/**
 * Fibre direction per vertex of a muscle mesh, from the lines its fibres run along (fibre
 * bundles, a lofted belly's course, a flank sheet's fibre lines). The app shades fine striations
 * along it, so a muscle shows which way it pulls; the meshes have no UVs to carry a texture.
 * Where a muscle becomes tendon or aponeurosis, a per-vertex tendon share says so, and the app
 * pales and polishes it there.
 */
import { add, cross, distPointSegment, dot, normalize, scale, smoothstep, sub, type Vec3 } from './math'
import type { MeshData } from './mesh'

/** How sharply a nearer fibre line outweighs a farther one (inverse power of the distance). */
const FALLOFF = 2
/** Distance, mm, under which every line weighs about the same (no spike at a line itself). */
const SOFTEN = 2

/**
 * A line's nearest segment to p: its unit direction, the distance to it, and how far along the
 * whole line (0 … 1, by length) the nearest point lies.
 */
function nearestSegment(p: Vec3, line: readonly Vec3[]): { direction: Vec3; distance: number; t: number } | null {
  let best: { direction: Vec3; distance: number; at: number } | null = null
  let total = 0
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Vec3
    const ab = sub(line[i] as Vec3, a)
    const length2 = dot(ab, ab)
    if (length2 === 0) continue
    const length = Math.sqrt(length2)
    const distance = distPointSegment(p, a, line[i] as Vec3)
    if (!best || distance < best.distance) {
      const along = Math.min(1, Math.max(0, dot(sub(p, a), ab) / length2))
      best = { direction: scale(ab, 1 / length), distance, at: total + along * length }
    }
    total += length
  }
  return best && { direction: best.direction, distance: best.distance, t: best.at / total }
}

/**
 * One pass over the vertices: each blends the nearest segment of every line, weighted by inverse
 * distance, for its fibre direction and, given a profile, its tendon share.
 */
function sampleLines(
  mesh: MeshData,
  lines: readonly (readonly Vec3[])[],
  profile?: TendonProfile
): { fibres: Float32Array<ArrayBuffer>; tendon?: Float32Array<ArrayBuffer> } {
  const count = mesh.positions.length / 3
  const fibres = new Float32Array(count * 3)
  const tendon = profile ? new Float32Array(count) : undefined
  for (let v = 0; v < count; v++) {
    const p: Vec3 = [mesh.positions[v * 3] ?? 0, mesh.positions[v * 3 + 1] ?? 0, mesh.positions[v * 3 + 2] ?? 0]
    let sum: Vec3 = [0, 0, 0]
    let share = 0
    let weights = 0
    lines.forEach((line, index) => {
      const near = nearestSegment(p, line)
      if (!near) return
      const w = 1 / Math.pow(near.distance + SOFTEN, FALLOFF)
      sum = add(sum, scale(near.direction, w))
      if (profile) {
        share += w * profile(near.t, index)
        weights += w
      }
    })
    fibres.set(Math.hypot(...sum) > 0 ? normalize(sum) : ([0, 1, 0] as Vec3), v * 3)
    if (tendon) tendon[v] = weights > 0 ? Math.min(1, Math.max(0, share / weights)) : 0
  }
  return tendon ? { fibres, tendon } : { fibres }
}

/**
 * Unit fibre directions (x, y, z per vertex) for a mesh whose fibres run along `lines`, all from
 * origin to insertion: each vertex blends the nearest segment of every line, weighted by inverse
 * distance, so the direction turns smoothly between neighbouring bundles.
 */
export function fibreDirections(mesh: MeshData, lines: readonly (readonly Vec3[])[]): Float32Array<ArrayBuffer> {
  return sampleLines(mesh, lines).fibres
}

/**
 * How tendinous a muscle is along one of its fibre lines, from 0 (belly) to 1 (tendon or
 * aponeurosis), at t from origin (0) to insertion (1) of line number `line`.
 */
export type TendonProfile = (t: number, line: number) => number

/**
 * How much dense collagen (a ligament, a joint capsule) is drawn like tendon (0 muscle … 1 tendon):
 * smooth and glossy with faint streaks along its fibres, but less paled, so it keeps its own colour
 * and a picked one stays clearly the selection's.
 */
export const LIGAMENT_COLLAGEN = 0.35

/** Half the width of the junction where belly turns to tendon, as a share of the fibre's length. */
const JUNCTION = 0.04

/**
 * The common profile: tendon over the first `origin` and the last `insertion` share of every
 * fibre (0 for none), belly between, with a short junction at each.
 */
export function tendonEnds(origin: number, insertion: number): TendonProfile {
  return (t) =>
    Math.max(
      origin > 0 ? 1 - smoothstep(origin - JUNCTION, origin + JUNCTION, t) : 0,
      insertion > 0 ? smoothstep(1 - insertion - JUNCTION, 1 - insertion + JUNCTION, t) : 0
    )
}

/** A muscle whose fibres differ: line number `line` follows profile number `line` (belly if none). */
export function tendonByLine(profiles: readonly TendonProfile[]): TendonProfile {
  return (t, line) => profiles[line]?.(t, line) ?? 0
}

/**
 * Per-vertex tendon share (0 … 1) for a muscle whose fibres run along `lines`: each line's profile
 * at the vertex's nearest point on it, blended by inverse distance like the directions, so a
 * tendon fades into the belly over the junction instead of ending at a seam between bundles.
 */
export function tendonAlongLines(
  mesh: MeshData,
  lines: readonly (readonly Vec3[])[],
  profile: TendonProfile
): Float32Array<ArrayBuffer> {
  // Given a profile, the pass always measures the shares.
  return sampleLines(mesh, lines, profile).tendon as Float32Array<ArrayBuffer>
}

/**
 * Per-vertex tendon share for a sheet sampled at `samples` with a tendon share at each: every
 * vertex takes its nearest sample's (a thick sheet's vertices lie just off its samples).
 */
export function tendonFromSamples(
  mesh: MeshData,
  samples: readonly Vec3[],
  shares: readonly number[]
): Float32Array<ArrayBuffer> {
  const count = mesh.positions.length / 3
  const out = new Float32Array(count)
  for (let v = 0; v < count; v++) {
    const p: Vec3 = [mesh.positions[v * 3] ?? 0, mesh.positions[v * 3 + 1] ?? 0, mesh.positions[v * 3 + 2] ?? 0]
    let best = Infinity
    samples.forEach((q, i) => {
      const d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2
      if (d < best) {
        best = d
        out[v] = shares[i] ?? 0
      }
    })
  }
  return out
}

/** The mesh with its fibre directions, and where its fibres become tendon if a profile is given. */
export function withFibres(mesh: MeshData, lines: readonly (readonly Vec3[])[], tendon?: TendonProfile): MeshData {
  return { ...mesh, ...sampleLines(mesh, lines, tendon) }
}

/**
 * A coordinate across the fibres at every vertex, mm: a scalar whose level lines run along the
 * fibres, so the app can draw streaks along them with no UVs. The app used to take the vertex's
 * position along the direction across its fibres, but where that direction turns (a fan, a sheet
 * wrapping round the trunk) the position's distance from the mesh's centre swings the level lines
 * off the fibres, by a median 20–30° on the flank sheets. Here the scalar is fitted instead: its
 * gradient, by least squares over the surface, to the unit direction across the fibres in each
 * triangle (a Poisson problem on the mesh, solved by conjugate gradients). Its level lines follow
 * the fibres wherever that direction field is nearly curl-free, as fans and sheets are; in a fan
 * the streaks narrow toward the apex, as the fibres converge. Each piece of a mesh is centred on 0.
 */
export function fibreAcross(
  mesh: MeshData,
  normals: Float32Array,
  outward?: (p: Vec3) => Vec3
): Float32Array<ArrayBuffer> {
  const { positions: P, indices: I, fibres: F } = mesh
  const n = P.length / 3
  if (!F) return new Float32Array(n)
  const at = (a: ArrayLike<number>, i: number): Vec3 => [a[i * 3] ?? 0, a[i * 3 + 1] ?? 0, a[i * 3 + 2] ?? 0]
  // The stiffness matrix (cotangent Laplacian) as triplets, and the right-hand side.
  const rows: number[] = []
  const cols: number[] = []
  const values: number[] = []
  const b = new Float64Array(n)
  for (let t = 0; t < I.length; t += 3) {
    const ids = [I[t] ?? 0, I[t + 1] ?? 0, I[t + 2] ?? 0]
    const p = ids.map((i) => at(P, i))
    const doubled = cross(sub(p[1]!, p[0]!), sub(p[2]!, p[0]!))
    const twiceArea = Math.hypot(...doubled)
    if (twiceArea < 1e-9) continue
    const normal = scale(doubled, 1 / twiceArea)
    // The triangle's fibre, its vertices' turned to agree, in its plane; across it, in the plane.
    const first = at(F, ids[0]!)
    let fibre: Vec3 = [0, 0, 0]
    for (const i of ids) {
      const f = at(F, i)
      fibre = add(fibre, dot(f, first) < 0 ? scale(f, -1) : f)
    }
    const inPlane = sub(fibre, scale(normal, dot(fibre, normal)))
    if (Math.hypot(...inPlane) < 1e-9) continue
    const vertexNormal = at(normals, ids[0]!)
    // Oriented by the vertex normals, so neighbouring triangles agree on which side is which; on a
    // thin sheet both faces are oriented the same way (by `outward`), so they agree across the rim.
    const centre = scale(add(add(p[0]!, p[1]!), p[2]!), 1 / 3)
    const side = outward ? outward(centre) : vertexNormal
    const facing = dot(normal, side) < 0 ? scale(normal, -1) : normal
    const across = normalize(cross(inPlane, facing))
    // Gradients of the three hat functions: the opposite edge turned in the plane, over 2A.
    const grads = [0, 1, 2].map((k) => scale(cross(normal, sub(p[(k + 2) % 3]!, p[(k + 1) % 3]!)), 1 / twiceArea))
    const area = twiceArea / 2
    for (let r = 0; r < 3; r++) {
      b[ids[r]!]! += area * dot(across, grads[r]!)
      for (let c = 0; c < 3; c++) {
        rows.push(ids[r]!)
        cols.push(ids[c]!)
        values.push(area * dot(grads[r]!, grads[c]!))
      }
    }
  }
  const matrix = compressedRows(n, rows, cols, values)
  // From zero the solver stays in the matrix's range, so each connected piece averages 0.
  return Float32Array.from(conjugateGradients(matrix, b, ACROSS_ITERATIONS, ACROSS_TOLERANCE))
}

/** Conjugate-gradient iterations at most, and the residual (as a share of the start's) that is enough. */
const ACROSS_ITERATIONS = 2000
const ACROSS_TOLERANCE = 1e-6

interface SparseMatrix {
  start: Int32Array
  column: Int32Array
  value: Float64Array
}

/** Triplets summed into compressed rows. */
function compressedRows(n: number, rows: number[], cols: number[], values: number[]): SparseMatrix {
  const perRow = Array.from({ length: n }, () => new Map<number, number>())
  for (let k = 0; k < rows.length; k++) {
    const row = perRow[rows[k]!]!
    row.set(cols[k]!, (row.get(cols[k]!) ?? 0) + values[k]!)
  }
  const start = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + perRow[i]!.size
  const column = new Int32Array(start[n]!)
  const value = new Float64Array(start[n]!)
  perRow.forEach((row, i) => {
    let k = start[i]!
    for (const [c, v] of [...row].sort((x, y) => x[0] - y[0])) {
      column[k] = c
      value[k++] = v
    }
  })
  return { start, column, value }
}

/**
 * Conjugate gradients for a symmetric positive semi-definite system whose right-hand side lies in
 * its range (a Laplacian's: it sums to zero over each connected piece), from zero.
 */
function conjugateGradients(A: SparseMatrix, b: Float64Array, iterations: number, tolerance: number): Float64Array {
  const n = b.length
  const x = new Float64Array(n)
  const r = Float64Array.from(b)
  const p = Float64Array.from(b)
  const Ap = new Float64Array(n)
  let rr = 0
  for (let i = 0; i < n; i++) rr += r[i]! * r[i]!
  const stop = rr * tolerance * tolerance
  for (let it = 0; it < iterations && rr > stop && rr > 0; it++) {
    for (let i = 0; i < n; i++) {
      let s = 0
      for (let k = A.start[i]!; k < A.start[i + 1]!; k++) s += A.value[k]! * p[A.column[k]!]!
      Ap[i] = s
    }
    let pAp = 0
    for (let i = 0; i < n; i++) pAp += p[i]! * Ap[i]!
    if (pAp <= 0) break
    const alpha = rr / pAp
    let next = 0
    for (let i = 0; i < n; i++) {
      x[i]! += alpha * p[i]!
      r[i]! -= alpha * Ap[i]!
      next += r[i]! * r[i]!
    }
    const beta = next / rr
    rr = next
    for (let i = 0; i < n; i++) p[i] = r[i]! + beta * p[i]!
  }
  return x
}
