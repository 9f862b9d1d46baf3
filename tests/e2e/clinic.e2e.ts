import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { decodeQR } from 'qr/decode.js'
import { openAppPage, SCREENSHOT_DIR, type AppPage, type OpenAppOptions } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { serveStatic } from './harness/server'
import { settle } from './harness/scene-probe'
import { DISCLAIMER } from '../../src/domain/red-flags'
import { SNAPSHOT_MAX_SIDE } from '../../src/store/snapshot-store'

declare global {
  interface Window {
    /** Calls to `window.print`, recorded instead of opening a print dialog headless Chromium cannot close. */
    __printCalls?: number
    /** What the stand-in share sheet was given. */
    __shared?: ShareData[]
  }
}

/** The link a page's state should share: its own address less the test flag (and `embed`). */
function expectedLink(pageUrl: string): string {
  const url = new URL(pageUrl)
  url.searchParams.delete('e2e')
  url.searchParams.delete('embed')
  const search = url.searchParams.toString().replaceAll('%2C', ',')
  return `${url.origin}${url.pathname}${search ? `?${search}` : ''}`
}

/**
 * Reads the QR code drawn in the page: its SVG is drawn onto a canvas in a blank page of the same
 * browser (no policy there to allow an SVG image), and the pixels are decoded in Node.
 */
async function decodeQrSvg(browser: Browser, svg: string): Promise<string> {
  const page = await browser.newPage()
  try {
    const image = await page.evaluate(async (markup) => {
      const size = 400
      const img = new Image(size, size)
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = size
      canvas.height = size
      const context = canvas.getContext('2d')!
      context.drawImage(img, 0, 0, size, size)
      return { width: size, height: size, data: Array.from(context.getImageData(0, 0, size, size).data) }
    }, svg)
    return decodeQR({ width: image.width, height: image.height, data: Uint8Array.from(image.data) })
  } finally {
    await page.close()
  }
}

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}

