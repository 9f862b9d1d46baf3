import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  Bone,
  BoxGeometry,
  BufferGeometry,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  Object3D,
  Raycaster,
  Skeleton,
  SkinnedMesh,
  Vector3,
} from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { oneBoneBox } from './skinned-box'
import {
  answerBoundsTreeJob,
  positionDataOf,
  transfersOf,
  type BoundsTreeJob,
  type BoundsTreeReply,
} from '../../../src/scene/bounds-tree-jobs'
import {
  boundsTreesFitted,
  buildBoundsTreesWhenIdle,
  disposeBoundsTrees,
  startBoundsTreeWorkerWith,
  type BoundsTreeWorker,
  type ModelIndex,
} from '../../../src/scene/model-index'
import { sceneInspection } from '../../../src/scene/scene-inspection'
import {
  bakePose,
  currentPoseVersion,
  nextPoseVersion,
  prepareRestPose,
  shapeOf,
} from '../../../src/scene/posed-geometry'

/**
 * Hands `message` over as postMessage does: what is listed for transfer is detached from the
 * sender (a buffer the scene still used would be found empty), the receiver gets its own copy.
 * (A real structured clone would give this test's realm typed arrays three does not recognise.)
 */
function handOver<T>(message: T, transfer: Transferable[], copy: (message: T) => T): T {
  const received = copy(message)
  structuredClone(null, { transfer })
  return received
}
const copyJob = (job: BoundsTreeJob): BoundsTreeJob => ({
  ...job,
  positions: { ...job.positions, array: job.positions.array.slice() },
  index: job.index?.slice() ?? null,
})
const copyReply = (reply: BoundsTreeReply): BoundsTreeReply =>
  'tree' in reply
    ? {
        ...reply,
        posed: reply.posed?.slice() ?? null,
        tree: {
          ...reply.tree,
          roots: reply.tree.roots.map((root) => root.slice(0)),
          indirectBuffer: reply.tree.indirectBuffer?.slice() ?? null,
        },
      }
    : reply

/** A worker stand-in that answers (with the real job code) only when told to. */
function heldWorker() {
  const jobs: BoundsTreeJob[] = []
  const worker: BoundsTreeWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (job, transfer) => void jobs.push(handOver(job, transfer, copyJob)),
    terminate: vi.fn(),
  }
  const deliver = (reply: BoundsTreeReply, transfer: Transferable[] = []) =>
    worker.onmessage?.({ data: handOver(reply, transfer, copyReply) } as MessageEvent<BoundsTreeReply>)
  return {
    worker,
    jobs,
    answerAll() {
      for (const job of jobs.splice(0)) {
        const answer = answerBoundsTreeJob(job)
        deliver(answer, transfersOf(answer))
      }
    },
    /** Answers every job with bounds missing, so that adopting the answer throws. */
    answerBroken() {
      for (const job of jobs.splice(0)) {
        const { box: _missing, ...rest } = answerBoundsTreeJob(job)
        worker.onmessage?.({ data: rest } as MessageEvent<BoundsTreeReply>)
      }
    },
    fail() {
      worker.onerror?.({ preventDefault() {} } as ErrorEvent)
    },
  }
}

