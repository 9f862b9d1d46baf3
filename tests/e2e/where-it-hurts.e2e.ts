import { describe, expect, it } from 'vitest'
import { openAppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'

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
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })
})
