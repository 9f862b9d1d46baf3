import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium, type LaunchChromiumOptions } from './browser'
import { serveStatic, type Override, type StaticServer } from './server'

export const DIST = 'dist'

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
