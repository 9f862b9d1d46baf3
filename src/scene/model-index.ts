import { Box3, Sphere, Vector3, type Material, type Mesh, type Object3D } from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { RoleId } from '../domain/roles'
import {
  BVH_OPTIONS,
  positionDataOf,
  type BoundsTreeAnswer,
  type BoundsTreeJob,
  type BoundsTreeReply,
} from './bounds-tree-jobs'
import { isTissueName, type TissueName } from './materials'
import { nextTask } from './next-task'
import { sceneInspection } from './scene-inspection'
import {
  adoptPose,
  bakePose,
  currentPoseVersion,
  disposePosed,
  isSkinned,
  restTransformAtRest,
  worldBounds,
} from './posed-geometry'

/** One structure in the loaded scene: its meshes and the tissue it is drawn with. */
export interface IndexedStructure {
  id: string
  meshes: Mesh[]
  tissue: TissueName
}

export type ModelIndex = Map<string, IndexedStructure>

/** A generated illustration of one cause (a herniation, a narrowed canal, lines of pull). */
export interface IllustrationNode {
  object: Object3D
  meshes: Mesh[]
  causeId: string
  /** The role whose colour it takes, when the generator names one. */
  role: RoleId | undefined
}

/** A trigger-point marker inside a muscle. */
export interface TriggerPointNode {
  object: Object3D
  meshes: Mesh[]
  /** The muscle (structure id) it sits in. */
  muscleId: string
  kind: 'active' | 'latent'
}

/** The generator's extra nodes: they carry no structure id and never take clicks. */
export interface ModelExtras {
  illustrations: IllustrationNode[]
  triggerPoints: TriggerPointNode[]
}

/** The generator tags each skin vertex with the body area it lies in (index into BODY_AREA_IDS). */
export const BODY_AREA_ATTRIBUTE = '_body_area'
/** …and with the dermatome band it lies in (index into ROOT_LEVELS). */
export const DERMATOME_ATTRIBUTE = '_dermatome'

/** A raycast that hits nothing: hidden, faded and decorative meshes let clicks through. */
export const noRaycast = (): void => undefined

const _box = new Box3()

/**
 * The structure id carried by an object or its nearest ancestor (glTF `extras.structureId`).
 * Illustrations and trigger-point markers are not structures, even inside one.
 */
export function structureIdOf(object: Object3D | null): string | null {
  for (let o = object; o; o = o.parent) {
    const data = o.userData as { structureId?: unknown; illustrationId?: unknown; triggerPointOf?: unknown }
    if (data.illustrationId !== undefined || data.triggerPointOf !== undefined) return null
    if (typeof data.structureId === 'string') return data.structureId
  }
  return null
}

/** The tissue the generator names a mesh's material after; the GLB's own materials are never renamed. */
function tissueOf(material: Material | Material[]): TissueName {
  const first = Array.isArray(material) ? material[0] : material
  const name = first?.name ?? ''
  return isTissueName(name) ? name : 'bone'
}

function meshesUnder(object: Object3D): Mesh[] {
  const meshes: Mesh[] = []
  object.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh)
  })
  return meshes
}

/**
 * Indexes the loaded glTF scene by structure id. It only reads the scene (no material, raycast or
 * visibility is touched: `LookApplier` owns those), so running it twice gives the same index.
 */
export function indexModel(root: Object3D): ModelIndex {
  const index: ModelIndex = new Map()
  root.traverse((child) => {
    if (!(child as Mesh).isMesh) return
    const mesh = child as Mesh
    const id = structureIdOf(mesh)
    if (!id) return
    const entry = index.get(id)
    if (entry) entry.meshes.push(mesh)
    else index.set(id, { id, meshes: [mesh], tissue: tissueOf(mesh.material) })
  })
  return index
}

const INDEXED = new WeakMap<Object3D, ModelIndex>()

/**
 * The scene's index, made once per scene (`indexModel`): the app makes it in a task of its own
 * before React mounts the model, which then finds it ready.
 */
