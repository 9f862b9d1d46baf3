import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchChromium, type LaunchChromiumOptions } from './browser'
import { serveStatic, type Override, type StaticServer } from './server'
import { DIST } from './build-app'

export { DIST } from './build-app'

export interface Suite {
  browser: Browser
  server: StaticServer
}

/**
 * The tests check behaviour, not smooth edges: Chromium gives WebGL no multisampling (as a GPU
 * blocklist may), which halves a SwiftShader frame. The app still asks for antialiasing; the
 * screenshot tools (poster, gallery) and the benchmark keep it.
 */
export const NO_WEBGL_MSAA = '--webgl-antialiasing-mode=none'

/** Starts Chromium and a static server of the built app for one test file. */
export function useBrowserAndServer(
  options: { launch?: LaunchChromiumOptions; overrides?: Record<string, Override> } = {}
): Suite {
  const suite = {} as Suite
  beforeAll(async () => {
    const launch = options.launch ?? {}
    suite.browser = await launchChromium({ ...launch, extraArgs: [NO_WEBGL_MSAA, ...(launch.extraArgs ?? [])] })
    suite.server = await serveStatic(DIST, options.overrides)
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.close()
  })
  return suite
}
