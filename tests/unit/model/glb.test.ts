// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { assemble } from '../../../src/model/assemble'
import { createIO } from '../../../src/model/build'
import type { CachedBuild } from '../../../src/model/build-cache'
import { compress } from '../../../src/model/optimize'
import { bakeLightProbe } from '../../../src/model/lighting'
import { BUILD_TIMEOUT, modelBuild } from './model-build'

let build: CachedBuild
beforeAll(async () => {
  build = await modelBuild()
}, BUILD_TIMEOUT)

describe('lumbar-spine.glb', () => {
  it('stays within the triangle and byte budget', () => {
    // The whole model (skin to the feet, illustrations, markers and the skin weights that move it) keeps the brief's budget
    // (2 MiB, 200,000 triangles); these caps sit a little above today's model, so growth is a decision, not a drift.
    expect(build.model.triangles).toBeLessThanOrEqual(198_500)
    expect(build.model.glb.byteLength).toBeLessThanOrEqual(2_066_000)
    expect(build.model.validation.numErrors + build.model.validation.numWarnings).toBe(0)
  })
  it('the committed GLB equals a build of the current sources, byte for byte', () => {
    // On a cache miss (always on a fresh clone, as in CI) the model was just built in this run; on
    // a hit, these are the bytes a build of exactly these sources and package versions wrote.
    const committed = readFileSync(resolve(import.meta.dirname, '../../../public/models/lumbar-spine.glb'))
    const hint = 'public/models/lumbar-spine.glb is stale: run `npm run model` and commit it'
    expect(Buffer.compare(committed, Buffer.from(build.model.glb)), hint).toBe(0)
  })
  it('carries its lighting environment, the baked light probe, in the scene', async () => {
    const doc = await (await createIO()).readBinary(build.model.glb)
    const extras = doc.getRoot().getDefaultScene()?.getExtras() as { lightProbe?: unknown }
    expect(extras.lightProbe).toEqual(bakeLightProbe())
  })
  it('the geometry the tests inspect assembles and compresses to those same bytes', async () => {
    // Assembly and compression are deterministic, and on a cache hit this proves the stored
    // geometry is the geometry of the stored GLB.
    const doc = assemble(build.model.geometry)
    await compress(doc)
    const again = await (await createIO()).writeBinary(doc)
    expect(Buffer.compare(Buffer.from(again), Buffer.from(build.model.glb))).toBe(0)
  })
})
