import { describe, expect, it } from 'vitest'
import { openAppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { colourDistance, pixelAt, projectStructure, settle, storeValue, type Rgba } from './harness/scene-probe'
import { hexToRgb } from './harness/colour'
import { recordUnhandledRejections, unhandledRejections } from './harness/page-health'
import { findStructure } from '../../src/domain/structures'

const STRUCTURE = 'l5-root-left'
/** Structures near the root, one of which a click can reach in the framed view. */
const PICK_CANDIDATES = ['l5', 'sacrum', 'l4', 'gluteus-maximus-left', 'erector-spinae-left', 'iliac-crest-left']
/** The scene's background (ExplorerCanvas's SCENE_BACKGROUND), which an empty view shows. */
const BACKGROUND: Rgba = [...hexToRgb('#1b2430'), 255]

declare global {
  interface Window {
    /** The app canvas's WEBGL_lose_context extension, kept to restore the same context. */
    __loseContext?: WEBGL_lose_context
    /** three's frame count (and the counter object) while the context was lost. */
    __framesWhileLost?: { info: object; frame: number }
  }
}

describe('a lost WebGL context', () => {
  const suite = useBrowserAndServer()

  it('shows "Restoring the 3D view", then draws the model again with the same selection', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await recordUnhandledRejections(app.page)
    await app.open(`?structure=${STRUCTURE}`)
    await app.waitForMark('first-model-frame')
    await settle(app.page)
    const name = findStructure(STRUCTURE)!.name
    const heading = app.page.getByRole('heading', { level: 2, name })
    await heading.waitFor()

    // The root is buried (the link turned X-ray on): probe the middle of its bounds, where the
    // root or the translucent tissue over it is drawn.
    const point = await projectStructure(app.page, STRUCTURE)
    const before = await pixelAt(app.page, point)
    expect(colourDistance(before, BACKGROUND), 'the root is drawn before the loss').toBeGreaterThan(30)

    // Lose the app's own context, as a GPU reset or a driver update would.
    const lost = await app.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.viewer__canvas canvas')
      // getContext on a canvas that already has one returns that same context.
      const gl = canvas?.getContext('webgl2')
      const ext = gl?.getExtension('WEBGL_lose_context')
      if (!gl || !ext) return 'no WebGL2 context or no WEBGL_lose_context on the app canvas'
      window.__loseContext = ext
      ext.loseContext()
      return null
    })
    expect(lost).toBeNull()
    const restoring = app.page.getByRole('heading', { name: /Restoring the 3D view/ })
    await restoring.waitFor()
    await app.screenshot('error-context-lost')
    // Nothing the user chose is lost while the view is down.
    expect(await storeValue(app.page, 'selectedId')).toBe(STRUCTURE)
    expect(await heading.isVisible()).toBe(true)

    // three counts a frame only when it really draws, which it cannot while the context is lost;
    // on restore it starts a new count (a new WebGLInfo), so remember which count this is.
    await app.page.evaluate(() => {
      const info = window.__explorer!.r3f!.gl.info
      window.__framesWhileLost = { info, frame: info.render.frame }
    })
    await app.page.evaluate(() => window.__loseContext!.restoreContext())
    await restoring.waitFor({ state: 'detached' })
    // The app draws a frame itself once restored (not only when a test renders one).
    await app.page.waitForFunction(
      () => {
        const now = window.__explorer?.r3f?.gl.info
        const lost = window.__framesWhileLost!
        return now !== undefined && now.render.frame > (now === lost.info ? lost.frame : 0)
      },
      undefined,
      { timeout: 10_000 }
    )
    expect(await storeValue(app.page, 'graphics')).toBe('ok')
    expect(await storeValue(app.page, 'selectedId')).toBe(STRUCTURE)
    expect(await heading.isVisible()).toBe(true)
    expect(app.page.url()).toContain(`structure=${STRUCTURE}`)

    // The model draws again: the same pixel shows the root as before, not the empty background.
    await settle(app.page)
    const after = await pixelAt(app.page, point)
    expect(colourDistance(after, BACKGROUND), `pixel after restore ${after.join()}`).toBeGreaterThan(30)
    expect(colourDistance(after, before), `before ${before.join()}, after ${after.join()}`).toBeLessThan(12)
    // And it still picks: a click on the first of these in plain view selects it.
    const target = await app.page.evaluate((ids) => {
      for (const id of ids) {
        const p = window.__explorer!.visiblePoint(id)
        if (p) return { id, ...p }
      }
      return null
    }, PICK_CANDIDATES)
    expect(target, `none of ${PICK_CANDIDATES.join(', ')} is in plain view`).not.toBeNull()
    await app.page.mouse.click(target!.x, target!.y)
    await app.page.getByRole('heading', { level: 2, name: findStructure(target!.id)!.name }).waitFor()

    expect(await unhandledRejections(app.page)).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })
})
