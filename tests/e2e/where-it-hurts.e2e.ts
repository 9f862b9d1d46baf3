import type { SkinnedMesh } from 'three'
import { describe, expect, it } from 'vitest'
import { openAppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { areaPoint, colourDistance, pixelAt, settle, storeValue } from './harness/scene-probe'
import { looksLike } from './harness/colour'
import { PAINT_PALETTE } from '../../src/domain/palette'

describe('"Where does it hurt?" in Chromium', () => {
  const suite = useBrowserAndServer()

  it('finds the S1 root for pain in the sole, by keyboard alone, and passes axe', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.open()
    await app.waitForMark('first-model-frame')
    const button = app.page.getByRole('button', { name: 'Where does it hurt?' })
    await button.focus()
    await app.page.keyboard.press('Enter')
    const sole = app.page.getByRole('checkbox', { name: /^Sole/ })
    await sole.focus()
    await app.page.keyboard.press('Space')
    expect(await sole.isChecked()).toBe(true)
    const results = app.page.locator('.pain-results button')
    await results.first().waitFor()
    const firstFive = (await results.allTextContents()).slice(0, 5).join(' | ')
    expect(firstFive).toMatch(/S1 nerve root/)
    // The model is coloured by the results, with a legend.
    await app.page.locator('.legend:not(.legend--skin)').waitFor()
    await app.screenshot('where-it-hurts-sole')
    expect(await app.page.getByText(/For education only/).count()).toBeGreaterThan(0)
    // A map, not a diagnosis: one line says so next to the results, and the order is explained.
    expect(await app.page.locator('.pain-results__not-diagnosis').textContent()).toMatch(/This is not a diagnosis/)
    expect(await app.page.locator('.pain-results__basis').textContent()).toMatch(/how common/)
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('lists the hip joint for groin pain as a problem outside the spine, lights it in the model, and opens its page', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.open()
    await app.waitForMark('first-model-frame')
    await app.page.getByRole('button', { name: 'Where does it hurt?' }).click()
    await app.page.getByRole('checkbox', { name: 'Groin' }).check()
    const mimics = app.page.getByRole('region', { name: 'Not from the spine, but often taken for back pain' })
    const hip = mimics.getByRole('button', { name: 'Hip joint problems (such as hip arthritis)' })
    await hip.waitFor()
    // The legend names the neutral look, never "irritated or inflamed".
    const legend = (await app.page.locator('.legend:not(.legend--skin)').textContent()) ?? ''
    expect(legend).toMatch(/Pain can be felt in the places you picked/)
    expect(legend).not.toMatch(/Irritated or inflamed/)
    await hip.click()
    await app.page.getByRole('heading', { level: 2, name: 'Hip joint problems (such as hip arthritis)' }).waitFor()
    await app.screenshot('where-it-hurts-hip-joint')
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })
})

describe('pain zones painted on the skin', () => {
  const suite = useBrowserAndServer()

  it('paints the L5 dermatome (outer shin and top of the foot) when the L5 root is selected', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.open('?view=front')
    await app.waitForMark('first-model-frame')
    const frameLegs = () => app.page.evaluate(() => window.__explorer!.store.getState().frameStructures(['skin']))
    await app.page.evaluate(() => window.__explorer!.store.getState().select('l5-root-left'))
    await settle(app.page)
    // Selecting the root turns the camera to where the root shows best; come back to the front.
    await app.page.evaluate(() => window.__explorer!.store.getState().setView('front'))
    await settle(app.page)
    await frameLegs()
    await settle(app.page)
    const shin = await areaPoint(app.page, 'lateral-leg', 'left')
    const foot = await areaPoint(app.page, 'dorsum-foot', 'left')
    const painted = [await pixelAt(app.page, shin), await pixelAt(app.page, foot)]
    for (const pixel of painted)
      expect(looksLike(pixel, PAINT_PALETTE.radicular.colour), `pixel ${pixel.join(',')}`).toBe(true)
    // The left root's strip is on the left leg only: the right shin keeps its plain skin.
    const rightShin = await pixelAt(app.page, await areaPoint(app.page, 'lateral-leg', 'right'))
    expect(looksLike(rightShin, PAINT_PALETTE.radicular.colour), `right shin ${rightShin.join(',')}`).toBe(false)
    await app.screenshot('skin-l5-dermatome')
    // Let go of the root without moving the camera: the same skin loses its paint.
    await app.page.evaluate(() => window.__explorer!.store.getState().select(null, { frame: false }))
    await settle(app.page)
    for (const [i, point] of [shin, foot].entries()) {
      expect(colourDistance(await pixelAt(app.page, point), painted[i]!)).toBeGreaterThan(30)
    }
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('shows every dermatome at once, with a legend naming each root and its key point', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.open('?view=back')
    await app.waitForMark('first-model-frame')
    await app.page.getByRole('button', { name: 'Dermatomes' }).click()
    const legend = app.page.locator('.legend--skin')
    await legend.waitFor()
    expect(await legend.locator('li').count()).toBe(7)
    expect(await legend.textContent()).toMatch(/S1:/)
    await app.page.evaluate(() => window.__explorer!.store.getState().frameStructures(['skin']))
    await settle(app.page)
    await app.screenshot('skin-dermatomes-back')
    expect(await app.axe()).toEqual([])
    await app.close()
  })

  it('looks up pain from a click on the sole', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.open()
    await app.waitForMark('first-model-frame')
    await app.page.getByRole('button', { name: 'Where does it hurt?' }).click()
    // Look at the left foot from below, where the sole faces the camera.
    await app.page.evaluate(() => {
      const hooks = window.__explorer!
      // The skin is skinned (it bends with the spine): its bounds are the posed vertices', not the raw attribute's.
      const mesh = hooks.index!.get('skin')!.meshes[0]! as unknown as SkinnedMesh
      mesh.computeBoundingBox()
      const box = mesh.boundingBox.clone().applyMatrix4(mesh.matrixWorld)
      const x = box.max.x * 0.55
      const y = box.min.y
      const z = (box.min.z + box.max.z) / 2
      const controls = hooks.r3f!.controls as unknown as {
        setLookAt(...a: [number, number, number, number, number, number, boolean]): Promise<void>
      }
      void controls.setLookAt(x, y - 0.45, z + 0.05, x, y, z, false)
      hooks.r3f!.invalidate()
    })
    await settle(app.page)
    const sole = await areaPoint(app.page, 'sole')
    await app.page.mouse.click(sole.x, sole.y)
    expect(await storeValue(app.page, 'painAreas')).toEqual(['sole'])
    const results = app.page.locator('.pain-results button')
    await results.first().waitFor()
    expect((await results.allTextContents()).slice(0, 5).join(' | ')).toMatch(/S1 nerve root/)
    await app.screenshot('where-it-hurts-click-sole')
    expect(app.problems).toEqual([])
    await app.close()
  })
})
