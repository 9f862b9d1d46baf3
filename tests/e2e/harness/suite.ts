import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium, type LaunchChromiumOptions } from './browser'
import { serveStatic, type Override, type StaticServer } from './server'

/** Where the e2e build lives; E2E_DIST lets two checkouts' runs on one machine keep apart. */
export const DIST = process.env.E2E_DIST ?? 'dist'

export interface Suite {
  browser: Browser
  server: StaticServer
}

/** Starts Chromium and a static server of the built app for one test file. */
export function useBrowserAndServer(
  options: { launch?: LaunchChromiumOptions; overrides?: Record<string, Override> } = {}
): Suite {
  const suite = {} as Suite
  beforeAll(async () => {
    suite.browser = await launchChromium(options.launch)
    suite.server = await serveStatic(DIST, options.overrides)
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.close()
  })
  return suite
}
