/**
 * Fibre direction per vertex of a muscle mesh, from the lines its fibres run along (fibre
 * bundles, a lofted belly's course, a flank sheet's fibre lines). The app shades fine striations
 * along it, so a muscle shows which way it pulls; the meshes have no UVs to carry a texture.
 * Where a muscle becomes tendon or aponeurosis, a per-vertex tendon share says so, and the app
 * pales and polishes it there.
 */
import { add, distPointSegment, dot, normalize, scale, smoothstep, sub, type Vec3 } from './math'
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
