import { build } from 'vite'
import { existsSync } from 'node:fs'

/** Builds the app once for all end-to-end tests (skip with E2E_SKIP_BUILD=1 when dist is fresh). */
export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html')) return
  await build({ logLevel: 'warn' })
}
