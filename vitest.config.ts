import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { modelSizeDefine } from './src/pwa/model-size.ts'

export default defineConfig({
  plugins: [react()],
  define: modelSizeDefine(import.meta.dirname),
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/scene/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
  },
})
