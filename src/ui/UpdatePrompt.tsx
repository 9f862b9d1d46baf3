import { useEffect, useSyncExternalStore } from 'react'
import { applyUpdate, dismissUpdate, isUpdateWaiting, subscribeToUpdate } from '../pwa/update-state'
import { useExplorerStore, type ExplorerState } from '../store/explorer-store'
import './update-prompt.css'

/** Register anyway after this long (a model still downloading on a very slow line). */
const REGISTER_FALLBACK_MS = 20_000

/**
 * "A new version is available — Reload", shown when a new deployment's service worker has
 * installed and waits. A polite status: it is announced but never takes focus, and its buttons
 * sit in the normal tab order. Mounting it also registers the service worker, in production
 * builds only (the dev server has none).
 */
export function UpdatePrompt() {
  const waiting = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false)

  useEffect(() => {
    if (!import.meta.env.PROD) return
    // Precaching downloads the whole app again (the model too): on a phone's first visit it
    // waits until the model is on screen (or will not be), so it never competes with it.
    let registered = false
    const register = () => {
      if (registered) return
      registered = true
      unsubscribe()
      window.clearTimeout(fallback)
      // A separate chunk: workbox-window loads after the page, off the entry's critical path.
      void import('../pwa/service-worker').then((sw) => sw.registerServiceWorker())
    }
    const settled = (s: ExplorerState) =>
      s.model.state === 'ready' ||
      s.model.state === 'error' ||
      s.graphics === 'unavailable' ||
      s.graphics === 'failed' ||
      s.modelDeferred
    const unsubscribe = useExplorerStore.subscribe((s) => {
      if (settled(s)) register()
    })
    const fallback = window.setTimeout(register, REGISTER_FALLBACK_MS)
    if (settled(useExplorerStore.getState())) register()
    return () => {
      unsubscribe()
      window.clearTimeout(fallback)
    }
  }, [])

  // The live region stays in the page so that the message is announced when it appears.
  return (
    <div className="update-prompt" role="status">
      {waiting && (
        <div className="update-prompt__box">
          <p>A new version is available.</p>
          <button type="button" className="update-prompt__reload" onClick={() => void applyUpdate()}>
            Reload
          </button>
          <button type="button" onClick={dismissUpdate}>
            Later
          </button>
        </div>
      )}
    </div>
  )
}
