/**
 * `npm run poster`: renders the app's default view from public/models/lumbar-spine.glb in
 * headless Chromium and writes it to public/poster/default-view.webp, with
 * public/poster/default-view.json recording the GLB's SHA-256 (a unit test fails when the model
 * changes and the poster is not made again). The app shows the poster while the model loads.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { launchChromium } from './harness/browser'
import { serveStatic } from './harness/server'
import { glbSha256, type PosterRecord } from './poster-record'

const ROOT = resolve(import.meta.dirname, '..', '..')
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'poster')
const POSTER_DIR = join(ROOT, 'public', 'poster')
const GLB = join(ROOT, 'public', 'models', 'lumbar-spine.glb')
/** The desktop layout's 3D view; phones show it scaled down, centred (object-fit: contain). */
const VIEWPORT = { width: 1280, height: 800 }
/** WebP quality: the picture is seen for seconds, under a progress message. */
const QUALITY = 0.8

async function main(): Promise<void> {
  process.env.NODE_ENV = 'production'
  await build({ root: ROOT, mode: 'e2e', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } })
  const server = await serveStatic(OUT_DIR)
  const browser = await launchChromium()
  try {
    // Twice the pixels, for phones' dense screens.
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, reducedMotion: 'reduce' })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(`${server.url}/?e2e`)
    await page.waitForFunction(
      () => performance.getEntriesByName('first-model-frame').length > 0 && window.__explorer?.ready === true,
      undefined,
      { timeout: 120_000 }
    )
    // Render once more and read the canvas in the same task, while its drawing buffer is valid.
    const picture = await page.evaluate((quality) => {
      const { gl, scene, camera } = window.__explorer!.r3f!.get()
      gl.render(scene, camera)
      const canvas = gl.domElement
      return { url: canvas.toDataURL('image/webp', quality), width: canvas.width, height: canvas.height }
    }, QUALITY)
    const webp = Buffer.from(picture.url.replace(/^data:image\/webp;base64,/, ''), 'base64')
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
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
