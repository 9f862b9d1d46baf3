import { describe, expect, it } from 'vitest'
import { openAppPage, type AppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { waitForLinkAgreement } from './harness/link-agreement'
import { storeValue } from './harness/scene-probe'

describe('movement controls and pose links', () => {
  const suite = useBrowserAndServer()

  /**
   * Opens the app at a query with the model download refused: these checks are about the panel and
   * the link, and the software-rendered model would only slow them down.
   */
  async function openWithoutModel(query: string): Promise<AppPage> {
    const app = await openAppPage(suite.browser, suite.server.url, {
      allowConsole: [/Failed to load resource: net::ERR_FAILED/],
    })
    await app.page.route('**/*.glb', (route) => route.abort('failed'))
    await app.open(query)
    await app.page.waitForFunction(() => window.__explorer?.store !== undefined)
    return app
  }

  it('opens a posed link with the posture chosen, and the link survives a reload', async () => {
    const app = await openWithoutModel('?pose=sitting-slumped&structure=l4-l5-disc')
    const panel = app.page.getByRole('region', { name: 'Move the spine' })
    const slumped = panel.getByRole('group', { name: 'Postures' }).getByRole('button', { name: 'Sitting slumped' })
    await slumped.waitFor()
    expect(await slumped.getAttribute('aria-pressed')).toBe('true')
    await app.page.getByRole('heading', { level: 2, name: 'L4–L5 intervertebral disc' }).waitFor()
    expect(await panel.getByText('Wilke 1999, one volunteer', { exact: false }).count()).toBeGreaterThan(0)
    await waitForLinkAgreement(app.page)
    expect(new URL(app.page.url()).searchParams.get('pose')).toBe('sitting-slumped')

    await app.page.reload()
    await app.page.waitForFunction(() => window.__explorer?.store !== undefined)
    await slumped.waitFor()
    expect(await slumped.getAttribute('aria-pressed')).toBe('true')
    expect(await storeValue(app.page, 'selectedId')).toBe('l4-l5-disc')
    await waitForLinkAgreement(app.page)
    expect(new URL(app.page.url()).searchParams.get('pose')).toBe('sitting-slumped')

    // The keyboard moves the spine, and the address follows. Leaving the posture by one slider
    // keeps the others where the posture put them (the pelvis stays tucked under).
    await panel.getByRole('slider', { name: 'Bend forward or back' }).focus()
    await app.page.keyboard.press('Home')
    await waitForLinkAgreement(app.page)
    expect(new URL(app.page.url()).searchParams.get('pose')).toBe('extension:1,tilt-back:1')
    expect(await slumped.getAttribute('aria-pressed')).toBe('false')
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('answers an unknown movement with the polite notice and shows the spine standing', async () => {
    const app = await openWithoutModel('?pose=moonwalk&view=back')
    const notice = app.page.locator('.notice')
    await notice.waitFor()
    expect(await notice.locator('p').textContent()).toContain("The link asks for a movement we don't have (“moonwalk”)")
    expect(await storeValue(app.page, 'pose')).toEqual({
      pose: { bend: 0, sideBend: 0, twist: 0, pelvicTilt: 0 },
      presetId: null,
    })
    expect(await storeValue(app.page, 'view')).toBe('back')
    await waitForLinkAgreement(app.page)
    expect(new URL(app.page.url()).searchParams.has('pose')).toBe(false)
    expect(app.problems).toEqual([])
    await app.close()
  })
})
