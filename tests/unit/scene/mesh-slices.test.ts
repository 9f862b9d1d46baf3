import { describe, expect, it } from 'vitest'
import type { GLTFParser } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { meshesInSlices } from '../../../src/scene/mesh-slices'

/**
 * A stand-in parser: `meshes` meshes of two accessors each, whose data the test releases; each
 * build takes `buildMs` on a clock the test owns. What happened is logged in order.
 */
function standIn(meshes: number, buildMs: number, failing: number[] = []) {
  let clock = 0
  const log: string[] = []
  const release: Map<number, () => void> = new Map()
  const requested: number[] = []
  const parser = {
    json: {
      meshes: Array.from({ length: meshes }, (_, i) => ({
        primitives: [{ attributes: { POSITION: 2 * i }, indices: 2 * i + 1 }],
      })),
    },
    getDependency(type: string, index: number) {
      expect(type).toBe('accessor')
      requested.push(index)
      return new Promise<void>((resolve) => release.set(index, resolve))
    },
    loadMesh(index: number) {
      log.push(`build ${index}`)
      clock += buildMs
      return failing.includes(index)
        ? Promise.reject(new Error(`mesh ${index} is damaged`))
        : Promise.resolve({ index })
    },
  }
  const plugin = meshesInSlices(
    8,
    () => clock,
    () => {
      log.push('turn')
      return Promise.resolve()
    }
  )(parser as unknown as GLTFParser)
  const load = (index: number) => plugin.loadMesh?.(index) as Promise<unknown>
  const releaseAll = () => {
    for (const resolve of release.values()) resolve()
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
  return { load, log, requested, releaseAll, settle }
}

describe('meshesInSlices', () => {
  it('asks for every mesh’s data at once, before any of it has arrived', async () => {
    const p = standIn(3, 1)
    void [0, 1, 2].map(p.load)
    await p.settle()
    expect(p.requested.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5])
    expect(p.log).toEqual([])
  })

  it('builds each mesh with the parser’s own loadMesh, in turn, once its data has arrived', async () => {
    const p = standIn(3, 1)
    const loads = [0, 1, 2].map(p.load)
    await p.settle()
    p.releaseAll()
    expect(await Promise.all(loads)).toEqual([{ index: 0 }, { index: 1 }, { index: 2 }])
    expect(p.log).toEqual(['build 0', 'build 1', 'build 2'])
  })

  it('gives the browser a turn once 8 ms of building has run, and not before', async () => {
    // 5 ms a mesh: two fit in a slice, the third starts a new one.
    const p = standIn(5, 5)
    const loads = [0, 1, 2, 3, 4].map(p.load)
    await p.settle()
    p.releaseAll()
    await Promise.all(loads)
    expect(p.log).toEqual(['build 0', 'build 1', 'turn', 'build 2', 'build 3', 'turn', 'build 4'])
  })

  it('fails only the damaged mesh’s load; the others are still built', async () => {
    const p = standIn(3, 1, [1])
    const loads = [0, 1, 2].map(p.load)
    await p.settle()
    p.releaseAll()
    const results = await Promise.allSettled(loads)
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(p.log).toEqual(['build 0', 'build 1', 'build 2'])
  })
})
