import { build } from 'vite'

/** Where the e2e build lives; E2E_DIST lets two checkouts' runs on one machine keep apart. */
export const DIST = process.env.E2E_DIST ?? 'dist'

/** The app as the end-to-end tests and the benchmark drive it: production code plus the e2e hooks. */
export async function buildAppForTests(): Promise<void> {
  // Vitest sets NODE_ENV=test, which would give a development build of React: test what ships.
  process.env.NODE_ENV = 'production'
  // Mode e2e adds the one entry that installs the test hooks (see vite.config.ts).
  await build({ logLevel: 'warn', mode: 'e2e', build: { outDir: DIST, emptyOutDir: true } })
}
