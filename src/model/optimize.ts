/**
 * Mesh optimisation: per-mesh simplification toward a triangle budget (meshoptimizer) before
 * assembly, and document-level weld + meshopt compression with quantization after.
 */
import type { Document } from '@gltf-transform/core'
import { EXTMeshoptCompression } from '@gltf-transform/extensions'
import { prune, quantize, reorder, weld } from '@gltf-transform/functions'
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import type { MeshData } from './mesh'

export interface SimplifyOptions {
  /** Maximum relative error (fraction of mesh extent). */
  error: number
}

export const SIMPLIFY_DEFAULTS: SimplifyOptions = { error: 0.004 }

/** Per-vertex attributes the simplifier should preserve (edges between different values cost error). */
export interface SimplifyAttributes {
  values: Float32Array
  stride: number
  weights: number[]
}

/** Simplifies a closed mesh toward `targetTriangles`, keeping it watertight (no sloppy mode). */
export async function simplifyMesh(
  mesh: MeshData,
  targetTriangles: number,
  options = SIMPLIFY_DEFAULTS,
  attributes?: SimplifyAttributes
): Promise<MeshData> {
  await MeshoptSimplifier.ready
  if (mesh.indices.length / 3 <= targetTriangles) return mesh
  const [simplified] = attributes
    ? MeshoptSimplifier.simplifyWithAttributes(
        mesh.indices,
        mesh.positions,
        3,
        attributes.values,
        attributes.stride,
        attributes.weights,
        null,
        targetTriangles * 3,
        options.error,
        []
      )
    : MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, targetTriangles * 3, options.error, [])
  const indices = removeFins(simplified)
  // Compact: keep only referenced vertices, in first-use order (deterministic).
  const remap = new Map<number, number>()
  const out = new Uint32Array(indices.length)
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i] ?? 0
    let n = remap.get(v)
    if (n === undefined) {
      n = remap.size
      remap.set(v, n)
    }
    out[i] = n
  }
  const positions = new Float32Array(remap.size * 3)
  for (const [old, n] of remap) {
    positions[n * 3] = mesh.positions[old * 3] ?? 0
    positions[n * 3 + 1] = mesh.positions[old * 3 + 1] ?? 0
    positions[n * 3 + 2] = mesh.positions[old * 3 + 2] ?? 0
  }
  return { positions, indices: out }
}

/**
 * Removes pairs of coincident, oppositely wound triangles ("fins") that edge collapses can leave
 * behind; they are the only non-manifold artefact the simplifier produces on closed input.
 */
export function removeFins(indices: Uint32Array): Uint32Array {
  const count = new Map<string, number>()
  const key = (t: number): string =>
    [indices[t] ?? 0, indices[t + 1] ?? 0, indices[t + 2] ?? 0].sort((a, b) => a - b).join(',')
  for (let t = 0; t < indices.length; t += 3) count.set(key(t), (count.get(key(t)) ?? 0) + 1)
  const out: number[] = []
  for (let t = 0; t < indices.length; t += 3) {
    if ((count.get(key(t)) ?? 0) > 1) continue
    out.push(indices[t] ?? 0, indices[t + 1] ?? 0, indices[t + 2] ?? 0)
  }
  return new Uint32Array(out)
}

export interface CompressOptions {
  /** Position quantization bits. */
  quantizePosition: number
}

export const COMPRESS_DEFAULTS: CompressOptions = { quantizePosition: 14 }

/**
 * Custom attributes (`_BODY_AREA`, `_DERMATOME`: integer indices) must stay exact, so
 * quantization skips every semantic that starts with an underscore.
 */
export const QUANTIZED_SEMANTICS = /^(?!_)/

/**
 * Welds, prunes and applies EXT_meshopt_compression + KHR_mesh_quantization (in place): what
 * glTF-Transform's `meshopt({ level: 'medium' })` does, but with a quantization pattern that leaves
 * the custom attributes alone (meshopt() would quantize every attribute).
 */
export async function compress(doc: Document, options = COMPRESS_DEFAULTS): Promise<void> {
  await MeshoptEncoder.ready
  await doc.transform(
    weld(),
    prune({ keepLeaves: true }),
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({
      quantizePosition: options.quantizePosition,
      pattern: QUANTIZED_SEMANTICS,
      patternTargets: QUANTIZED_SEMANTICS,
    })
  )
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE })
}
