/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register'
import { offerUpdate } from './update-state'

let registered = false

/**
 * Registers the service worker that vite-plugin-pwa generates (production builds only: the
 * caller imports this module behind `import.meta.env.PROD`). Idempotent, so a component effect
 * may call it (React StrictMode runs effects twice). When a new deployment has installed its
 * worker, it waits, and `offerUpdate` lets the reader choose when to reload.
 */
export function registerServiceWorker(): void {
  if (registered || !('serviceWorker' in navigator)) return
  registered = true
  const updateServiceWorker = registerSW({
    onNeedRefresh: () =>
      offerUpdate(async () => {
        // Reload once the new worker has taken over. workbox-window would do it only for a page
        // that a worker already controlled when it loaded, not for the visit that installed the first one.
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
        await updateServiceWorker()
      }),
    // Instead of workbox-window's own reload: the listener above reloads, once.
    onNeedReload: () => undefined,
    // Registration fails where service workers are off (some private windows, browser policy, an
    // automated browser that blocks them): the app then works online as it always did, so it
    // says nothing, and an e2e run that fails on console errors stays clean.
    onRegisterError: () => undefined,
  })
}
