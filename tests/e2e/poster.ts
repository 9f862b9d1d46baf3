/**
 * `npm run poster`: renders the app's default view from public/models/lumbar-spine.glb in
 * headless Chromium and writes it to public/poster/default-view.webp, with
 * public/poster/default-view.json recording the GLB's SHA-256 (a unit test fails when the model
 * changes and the poster is not made again). The app shows the poster while the model loads.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { canvasPicture, runAppScript } from './harness/app-script'
import { glbSha256, type PosterRecord } from './poster-record'

const ROOT = resolve(import.meta.dirname, '..', '..')
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'poster')
const POSTER_DIR = join(ROOT, 'public', 'poster')
const GLB = join(ROOT, 'public', 'models', 'lumbar-spine.glb')
/** The desktop layout's 3D view; phones show it scaled down, centred (object-fit: contain). */
const VIEWPORT = { width: 1280, height: 800 }
/** WebP quality: the picture is seen for seconds, under a progress message. */
const QUALITY = 0.8

runAppScript(OUT_DIR, async (browser, url) => {
  // Twice the pixels, for phones' dense screens.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, reducedMotion: 'reduce' })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
  await page.goto(`${url}/?e2e`)
  await page.waitForFunction(
    () => performance.getEntriesByName('first-model-frame').length > 0 && window.__explorer?.ready === true,
    undefined,
    { timeout: 120_000 }
  )
  const picture = await canvasPicture(page, 'image/webp', QUALITY)
  const webp = picture.bytes
  if (webp.subarray(8, 12).toString('ascii') !== 'WEBP') throw new Error('Chromium did not encode a WebP')
  mkdirSync(POSTER_DIR, { recursive: true })
  writeFileSync(join(POSTER_DIR, 'default-view.webp'), webp)
  const record: PosterRecord = {
    glbSha256: glbSha256(readFileSync(GLB)),
    width: picture.width,
    height: picture.height,
    bytes: webp.byteLength,
  }
  writeFileSync(join(POSTER_DIR, 'default-view.json'), `${JSON.stringify(record, null, 2)}\n`)
  console.log(`poster: ${picture.width}×${picture.height}, ${(webp.byteLength / 1024).toFixed(1)} KB`)
})
