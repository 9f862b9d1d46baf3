import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicy, CONTENT_SECURITY_POLICY_HEADER } from './src/pwa/content-security-policy'
import { offlinePlugins } from './src/pwa/offline-plugins'

// The app makes no request to another host: everything it needs is bundled or under public/.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), ...offlinePlugins()],
  build: {
    target: 'es2022',
    // The lazy 3D chunk (three + R3F + drei) is ~1 MB minified by design; the entry stays small.
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  // The built site's policy as a real header, with what a <meta> tag cannot carry (frame-ancestors).
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER } },
})
