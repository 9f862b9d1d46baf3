import { readFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const SCREENSHOT_DIR = join(import.meta.dirname, '..', 'screenshots')

export type AppMark = 'app-start' | 'canvas-created' | 'model-ready' | 'first-model-frame'

export interface AppPage {
  page: Page
  /** Console errors and failed-origin requests seen so far; tests assert this stays empty. */
  problems: string[]
  /** Navigates to the app with a query string (e2e hooks are always on). */
  open(query?: string): Promise<void>
  waitForMark(mark: AppMark, timeoutMs?: number): Promise<void>
  /** Runs axe-core (WCAG 2 A and AA rules) and returns the violations, summarised. */
  axe(): Promise<string[]>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

/**
 * The tests check behaviour, not fine detail: they run as on a low-density display (half a device
 * pixel per CSS pixel), where the app draws at the display's own density. A SwiftShader frame of
 * the default view then takes about 0.6 of its time at 1×, and the layout in CSS pixels is the same.
 */
export const TEST_DEVICE_SCALE = 0.5

export interface OpenAppOptions {
  viewport?: { width: number; height: number }
  /** default: TEST_DEVICE_SCALE */
  deviceScaleFactor?: number
  reducedMotion?: 'reduce' | 'no-preference'
  /** Console messages matching these are expected in this test (e.g. the 404 of a missing model). */
  allowConsole?: RegExp[]
  hasTouch?: boolean
  /**
   * Let the page ignore its Content-Security-Policy. default: false, so every test runs under the
   * policy that ships (axe is injected in a way CSP does not govern, see `axe()`).
   */
  bypassCSP?: boolean
  /** default: 'block' (see browser.ts); only the offline test lets the service worker run. */
  serviceWorkers?: 'allow' | 'block'
  /** default: true; false shows the page as the build prerendered it, before any script runs. */
  javaScript?: boolean
}

/**
 * A page on the app under test that records every console error and every request to a host
 * other than the local server: the app must make no request to any other host.
 */
export async function openAppPage(browser: Browser, baseUrl: string, options: OpenAppOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? TEST_DEVICE_SCALE,
    reducedMotion: options.reducedMotion ?? 'reduce',
    hasTouch: options.hasTouch ?? false,
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
    javaScriptEnabled: options.javaScript ?? true,
  })
  const page = await context.newPage()
  const problems: string[] = []
  const origin = new URL(baseUrl).origin
  const allowed = options.allowConsole ?? []
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console error: ${text}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) problems.push(`request to another host: ${url}`)
  })

  return {
    page,
    problems,
    async open(query = '') {
      const params = new URLSearchParams(query.replace(/^\?/, ''))
      params.set('e2e', '')
      await page.goto(`${baseUrl}/?${params.toString().replace('e2e=', 'e2e')}`)
    },
    async waitForMark(mark, timeoutMs = 60_000) {
      await page.waitForFunction(
        // After the first model frame the tests measure the scene: wait for the hooks' probes too.
        (name) =>
          performance.getEntriesByName(name, 'mark').length > 0 &&
          (name !== 'first-model-frame' || window.__explorer?.ready === true),
        mark,
        { timeout: timeoutMs }
      )
    },
    async axe() {
      // Evaluated through the DevTools protocol, which CSP does not govern: a <script> added to
      // the page (page.addScriptTag) would be refused by the app's script-src.
      await page.evaluate(AXE_SOURCE)
      return page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<AxeResult> } }).axe
        const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] })
        return result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`
        )
      })
    },
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
      const path = join(SCREENSHOT_DIR, `${name}.png`)
      await page.screenshot({ path })
      return path
    },
    async close() {
      await context.close()
    },
  }
}

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[]
}

/** The WebGL renderer string, failing with a clear message when WebGL2 is not available. */
export async function webgl2Renderer(page: Page): Promise<string> {
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2')
    if (!gl) return null
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER))
  })
  if (!renderer) {
    throw new Error(
      'WebGL2 is not available in this Chromium. Launch it with --use-angle=swiftshader --enable-unsafe-swiftshader (see tests/e2e/harness/browser.ts).'
    )
  }
  return renderer
}