export function modelIndexOf(root: Object3D): ModelIndex {
  let index = INDEXED.get(root)
  if (!index) {
    index = indexModel(root)
    INDEXED.set(root, index)
  }
  return index
}

function isIllustrationRole(value: unknown): value is RoleId {
  return value === 'tight' || value === 'weak'
}

/** Finds the generator's illustration and trigger-point nodes (read only, like `indexModel`). */
export function findModelExtras(root: Object3D): ModelExtras {
  const extras: ModelExtras = { illustrations: [], triggerPoints: [] }
  root.traverse((object) => {
    const data = object.userData as Record<string, unknown>
    if (typeof data.illustrationId === 'string' && typeof data.causeId === 'string') {
      extras.illustrations.push({
        object,
        meshes: meshesUnder(object),
        causeId: data.causeId,
        role: isIllustrationRole(data.role) ? data.role : undefined,
      })
    } else if (typeof data.triggerPointOf === 'string') {
      extras.triggerPoints.push({
        object,
        meshes: meshesUnder(object),
        muscleId: data.triggerPointOf,
        kind: data.triggerPointKind === 'latent' ? 'latent' : 'active',
      })
    }
  })
  return extras
}

/**
 * The pose version each skinned mesh's BVH was last fitted to. Not the bake's version: measuring
 * the posed model bakes the positions too (./posed-geometry.ts `worldPositions`), and a BVH whose
 * bake was already current was then left fitted to the old pose, so rays missed the mesh.
 */
const FITTED = new WeakMap<Mesh, number>()

/**
 * One mesh's BVH, unless its geometry (shared by dedup) already has one. A skinned mesh's BVH is
 * built over its baked posed positions (./posed-geometry.ts) and refitted whenever the pose it was
 * fitted to is not the one on screen.
 */
function buildBoundsTree(mesh: Mesh): void {
  sceneInspection.boundsTreeBuilds.here += 1
  if (isSkinned(mesh)) {
    const version = currentPoseVersion()
    const posed = bakePose(mesh, version)
    const tree = mesh.geometry.boundsTree
    if (tree && tree.geometry === posed) {
      if (FITTED.get(mesh) !== version) tree.refit()
    } else mesh.geometry.boundsTree = new MeshBVH(posed, BVH_OPTIONS)
    FITTED.set(mesh, version)
    return
  }
  mesh.geometry.boundsTree ??= new MeshBVH(mesh.geometry, BVH_OPTIONS)
}

/** Whether a mesh's BVH is missing or fitted to another pose than the one on screen. */
function needsBoundsTree(mesh: Mesh): boolean {
  return !mesh.geometry.boundsTree || (isSkinned(mesh) && FITTED.get(mesh) !== currentPoseVersion())
}

