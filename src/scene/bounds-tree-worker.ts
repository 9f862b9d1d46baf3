/// <reference lib="webworker" />
/**
 * The picking BVHs' builder, off the main thread: each message is one mesh's job
 * (./bounds-tree-jobs.ts), answered with its serialized tree, transferred, or with why it failed.
 */
import { answerBoundsTreeJob, transfersOf, type BoundsTreeJob, type BoundsTreeReply } from './bounds-tree-jobs'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<BoundsTreeJob>) => {
  try {
    const answer = answerBoundsTreeJob(event.data)
    scope.postMessage(answer satisfies BoundsTreeReply, transfersOf(answer))
  } catch (error) {
    scope.postMessage({ id: event.data.id, error: String(error) } satisfies BoundsTreeReply)
  }
}
