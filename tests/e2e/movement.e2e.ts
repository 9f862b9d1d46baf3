import { describe, expect, it } from 'vitest'
import { openAppPage, type AppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { areaPoint, pixelAt, projectStructure, settle, storeValue, visiblePointOf } from './harness/scene-probe'
import { PAINT_PALETTE, ROLE_PALETTE } from '../../src/domain/palette'
import { looksLike } from './harness/colour'
import { SELECTED_COLOUR } from '../../src/scene/materials'
import { NEUTRAL_POSE_STATE, type PoseMeasurements } from '../../src/domain/movement'

describe('a spine that bends, in Chromium', () => {
  const suite = useBrowserAndServer()

  /** Opens a posed link and waits until the pose has settled and its picking index is refitted. */
  async function posed(query: string, options?: Parameters<typeof openAppPage>[2]): Promise<AppPage> {
    const app = await openAppPage(suite.browser, suite.server.url, options)
    await app.open(query)
    await app.waitForMark('first-model-frame')
    await app.page.waitForFunction(
      () => window.__explorer?.ready === true && window.__explorer.store.getState().poseMeasurements !== null
    )
    await settle(app.page)
    return app
  }

  it('picks and colours exactly what it draws in a bent spine: a bone, a disc and a nerve root', async () => {
    const app = await posed('?pose=extension&view=left&hide=skin,superficial-muscle,deep-muscle,ligament')
    // Skinned structures (the disc and the root) are drawn by the GPU from the pose; picking reads
    // the baked copy. A click where each is drawn must select it, and that pixel must turn the selection colour.
    // The L4 root, not L5: from the side the iliac wing, whose crest stands level with the L4–L5
    // disc, covers the L5–S1 foramen and the L5 root leaving it, as it does in a lateral radiograph.
    for (const id of ['l3', 'l4-l5-disc', 'l4-root-left']) {
      // Back to the side view with nothing selected (selecting a bone behind the nerves turns X-ray on,
      // frames it and fades what is in front).
      await app.page.evaluate(() => {
        const store = window.__explorer!.store.getState()
        store.select(null)
        store.setXray(false)
        store.setView('left')
      })
      await settle(app.page)
      const point = await visiblePointOf(app.page, id)
      await app.page.mouse.click(point.x, point.y)
      await app.page.waitForFunction((want) => window.__explorer!.store.getState().selectedId === want, id)
      await settle(app.page)
      const again = await visiblePointOf(app.page, id)
      const pixel = await pixelAt(app.page, again)
      expect(looksLike(pixel, SELECTED_COLOUR), `${id}: pixel ${pixel.join(',')}`).toBe(true)
    }
    // Leaning back narrows the L4–L5 nerve exits; the figures come from the posed model.
    const figures = await storeValue<PoseMeasurements>(app.page, 'poseMeasurements')
    const l4l5 = figures.foramenHeight.filter((f) => f.level === 'L4-L5')
    expect(l4l5).toHaveLength(2)
    for (const f of l4l5) expect(f.posedMm).toBeLessThan(f.neutralMm)
    // …and the canal, cut across on the posed meshes (the disc bulges back, the ligamentum flavum folds in).
    expect(figures.canalArea.map((a) => a.level)).toEqual(['L4-L5', 'L5-S1'])
    for (const a of figures.canalArea) expect(a.posedMm2).toBeLessThan(a.neutralMm2)
    await app.screenshot('movement-extension-left')
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('colours a cause and paints the skin in a bent spine', async () => {
    const app = await posed('?pose=sitting-slumped&cause=disc-herniation&view=back')
    // The cause's role colour lands where the posed root is drawn.
    const root = await pixelAt(app.page, await visiblePointOf(app.page, 'l5-root-left'))
    expect(looksLike(root, ROLE_PALETTE['compressed-nerve'].colour), `root ${root.join(',')}`).toBe(true)
    // Lean back and look from the front with the skin on: the left L5 root's strip is painted on the
    // skin of the posed body, and only on the left.
    await app.page.evaluate(() => {
      const store = window.__explorer!.store.getState()
      store.setCause(null)
      store.setPose({ pose: { bend: -1, sideBend: 0, twist: 0, pelvicTilt: 0 }, presetId: null })
      store.select('l5-root-left', { frame: false })
      store.setHidden(['skin'], false)
      store.setView('front')
    })
    await app.page.waitForFunction(() => {
      const { poseMeasurements, pose } = window.__explorer!.store.getState()
      return (
        pose.presetId === null &&
        window.__explorer!.ready &&
        (poseMeasurements?.canalArea[0]?.posedMm2 ?? Infinity) < (poseMeasurements?.canalArea[0]?.neutralMm2 ?? 0)
      )
    })
    await app.page.evaluate(() => window.__explorer!.store.getState().frameStructures(['skin']))
    await settle(app.page)
    // The top of the foot: the probe's point for the shin lies at the knee, where the strip begins.
    const foot = await pixelAt(app.page, await areaPoint(app.page, 'dorsum-foot', 'left'))
    expect(looksLike(foot, PAINT_PALETTE.radicular.colour), `left foot ${foot.join(',')}`).toBe(true)
    const rightFoot = await pixelAt(app.page, await areaPoint(app.page, 'dorsum-foot', 'right'))
    expect(looksLike(rightFoot, PAINT_PALETTE.radicular.colour), `right foot ${rightFoot.join(',')}`).toBe(false)
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('keeps a linked structure in view once the spine has bent', async () => {
    // With motion on, the link frames the root while the spine still stands; the bend then carries
    // it forward and down behind the sacrum. Once the pose settles the camera frames it again.
    const app = await posed('?pose=flexion&structure=l5-root-left&view=left&hide=skin', {
      reducedMotion: 'no-preference',
    })
    const middle = await projectStructure(app.page, 'l5-root-left')
    const view = await app.page.evaluate(() => {
      const r = window.__explorer!.r3f!.gl.domElement.getBoundingClientRect()
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height }
    })
    expect(Math.abs(middle.x - view.x) / view.width, 'across').toBeLessThan(0.2)
    expect(Math.abs(middle.y - view.y) / view.height, 'up and down').toBeLessThan(0.2)
    const point = await visiblePointOf(app.page, 'l5-root-left')
    const pixel = await pixelAt(app.page, point)
    expect(looksLike(pixel, SELECTED_COLOUR), `pixel ${pixel.join(',')}`).toBe(true)
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('moves the upper spine when bent forward and puts it back on reset, without changing the camera', async () => {
    const app = await posed('?pose=flexion&view=left&hide=skin')
    const bent = await projectStructure(app.page, 'l1')
    await app.page.evaluate((neutral) => window.__explorer!.store.getState().setPose(neutral), NEUTRAL_POSE_STATE)
    await app.page.waitForFunction(() => {
      const m = window.__explorer!.store.getState().poseMeasurements
      return m !== null && m.foramenHeight.every((f) => Math.abs(f.posedMm - f.neutralMm) < 0.05)
    })
    await settle(app.page)
    const upright = await projectStructure(app.page, 'l1')
    // A full forward bend carries L1 well forward and down: tens of pixels at this framing.
    expect(Math.hypot(bent.x - upright.x, bent.y - upright.y)).toBeGreaterThan(40)
    expect(app.problems).toEqual([])
    await app.close()
  })
})
