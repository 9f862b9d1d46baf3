import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  Bone,
  BoxGeometry,
  BufferGeometry,
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
  boundsTreesFitted,
  boundsTreesReady,
  buildBoundsTreesWhenIdle,
  disposeBoundsTrees,
  type ModelIndex,
} from '../../../src/scene/model-index'
import { nextPoseVersion, worldPositions } from '../../../src/scene/posed-geometry'

const mirrorX = new Matrix4().makeScale(-1, 1, 1)

/** An index of `count` one-mesh structures (only `meshes` is read here). */
function indexOf(count: number, segments = 8): ModelIndex {
  const index = new Map<string, { meshes: Mesh[] }>()
  for (let i = 0; i < count; i++) {
    const mesh = new Mesh(new BoxGeometry(1, 1, 1, segments, segments, segments), new MeshBasicMaterial())
    new Object3D().add(mesh)
    index.set(`structure-${i}`, { meshes: [mesh] })
  }
  return index as unknown as ModelIndex
}

const built = (index: ModelIndex) => [...index.values()].filter((e) => e.meshes[0]!.geometry.boundsTree).length

describe('building the picking BVHs in idle slices', () => {
  const queued: IdleRequestCallback[] = []
  const runNext = (timeRemaining: number) => queued.shift()!({ didTimeout: false, timeRemaining: () => timeRemaining })

  afterEach(() => {
    queued.length = 0
    vi.unstubAllGlobals()
  })

  function stubIdle() {
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => queued.push(cb))
    vi.stubGlobal('cancelIdleCallback', (handle: number) => void queued.splice(handle - 1, 1))
  }

  it('builds nothing until the browser is idle, one mesh when the idle period has no time to spare', () => {
    stubIdle()
    const index = indexOf(6)
    buildBoundsTreesWhenIdle(index)
    expect(built(index)).toBe(0)
    // An idle period with no time to spare still builds one mesh, so the work always advances,
    // then waits for the next idle period.
    runNext(0)
    expect(built(index)).toBe(1)
    expect(queued).toHaveLength(1)
  })

  it('carries on in new tasks while the idle period lasts, without waiting for another, until every mesh is built', async () => {
    stubIdle()
    const index = indexOf(6)
    const done = new Promise<void>((resolve) => buildBoundsTreesWhenIdle(index, resolve))
    runNext(50)
    await done
    expect(built(index)).toBe(6)
    expect(queued).toHaveLength(0)
    disposeBoundsTrees(index)
    expect(built(index)).toBe(0)
  })

  it('asks for an idle period with a time limit, and when none comes in time builds on in short tasks of its own', async () => {
    const limits: (number | undefined)[] = []
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback, options?: IdleRequestOptions) => {
      limits.push(options?.timeout)
      return queued.push(cb)
    })
    // Big enough meshes that one 10 ms slice cannot build them all.
    const index = indexOf(40, 24)
    const done = new Promise<void>((resolve) => buildBoundsTreesWhenIdle(index, resolve))
    expect(limits).toEqual([100])
    // The browser gave up waiting for an idle period (it holds them back while the GPU draws).
    queued.shift()!({ didTimeout: true, timeRemaining: () => 0 })
    const firstSlice = built(index)
    expect(firstSlice).toBeGreaterThan(0)
    expect(firstSlice).toBeLessThan(40)
    await done
    // The rest came in tasks, not in idle periods that might again be held back.
    expect(built(index)).toBe(40)
    expect(limits).toHaveLength(1)
    disposeBoundsTrees(index)
  })

  it('stops when asked, leaving the rest unbuilt', async () => {
    stubIdle()
    const index = indexOf(4)
    const stop = buildBoundsTreesWhenIdle(index)
    runNext(0)
    stop()
    expect(queued).toHaveLength(0)
    expect(built(index)).toBe(1)
    // …and a slice already handed on to a new task does nothing once stopped.
    // (Meshes big enough that one 10 ms slice cannot build them all.)
    const another = indexOf(40, 24)
    const stopAnother = buildBoundsTreesWhenIdle(another)
    runNext(50)
    const after = built(another)
    expect(after).toBeLessThan(40)
    stopAnother()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(built(another)).toBe(after)
  })

  it('lets a camera framing wait for the BVHs: one shared idle build, resolved once every mesh has one', async () => {
    stubIdle()
    const index = indexOf(5)
    expect(boundsTreesFitted(index)).toBe(false)
    const first = boundsTreesReady(index)
    const second = boundsTreesReady(index)
    expect(second).toBe(first)
    // One build asked for one idle period, and nothing was built in the caller's task.
    expect(queued).toHaveLength(1)
    expect(built(index)).toBe(0)
    runNext(50)
    await first
    expect(built(index)).toBe(5)
    expect(boundsTreesFitted(index)).toBe(true)
    // Built already: resolves without another build.
    await boundsTreesReady(index)
    expect(queued).toHaveLength(0)
    disposeBoundsTrees(index)
  })

  it('keeps picking both sides of a mirrored pair whose geometries share one index (as the GLB does)', async () => {
    // Left and right: the same triangles (one shared index attribute), mirrored positions.
    const right = new BoxGeometry(1, 1, 1, 6, 6, 6).translate(2, 0, 0)
    const left = new BufferGeometry()
    left.setAttribute('position', right.getAttribute('position').clone().applyMatrix4(mirrorX))
    left.setIndex(right.index)
    const meshes = [right, left].map((geometry) => {
      const mesh = new Mesh(geometry, new MeshBasicMaterial())
      mesh.raycast = acceleratedRaycast
      mesh.updateMatrixWorld()
      return mesh
    })
    const index = new Map(meshes.map((mesh, i) => [`side-${i}`, { meshes: [mesh] }])) as unknown as ModelIndex
    await boundsTreesReady(index)
    const raycaster = new Raycaster()
    for (const [mesh, x] of [
      [meshes[0]!, 2],
      [meshes[1]!, -2],
    ] as const) {
      for (const y of [-0.4, 0, 0.3]) {
        raycaster.set(new Vector3(x, y, 5), new Vector3(0, 0, -1))
        expect(raycaster.intersectObject(mesh).length, `x ${x}, y ${y}`).toBeGreaterThan(0)
      }
    }
  })
})

describe('the picking BVH of a skinned mesh in a new pose', () => {
  it('is refitted to the pose even when measuring the posed model baked its positions first', async () => {
    const geometry = oneBoneBox(4)
    const bone = new Bone()
    const mesh = new SkinnedMesh(geometry, new MeshBasicMaterial())
    mesh.add(bone)
    mesh.bind(new Skeleton([bone]))
    mesh.updateMatrixWorld(true)
    mesh.raycast = acceleratedRaycast
    const index = new Map([['l4', { meshes: [mesh] }]]) as unknown as ModelIndex
    nextPoseVersion(true)
    await boundsTreesReady(index)

    // The spine bends: the bone carries the box 3 m along x, and the pose applier measures first.
    bone.position.x = 3
    mesh.updateMatrixWorld(true)
    mesh.skeleton.update()
    nextPoseVersion(false)
    worldPositions(mesh)
    expect(boundsTreesFitted(index)).toBe(false)
    await boundsTreesReady(index)

    const ray = new Raycaster(new Vector3(3, 0, 5), new Vector3(0, 0, -1))
    expect(ray.intersectObject(mesh).length).toBeGreaterThan(0)
    const atRest = new Raycaster(new Vector3(0, 0, 5), new Vector3(0, 0, -1))
    expect(atRest.intersectObject(mesh)).toHaveLength(0)
    nextPoseVersion(true)
  })
})
