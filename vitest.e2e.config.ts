import { defineConfig } from 'vitest/config'

// End-to-end tests: real Debian Chromium driven by playwright-core, against the built app.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/harness/global-setup.ts'],
    // One Chromium at a time: the machine has two cores and SwiftShader renders on the CPU.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
