/// <reference lib="webworker" />
/**
 * The model's meshopt decoder, off the main thread: each message is one compressed buffer view
 * (see worker-decoder.ts), answered with its decoded bytes, transferred, or with why it failed.
 */
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import type { DecodeJob, DecodeReply } from './worker-decoder'

const scope = self as unknown as DedicatedWorkerGlobalScope
// The decoder's WebAssembly may be refused here (a stricter policy on the worker's script): then
// every job is sent back undone, for the main thread.
const available = MeshoptDecoder.ready.then(
  () => true,
  () => false
)

scope.onmessage = async (event: MessageEvent<DecodeJob>) => {
  const { id, count, stride, source, mode, filter } = event.data
  if (!(await available)) {
    scope.postMessage({ id, unavailable: true } satisfies DecodeReply)
    return
  }
  try {
    const target = new Uint8Array(count * stride)
    MeshoptDecoder.decodeGltfBuffer(target, count, stride, source, mode, filter)
    scope.postMessage({ id, target } satisfies DecodeReply, [target.buffer])
  } catch (error) {
    scope.postMessage({ id, error: String(error) } satisfies DecodeReply)
  }
}