describe('for the clinic: share, QR code, print handout and embed', () => {
  const suite = useBrowserAndServer()

  async function ready(query: string, options: OpenAppOptions = {}, init?: () => void): Promise<AppPage> {
    const app = await openAppPage(suite.browser, suite.server.url, options)
    if (init) await app.page.addInitScript(init)
    await app.open(query)
    await app.waitForMark('first-model-frame')
    await settle(app.page)
    return app
  }

  it('Share copies the link where there is no share sheet, says so to screen readers, and works offline', async () => {
    const app = await ready('?structure=l4-l5-disc&view=back', {}, () => {
      // Headless Chromium on Linux has no share sheet; make sure of it, whatever the build.
      delete (Navigator.prototype as { share?: unknown }).share
    })
    const { page } = app
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url })
    const share = page.getByRole('button', { name: 'Share', exact: true })
    // The keyboard reaches it and presses it; no network is needed.
    await page.context().setOffline(true)
    await share.focus()
    await page.keyboard.press('Enter')
    const status = page.getByRole('status').filter({ hasText: 'Link copied' })
    await status.waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(expectedLink(page.url()))
    expect(copied).toContain('structure=l4-l5-disc')
    expect(copied).toContain('view=back')
    expect(copied).not.toContain('e2e')
    await page.context().setOffline(false)
    // A new view: the confirmation was about the old link, so it goes.
    await page.locator('#view-preset').selectOption('front')
    await expect.poll(() => status.count()).toBe(0)
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('Share opens the system share sheet where the browser has one, with the link to this view', async () => {
    const app = await ready('?cause=sciatica', {}, () => {
      window.__shared = []
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          window.__shared!.push(data)
          return Promise.resolve()
        },
      })
    })
    await app.page.getByRole('button', { name: 'Share', exact: true }).click()
    await app.page.getByRole('status').filter({ hasText: 'Link shared.' }).waitFor()
    const shared = await app.page.evaluate(() => window.__shared)
    expect(shared).toEqual([
      { title: 'Sciatica (radiculopathy) · Lower Back Explorer', url: expectedLink(app.page.url()) },
    ])
    expect(shared?.[0]?.url).toContain('cause=sciatica')
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('draws a QR code that decodes to the link, in a dialog the keyboard opens and closes', async () => {
    const app = await ready('?structure=l5-root-left&xray=1')
    const { page } = app
    const button = page.getByRole('button', { name: 'QR code' })
    await button.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Scan to open this view' })
    await dialog.waitFor()
    const code = dialog.getByRole('img', { name: 'QR code of the link to this view' })
    const box = (await code.boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(200)
    const decoded = await decodeQrSvg(suite.browser, await code.evaluate((svg) => svg.outerHTML))
    expect(decoded).toBe(expectedLink(page.url()))
    expect(decoded).toContain('structure=l5-root-left')
    await app.screenshot('clinic-qr-dialog')
    expect(await app.axe()).toEqual([])
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true)
    // Escape closed the dialog only: the selection it was about is still there.
    expect(new URL(page.url()).searchParams.get('structure')).toBe('l5-root-left')
    await page.getByRole('heading', { level: 2, name: 'L5 nerve root (left)' }).waitFor()
    expect(app.problems).toEqual([])
    await app.close()
  })

  async function prepareHandout(app: AppPage, note: string): Promise<void> {
    const { page } = app
    await page.getByRole('button', { name: 'Print handout' }).click()
    const dialog = page.getByRole('dialog', { name: 'Print handout' })
    await dialog.waitFor()
    // The note field has the focus: the clinician types straight away.
    await page.keyboard.type(note)
    await dialog.getByRole('status').filter({ hasText: 'Ready to print.' }).waitFor({ timeout: 60_000 })
  }

  it('prints a handout of a structure on one or two A4 pages, with a print-size snapshot, made offline', async () => {
    const app = await ready('?structure=l4-l5-disc', {}, () => {
      window.__printCalls = 0
      window.print = () => {
        window.__printCalls! += 1
      }
    })
    const { page } = app
    await page.context().setOffline(true)
    const view = (await page.locator('.viewer canvas').boundingBox())!
    const note = 'Walk 20 minutes twice a day.\nSee you in 3 weeks. — Dr Rao'
    await prepareHandout(app, note)

    const snapshot = page.locator('.handout__snapshot')
    const image = await snapshot.evaluate((img: HTMLImageElement) => ({
      complete: img.complete,
      width: img.naturalWidth,
      height: img.naturalHeight,
      src: img.src,
    }))
    expect(image.complete).toBe(true)
    expect(image.src.startsWith('blob:')).toBe(true)
    // Rendered at print size (the longer side at the cap), in the view's own shape: not a screen capture.
    expect(Math.max(image.width, image.height)).toBe(SNAPSHOT_MAX_SIDE)
    expect(image.width).toBeGreaterThanOrEqual(1000)
    expect(image.width / image.height).toBeCloseTo(view.width / view.height, 1)
    // The model is in it: a good share of pixels differ from the plain background.
    const modelShare = await snapshot.evaluate((img: HTMLImageElement) => {
      const canvas = document.createElement('canvas')
      canvas.width = 256
      canvas.height = Math.round((256 * img.naturalHeight) / img.naturalWidth)
      const context = canvas.getContext('2d')!
      context.drawImage(img, 0, 0, canvas.width, canvas.height)
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      const [r, g, b] = [data[0]!, data[1]!, data[2]!]
      let differing = 0
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) > 30) differing += 1
      }
      return differing / (data.length / 4)
    })
    expect(modelShare).toBeGreaterThan(0.05)
    await app.screenshot('clinic-handout-dialog')
    expect(await app.axe()).toEqual([])

    // Print, from the keyboard: the note field, then the Print button.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => window.__printCalls)).toBe(1)
    // Back online for the PDF, which stands in for the print dialog: Chromium's own favicon fetch
    // while printing would fail offline here, where the test blocks the service worker that serves it.
    await page.context().setOffline(false)

    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('#root').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Print', exact: true }).isVisible()).toBe(false)
    const handout = page.locator('.handout')
    const text = await handout.innerText()
    expect(text).toContain('L4–L5 intervertebral disc')
    expect(text).toContain('What it is')
    expect(text).toContain('When to get urgent help')
    expect(text).toContain('What generally helps')
    expect(text).toContain('Sources')
    expect(text).toContain(DISCLAIMER)
    expect(text).toContain('Walk 20 minutes twice a day.\nSee you in 3 weeks. — Dr Rao')
    expect(text).toContain(expectedLink(page.url()))
    expect(await handout.locator('.evidence').count()).toBeGreaterThan(0)
    const qr = handout.getByRole('img', { name: /QR code/ })
    expect(await decodeQrSvg(suite.browser, await qr.evaluate((svg) => svg.outerHTML))).toBe(expectedLink(page.url()))
    await app.screenshot('clinic-handout-print')

    const a4 = await page.pdf({ format: 'A4', printBackground: true })
    const letter = await page.pdf({ format: 'Letter', printBackground: true })
    writeFileSync(join(mkdtempSync(join(tmpdir(), 'handout-')), 'l4-l5-disc.pdf'), a4)
    const pages = { a4: pdfPageCount(a4), letter: pdfPageCount(letter) }
    console.info(
      `handout l4-l5-disc: ${pages.a4} A4 pages, ${pages.letter} Letter pages; snapshot ${image.width}×${image.height}`
    )
    expect(pages.a4).toBeGreaterThanOrEqual(1)
    expect(pages.a4).toBeLessThanOrEqual(2)
    expect(pages.letter).toBeLessThanOrEqual(2)

    // Closing gives the page back, and the picture's object URL is let go.
    await page.emulateMedia({ media: 'screen' })
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'Print handout' }).waitFor({ state: 'hidden' })
    expect(new URL(page.url()).searchParams.get('structure')).toBe('l4-l5-disc')
    // The picture goes once the dialog's cleanup has run (a moment after it hides).
    await expect.poll(() => page.locator('.handout__snapshot').count()).toBe(0)
    expect(
      await page.getByRole('button', { name: 'Print handout' }).evaluate((b) => b === document.activeElement)
    ).toBe(true)
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('prints a cause handout, the longest kind, on at most two pages', async () => {
    const app = await ready('?cause=spinal-stenosis', {}, () => {
      window.print = () => undefined
    })
    await prepareHandout(app, 'Keep walking, with rests.')
    await app.page.emulateMedia({ media: 'print' })
    const text = await app.page.locator('.handout').innerText()
    expect(text).toContain('Spinal stenosis')
    expect(text).toContain('What generally helps')
    expect(text).toContain('Keep walking, with rests.')
    const pages = pdfPageCount(await app.page.pdf({ format: 'A4', printBackground: true }))
    console.info(`handout spinal-stenosis: ${pages} A4 pages`)
    // The whole handout as it prints, for a person to look at.
    await app.page.setViewportSize({ width: 794, height: 1123 })
    await app.page.screenshot({ path: join(SCREENSHOT_DIR, 'clinic-handout-print-cause.png'), fullPage: true })
    expect(pages).toBeLessThanOrEqual(2)
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('embeds: ?embed=1 shows the 3D view and the explanation, no header or tree, and a link to the full explorer', async () => {
    const app = await ready('?embed=1&structure=l4-l5-disc')
    const { page } = app
    await page.getByRole('heading', { level: 2, name: 'L4–L5 intervertebral disc' }).waitFor()
    expect(await page.locator('.app-header').count()).toBe(0)
    expect(await page.getByRole('navigation', { name: 'Structures' }).count()).toBe(0)
    expect(await page.locator('.viewer canvas').isVisible()).toBe(true)
    const open = page.getByRole('link', { name: 'Open in the full explorer' })
    expect(await open.getAttribute('href')).toBe(expectedLink(page.url()))
    expect(await open.getAttribute('href')).toContain('structure=l4-l5-disc')
    expect(await open.getAttribute('href')).not.toContain('embed')
    expect(await open.getAttribute('target')).toBe('_blank')
    // The URL tidying keeps the embedded layout.
    expect(new URL(page.url()).searchParams.get('embed')).toBe('1')
    // The 3D view fills what the frame leaves beside the explanation.
    const viewer = (await page.locator('.viewer').boundingBox())!
    expect(viewer.width).toBeGreaterThan(1280 * 0.5)
    expect(viewer.height).toBeGreaterThan(800 * 0.8)
    await app.screenshot('clinic-embed')
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('embeds in another site’s page without a request to that site', async () => {
    const hostDir = mkdtempSync(join(tmpdir(), 'host-'))
    const frameUrl = `${suite.server.url}/?e2e&embed=1&cause=sciatica`
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html lang="en"><title>Clinic</title><h1>Our clinic</h1>
<iframe src="${frameUrl}" title="Lower Back Explorer" width="900" height="600" allow="web-share; clipboard-write"></iframe>`
    )
    const host = await serveStatic(hostDir)
    const context = await suite.browser.newContext({ viewport: { width: 1000, height: 800 } })
    const page = await context.newPage()
    const toHost: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).origin === host.url && request.frame() !== page.mainFrame()) toHost.push(request.url())
    })
    try {
      await page.goto(`${host.url}/`)
      const frame = page.frameLocator('iframe')
      await frame.getByRole('heading', { level: 2, name: 'Sciatica' }).waitFor({ timeout: 60_000 })
      await frame.getByRole('link', { name: 'Open in the full explorer' }).waitFor()
      await frame.getByRole('button', { name: 'Share', exact: true }).waitFor()
      expect(toHost).toEqual([])
      await page.screenshot({ path: join(hostDir, 'host.png') })
    } finally {
      await context.close()
      await host.close()
    }
  })

  it('works on a phone: the buttons are on screen and the handout and QR code fit its width', async () => {
    const phone = { width: 390, height: 844 }
    const app = await ready('?structure=l4-l5-disc', { viewport: phone, hasTouch: true }, () => {
      window.print = () => undefined
    })
    const { page } = app
    for (const name of ['Share', 'QR code', 'Print handout']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width)
      expect(box.y + box.height).toBeLessThanOrEqual(phone.height)
      expect(box.height).toBeGreaterThanOrEqual(24)
    }
    await app.screenshot('clinic-phone')
    await page.getByRole('button', { name: 'QR code' }).tap()
    const qr = (await page.getByRole('img', { name: 'QR code of the link to this view' }).boundingBox())!
    expect(qr.x).toBeGreaterThanOrEqual(0)
    expect(qr.x + qr.width).toBeLessThanOrEqual(phone.width)
    await page.keyboard.press('Escape')
    await prepareHandout(app, 'Phone note')
    await page.locator('.handout').getByRole('heading', { level: 2, name: 'L4–L5 intervertebral disc' }).waitFor()
    const dialog = (await page.getByRole('dialog', { name: 'Print handout' }).boundingBox())!
    expect(dialog.x).toBeGreaterThanOrEqual(0)
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(phone.width)
    await page.getByRole('button', { name: 'Print', exact: true }).tap()
    await app.screenshot('clinic-phone-handout')
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })
})

describe('the print handout without 3D graphics', () => {
  const suite = useBrowserAndServer({ launch: { disableWebGL: true } })

  it('says there is no picture and still prints the words, the QR code and the disclaimer', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await app.page.addInitScript(() => {
      window.__printCalls = 0
      window.print = () => {
        window.__printCalls! += 1
      }
    })
    await app.open('?cause=sciatica')
    await app.page.getByRole('alert').waitFor()
    await app.page.getByRole('button', { name: 'Print handout' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Print handout' })
    await dialog
      .getByRole('status')
      .filter({ hasText: 'This browser cannot show the 3D view. The handout prints without a picture of the 3D view.' })
      .waitFor()
    expect(await dialog.locator('.handout__snapshot').count()).toBe(0)
    await dialog.getByRole('button', { name: 'Print', exact: true }).click()
    await expect.poll(() => app.page.evaluate(() => window.__printCalls)).toBe(1)
    await app.page.emulateMedia({ media: 'print' })
    const text = await app.page.locator('.handout').innerText()
    expect(text).toContain('Sciatica')
    expect(text).toContain(DISCLAIMER)
    expect(pdfPageCount(await app.page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2)
    expect(app.problems).toEqual([])
    await app.close()
  })
})
