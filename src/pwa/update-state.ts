/**
 * Whether a new version of the app is installed and waiting, and how to switch to it. A tiny
 * external store (read with `useSyncExternalStore`) that the service-worker registration writes
 * and the update prompt reads; it holds no ids, so it stays out of the explorer store.
 */
type Listener = () => void

const listeners = new Set<Listener>()
let applyWaiting: (() => Promise<void>) | null = null
let dismissed = false

function emit(): void {
  for (const listener of listeners) listener()
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** True while a new version waits and the reader has not put the prompt off. */
export function isUpdateWaiting(): boolean {
  return applyWaiting !== null && !dismissed
}

/** Called when a new version is installed: `apply` activates it and reloads the page. */
export function offerUpdate(apply: () => Promise<void>): void {
  applyWaiting = apply
  dismissed = false
  emit()
}

/** Switches to the waiting version (the page reloads once it has taken over). */
export async function applyUpdate(): Promise<void> {
  await applyWaiting?.()
}

/** Hides the prompt until the next version arrives; the waiting one takes over on the next visit. */
export function dismissUpdate(): void {
  dismissed = true
  emit()
}
