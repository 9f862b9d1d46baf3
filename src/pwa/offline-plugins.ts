import type { Plugin, PluginOption } from 'vite'
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa'
import { APP_ICONS, ICON_BACKGROUND, renderAppIcon } from './app-icon.ts'

/**
 * The model (2.0 MB) and the 3D chunk (1.1 MB) are close to workbox's 2 MiB default, and a file
 * over the limit is left out of the precache with only a build warning: allow 8 MiB. (The offline
 * e2e compares the precache with the build's files, so a file left out fails it.)
 */
export const MAX_PRECACHE_FILE_BYTES = 8 * 1024 * 1024

/** What an installed copy of the app is called and how it opens. */
export const WEB_APP_MANIFEST: Partial<ManifestOptions> = {
  name: 'Lower Back Explorer',
  short_name: 'Lower Back',
  description: 'An interactive 3D model of the lower back that explains why lower back pain happens.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: ICON_BACKGROUND,
  background_color: ICON_BACKGROUND,
  lang: 'en',
  icons: APP_ICONS.map((icon) => ({
    src: `/${icon.src}`,
    sizes: `${icon.size}x${icon.size}`,
    type: 'image/png',
    purpose: icon.purpose,
  })),
}

/**
 * Writes the app icons into the build and serves them from the dev server (index.html links the
 * 192 px one as the favicon). They are drawn by `app-icon.ts` at build time, so no committed
 * binary can go stale.
 */
export function appIcons(): Plugin {
  const byPath = new Map(APP_ICONS.map((icon) => [`/${icon.src}`, icon]))
  return {
    name: 'lower-back-explorer:app-icons',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const icon = byPath.get(req.url?.split('?')[0] ?? '')
        if (!icon) return next()
        res.setHeader('content-type', 'image/png')
        res.end(renderAppIcon(icon))
      })
    },
    generateBundle() {
      for (const icon of APP_ICONS) this.emitFile({ type: 'asset', fileName: icon.src, source: renderAppIcon(icon) })
    },
  }
}

/**
 * Offline and installable: the app icons, the web app manifest and a service worker that
 * precaches every file of the build (shell, scripts, styles, the model and the icons), so the
 * second visit works with no network. `registerType: 'prompt'`: a new deployment waits until
 * the reader chooses to reload (src/ui/UpdatePrompt.tsx); the app registers the worker itself
 * (src/pwa/service-worker.ts), so the plugin injects no script and no inline code into the page.
 */
export function offlinePlugins(): PluginOption[] {
  return [
    appIcons(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      manifest: WEB_APP_MANIFEST,
      // The icons are emitted by appIcons(), not copied from public/: the glob below finds them.
      includeManifestIcons: false,
      workbox: {
        // The manifest is added by the plugin itself, with its own revision. The prerendered page
        // names the poster (webp), so it is precached with the page.
        globPatterns: ['**/*.{html,js,css,png,webp,glb}'],
        maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
        // Every navigation (a deep link such as /?structure=l4-l5-disc) is the one-page app.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first worker takes the open page at once (nothing older to wait for), so the page
        // that installed it already works offline. A later version still waits for the prompt.
        clientsClaim: true,
        // The workbox runtime is bundled next to sw.js, never loaded from a CDN.
        inlineWorkboxRuntime: false,
        sourcemap: false,
      },
    }),
  ]
}
