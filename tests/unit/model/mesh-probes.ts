/**
 * Small probes on meshes for the stage tests (sweep, mesh, optimize, mirror): volume, bounds and
 * a tetrahedron to start from. Tiny inputs, built in code.
 */
import type { Vec3 } from '../../../src/model/math'
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
