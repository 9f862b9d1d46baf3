import { defineConfig } from 'vitest/config'

// End-to-end tests: real Debian Chromium driven by playwright-core, against the built app.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    // One Chromium at a time: the machine has two cores and SwiftShader renders on the CPU.
    fileParallelism: false,
    // Files share one worker and its imports (each still starts its own Chromium and server): a
    // fresh worker per file cost about 1.3 s of imports, some 20 s over the suite.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
