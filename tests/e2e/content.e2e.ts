import { afterAll, describe, expect, it } from 'vitest'
import { openAppPage, type AppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'

/** One structure of each kind, and a phrase its explanation must contain. */
const KINDS = [
  { id: 'l4', heading: 'L4 vertebra' },
  { id: 'l4-l5-disc', heading: 'L4–L5 intervertebral disc' },
  { id: 'l5-root-left', heading: 'L5 nerve root (left)' },
  { id: 'piriformis-right', heading: 'Piriformis (right)' },
  { id: 'ligamentum-flavum', heading: 'Ligamentum flavum' },
]

describe('explanations in Chromium', () => {
  const suite = useBrowserAndServer()

  describe('one page, opened once, going from structure to structure as a link in it would', () => {
    let app: AppPage | undefined
    afterAll(() => app?.close())

    it.each(KINDS)('$id shows what it is, how it hurts, where it is felt and its sources', async ({ id, heading }) => {
      if (!app) {
        app = await openAppPage(suite.browser, suite.server.url)
        await app.open(`?structure=${id}`)
      } else {
        await app.page.evaluate((structure) => {
          history.pushState(null, '', `?structure=${structure}`)
          dispatchEvent(new PopStateEvent('popstate'))
        }, id)
      }
      await app.page.getByRole('heading', { level: 2, name: heading }).waitFor()
      const panel = app.page.locator('#structure-panel')
      for (const section of ['What it is', 'Can it cause pain, and how?', 'How sure is this?', 'Sources']) {
        expect(await panel.getByRole('heading', { name: section }).count(), section).toBe(1)
      }
      expect(await panel.locator('.evidence').count()).toBeGreaterThan(0)
      expect(await panel.locator('.sources-list li').count()).toBeGreaterThan(0)
      if (id !== 'ligamentum-flavum') {
        expect(await panel.getByRole('heading', { name: 'Where you feel it' }).count()).toBe(1)
      }
      expect(await app.page.getByText('Education, not diagnosis.').isVisible()).toBe(true)
      await app.screenshot(`content-${id}`)
      expect(await app.axe()).toEqual([])
      expect(app.problems).toEqual([])
    })
  })

  it('opens the urgent-help panel with one keyboard action, lists cauda equina signs, and passes axe', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.open()
    // Wait until the app has mounted (and its keyboard shortcuts are listening).
    await app.waitForMark('canvas-created')
    await app.page.keyboard.press('Alt+U')
    const dialog = app.page.getByRole('dialog', { name: 'When back pain needs a clinician urgently' })
    await dialog.waitFor()
    const text = (await dialog.textContent()) ?? ''
    expect(text).toMatch(/emergency/i)
    expect(text).toMatch(/bladder|bowel/i)
    expect(text).toMatch(/both legs/i)
    // Numbers for the main regions, and the inflammatory pattern needs 4 of 5 features.
    for (const number of ['999', '911', '112']) expect(text).toContain(number)
    expect(text).toMatch(/at least 4 of these 5 features/)
    await app.screenshot('red-flags')
    expect(await app.axe()).toEqual([])
    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('shows the stenosis safety net and two evidence labels on the cause page', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.open('?cause=spinal-stenosis')
    const net = app.page.getByRole('region', { name: 'What is expected, and what is not' })
    await net.waitFor()
    expect(await net.textContent()).toMatch(/both legs that is new or getting worse/)
    expect(await app.page.getByText('Explains back pain in general: limited evidence').count()).toBeGreaterThan(0)
    expect(
      await app.page
        .locator('.cause-panel')
        .getByText(/Text last reviewed/)
        .count()
    ).toBe(1)
    await app.screenshot('content-stenosis-safety-net')
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('links a citation to its entry on the sources page', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.open('?structure=l4-l5-disc')
    const first = app.page.locator('#structure-panel .sources-list button').first()
    const label = (await first.textContent()) ?? ''
    await first.click()
    const dialog = app.page.getByRole('dialog', { name: 'Sources' })
    await dialog.waitFor()
    expect(await dialog.locator('.sources-dialog__item--current').textContent()).toContain(label)
    expect(await app.axe()).toEqual([])
    await app.close()
  })
})
