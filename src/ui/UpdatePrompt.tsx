import { useEffect, useSyncExternalStore } from 'react'
import { applyUpdate, dismissUpdate, isUpdateWaiting, subscribeToUpdate } from '../pwa/update-state'
import './update-prompt.css'

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
    // A separate chunk: workbox-window loads after the page, off the entry's critical path.
    void import('../pwa/service-worker').then((sw) => sw.registerServiceWorker())
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
