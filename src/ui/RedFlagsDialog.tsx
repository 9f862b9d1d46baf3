import { useEffect, useRef } from 'react'
import { CONTENT_REVIEWED, EMERGENCY_NUMBERS, RED_FLAGS, URGENT_ADVICE, type RedFlag } from '../domain/red-flags'
import { ReviewedLine } from './PanelParts'
import { useExplorerStore } from '../store/explorer-store'

const URGENCY_HEADINGS: Record<RedFlag['urgency'], string> = {
  emergency: 'Go to an emergency department now',
  urgent: 'See a doctor the same day',
  soon: 'See a doctor soon',
}

/**
 * The "see a clinician urgently" panel: a modal dialog reachable from everywhere in one step
 * (the header button, the disclaimer link, or Alt+U).
 */
export function RedFlagsDialog() {
  const open = useExplorerStore((s) => s.redFlagsOpen)
  const setOpen = useExplorerStore((s) => s.setRedFlagsOpen)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && (e.key === 'u' || e.key === 'U')) {
        e.preventDefault()
        useExplorerStore.getState().setRedFlagsOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const groups = (['emergency', 'urgent', 'soon'] as const)
    .map((urgency) => ({ urgency, flags: RED_FLAGS.filter((f) => f.urgency === urgency) }))
    .filter((g) => g.flags.length > 0)

  return (
    <dialog
      ref={dialog}
      className="red-flags"
      aria-labelledby="red-flags-title"
      // The store closes the dialog (the effect above), so it knows at once: Escape and Close tell
      // the store rather than closing the element and waiting for its asynchronous close event.
      onCancel={(e) => {
        e.preventDefault()
        setOpen(false)
      }}
      // A close the store did not ask for (none is expected) still reaches it; a late close event
      // of an earlier close never shuts a dialog opened again since.
      onClose={() => {
        if (!dialog.current?.open) setOpen(false)
      }}
    >
      <h2 id="red-flags-title">When back pain needs a clinician urgently</h2>
      <p>
        Most back pain is not dangerous and settles. A few signs can mean something serious that needs checking quickly.
        If you have any of these, do not wait for the pain to settle.
      </p>
      <p className="red-flags__numbers">
        <strong>{EMERGENCY_NUMBERS}</strong> {URGENT_ADVICE}
      </p>
      {groups.map(({ urgency, flags }) => (
        <section key={urgency} className={`red-flags__group red-flags__group--${urgency}`}>
          <h3>{URGENCY_HEADINGS[urgency]}</h3>
          <ul>
            {flags.map((flag) => (
              <li key={flag.id}>
                <strong>{flag.sign}</strong> <span>{flag.meaning}</span> <em>{flag.action}</em>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <ReviewedLine date={CONTENT_REVIEWED} />
      <button type="button" autoFocus onClick={() => setOpen(false)}>
        Close
      </button>
    </dialog>
  )
}
