// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildLumbarSpineGlb, type BuiltModel } from '../../../src/model/build'
import { builtModel } from './model-build'

let model: BuiltModel
beforeAll(async () => {
  model = await builtModel()
}, 300_000)

describe('lumbar-spine.glb', () => {
  it('stays within the triangle and byte budget', () => {
    // The whole model (skin to the feet, illustrations and trigger-point markers included) keeps the brief's budget.
    expect(model.triangles).toBeLessThanOrEqual(150_000)
    expect(model.glb.byteLength).toBeLessThanOrEqual(1_500_000)
    expect(model.validation.numErrors + model.validation.numWarnings).toBe(0)
  })
  it('the committed GLB equals a fresh build', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../public/models/lumbar-spine.glb'))
    expect(Buffer.compare(committed, Buffer.from(model.glb))).toBe(0)
  })
  it('two builds give identical bytes', async () => {
    const again = await buildLumbarSpineGlb()
    expect(Buffer.compare(Buffer.from(again), Buffer.from(model.glb))).toBe(0)
  }, 300_000)
})
