import { describe, expect, it } from 'vitest'
import { openAppPage, type AppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { colourDistance, pixelAt, projectStructure, settle, storeValue, visiblePointOf } from './harness/scene-probe'

/** Bones only, seen from the front: nothing lies in front of the vertebral bodies. */
const BONES_FRONT = '?view=front&hide=skin,superficial-muscle,deep-muscle,ligament,nerve'

describe('the explorer in Chromium', () => {
  const suite = useBrowserAndServer()

  async function ready(query = '', options: Parameters<typeof openAppPage>[2] = {}): Promise<AppPage> {
    const app = await openAppPage(suite.browser, suite.server.url, options)
    await app.open(query)
    await app.waitForMark('first-model-frame')
    await settle(app.page)
    return app
  }

  it('selects L4 with a click at its projected centre, names it in the panel, and passes axe', async () => {
    const app = await ready(BONES_FRONT)
    const point = await projectStructure(app.page, 'l4')
    await app.page.mouse.move(point.x, point.y)
    await app.page.locator('.hover-label', { hasText: 'L4 vertebra' }).waitFor()
    await app.page.mouse.click(point.x, point.y)
    await app.page.getByRole('heading', { level: 2, name: 'L4 vertebra' }).waitFor()
    expect(await storeValue(app.page, 'selectedId')).toBe('l4')
    expect(app.page.url()).toContain('structure=l4')
    await settle(app.page)
    await app.screenshot('explorer-selected-l4')
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('clears the selection on a click in empty space and on Escape', async () => {
    const app = await ready('?structure=l3')
    await app.page.getByRole('heading', { level: 2, name: 'L3 vertebra' }).waitFor()
    await app.page.keyboard.press('Escape')
    expect(await storeValue(app.page, 'selectedId')).toBeNull()
    await app.page.goto(`${suite.server.url}/?e2e&structure=l3`)
    await app.waitForMark('first-model-frame')
    const box = (await app.page.locator('.viewer canvas').boundingBox())!
    await app.page.mouse.click(box.x + 6, box.y + box.height / 2)
    expect(await storeValue(app.page, 'selectedId')).toBeNull()
    await app.close()
  })

  it('selects from the tree and frames the structure', async () => {
    const app = await ready()
    const tree = app.page.getByRole('tree')
    await tree.getByRole('treeitem', { name: /Sacrum$/ }).click()
    await app.page.getByRole('heading', { level: 2, name: 'Sacrum' }).waitFor()
    await settle(app.page)
    const point = await projectStructure(app.page, 'sacrum')
    const canvas = (await app.page.locator('.viewer canvas').boundingBox())!
    // Framed: the sacrum is near the middle of the view.
    expect(Math.abs(point.x - (canvas.x + canvas.width / 2))).toBeLessThan(canvas.width * 0.15)
    expect(Math.abs(point.y - (canvas.y + canvas.height / 2))).toBeLessThan(canvas.height * 0.15)
    // Framed from behind, as an atlas shows it: the view menu no longer names the oblique view it
    // left, and choosing a view puts its name back.
    const menu = app.page.locator('#view-preset')
    const shown = () => menu.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)
    expect(await shown()).toBe('Turned view')
    await menu.selectOption('back')
    await settle(app.page)
    expect(await shown()).toBe('Back')
    await app.close()
  })

  it('finds a structure by a synonym in the search box', async () => {
    const app = await ready()
    await app.page.getByRole('combobox', { name: 'Search structures and causes' }).fill('tailbone')
    await app.page.getByRole('option', { name: /Coccyx/ }).waitFor()
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('heading', { level: 2, name: 'Coccyx' }).waitFor()
    await app.close()
  })

  it('hides, isolates, X-rays and peels layers, each changing the rendered pixels', async () => {
    const app = await ready(BONES_FRONT)
    const first = await projectStructure(app.page, 'l4')
    await app.page.mouse.click(first.x, first.y)
    await app.page.getByRole('heading', { level: 2, name: 'L4 vertebra' }).waitFor()
    await settle(app.page)
    // The camera has framed L4: measure where it is now.
    const l4 = await projectStructure(app.page, 'l4')
    const shown = await pixelAt(app.page, l4)
    await app.page.getByRole('toolbar').getByRole('button', { name: 'Hide' }).click()
    expect(await storeValue(app.page, 'hiddenIds')).toContain('l4')
    expect(colourDistance(await pixelAt(app.page, l4), shown)).toBeGreaterThan(30)
    await app.page.getByRole('button', { name: 'Show all' }).click()
    await app.close()

    // Isolate: the gluteus maximus next to the selected sciatic nerve disappears.
    const isolated = await ready('?structure=sciatic-nerve-left&view=back')
    // The nerve is buried, so the link turned X-ray on; turn it off to see the muscle plainly.
    await isolated.page.getByRole('button', { name: 'X-ray' }).click()
    const glute = await projectStructure(isolated.page, 'gluteus-maximus-left')
    const before = await pixelAt(isolated.page, glute)
    await isolated.page.getByRole('toolbar').getByRole('button', { name: 'Isolate' }).click()
    expect(await storeValue(isolated.page, 'isolate')).toBe(true)
    expect(colourDistance(await pixelAt(isolated.page, glute), before)).toBeGreaterThan(30)
    await isolated.screenshot('explorer-isolated-sciatic')
    expect(await isolated.axe()).toEqual([])
    await isolated.close()

    // X-ray: muscles over the lumbar spine turn translucent, so the pixel changes.
    const xray = await ready('?structure=l4&view=back')
    const overL4 = await projectStructure(xray.page, 'l4')
    // L4 lies under the back muscles, so opening the link turned X-ray on; the button turns it off.
    expect(await storeValue(xray.page, 'xray')).toBe(true)
    const seeThrough = await pixelAt(xray.page, overL4)
    await xray.screenshot('explorer-xray-l4')
    expect(await xray.axe()).toEqual([])
    await xray.page.getByRole('button', { name: 'X-ray' }).click()
    expect(await storeValue(xray.page, 'xray')).toBe(false)
    expect(colourDistance(await pixelAt(xray.page, overL4), seeThrough)).toBeGreaterThan(20)

    // Layers: peeling to the bones removes the back muscles and fascia over L4, so the bone shows there.
    const withMuscle = await pixelAt(xray.page, overL4)
    await xray.page.getByLabel('Layers').selectOption('bone')
    expect(colourDistance(await pixelAt(xray.page, overL4), withMuscle)).toBeGreaterThan(20)
    expect(xray.problems).toEqual([])
    await xray.close()
  })

  it('lets the keyboard alone find the sciatic nerve and read its panel', async () => {
    const app = await ready()
    // The first Tab reaches the skip link, the next the search box.
    await app.page.keyboard.press('Tab')
    await app.page.keyboard.press('Tab')
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
    await app.page.keyboard.type('sciatic nerve')
    await app.page.keyboard.press('Enter')
    const heading = app.page.getByRole('heading', { level: 2, name: /Sciatic nerve/ })
    await heading.waitFor()
    expect(await app.page.getByTestId('announcer').textContent()).toMatch(/Selected Sciatic nerve/)
    const panel = app.page.locator('#structure-panel')
    expect(await panel.textContent()).toMatch(/Where you feel it/)
    // The 3D view, once it has the focus, turns the model with the arrow keys.
    await settle(app.page)
    const cameraAt = () => app.page.evaluate(() => window.__explorer!.r3f!.get().camera.position.toArray())
    const before = await cameraAt()
    await app.page.locator('.viewer__canvas').focus()
    await app.page.keyboard.press('ArrowLeft')
    await settle(app.page)
    const after = await cameraAt()
    expect(Math.hypot(after[0] - before[0], after[2] - before[2])).toBeGreaterThan(0.01)
    await app.close()
  })

  it('opens a deep link, shows a polite message for an unknown id, and restores history', async () => {
    const app = await ready('?structure=l5-s1-disc')
    await app.page.getByRole('heading', { level: 2, name: 'L5–S1 intervertebral disc' }).waitFor()
    // The first frame waits for each shader program it links (tens of ms each on a phone): the
    // picked disc is drawn with the ligaments' program, and the bone faded in front of it and the
    // painted skin with the bone's, so three programs draw it (with the outline's), not six.
    const programs = await app.page.evaluate(() => window.__explorer?.r3f?.get().gl.info.programs?.length)
    expect(programs).toBeLessThanOrEqual(3)
    await app.page.getByRole('combobox', { name: 'Search structures and causes' }).fill('piriformis')
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('heading', { level: 2, name: /Piriformis/ }).waitFor()
    await app.page.goBack()
    await app.page.getByRole('heading', { level: 2, name: 'L5–S1 intervertebral disc' }).waitFor()
    await app.page.goForward()
    await app.page.getByRole('heading', { level: 2, name: /Piriformis/ }).waitFor()
    await app.close()

    const unknown = await ready('?structure=l9-vertebra')
    const notice = unknown.page.locator('.notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('“l9-vertebra”')
    expect(await storeValue(unknown.page, 'selectedId')).toBeNull()
    expect(await unknown.axe()).toEqual([])
    expect(unknown.problems).toEqual([])
    await unknown.close()
  })

  it('shows the panel as a bottom sheet on a narrow screen', async () => {
    const app = await ready('?structure=l4', { viewport: { width: 390, height: 844 }, hasTouch: true })
    await app.page.getByRole('heading', { level: 2, name: 'L4 vertebra' }).waitFor()
    const panel = (await app.page.locator('#structure-panel').boundingBox())!
    const viewport = app.page.viewportSize()!
    expect(panel.width).toBeGreaterThan(viewport.width * 0.95)
    expect(panel.y).toBeGreaterThan(viewport.height * 0.3)
    // The picked vertebra is framed in the part of the view above the sheet, not under it, and
    // a tap there reaches it.
    await settle(app.page)
    const canvas = (await app.page.locator('.viewer__canvas canvas').boundingBox())!
    const centre = await projectStructure(app.page, 'l4')
    expect(centre.y).toBeGreaterThan(canvas.y)
    expect(centre.y).toBeLessThan(panel.y)
    const tap = await visiblePointOf(app.page, 'l4')
    expect(tap.y).toBeLessThan(panel.y)
    await app.screenshot('explorer-mobile')
    // Its label stays clear of the legend over the view, folded (as a phone starts it) or opened
    // (a label under it cannot be read).
    const overlapsLegend = async () => {
      const label = (await app.page.locator('.labels__label--selected').boundingBox())!
      const legend = (await app.page.locator('.legends .legend').first().boundingBox())!
      return !(
        label.x + label.width <= legend.x ||
        legend.x + legend.width <= label.x ||
        label.y + label.height <= legend.y ||
        legend.y + legend.height <= label.y
      )
    }
    expect(await overlapsLegend()).toBe(false)
    await app.page.locator('.legends .legend summary').first().click()
    await settle(app.page)
    expect(await overlapsLegend()).toBe(false)
    await app.screenshot('explorer-mobile-legend-open')
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('labels the outer layer clear of the toolbar and the legends, each with its line to a point in view', async () => {
    const app = await ready('?structure=l4-l5-disc&xray=1')
    await app.page.getByRole('button', { name: 'Labels', exact: true }).click()
    await settle(app.page)
    const overlays = await app.page
      .locator('.toolbar, .legends .legend')
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))
    const labels = await app.page
      .locator('.labels__label')
      .evaluateAll((els) =>
        els
          .filter((el) => getComputedStyle(el).visibility === 'visible')
          .map((el) => ({ name: el.textContent ?? '', box: el.getBoundingClientRect().toJSON() as DOMRect }))
      )
    const lines = await app.page
      .locator('.labels__lines line')
      .evaluateAll((els) =>
        els
          .filter((el) => el.getAttribute('visibility') !== 'hidden')
          .map((el) => [Number(el.getAttribute('x1')), Number(el.getAttribute('y1'))])
      )
    const canvas = (await app.page.locator('.viewer__canvas canvas').boundingBox())!
    expect(labels.length).toBeGreaterThan(3)
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    // A label of a structure behind the toolbar sat over it, its line across the buttons.
    expect(labels.filter((l) => overlays.some((o) => overlap(l.box, o))).map((l) => l.name)).toEqual([])
    for (const [x, y] of lines) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(canvas.width)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(canvas.height)
    }
    expect(app.problems).toEqual([])
    await app.close()
  })
})
