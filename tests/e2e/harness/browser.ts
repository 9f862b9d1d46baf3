import { chromium, type Browser, type BrowserContextOptions, type LaunchOptions } from 'playwright-core'
import { existsSync } from 'node:fs'

/** Debian's Chromium; never a browser downloaded by a test tool. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Flags that keep headless Chromium off the (closed) network and force SwiftShader WebGL.
 * Since M139 Chromium no longer falls back to SwiftShader on its own, so both GL flags are needed.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
]

export interface LaunchChromiumOptions {
  /** Launch with WebGL switched off, to test the no-WebGL message. default: false */
  disableWebGL?: boolean
  /** Extra Chromium flags (a GPU machine passes hardware GL flags here). */
  extraArgs?: string[]
  /** Replace the GL flags entirely (e.g. hardware GL on the device machine). */
  args?: string[]
}

export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: apt-get install -y chromium`)
  }
  const args = [...(options.args ?? CHROMIUM_ARGS), ...(options.extraArgs ?? [])]
  if (options.disableWebGL) args.push('--disable-webgl', '--disable-webgl2', '--disable-3d-apis')
  const launch: LaunchOptions = { executablePath: CHROMIUM_PATH, headless: true, args }
  return blockServiceWorkersByDefault(await chromium.launch(launch))
}

/**
 * Every context this browser opens (`newContext` and `newPage`, which goes through it) blocks
 * service workers unless it asks for `serviceWorkers: 'allow'`, as the offline test does: a
 * worker's cache must never answer for a build that a test is checking.
 */
function blockServiceWorkersByDefault(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser)
  browser.newContext = (options: BrowserContextOptions = {}) => newContext({ serviceWorkers: 'block', ...options })
  return browser
}
