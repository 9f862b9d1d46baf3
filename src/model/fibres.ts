/**
 * Fibre direction per vertex of a muscle mesh, from the lines its fibres run along (fibre
 * bundles, a lofted belly's course, a flank sheet's fibre lines). The app shades fine striations
 * along it, so a muscle shows which way it pulls; the meshes have no UVs to carry a texture.
 */
import { add, distPointSegment, dot, normalize, scale, sub, type Vec3 } from './math'
import type { MeshData } from './mesh'

/** How sharply a nearer fibre line outweighs a farther one (inverse power of the distance). */
const FALLOFF = 2
/** Distance, mm, under which every line weighs about the same (no spike at a line itself). */
const SOFTEN = 2

/** A line's nearest segment to p: its unit direction and the distance to it. */
function nearestSegment(p: Vec3, line: readonly Vec3[]): { direction: Vec3; distance: number } | null {
  let best: { direction: Vec3; distance: number } | null = null
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Vec3
    const ab = sub(line[i] as Vec3, a)
    const length2 = dot(ab, ab)
    if (length2 === 0) continue
    const distance = distPointSegment(p, a, line[i] as Vec3)
    if (!best || distance < best.distance) best = { direction: scale(ab, 1 / Math.sqrt(length2)), distance }
  }
  return best
}

/**
 * Unit fibre directions (x, y, z per vertex) for a mesh whose fibres run along `lines`, all from
 * origin to insertion: each vertex blends the nearest segment of every line, weighted by inverse
 * distance, so the direction turns smoothly between neighbouring bundles.
 */
export function fibreDirections(mesh: MeshData, lines: readonly (readonly Vec3[])[]): Float32Array<ArrayBuffer> {
  const count = mesh.positions.length / 3
  const out = new Float32Array(count * 3)
  for (let v = 0; v < count; v++) {
    const p: Vec3 = [mesh.positions[v * 3] ?? 0, mesh.positions[v * 3 + 1] ?? 0, mesh.positions[v * 3 + 2] ?? 0]
    let sum: Vec3 = [0, 0, 0]
    for (const line of lines) {
      const near = nearestSegment(p, line)
      if (near) sum = add(sum, scale(near.direction, 1 / Math.pow(near.distance + SOFTEN, FALLOFF)))
    }
    const direction = Math.hypot(...sum) > 0 ? normalize(sum) : ([0, 1, 0] as Vec3)
    out.set(direction, v * 3)
  }
  return out
}

/** The mesh with its fibre directions. */
export function withFibres(mesh: MeshData, lines: readonly (readonly Vec3[])[]): MeshData {
  return { ...mesh, fibres: fibreDirections(mesh, lines) }
}
