/**
 * `npm run views`: renders the README's two pictures of the model from behind,
 * docs/model-bones-back.jpg (the bones alone) and docs/model-back.jpg (muscles and fascia under
 * the translucent skin), from public/models/lumbar-spine.glb in headless Chromium, through the
 * app's own links (`?embed=1&view=back&hide=…`), so they show the model as the app draws it.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { canvasPicture, runAppScript } from './harness/app-script'

const ROOT = resolve(import.meta.dirname, '..', '..')
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'model-views')
const DOCS = join(ROOT, 'docs')
/** The embedded layout, its 3D view beside its panel. */
const VIEWPORT = { width: 900, height: 1100 }
/** JPEG quality: a picture in the README, a tenth of a PNG's bytes. */
const QUALITY = 0.88

const VIEWS = [
  { file: 'model-bones-back.jpg', hide: 'skin,superficial-muscle,deep-muscle,ligament,nerve,joint' },
  { file: 'model-back.jpg', hide: 'none' },
] as const

runAppScript(OUT_DIR, async (browser, url) => {
  mkdirSync(DOCS, { recursive: true })
  for (const view of VIEWS) {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(`${url}/?e2e&embed=1&view=back&hide=${view.hide}`)
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('first-model-frame').length > 0 &&
        window.__explorer?.ready === true &&
        !window.__explorer.framing,
      undefined,
      { timeout: 120_000 }
    )
    const { bytes } = await canvasPicture(page, 'image/jpeg', QUALITY)
    writeFileSync(join(DOCS, view.file), bytes)
    console.log(`views: ${view.file}, ${(bytes.byteLength / 1024).toFixed(0)} KB`)
    await context.close()
  }
})
