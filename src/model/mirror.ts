/**
 * Left to right. The generator builds the patient's left side (+X) and mirrors it across the
 * midsagittal plane (x = 0) for the right, so the two sides are exact mirror images and every
 * left-side number is written once.
 */
import { mirrorX, type Vec3 } from './math'
import { mapVertices, type MeshData, type Sdf } from './mesh'
import type { PartGeometry, TissueMaterial } from './families/family'

/** Mirrors a left-side path to the right. */
export function mirrorPath(points: readonly Vec3[]): Vec3[] {
  return points.map(mirrorX)
}

/** Mirrors a mesh across x = 0, flipping each triangle's winding so its faces still point outward. */
export function mirrorMesh(m: MeshData): MeshData {
  const mm = mapVertices(m, mirrorX)
  const idx = new Uint32Array(m.indices.length)
  for (let i = 0; i < idx.length; i += 3) {
    idx[i] = m.indices[i] ?? 0
    idx[i + 1] = m.indices[i + 2] ?? 0
    idx[i + 2] = m.indices[i + 1] ?? 0
  }
  if (!m.fibres) return { ...mm, indices: idx }
  const fibres = new Float32Array(m.fibres)
  for (let i = 0; i < fibres.length; i += 3) fibres[i] = -(fibres[i] ?? 0)
  return { ...mm, indices: idx, fibres }
}

/** The SDF of the mirror image of `sdf`'s solid. */
export function mirrorSdf(sdf: Sdf): Sdf {
  return (p) => sdf(mirrorX(p))
}

/** Where `setPaired` puts a pair: the build context, or any pair of maps in a test. */
export interface PairedTarget {
  parts: Map<string, PartGeometry>
  softCurves: Map<string, Vec3[][]>
}

/**
 * A left-side soft-tissue mesh and its centre lines as `${id}-left`, with their mirror images as
 * `${id}-right`.
 */
export function setPaired(
  target: PairedTarget,
  id: string,
  material: TissueMaterial,
  left: MeshData,
  curves: Vec3[][]
): void {
  target.parts.set(`${id}-left`, { material, mesh: left })
  target.parts.set(`${id}-right`, { material, mesh: mirrorMesh(left) })
  target.softCurves.set(`${id}-left`, curves)
  target.softCurves.set(`${id}-right`, curves.map(mirrorPath))
}