/** Idle callbacks run only when the test says. */
const queued: IdleRequestCallback[] = []
function stubIdle() {
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => queued.push(cb))
  vi.stubGlobal('cancelIdleCallback', () => undefined)
}
async function runIdleUntil(done: () => boolean) {
  for (let i = 0; i < 50 && !done(); i++) {
    queued.shift()?.({ didTimeout: false, timeRemaining: () => 50 })
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

afterEach(() => {
  queued.length = 0
  vi.unstubAllGlobals()
  startBoundsTreeWorkerWith(() => null)
})

/** A box, a mirrored pair sharing one index (as the GLB's left and right do), and a quantized, interleaved box. */
function rigidIndex(): { index: ModelIndex; meshes: Mesh[] } {
  const right = new BoxGeometry(1, 1, 1, 6, 6, 6).translate(2, 0, 0)
  const left = new BufferGeometry()
  left.setAttribute(
    'position',
    right
      .getAttribute('position')
      .clone()
      .applyMatrix4(new Matrix4().makeScale(-1, 1, 1))
  )
  left.setIndex(right.index)
  // Int16 positions, normalized, four to a vertex (the fourth is padding): how meshopt's
  // quantized positions arrive. Scaled by the mesh, as the GLB's dequantization is.
  const box = new BoxGeometry(1, 1, 1, 3, 3, 3)
  const source = box.getAttribute('position')
  const packed = new Int16Array(source.count * 4)
  for (let i = 0; i < source.count; i++)
    for (let k = 0; k < 3; k++) packed[i * 4 + k] = Math.round(source.getComponent(i, k) * 32767)
  const quantized = new BufferGeometry()
  quantized.setAttribute('position', new InterleavedBufferAttribute(new InterleavedBuffer(packed, 4), 3, 0, true))
  quantized.setIndex(box.index)
  const meshes = [right, left, quantized].map((geometry) => {
    const mesh = new Mesh(geometry, new MeshBasicMaterial())
    mesh.raycast = acceleratedRaycast
    new Object3D().add(mesh)
    return mesh
  })
  meshes[2]!.position.set(0, 4, 0)
  meshes[2]!.updateMatrixWorld()
  const index = new Map(meshes.map((mesh, i) => [`structure-${i}`, { meshes: [mesh] }]))
  return { index: index as unknown as ModelIndex, meshes }
}

function hits(mesh: Mesh, x: number, y: number): number {
  return new Raycaster(new Vector3(x, y, 5), new Vector3(0, 0, -1)).intersectObject(mesh).length
}

/**
 * A held worker started for the rigid index's first build, with all three of its jobs sent and
 * none answered yet.
 */
async function threeJobsOut() {
  stubIdle()
  const held = heldWorker()
  const start = vi.fn(() => held.worker)
  startBoundsTreeWorkerWith(start)
  const { index, meshes } = rigidIndex()
  let done = false
  const stop = buildBoundsTreesWhenIdle(index, () => (done = true))
  await runIdleUntil(() => held.jobs.length === 3)
  return { held, start, index, meshes, stop, done: () => done }
}

describe('building the picking BVHs in a worker', () => {
  it('sends every first build to the worker, builds none on the main thread, and its trees pick like ours', async () => {
    stubIdle()
    const held = heldWorker()
    const start = vi.fn(() => held.worker)
    startBoundsTreeWorkerWith(start)
    const { index, meshes } = rigidIndex()
    const before = { ...sceneInspection.boundsTreeBuilds }
    let done = false
    buildBoundsTreesWhenIdle(index, () => (done = true))
    // Nothing is sent in the caller's task; the idle slices send one job per mesh and build
    // nothing themselves meanwhile.
    expect(held.jobs).toHaveLength(0)
    await runIdleUntil(() => false)
    expect(held.jobs).toHaveLength(3)
    expect(meshes.filter((m) => m.geometry.boundsTree)).toHaveLength(0)
    expect(done).toBe(false)

    held.answerAll()
    await runIdleUntil(() => done)
    expect(done).toBe(true)
    expect(boundsTreesFitted(index)).toBe(true)
    // The worker's trees hit both sides of the mirrored pair (sharing an index, each its own
    // positions) and the quantized box where it is drawn, and miss beside them.
    for (const y of [-0.4, 0, 0.3]) {
      expect(hits(meshes[0]!, 2, y)).toBeGreaterThan(0)
      expect(hits(meshes[1]!, -2, y)).toBeGreaterThan(0)
      expect(hits(meshes[2]!, 0, 4 + y)).toBeGreaterThan(0)
    }
    expect(hits(meshes[2]!, 0, 2)).toBe(0)
    // The trees are the worker's (none was built here), and its work done, the worker is ended
    // (an idle one keeps its own heap).
    expect(sceneInspection.boundsTreeBuilds.inWorker - before.inWorker).toBe(3)
    expect(sceneInspection.boundsTreeBuilds.here - before.here).toBe(0)
    expect(held.worker.terminate).toHaveBeenCalledTimes(1)
    // The scene's own arrays were copied, never handed over: transferred, they would be detached.
    for (const mesh of meshes) {
      expect(mesh.geometry.index!.array.length).toBeGreaterThan(0)
      expect(mesh.geometry.getAttribute('position').count).toBeGreaterThan(0)
    }
    // A build with nothing left to send (every tree is there) starts no worker.
    let again = false
    buildBoundsTreesWhenIdle(index, () => (again = true))
    await runIdleUntil(() => again)
    expect(start).toHaveBeenCalledTimes(1)
    disposeBoundsTrees(index)
  })

  it('stopped with jobs out, ends the worker at the last answer and puts nothing back on a freed model', async () => {
    const before = sceneInspection.boundsTreeBuilds.inWorker
    const { held, index, meshes, stop } = await threeJobsOut()
    // The model unmounts: its trees are freed and its build stopped, while the worker works on.
    disposeBoundsTrees(index)
    stop()
    held.answerAll()
    await runIdleUntil(() => false)
    expect(held.worker.terminate).toHaveBeenCalledTimes(1)
    expect(meshes.filter((m) => m.geometry.boundsTree)).toHaveLength(0)
    expect(sceneInspection.boundsTreeBuilds.inWorker).toBe(before)
  })

  it('builds here a mesh whose answer cannot be adopted, and still finishes', async () => {
    const { held, index, meshes, done } = await threeJobsOut()
    held.answerBroken()
    await runIdleUntil(done)
    expect(done()).toBe(true)
    expect(hits(meshes[0]!, 2, 0)).toBeGreaterThan(0)
    disposeBoundsTrees(index)
  })

  it('builds here what a worker that fails had not answered, and later builds too', async () => {
    const { held, start, index, meshes, done } = await threeJobsOut()
    held.fail()
    await runIdleUntil(done)
    expect(done()).toBe(true)
    expect(held.worker.terminate).toHaveBeenCalled()
    expect(hits(meshes[0]!, 2, 0)).toBeGreaterThan(0)
    disposeBoundsTrees(index)

    let again = false
    buildBoundsTreesWhenIdle(index, () => (again = true))
    await runIdleUntil(() => again)
    expect(again).toBe(true)
    expect(start).toHaveBeenCalledTimes(1)
    expect(held.jobs).toHaveLength(3)
    disposeBoundsTrees(index)
  })
})

/** A skinned box, moved off its origin by its bind (as a quantized GLB mesh is), readied at rest. */
function skinnedAtRest(): SkinnedMesh {
  const geometry = oneBoneBox(4)
  const bone = new Bone()
  const mesh = new SkinnedMesh(geometry, new MeshBasicMaterial())
  const scene = new Object3D()
  scene.add(bone, mesh)
  mesh.bind(new Skeleton([bone], [new Matrix4().makeTranslation(-1, 0, 0)]))
  mesh.raycast = acceleratedRaycast
  prepareRestPose(scene)
  return mesh
}

describe('a skinned mesh at rest, baked and built in the worker', () => {
  it('gets the same baked positions as a bake here, and a tree that picks it where it is drawn', async () => {
    stubIdle()
    nextPoseVersion(true)
    const held = heldWorker()
    startBoundsTreeWorkerWith(() => held.worker)
    const mesh = skinnedAtRest()
    const twin = skinnedAtRest()
    const index = new Map([['l4', { meshes: [mesh] }]]) as unknown as ModelIndex
    let done = false
    buildBoundsTreesWhenIdle(index, () => (done = true))
    await runIdleUntil(() => held.jobs.length === 1)
    expect(held.jobs[0]!.rest).not.toBeNull()
    const before = { ...sceneInspection.boundsTreeBuilds }
    held.answerAll()
    await runIdleUntil(() => done)
    expect(sceneInspection.boundsTreeBuilds.inWorker - before.inWorker).toBe(1)
    expect(sceneInspection.boundsTreeBuilds.here - before.here).toBe(0)

    const baked = shapeOf(mesh).getAttribute('position').array
    expect(baked).toEqual(bakePose(twin, currentPoseVersion()).getAttribute('position').array)
    expect(mesh.boundingBox).toEqual(twin.boundingBox)
    const drawnAt = new Vector3().fromBufferAttribute(shapeOf(mesh).getAttribute('position'), 0)
    mesh.localToWorld(drawnAt)
    const ray = new Raycaster(new Vector3(drawnAt.x * 0.5, drawnAt.y * 0.5, 5), new Vector3(0, 0, -1))
    expect(ray.intersectObject(mesh).length).toBeGreaterThan(0)
    disposeBoundsTrees(index)
  })

  it('rebuilds here when the pose moved while the worker was baking', async () => {
    stubIdle()
    nextPoseVersion(true)
    const held = heldWorker()
    startBoundsTreeWorkerWith(() => held.worker)
    const mesh = skinnedAtRest()
    const index = new Map([['l4', { meshes: [mesh] }]]) as unknown as ModelIndex
    let done = false
    buildBoundsTreesWhenIdle(index, () => (done = true))
    await runIdleUntil(() => held.jobs.length === 1)
    // A new pose settles before the answer comes: the answer is for a pose no longer on screen.
    nextPoseVersion(true)
    held.answerAll()
    await runIdleUntil(() => done)
    expect(done).toBe(true)
    expect(boundsTreesFitted(index)).toBe(true)
    expect(mesh.geometry.boundsTree!.geometry).toBe(shapeOf(mesh))
    disposeBoundsTrees(index)
  })

  it('answers a job from a copy of the positions: a tree, their bounds, and no baked copy without a rest transform', () => {
    const geometry = new BoxGeometry(1, 1, 1, 2, 2, 2)
    const data = positionDataOf(geometry.getAttribute('position'))
    expect(data.array).not.toBe(geometry.getAttribute('position').array)
    const answer = answerBoundsTreeJob({ id: 7, positions: data, index: geometry.index!.array.slice(), rest: null })
    expect(answer.id).toBe(7)
    expect(answer.posed).toBeNull()
    expect(answer.box).toEqual({ min: [-0.5, -0.5, -0.5], max: [0.5, 0.5, 0.5] })
    expect(answer.tree.roots.length).toBeGreaterThan(0)
    expect(answer.tree.indirectBuffer).not.toBeNull()
  })
})
