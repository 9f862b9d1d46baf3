import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicy, CONTENT_SECURITY_POLICY_HEADER } from './src/pwa/content-security-policy.ts'
import { offlinePlugins } from './src/pwa/offline-plugins.ts'
import { modelSizeDefine } from './src/pwa/model-size.ts'
import { prerenderPage } from './src/app/prerender-plugin.ts'

/**
 * `--mode e2e` (the end-to-end tests and the benchmark) adds one entry module that installs
 * `window.__explorer`; every other module is the same file the production build ships.
 */
function e2eHooks(): Plugin {
  return {
    name: 'lumbar-e2e-hooks',
    transformIndexHtml: {
      // Before Vite collects the page's entries, so the script is bundled like the app's own.
      order: 'pre',
      handler: () => [{ tag: 'script', attrs: { type: 'module', src: '/src/e2e/install-hooks.ts' }, injectTo: 'body' }],
    },
  }
}

// The app makes no request to another host: everything it needs is bundled or under public/.
export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    contentSecurityPolicy(),
    prerenderPage(),
    ...offlinePlugins(),
    ...(mode === 'e2e' ? [e2eHooks()] : []),
  ],
  define: modelSizeDefine(import.meta.dirname),
  build: {
    target: 'es2022',
    // The lazy 3D chunk (three + R3F + drei) is ~1 MB minified by design; the entry stays small.
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  // The built site's policy as a real header, with what a <meta> tag cannot carry (frame-ancestors).
  preview: { port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER } },
}))
