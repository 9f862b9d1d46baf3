/**
 * `npm run views`: renders the README's two pictures of the model from behind,
 * docs/model-bones-back.jpg (the bones alone) and docs/model-back.jpg (muscles and fascia under
 * the translucent skin), from public/models/lumbar-spine.glb in headless Chromium, through the
 * app's own links (`?embed=1&view=back&hide=…`), so they show the model as the app draws it.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { launchChromium } from './harness/browser'
import { serveStatic } from './harness/server'

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

async function main(): Promise<void> {
  process.env.NODE_ENV = 'production'
  await build({ root: ROOT, mode: 'e2e', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } })
  const server = await serveStatic(OUT_DIR)
  const browser = await launchChromium()
  try {
    mkdirSync(DOCS, { recursive: true })
    for (const view of VIEWS) {
      const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' })
      const page = await context.newPage()
      page.on('pageerror', (error) => console.error('page error:', error.message))
      await page.goto(`${server.url}/?e2e&embed=1&view=back&hide=${view.hide}`)
      await page.waitForFunction(
        () =>
          performance.getEntriesByName('first-model-frame').length > 0 &&
          window.__explorer?.ready === true &&
          !window.__explorer.framing,
        undefined,
        { timeout: 120_000 }
      )
      // Render once more and read the canvas in the same task, while its drawing buffer is valid.
      const url = await page.evaluate((quality) => {
        const { gl, scene, camera } = window.__explorer!.r3f!.get()
        gl.render(scene, camera)
        return gl.domElement.toDataURL('image/jpeg', quality)
      }, QUALITY)
      const jpeg = Buffer.from(url.replace(/^data:image\/jpeg;base64,/, ''), 'base64')
      writeFileSync(join(DOCS, view.file), jpeg)
      console.log(`views: ${view.file}, ${(jpeg.byteLength / 1024).toFixed(0)} KB`)
      await context.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
