import { QrCode } from './QrCode'
import { useModalDialog } from './use-modal-dialog'

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
  const dialog = useModalDialog(open)

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
