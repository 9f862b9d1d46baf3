/**
 * A meshopt decoder for three's GLTFLoader that decodes in a worker, so parsing the model leaves
 * the main thread free between buffer views (the decode is most of the parse). If the worker
 * cannot start or dies, what it had not answered, and everything after, is decoded on the main
 * thread instead: the model still loads.
 */

/** One compressed buffer view, as GLTFLoader's EXT_meshopt_compression hands it over. */
export interface DecodeJob {
  id: number
  count: number
  stride: number
  source: Uint8Array
  mode: string
  filter?: string
}

/** A decoded view, why the view could not be decoded, or that the worker cannot decode at all. */
export type DecodeReply =
  { id: number; target: Uint8Array } | { id: number; error: string } | { id: number; unavailable: true }

/** What GLTFLoader calls on a meshopt decoder. */
export interface GltfMeshoptDecoder {
  supported: boolean
  ready: Promise<void>
  decodeGltfBufferAsync(
    count: number,
    stride: number,
    source: Uint8Array,
    mode: string,
    filter?: string
  ): Promise<Uint8Array>
}

/** meshoptimizer's own decoder, run where it is loaded. */
export interface MeshoptDecoderHere {
  ready: Promise<void>
  decodeGltfBuffer(
    target: Uint8Array,
    count: number,
    stride: number,
    source: Uint8Array,
    mode: string,
    filter?: string
  ): void
}

/** The part of a Worker this uses (a test stands in for it). */
export interface DecoderWorker {
  postMessage(message: DecodeJob, transfer: Transferable[]): void
  terminate(): void
  onmessage: ((event: MessageEvent<DecodeReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

interface Pending {
  job: DecodeJob
  resolve: (target: Uint8Array) => void
  reject: (error: Error) => void
}

export function workerMeshoptDecoder(
  worker: DecoderWorker,
  decoderHere: () => Promise<MeshoptDecoderHere>
): GltfMeshoptDecoder & { close(): void } {
  const pending = new Map<number, Pending>()
  let next = 0
  let broken = false
  const decodeHere = async ({ count, stride, source, mode, filter }: DecodeJob): Promise<Uint8Array> => {
    const decoder = await decoderHere()
    await decoder.ready
    const target = new Uint8Array(count * stride)
    decoder.decodeGltfBuffer(target, count, stride, source, mode, filter)
    return target
  }
  // The worker could not start, died, or cannot decode: all it has not answered is decoded here.
  const giveUp = () => {
    broken = true
    worker.terminate()
    for (const { job, resolve, reject } of pending.values()) decodeHere(job).then(resolve, reject)
    pending.clear()
  }
  worker.onmessage = (event) => {
    const reply = event.data
    const job = pending.get(reply.id)
    if (!job) return
    if ('unavailable' in reply) return giveUp()
    pending.delete(reply.id)
    if ('target' in reply) job.resolve(reply.target)
    else job.reject(new Error(reply.error))
  }
  worker.onerror = (event) => {
    event.preventDefault()
    giveUp()
  }
  return {
    supported: true,
    ready: Promise.resolve(),
    decodeGltfBufferAsync(count, stride, source, mode, filter) {
      const job: DecodeJob = { id: next++, count, stride, source, mode, ...(filter ? { filter } : {}) }
      if (broken) return decodeHere(job)
      return new Promise((resolve, reject) => {
        pending.set(job.id, { job, resolve, reject })
        // Only this view's bytes travel (a copy, handed over), not the whole file it lies in; the
        // view itself is kept for decoding here should the worker fail.
        const own = source.slice()
        worker.postMessage({ ...job, source: own }, [own.buffer])
      })
    },
    close() {
      worker.terminate()
    },
  }
}
