/**
 * Builds the app for the end-to-end tests (into E2E_DIST or dist). `npm test` runs it beside the
 * model tests, which keep one core busy, so the e2e step starts with the app built.
 */
import { buildAppForTests } from './e2e/harness/build-app'

const started = performance.now()
await buildAppForTests()
console.log(`app built for the end-to-end tests in ${((performance.now() - started) / 1000).toFixed(1)} s`)
