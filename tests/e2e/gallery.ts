/**
 * `npm run gallery` (also the last step of `npm run shots`): every structure highlighted in the
 * real app, as a user sees it after picking it (the app frames it and fades or X-rays what hides
 * it), laid out as one contact sheet, docs/gallery.jpg, so anyone can judge whether each shape is
 * recognisable. Uses the e2e build (its hooks select a structure and report when the scene is
 * still); needs Debian's Chromium, like the e2e tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { STRUCTURES } from '../../src/domain/structures'
import { runAppScript } from './harness/app-script'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
/**
 * GALLERY_ONLY=multifidus,psoas draws only the structures whose ids contain one of the words, larger, into
 * gallery-only.jpg in the system's temporary folder, for a quick look while working on a shape.
 */
const ONLY = (process.env.GALLERY_ONLY ?? '').split(',').filter(Boolean)
const SHOWN = ONLY.length ? STRUCTURES.filter((s) => ONLY.some((word) => s.id.includes(word))) : STRUCTURES
const OUT = ONLY.length ? join(tmpdir(), 'gallery-only.jpg') : resolve(REPO, 'docs/gallery.jpg')
/** Thumbnails per row of the sheet, and each thumbnail's width in CSS pixels. */
const COLUMNS = ONLY.length ? 2 : 8
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)
const THUMB_WIDTH = ONLY.length ? 640 : 180
/**
 * GALLERY_TILES=<folder> also writes each picture there as <structure id>.jpg, and the app's
 * orientation hint for each in orientation.json (for a blind review).
 */
const TILES = process.env.GALLERY_TILES

/**
 * Waits until the camera has stood still for five frames. A string, not a function: tsx keeps
 * function names with a helper that does not exist in the page.
 */
const CAMERA_STILL = `new Promise((done) => {
  let last = ''
  let still = 0
  const tick = () => {
    const state = window.__explorer && window.__explorer.r3f
    const now = state ? state.camera.position.toArray().map((v) => v.toFixed(5)).join() : ''
    still = now === last ? still + 1 : 0
    last = now
    if (still >= 5) done(undefined)
    else requestAnimationFrame(tick)
  }
  tick()
})`

// The e2e build, under node_modules like the poster's and the views'.
runAppScript(join(REPO, 'node_modules', '.cache', 'gallery'), async (browser, url) => {
  // bypassCSP: the built page forbids inline styles, and the gallery hides the overlays with one.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    bypassCSP: true,
  })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error('page error:', e.message))
  await page.goto(`${url}/?view=back`)
  await page.waitForFunction(() => window.__explorer?.ready === true, undefined, { timeout: 120_000 })
  // The picture only: no legend, labels, hints or toolbar over the model.
  await page.addStyleTag({
    content: '.legend, .labels, .hover-label, .toolbar, .orientation-hint { display: none !important; }',
  })
  const canvas = page.locator('canvas').first()
  const cells: { id: string; name: string; image: string }[] = []
  const orientation: Record<string, string> = {}
  for (const structure of SHOWN) {
    // Each is picked from the opening view, so that no picture depends on the one before it (a
    // pick keeps the camera where the structure is already well in view).
    await page.evaluate(() => {
      const store = window.__explorer!.store.getState()
      store.select(null)
      store.setView('back')
    })
    await page.waitForFunction(() => window.__explorer?.ready === true)
    await page.evaluate(CAMERA_STILL)
    await page.evaluate((id) => window.__explorer!.store.getState().select(id), structure.id)
    await page.waitForFunction(() => window.__explorer?.ready === true)
    await page.evaluate(CAMERA_STILL)
    const png = await canvas.screenshot({ type: 'jpeg', quality: 80 })
    if (TILES) {
      mkdirSync(TILES, { recursive: true })
      writeFileSync(join(TILES, `${structure.id}.jpg`), png)
      // The app's orientation hint (hidden with the toolbar here), for a reviewer told only what a user sees.
      const hint = await page.locator('.orientation-hint').textContent()
      orientation[structure.id] = hint?.replace(/\s+/g, ' ').trim() ?? ''
    }
    cells.push({ id: structure.id, name: structure.name, image: png.toString('base64') })
    console.log(`gallery ${cells.length}/${SHOWN.length} ${structure.id}`)
  }
  if (TILES) writeFileSync(join(TILES, 'orientation.json'), `${JSON.stringify(orientation, null, 1)}\n`)
  const sheet = await context.newPage()
  await sheet.setViewportSize({ width: COLUMNS * (THUMB_WIDTH + 8) + 16, height: 800 })
  await sheet.setContent(`<!doctype html><meta charset="utf-8"><style>
      body { margin: 8px; background: #111827; color: #e5e7eb; font: 11px/1.3 system-ui, sans-serif; }
      h1 { font-size: 15px; margin: 4px 4px 8px; }
      .grid { display: grid; grid-template-columns: repeat(${COLUMNS}, ${THUMB_WIDTH}px); gap: 8px; }
      figure { margin: 0; } img { width: ${THUMB_WIDTH}px; display: block; border-radius: 3px; }
      figcaption { padding: 2px 1px 0; min-height: 2.6em; }
    </style><h1>Lower Back Explorer: every structure as it looks when picked (generated model, ${new Date().toISOString().slice(0, 10)})</h1>
    <div class="grid">${cells
      .map(
        (c) =>
          `<figure><img src="data:image/jpeg;base64,${c.image}" alt=""><figcaption>${escapeHtml(c.name)}</figcaption></figure>`
      )
      .join('')}</div>`)
  const jpeg = await sheet.screenshot({ fullPage: true, type: 'jpeg', quality: 72 })
  writeFileSync(OUT, jpeg)
  console.log(`gallery: ${cells.length} structures → ${OUT} (${Math.round(jpeg.byteLength / 1024)} KB)`)
})
