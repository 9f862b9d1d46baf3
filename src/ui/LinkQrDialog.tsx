import { useEffect, useRef } from 'react'
import { QrCode } from './QrCode'

export interface LinkQrDialogProps {
  open: boolean
  onClose(): void
  url: string
}

/**
 * The link to this view as a large QR code, for a patient to scan from the clinician's screen,
 * with the link in words below it. A modal dialog: Escape or Close returns to the page.
 */
export function LinkQrDialog({ open, onClose, url }: LinkQrDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const d = dialog.current
    if (!d || !open) return
    // Escape closes this dialog only: the page's own Escape (clear the selection) must not hear it,
    // wherever the focus is. Stopping the event leaves the dialog's own close on Escape in place.
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

  return (
    <dialog ref={dialog} className="qr-dialog" aria-labelledby="qr-dialog-title" onClose={onClose}>
      <h2 id="qr-dialog-title">Scan to open this view</h2>
      {open && <QrCode className="qr-dialog__code" text={url} label="QR code of the link to this view" />}
      <p className="qr-dialog__url">{url}</p>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  )
}
