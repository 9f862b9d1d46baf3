import { useState } from 'react'
import { findCause } from '../domain/causes'
import { findStructure } from '../domain/structures'
import { useExplorerStore } from '../store/explorer-store'
import { LinkQrDialog } from './LinkQrDialog'
import { PrintHandout } from './PrintHandout'
import { ShareButton } from './ShareButton'
import { useShareLink } from './use-share-link'
import './clinic.css'

/**
 * Share, QR code and Print handout, for every state of the explorer: the link they use is built
 * from the store, so it opens exactly what is on screen.
 */
export function ClinicActions() {
  const url = useShareLink()
  const [dialog, setDialog] = useState<'qr' | 'handout' | null>(null)
  const title = useExplorerStore((s) => {
    const name = s.selectedId ? findStructure(s.selectedId)?.name : s.causeId ? findCause(s.causeId)?.name : null
    return name ?? 'The lower back'
  })

  return (
    <div className="clinic-actions" role="group" aria-label="Share and print this view">
      <ShareButton url={url} title={title} />
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('qr')}>
        QR code
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setDialog('handout')}>
        Print handout
      </button>
      <LinkQrDialog open={dialog === 'qr'} onClose={() => setDialog(null)} url={url} />
      <PrintHandout open={dialog === 'handout'} onClose={() => setDialog(null)} url={url} />
    </div>
  )
}
