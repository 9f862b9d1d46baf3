import { DISCLAIMER } from '../domain/red-flags'
import { useExplorerStore } from '../store/explorer-store'

/** The medical disclaimer, on every screen, with a one-step way to the red flags. */
export function Disclaimer() {
  return (
    <footer className="disclaimer">
      <p>
        <strong>Education, not diagnosis.</strong> {DISCLAIMER}{' '}
        <button type="button" className="link-button" onClick={() => useExplorerStore.getState().setRedFlagsOpen(true)}>
          Signs that need a clinician urgently
        </button>
      </p>
    </footer>
  )
}
