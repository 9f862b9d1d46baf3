import { afterEach, describe, expect, it, vi } from 'vitest'
import { BoxGeometry, Mesh, MeshBasicMaterial, Object3D } from 'three'
import { buildBoundsTreesWhenIdle, disposeBoundsTrees, type ModelIndex } from '../../../src/scene/model-index'

/** An index of `count` one-mesh structures (only `meshes` is read here). */
function indexOf(count: number): ModelIndex {
  const index = new Map<string, { meshes: Mesh[] }>()
  for (let i = 0; i < count; i++) {
    const mesh = new Mesh(new BoxGeometry(1, 1, 1, 8, 8, 8), new MeshBasicMaterial())
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

  it('builds nothing until the browser is idle, then every mesh over several slices', () => {
    stubIdle()
    const index = indexOf(6)
    buildBoundsTreesWhenIdle(index)
    expect(built(index)).toBe(0)
    // An idle period with no time to spare still builds one mesh, so the work always advances.
    runNext(0)
    expect(built(index)).toBe(1)
    let slices = 1
    while (queued.length > 0) {
      runNext(50)
      slices++
    }
    expect(built(index)).toBe(6)
    expect(slices).toBeGreaterThanOrEqual(2)
    disposeBoundsTrees(index)
    expect(built(index)).toBe(0)
  })

  it('stops when asked, leaving the rest unbuilt', () => {
    stubIdle()
    const index = indexOf(4)
    const stop = buildBoundsTreesWhenIdle(index)
    runNext(0)
    stop()
    expect(queued).toHaveLength(0)
    expect(built(index)).toBe(1)
  })
})
