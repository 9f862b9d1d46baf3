import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { ModelErrorKind } from '../store/explorer-store'
import { takeModelResponse } from './model-request'
import { meshesInSlices } from './mesh-slices'
import { workerMeshoptDecoder } from './worker-decoder'

export { MODEL_URL } from './model-request'

export class ModelLoadError extends Error {
  constructor(
    readonly kind: ModelErrorKind,
    message: string
  ) {
    super(message)
    this.name = 'ModelLoadError'
  }
}

export interface LoadProgress {
  loaded: number
  total: number | null
}

const GLB_MAGIC = 0x46546c67 // 'glTF'

/**
 * Downloads and parses the GLB, reporting progress. Failures are sorted into the kinds the
 * app explains to the user: missing (404), corrupt (not a valid GLB) and network.
 */
export async function loadModel(url: string, onProgress: (p: LoadProgress) => void): Promise<GLTF> {
  let response: Response
  try {
    response = await takeModelResponse(url)
  } catch (error) {
    throw new ModelLoadError('network', `The model could not be downloaded (${String(error)}).`)
  }
  if (response.status === 404) throw new ModelLoadError('missing', `The model file was not found (${url}, HTTP 404).`)
  if (!response.ok) throw new ModelLoadError('network', `The model could not be downloaded (HTTP ${response.status}).`)

  const lengthHeader = response.headers.get('content-length')
  const total = lengthHeader ? Number(lengthHeader) : null
  const bytes = await readWithProgress(response, total, onProgress)

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) {
    throw new ModelLoadError('corrupt', 'The model file is not a glTF binary (GLB).')
  }
  const declaredLength = view.getUint32(8, true)
  if (declaredLength !== bytes.byteLength) {
    throw new ModelLoadError(
      'corrupt',
      `The model file is damaged: it declares ${declaredLength} bytes but has ${bytes.byteLength}.`
    )
  }

  // Decoded in a worker of the app's own (same origin); the decoder's WASM is embedded in its
  // module, so nothing is fetched from another host. Here only if the worker fails.
  const decoder = workerMeshoptDecoder(
    new Worker(new URL('./meshopt-worker.ts', import.meta.url), { type: 'module', name: 'meshopt decoder' }),
    () => import('three/examples/jsm/libs/meshopt_decoder.module.js').then((m) => m.MeshoptDecoder)
  )
  // GLTFLoader's EXT_meshopt_compression calls only `supported` and `decodeGltfBufferAsync`; its
  // types ask for the whole of meshoptimizer's decoder.
  const loader = new GLTFLoader()
    .setMeshoptDecoder(decoder as unknown as Parameters<GLTFLoader['setMeshoptDecoder']>[0])
    .register(meshesInSlices())
  try {
    return await loader.parseAsync(bytes.buffer, '')
  } catch (error) {
    throw new ModelLoadError('corrupt', `The model file could not be read (${String(error)}).`)
  } finally {
    // In a task of its own: terminating the worker blocks for 3–8 ms (SwiftShader phone trace),
    // which would lengthen the task that hands the model to React.
    setTimeout(() => decoder.close(), 0)
  }
}

async function readWithProgress(
  response: Response,
  total: number | null,
  onProgress: (p: LoadProgress) => void
): Promise<Uint8Array<ArrayBuffer>> {
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer())
    onProgress({ loaded: buffer.byteLength, total })
    return buffer
  }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let loaded = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    loaded += value.byteLength
    onProgress({ loaded, total })
  }
  const bytes = new Uint8Array(loaded)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}
