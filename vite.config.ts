import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The app makes no request to another host: everything it needs is bundled or under public/.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // The lazy 3D chunk (three + R3F + drei) is ~1 MB minified by design; the entry stays small.
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
})
