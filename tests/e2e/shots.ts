/**
 * `npm run shots`: renders public/models/lumbar-spine.glb in headless Chromium from several
 * views and with each system alone, into tests/e2e/screenshots/model/ (git-ignored).
 */
import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'
import { launchChromium } from './harness/browser'

const HERE = dirname(fileURLToPath(import.meta.url))
const REPO = resolve(HERE, '../..')
const OUT = resolve(HERE, 'screenshots/model')

type View = 'front' | 'back' | 'left' | 'above' | 'oblique' | 'back-oblique'
type System =
  | 'all'
  | 'bones'
  | 'discs-joints'
  | 'nerves'
  | 'muscles'
  | 'ligaments-fascia'
  | 'surface'
  | 'illustrations'
  | 'illustrations-close'
  | 'areas'
  | 'dermatomes'
  | 'spine'

const SHOTS: [string, View, System][] = [
  ['front', 'front', 'all'],
  ['back', 'back', 'all'],
  ['left', 'left', 'all'],
  ['above', 'above', 'all'],
  ['oblique', 'oblique', 'all'],
  ['bones-back', 'back', 'bones'],
  ['bones-front', 'front', 'bones'],
  ['bones-left', 'left', 'bones'],
  ['bones-oblique', 'back-oblique', 'bones'],
  ['spine-left', 'left', 'spine'],
  ['spine-front', 'front', 'spine'],
  ['spine-back-oblique', 'back-oblique', 'spine'],
  ['discs-joints-left', 'left', 'discs-joints'],
  ['discs-joints-oblique', 'back-oblique', 'discs-joints'],
  ['nerves-front', 'front', 'nerves'],
  ['nerves-back', 'back', 'nerves'],
  ['muscles-back', 'back', 'muscles'],
  ['muscles-front', 'front', 'muscles'],
  ['ligaments-back', 'back', 'ligaments-fascia'],
  ['ligaments-oblique', 'back-oblique', 'ligaments-fascia'],
  ['skin-back', 'back', 'surface'],
  ['skin-front', 'front', 'surface'],
  ['skin-left', 'left', 'surface'],
  ['areas-front', 'front', 'areas'],
  ['areas-back', 'back', 'areas'],
  ['areas-left', 'left', 'areas'],
  ['dermatomes-front', 'front', 'dermatomes'],
  ['dermatomes-back', 'back', 'dermatomes'],
  ['dermatomes-left', 'left', 'dermatomes'],
  ['illustrations-oblique', 'back-oblique', 'illustrations'],
  ['illustrations-left', 'left', 'illustrations'],
  ['illustrations-back', 'back', 'illustrations'],
  ['illustrations-close-left', 'left', 'illustrations-close'],
  ['illustrations-close-back-oblique', 'back-oblique', 'illustrations-close'],
  ['illustrations-close-back', 'back', 'illustrations-close'],
]

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true })
  const server = await createServer({
    root: resolve(HERE, 'shots'),
    configFile: false,
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', fs: { allow: [REPO] } },
  })
  await server.listen()
  const address = server.httpServer?.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 } })
    page.on('pageerror', (e) => console.error('page error:', e.message))
    const model = encodeURIComponent(`/@fs${resolve(REPO, 'public/models/lumbar-spine.glb')}`)
    await page.goto(`http://127.0.0.1:${port}/index.html?model=${model}`)
    await page.waitForFunction(() => window.shotsReady === true, undefined, { timeout: 120_000 })
    // `npm run shots -- bones muscles` renders only the shots whose names contain a given word.
    const only = process.argv.slice(2)
    const wanted = only.length ? SHOTS.filter(([name]) => only.some((w) => name.includes(w))) : SHOTS
    for (const [name, view, system] of wanted) {
      await page.evaluate(([v, s]) => window.shot(v, s), [view, system] as const)
      await page.locator('#c').screenshot({ path: resolve(OUT, `${name}.png`) })
      console.log(`shot ${name}`)
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