/** The part of a Worker the BVH builds use (a test stands in for it). */
export interface BoundsTreeWorker {
  postMessage(message: BoundsTreeJob, transfer: Transferable[]): void
  terminate(): void
  onmessage: ((event: MessageEvent<BoundsTreeReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
}

/**
 * Starts the worker that builds BVHs off the main thread, or gives null where none can start
 * (then every BVH is built here, in idle slices).
 */
let startWorker = (): BoundsTreeWorker | null => {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./bounds-tree-worker.ts', import.meta.url), { type: 'module', name: 'picking BVHs' })
  } catch {
    return null
  }
}

/** Replaces how the BVH worker is started (a test's stand-in; null: no worker). Forgets the current one. */
export function startBoundsTreeWorkerWith(start: () => BoundsTreeWorker | null): void {
  worker?.terminate()
  worker = undefined
  settleUnanswered()
  startWorker = start
}

/** Hands every job still waiting for the worker back unanswered: the main thread builds them. */
function settleUnanswered(): void {
  for (const answer of answers.values()) answer(null)
  answers.clear()
}

/** The BVH worker once started (null: none could start, or it failed), undefined before the first build. */
let worker: BoundsTreeWorker | null | undefined
const answers = new Map<number, (reply: BoundsTreeReply | null) => void>()
let nextJob = 0

function boundsTreeWorker(): BoundsTreeWorker | null {
  if (worker !== undefined) return worker
  const started = startWorker()
  worker = started
  if (!started) return null
  started.onmessage = (event) => {
    const answer = answers.get(event.data.id)
    answers.delete(event.data.id)
    answer?.(event.data)
  }
  // A worker that dies (or whose script cannot load) builds nothing more: what it had not
  // answered, and every later build, is built here instead.
  const giveUp = () => {
    started.terminate()
    worker = null
    settleUnanswered()
  }
  started.onerror = (event) => {
    event.preventDefault()
    giveUp()
  }
  // An answer that cannot be read names no job: the worker is given up as if it had failed.
  started.onmessageerror = giveUp
  return started
}

/**
 * Ends the worker once no job is waiting: it only makes first builds, which come once per loaded
 * model, and an idle worker keeps its own heap (three and three-mesh-bvh) on a phone. The next
 * first build starts another.
 */
function stopIdleWorker(): void {
  if (!worker || answers.size > 0) return
  worker.terminate()
  worker = undefined
}

/** The worker builds a mesh's first BVH; a refit, or a skinned mesh off its rest pose, is done here. */
function workerCanBuild(mesh: Mesh): boolean {
  if (mesh.geometry.boundsTree) return false
  return !isSkinned(mesh) || restTransformAtRest(mesh) !== null
}

/** In-flight worker builds: per geometry for a rigid mesh (mirrored copies share one), per mesh for a skinned one. */
const IN_WORKER = new WeakMap<object, Promise<boolean>>()

/**
 * Has the worker build the mesh's BVH (and a skinned mesh's baked positions). Resolves true once
 * the mesh has its tree, false if it must be built here (no worker, a failure, or a pose that
 * moved meanwhile).
 */
function buildInWorker(mesh: Mesh): Promise<boolean> {
  const key = isSkinned(mesh) ? mesh : mesh.geometry
  const inFlight = IN_WORKER.get(key)
  if (inFlight) return inFlight
  const builder = boundsTreeWorker()
  const rest = isSkinned(mesh) ? restTransformAtRest(mesh) : null
  if (!builder || (isSkinned(mesh) && !rest)) return Promise.resolve(false)
  const version = currentPoseVersion()
  const disposals = DISPOSALS.get(mesh) ?? 0
  const positions = positionDataOf(mesh.geometry.getAttribute('position'))
  const index = mesh.geometry.index ? mesh.geometry.index.array.slice() : null
  const job: BoundsTreeJob = { id: nextJob++, positions, index, rest: rest ? rest.toArray() : null }
  const built = new Promise<BoundsTreeReply | null>((answer) => {
    answers.set(job.id, answer)
    try {
      builder.postMessage(job, index ? [positions.array.buffer, index.buffer] : [positions.array.buffer])
    } catch {
      answers.delete(job.id)
      answer(null)
    }
  })
    .then((reply) => {
      // Trees freed meanwhile (the model unmounted): nothing is put back on its meshes.
      if ((DISPOSALS.get(mesh) ?? 0) !== disposals) return false
      return reply && 'tree' in reply ? adoptTree(mesh, version, reply) : false
    })
    // An answer that cannot be adopted leaves the mesh to the main thread, never a build stuck.
    .catch(() => false)
    .finally(() => IN_WORKER.delete(key))
  IN_WORKER.set(key, built)
  return built
}

/** How many times each mesh's trees were freed: a worker's answer from before is not adopted. */
const DISPOSALS = new WeakMap<Mesh, number>()

/** Puts a worker's tree (and baked positions) on the mesh, unless it is stale. */
function adoptTree(mesh: Mesh, version: number, answer: BoundsTreeAnswer): boolean {
  if (!needsBoundsTree(mesh)) return true
  const box = new Box3(new Vector3(...answer.box.min), new Vector3(...answer.box.max))
  const sphere = new Sphere(new Vector3(...answer.sphere.center), answer.sphere.radius)
  // A skinned mesh's tree is over its baked copy, a rigid one's over its own geometry.
  let shape = mesh.geometry
  if (isSkinned(mesh)) {
    const posed = answer.posed && adoptPose(mesh, version, answer.posed, box, sphere)
    if (!posed) return false
    shape = posed
    FITTED.set(mesh, version)
  } else {
    // As a BVH built here does, it gives the geometry its bounds if it had none.
    mesh.geometry.boundingBox ??= box
  }
  mesh.geometry.boundsTree = MeshBVH.deserialize(answer.tree, shape, { setIndex: false })
  sceneInspection.boundsTreeBuilds.inWorker += 1
  return true
}

/** Whether every mesh has a BVH fitted to the pose on screen (ray sampling is fast then). */
export function boundsTreesFitted(index: ModelIndex): boolean {
  for (const entry of index.values()) if (entry.meshes.some(needsBoundsTree)) return false
  return true
}

const builds = new WeakMap<ModelIndex, Promise<void>>()

/**
 * Resolves once every mesh has a BVH fitted to the pose on screen, building what is missing in
 * idle slices ({@link buildBoundsTreesWhenIdle}; one build per index at a time). A camera framing
 * waits for it rather than build them all in one task: on a deep link that was a 280 ms task
 * right after the first frame (over a second on a phone).
 */
export function boundsTreesReady(index: ModelIndex): Promise<void> {
  if (boundsTreesFitted(index)) return Promise.resolve()
  let build = builds.get(index)
  if (!build) {
    build = new Promise<void>((resolve) => buildBoundsTreesWhenIdle(index, resolve)).then(() => {
      builds.delete(index)
      // The pose may have moved during the build: fit again to what is on screen now.
      return boundsTreesReady(index)
    })
    builds.set(index, build)
  }
  return build
}

/**
 * Builds the BVHs a few meshes at a time in idle periods (or in short tasks when no idle period
 * comes within {@link IDLE_WAIT_MS}), so no single task holds the main thread (one mesh takes a
 * few milliseconds; all of them together well over 100 ms on a phone).
 * Picking works meanwhile, through three's plain raycast; a camera framing waits for them
 * ({@link boundsTreesReady}). Calls `onBuilt` when done; returns a function that stops it.
 */
export function buildBoundsTreesWhenIdle(index: ModelIndex, onBuilt?: () => void): () => void {
  const pending = [...index.values()].flatMap((entry) => entry.meshes).filter(needsBoundsTree)
  // Sorted in the first slice: what goes to the worker (every first build it can take, sent a few
  // per slice, since posting a job copies its arrays) and what is built here. What the worker
  // cannot build, or gives back, joins the meshes built here.
  let toWorker: Mesh[] | null = null
  let here: Mesh[] = []
  let inWorker = 0
  const send = (mesh: Mesh) => {
    inWorker += 1
    void buildInWorker(mesh).then((built) => {
      inWorker -= 1
      if (!built) here.push(mesh)
      if (!stopped) schedule()
      // Stopped with jobs out: the last answer ends the worker, as a finished build would.
      else if (inWorker === 0) stopIdleWorker()
    })
  }
  const idle = window.requestIdleCallback
    ? (cb: IdleRequestCallback) => window.requestIdleCallback(cb, { timeout: IDLE_WAIT_MS })
    : (cb: IdleRequestCallback) => window.setTimeout(() => cb(TIMED_OUT), 50)
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout
  // An idle period lasts up to 50 ms, and a callback queued inside one waits for the next: a new
  // task (a posted message) carries on within the same period, so a page at rest builds without
  // pause while each task stays one short slice and input still runs between them.
  let handle = 0
  let stopped = false
  let scheduled = false
  let finished = false
  const schedule = () => {
    if (scheduled || finished) return
    scheduled = true
    handle = idle(slice)
  }
  const slice = (deadline: IdleDeadline) => {
    scheduled = false
    if (stopped) return
    const started = performance.now()
    if (toWorker === null) {
      // The worker is started only for something to send (a refit after a pose is built here).
      const firstBuilds = pending.filter(workerCanBuild)
      toWorker = firstBuilds.length > 0 && boundsTreeWorker() ? firstBuilds : []
      const sent = new Set(toWorker)
      // Smallest last, so popped first: the builder's code warms up (is optimised) on small
      // meshes before it meets the large ones, which on cold code would take several times longer.
      here = pending.filter((mesh) => !sent.has(mesh)).sort((a, b) => triangleCount(b) - triangleCount(a))
    }
    const queue = toWorker
    // A wait that timed out leaves no idle period to measure, yet the main thread is free: the
    // browser holds idle periods back while the GPU process draws (most of a second per frame in
    // software rendering). The build then goes on in short tasks of its own.
    const hasTime = () => deadline.didTimeout || deadline.timeRemaining() > SLICE_RESERVE_MS
    // At least one mesh per slice, so the work always advances. Another build (the picking's, a
    // framing's) may have fitted a mesh meanwhile.
    while (queue.length > 0 || here.length > 0) {
      const next = queue.pop()
      if (next) {
        if (needsBoundsTree(next)) send(next)
      } else {
        const mesh = here.pop()
        if (mesh && needsBoundsTree(mesh)) buildBoundsTree(mesh)
      }
      if (performance.now() - started >= SLICE_MS || !hasTime()) break
    }
    if (queue.length === 0 && here.length === 0) {
      // Done once the worker has answered too; each answer schedules a slice, the last ends it.
      if (inWorker === 0) {
        finished = true
        stopIdleWorker()
        onBuilt?.()
      }
    } else if (hasTime()) {
      scheduled = true
      void nextTask().then(() => slice(deadline))
    } else schedule()
  }
  schedule()
  return () => {
    // A slice already posted finds `stopped` and does nothing.
    stopped = true
    cancelIdle(handle)
  }
}

const triangleCount = (mesh: Mesh) => (mesh.geometry.index ?? mesh.geometry.getAttribute('position')).count

/** A slice's work: short enough that a phone's 4× slower CPU still stays under a 50 ms long task. */
const SLICE_MS = 10
/** Time left in an idle period below which a slice stops (a mesh may take this long). */
const SLICE_RESERVE_MS = 6
/** The longest wait for an idle period before a slice runs anyway, ms. */
const IDLE_WAIT_MS = 100
const TIMED_OUT: IdleDeadline = { didTimeout: true, timeRemaining: () => 0 }

/** Drops the BVHs the builds made (the geometries belong to the loaded scene). */
export function disposeBoundsTrees(index: ModelIndex): void {
  for (const entry of index.values()) {
    for (const mesh of entry.meshes) {
      mesh.geometry.boundsTree = undefined
      disposePosed(mesh)
      DISPOSALS.set(mesh, (DISPOSALS.get(mesh) ?? 0) + 1)
    }
  }
}

/** Frees the GPU resources of a loaded scene that is no longer shown: its geometries and own materials. */
export function disposeScene(root: Object3D): void {
  const geometries = new Set<{ dispose(): void }>()
  const materials = new Set<Material>()
  root.traverse((o) => {
    if (!(o as Mesh).isMesh) return
    const mesh = o as Mesh
    geometries.add(mesh.geometry)
    for (const m of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) materials.add(m)
  })
  for (const g of geometries) g.dispose()
  for (const m of materials) m.dispose()
}

/** World-space bounds of the given structures (empty box if none are known). */
export function boundsOf(index: ModelIndex, ids: Iterable<string>, target = new Box3()): Box3 {
  target.makeEmpty()
  for (const id of ids) {
    for (const mesh of index.get(id)?.meshes ?? []) target.union(worldBounds(mesh, _box))
  }
  return target
}
