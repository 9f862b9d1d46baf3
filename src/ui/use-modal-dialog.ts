import { useEffect, useRef, type RefObject } from 'react'

/**
 * Shows a `<dialog>` as a modal while `open` is true, and closes it when `open` turns false or
 * the component goes. Escape closes the dialog only: the page's own Escape (clear the selection)
 * must not hear it, wherever the focus is. Stopping the event leaves the dialog's own close on
 * Escape in place.
 */
export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (!d || !open) return
    const keepEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && d.open) event.stopPropagation()
    }
    window.addEventListener('keydown', keepEscape, true)
    d.showModal()
    return () => {
      window.removeEventListener('keydown', keepEscape, true)
      if (d.open) d.close()
    }
  }, [open])
  return dialog
}
