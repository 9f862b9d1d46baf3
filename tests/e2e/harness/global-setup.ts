import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildAppForTests, DIST } from './build-app'

/**
 * Builds the app once for all end-to-end tests. E2E_SKIP_BUILD=1 skips it when dist is fresh:
 * `npm test` sets it once it has built the app itself, beside the model tests.
 */
export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return
  await buildAppForTests()
}
