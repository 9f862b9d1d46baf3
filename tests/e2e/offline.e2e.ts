import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { openAppPage } from './harness/app-page'
import { useBrowserAndServer, DIST } from './harness/suite'
import type { Override } from './harness/server'
import { storeValue } from './harness/scene-probe'
import { APP_ICONS, ICON_BACKGROUND } from '../../src/pwa/app-icon'

/**
 * Waits until the service worker has installed (installing is precaching: it fails unless every
 * file was stored) and controls this page.
 */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
    )
  })
}

/** Paths the service worker's precache holds. */
async function precachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = []
    for (const name of (await caches.keys()).filter((n) => n.includes('precache'))) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname)
    }
    return paths.sort()
  })
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR')
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

describe('installable', () => {
  const suite = useBrowserAndServer()

  it('links a web app manifest whose icons the build drew, in the page colours', async () => {
    const html = await (await fetch(`${suite.server.url}/`)).text()
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">')
    const themeColour = /<meta name="theme-color" content="([^"]+)"/.exec(html)?.[1]
    expect(themeColour).toBe(ICON_BACKGROUND)

    const response = await fetch(`${suite.server.url}/manifest.webmanifest`)
    expect(response.headers.get('content-type')).toBe('application/manifest+json')
    const manifest = (await response.json()) as Record<string, unknown> & {
      icons: { src: string; sizes: string; type: string; purpose: string }[]
    }
    expect(manifest).toMatchObject({
      name: 'Lower Back Explorer',
      short_name: 'Lower Back',
      start_url: '/',
      display: 'standalone',
      theme_color: themeColour,
      background_color: themeColour,
    })
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ])
    for (const icon of manifest.icons) {
      const png = await fetch(`${suite.server.url}${icon.src}`)
      expect(png.status, icon.src).toBe(200)
      const size = Number(icon.sizes.split('x')[0])
      expect(pngSize(new Uint8Array(await png.arrayBuffer()))).toEqual({ width: size, height: size })
    }
    // The favicon is the same drawing: no data: URL, which the CSP's img-src would refuse.
    expect(html).toContain(`<link rel="icon" type="image/png" href="/${APP_ICONS[0]!.src}" />`)
  })
})

describe('offline', () => {
  const suite = useBrowserAndServer()

  it('never gets a worker in a context that blocks them, and the refused registration says nothing', async () => {
    // Every other e2e context is such a context: a cache must never answer for the build under test.
    const app = await openAppPage(suite.browser, suite.server.url)
    const refused = app.page.waitForEvent('console', (m) => m.text().includes('Service Worker registration blocked'))
    await app.open()
    await refused
    await app.waitForMark('first-model-frame')
    expect(await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('opens a deep link with the network off after one visit: model, panel and URL state', async () => {
    const app = await openAppPage(suite.browser, suite.server.url, { serviceWorkers: 'allow' })
    await app.open()
    await app.waitForMark('first-model-frame')
    await waitForServiceWorker(app.page)

    // Every file of the build is stored: the shell, each script and stylesheet, the model, the
    // poster the prerendered page names, the icons.
    const built = ['index.html', 'manifest.webmanifest', 'models/lumbar-spine.glb', 'poster/default-view.webp']
      .concat(readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`))
      .concat(APP_ICONS.map((icon) => icon.src))
      .map((path) => `/${path}`)
      .sort()
    expect(await precachedPaths(app.page)).toEqual(built)

    // No network: the browser is offline and the server is gone, so nothing can come from it.
    await app.page.context().setOffline(true)
    await suite.server.close()
    await app.open('?structure=l4-l5-disc')
    await app.waitForMark('first-model-frame')
    await app.page.getByRole('heading', { level: 2, name: 'L4–L5 intervertebral disc' }).waitFor()
    expect(await storeValue(app.page, 'selectedId')).toBe('l4-l5-disc')
    expect(new URL(app.page.url()).searchParams.get('structure')).toBe('l4-l5-disc')
    expect(app.problems).toEqual([])
    await app.close()
  })
})

describe('a new deployment', () => {
  // Filled in mid-test: the server then answers with the next version of the site.
  const overrides: Record<string, Override> = {}
  const suite = useBrowserAndServer({ overrides })

  it('offers a reload without taking focus, and the reload brings in the new version with the same state', async () => {
    const app = await openAppPage(suite.browser, suite.server.url, { serviceWorkers: 'allow' })
    await app.open('?structure=l3')
    await app.waitForMark('first-model-frame')
    await waitForServiceWorker(app.page)
    const search = app.page.getByRole('combobox', { name: 'Search structures and causes' })
    await search.focus()

    // The next version: a changed index.html, and a service worker that lists its new revision.
    const index = readFileSync(join(DIST, 'index.html'), 'utf8')
    const nextIndex = index.replace('<head>', '<head>\n    <meta name="app-version" content="next" />')
    const worker = readFileSync(join(DIST, 'sw.js'), 'utf8')
    const nextWorker = worker.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1next"')
    expect(nextWorker).not.toBe(worker)
    for (const path of ['/', '/index.html']) overrides[path] = new TextEncoder().encode(nextIndex)
    overrides['/sw.js'] = new TextEncoder().encode(nextWorker)

    // What the browser does on a later navigation or its periodic check.
    await app.page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update()
    })
    const prompt = app.page.getByRole('status').filter({ hasText: 'A new version is available.' })
    await prompt.waitFor()
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await app.axe()).toEqual([])

    // Keyboard: from the end of the page, Shift+Tab reaches the prompt's buttons.
    const reload = prompt.getByRole('button', { name: 'Reload' })
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    for (let i = 0; i < 5 && !(await reload.evaluate((el) => el === document.activeElement)); i++) {
      await app.page.keyboard.press('Shift+Tab')
    }
    expect(await reload.evaluate((el) => el === document.activeElement)).toBe(true)
    await Promise.all([app.page.waitForEvent('load'), app.page.keyboard.press('Enter')])

    expect(await app.page.locator('meta[name="app-version"]').getAttribute('content')).toBe('next')
    await app.waitForMark('first-model-frame')
    await app.page.getByRole('heading', { level: 2, name: 'L3 vertebra' }).waitFor()
    expect(new URL(app.page.url()).searchParams.get('structure')).toBe('l3')
    expect(await app.page.getByText('A new version is available.').count()).toBe(0)
    expect(app.problems).toEqual([])
    await app.close()
  })
})
