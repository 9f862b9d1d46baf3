import { useExplorerStore } from '../store/explorer-store'

/** Announces selection and visibility changes to screen-reader users. */
export function LiveAnnouncer() {
  const announcement = useExplorerStore((s) => s.announcement)
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {announcement}
    </div>
  )
}
