import { build } from 'vite'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DIST } from './suite'

/** Builds the app once for all end-to-end tests (skip with E2E_SKIP_BUILD=1 when dist is fresh). */
export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html'))) return
  // Vitest sets NODE_ENV=test, which would give a development build of React: test what ships.
  process.env.NODE_ENV = 'production'
  // Mode e2e adds the one entry that installs the test hooks (see vite.config.ts).
  await build({ logLevel: 'warn', mode: 'e2e', build: { outDir: DIST, emptyOutDir: true } })
}
