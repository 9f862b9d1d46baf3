/**
 * `npm run views`: renders the README's pictures through the app's own links, so they show the
 * app and the model as they are: the two of the model from behind, docs/model-bones-back.jpg (the
 * bones alone) and docs/model-back.jpg (muscles and fascia under the translucent skin), from the
 * embedded layout's 3D view; and the screenshots of the whole app (a cause, a structure, the
 * dermatomes, a phone, the spine leaning back and bending forward).
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

const DESKTOP = { width: 1280, height: 800 }
/** A phone: the panel is a bottom sheet. */
const PHONE = { width: 390, height: 844 }
/** The movement pictures: tall enough for the pose's figures beside the spine. */
const TALL = { width: 1400, height: 1200 }
const NO_MUSCLE = 'skin,superficial-muscle,deep-muscle'

/** The app's screenshots in the README: a link, the window, and a toolbar button to press. */
const SCREENS: readonly {
  file: string
  link: string
  viewport: typeof DESKTOP
  press?: string
  /** How far to move the camera back and down after the link's framing, m (to show the legs). */
  back?: number
  down?: number
}[] = [
  { file: 'explorer-sciatica.jpg', link: 'cause=sciatica', viewport: DESKTOP },
  { file: 'cause-muscle-imbalance.jpg', link: 'cause=muscle-imbalance&view=left', viewport: DESKTOP },
  { file: 'structure-l4-l5-disc.jpg', link: 'structure=l4-l5-disc&xray=1', viewport: DESKTOP },
  {
    file: 'dermatomes-front.jpg',
    link: 'view=front&hide=superficial-muscle,deep-muscle,ligament,nerve,joint',
    viewport: DESKTOP,
    press: 'Dermatomes',
    back: 1.3,
    down: 0.25,
  },
  { file: 'mobile-piriformis.jpg', link: 'structure=piriformis-right', viewport: PHONE },
  { file: 'movement-extension.jpg', link: `pose=extension&view=left&hide=${NO_MUSCLE}`, viewport: TALL },
  { file: 'movement-flexion.jpg', link: `pose=flexion&view=left&hide=${NO_MUSCLE}`, viewport: TALL },
]

/** Until the model is drawn, its picking ready and any framing done. */
const MODEL_SETTLED = () =>
  performance.getEntriesByName('first-model-frame').length > 0 &&
  window.__explorer?.ready === true &&
  !window.__explorer.framing

runAppScript(OUT_DIR, async (browser, url) => {
  mkdirSync(DOCS, { recursive: true })
  for (const view of VIEWS) {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(`${url}/?e2e&embed=1&view=back&hide=${view.hide}`)
    await page.waitForFunction(MODEL_SETTLED, undefined, { timeout: 120_000 })
    const { bytes } = await canvasPicture(page, 'image/jpeg', QUALITY)
    writeFileSync(join(DOCS, view.file), bytes)
    console.log(`views: ${view.file}, ${(bytes.byteLength / 1024).toFixed(0)} KB`)
    await context.close()
  }
  for (const screen of SCREENS) {
    const phone = screen.viewport === PHONE
    const context = await browser.newContext({
      viewport: screen.viewport,
      reducedMotion: 'reduce',
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    })
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(`${url}/?e2e&${screen.link}`)
    await page.waitForFunction(MODEL_SETTLED, undefined, { timeout: 120_000 })
    if (screen.press) await page.getByRole('button', { name: screen.press, exact: true }).click()
    if (screen.back) {
      await page.evaluate(
        ([back, down]) => {
          const { controls, invalidate } = window.__explorer!.r3f!.get()
          const camera = controls as unknown as {
            dolly(distance: number, smooth: boolean): void
            truck(x: number, y: number, smooth: boolean): void
          }
          camera.dolly(-back, false)
          camera.truck(0, down, false)
          invalidate()
        },
        [screen.back, screen.down ?? 0] as const
      )
    }
    // Two frames for what the press or the link's last change draws.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    const bytes = await page.screenshot({ type: 'jpeg', quality: Math.round(QUALITY * 100) })
    writeFileSync(join(DOCS, screen.file), bytes)
    console.log(`views: ${screen.file}, ${(bytes.byteLength / 1024).toFixed(0)} KB`)
    await context.close()
  }
})
