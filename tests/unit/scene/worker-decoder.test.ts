import { describe, expect, it, vi } from 'vitest'
import {
  workerMeshoptDecoder,
  type DecodeJob,
  type DecodeReply,
  type DecoderWorker,
} from '../../../src/scene/worker-decoder'

/** A stand-in worker that keeps what it was sent; the test answers for it. */
function standIn() {
  const sent: { job: DecodeJob; transfer: Transferable[] }[] = []
  const worker: DecoderWorker & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(job, transfer) {
      sent.push({ job, transfer })
    },
    terminate() {
      this.terminated = true
    },
  }
  const reply = (data: DecodeReply) => worker.onmessage?.({ data } as MessageEvent<DecodeReply>)
  const fail = () => worker.onerror?.({ preventDefault: () => undefined } as ErrorEvent)
  return { worker, sent, reply, fail }
}

/** A main-thread decoder that "decodes" by filling the target with the source's first byte. */
const here = () => {
  const decodeGltfBuffer = vi.fn((target: Uint8Array, _count: number, _stride: number, source: Uint8Array) =>
    target.fill(source[0] ?? 0)
  )
  return { decoder: { ready: Promise.resolve(), decodeGltfBuffer }, decodeGltfBuffer }
}

describe('the meshopt decoder in a worker', () => {
  it("sends only a view's own bytes, handed over, and answers each view with its own result in any order", async () => {
    const { worker, sent, reply } = standIn()
    const main = here()
    const decoder = workerMeshoptDecoder(worker, () => Promise.resolve(main.decoder))
    const file = new Uint8Array(1000).map((_, i) => i % 251)
    const first = decoder.decodeGltfBufferAsync(4, 2, file.subarray(10, 20), 'ATTRIBUTES')
    const second = decoder.decodeGltfBufferAsync(3, 4, file.subarray(500, 540), 'TRIANGLES', 'NONE')
    expect(sent.map((s) => s.job.source.byteLength)).toEqual([10, 40])
    expect(sent[0]!.job.source[0]).toBe(10)
    expect(sent[0]!.transfer).toEqual([sent[0]!.job.source.buffer])
    // The file itself stays whole: only copies were handed over.
    expect(file.byteLength).toBe(1000)
    expect(sent[1]!.job).toMatchObject({ count: 3, stride: 4, mode: 'TRIANGLES', filter: 'NONE' })
    reply({ id: sent[1]!.job.id, target: new Uint8Array([2]) })
    reply({ id: sent[0]!.job.id, target: new Uint8Array([1]) })
    expect([...(await first)]).toEqual([1])
    expect([...(await second)]).toEqual([2])
    expect(main.decodeGltfBuffer).not.toHaveBeenCalled()
    decoder.close()
    expect(worker.terminated).toBe(true)
  })

  it('rejects a view the worker could not decode, so the loader reports a damaged model', async () => {
    const { worker, sent, reply } = standIn()
    const decoder = workerMeshoptDecoder(worker, () => Promise.resolve(here().decoder))
    const result = decoder.decodeGltfBufferAsync(4, 2, new Uint8Array(8), 'ATTRIBUTES')
    reply({ id: sent[0]!.job.id, error: 'Error: Malformed buffer data: -2' })
    await expect(result).rejects.toThrow('Malformed buffer data')
  })

  it('decodes on the main thread what a failed worker had not answered, and everything after', async () => {
    const { worker, sent, reply, fail } = standIn()
    const main = here()
    const decoder = workerMeshoptDecoder(worker, () => Promise.resolve(main.decoder))
    const answered = decoder.decodeGltfBufferAsync(2, 1, new Uint8Array([7, 7]), 'ATTRIBUTES')
    const unanswered = decoder.decodeGltfBufferAsync(2, 1, new Uint8Array([9, 9]), 'ATTRIBUTES')
    reply({ id: sent[0]!.job.id, target: new Uint8Array([7, 7]) })
    fail()
    expect(worker.terminated).toBe(true)
    const after = decoder.decodeGltfBufferAsync(3, 1, new Uint8Array([5]), 'ATTRIBUTES')
    expect([...(await answered)]).toEqual([7, 7])
    expect([...(await unanswered)]).toEqual([9, 9])
    expect([...(await after)]).toEqual([5, 5, 5])
    expect(main.decodeGltfBuffer).toHaveBeenCalledTimes(2)
    expect(sent).toHaveLength(2)
  })

  it('decodes here when the worker says it cannot decode (its WebAssembly refused)', async () => {
    const { worker, sent, reply } = standIn()
    const main = here()
    const decoder = workerMeshoptDecoder(worker, () => Promise.resolve(main.decoder))
    const first = decoder.decodeGltfBufferAsync(2, 1, new Uint8Array([3]), 'ATTRIBUTES')
    const second = decoder.decodeGltfBufferAsync(1, 1, new Uint8Array([4]), 'ATTRIBUTES')
    reply({ id: sent[0]!.job.id, unavailable: true })
    expect([...(await first)]).toEqual([3, 3])
    expect([...(await second)]).toEqual([4])
    expect(worker.terminated).toBe(true)
  })
})
