/**
 * The generator's entry: geometry → document → validate (uncompressed) → compress → GLB bytes.
 */
import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import { assemble } from './assemble'
import { compress } from './optimize'
import { buildGeometry, BUILD_DEFAULTS, type BuildOptions, type ModelGeometry } from './parts'
import { validateGlb, type ValidationSummary } from './validate'

export interface BuiltModel {
  glb: Uint8Array
  geometry: ModelGeometry
  validation: ValidationSummary
  triangles: number
  meshes: number
}

/** NodeIO with meshopt encoder and decoder registered. */
export async function createIO(): Promise<NodeIO> {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready])
  return new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder })
}

/** Builds the model and returns the GLB plus the geometry the tests inspect. */
export async function buildLumbarSpine(options: BuildOptions = BUILD_DEFAULTS): Promise<BuiltModel> {
  const geometry = await buildGeometry(options)
  const doc = assemble(geometry)
  const io = await createIO()
  const plain = await io.writeBinary(doc)
  const validation = await validateGlb(plain)
  await compress(doc)
  const glb = await io.writeBinary(doc)
  const triangles =
    geometry.parts.reduce((n, p) => n + p.mesh.indices.length / 3, 0) +
    geometry.extras.reduce((n, e) => n + e.primitives.reduce((m, p) => m + p.mesh.indices.length / 3, 0), 0)
  return { glb, geometry, validation, triangles, meshes: geometry.parts.length + geometry.extras.length }
}

/** The committed GLB's bytes, freshly built. */
export async function buildLumbarSpineGlb(): Promise<Uint8Array> {
  return (await buildLumbarSpine()).glb
}
