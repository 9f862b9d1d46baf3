import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { findCause } from '../domain/causes'
import { CAUSE_CONTENT, STRUCTURE_CONTENT, findGuidance } from '../domain/content'
import { DISCLAIMER, EMERGENCY_NUMBERS, URGENT_ADVICE, redFlagsByUrgency } from '../domain/red-flags'
import { findSource } from '../domain/sources'
import { KIND_NAMES, REGION_NAMES, findStructure } from '../domain/structures'
import { VIEW_PHRASES } from '../domain/views'
import { useRendersPrerenderedPage } from './page-address'
import { useExplorerStore } from '../store/explorer-store'
import { useSnapshotStore } from '../store/snapshot-store'
import { CauseEvidenceBadges } from './CauseEvidenceBadges'
import { EvidenceBadge } from './EvidenceBadge'
import { TextSection, WhatHelpsSection } from './PanelParts'
import { QrCode } from './QrCode'
import { useModalDialog } from './use-modal-dialog'
import './print-handout.css'

export interface PrintHandoutProps {
  open: boolean
  onClose(): void
  /** The link back to this view, printed as a QR code and as text. */
  url: string
}

/**
 * "Print handout": a dialog that prepares a one- or two-page handout of what the explorer shows
 * (a print-size picture of the 3D view, the clinician's note, the explanation, what helps, when to
 * get urgent help, the evidence, the sources, a QR code back to the view and the disclaimer), then
 * prints it. The print styles show only the handout. The note lives in this component's state: it
 * is printed, never stored or sent.
 */
export function PrintHandout({ open, onClose, url }: PrintHandoutProps) {
  const dialog = useModalDialog(open)
  const image = useRef<HTMLImageElement>(null)
  const [note, setNote] = useState('')
  const [decodedUrl, setDecodedUrl] = useState<string | null>(null)
  const snapshot = useSnapshotStore((s) => s.snapshot)
  const noteId = useId()
  const alt = useViewAlt()
  // A portal has no place in prerendered markup: the dialog joins the page once it has hydrated.
  const prerendered = useRendersPrerenderedPage()

  useEffect(() => {
    if (!open) return
    // The picture is of the view as it is when the handout opens.
    useSnapshotStore.getState().requestSnapshot()
    return () => useSnapshotStore.getState().clearSnapshot()
  }, [open])

  const snapshotUrl = snapshot?.state === 'ready' ? snapshot.url : null
  // Without WebGL or without the model there is no view to picture, and no answer will come.
  const noView = useExplorerStore((s) =>
    s.graphics === 'unavailable'
      ? 'This browser cannot show the 3D view.'
      : s.model.state === 'error' || s.graphics === 'failed'
        ? 'The 3D model did not load.'
        : null
  )
  const failure = noView ?? (snapshot?.state === 'failed' ? snapshot.reason : null)
  const failed = failure !== null
  // Print once the picture is decoded (the print dialog lays the page out straight away), or
  // without it when it could not be made: the words matter more than the picture.
  const ready = (snapshotUrl !== null && decodedUrl === snapshotUrl) || failed

  const print = async () => {
    if (!ready) return
    if (image.current) await image.current.decode()
    window.print()
  }

  const status =
    failure !== null
      ? `${failure} The handout prints without a picture of the 3D view.`
      : ready
        ? 'Ready to print.'
        : 'Preparing a picture of the 3D view…'

  if (prerendered) return null
  return createPortal(
    <dialog ref={dialog} className="handout-dialog" aria-labelledby="handout-dialog-title" onClose={onClose}>
      <div className="handout-dialog__controls">
        <h2 id="handout-dialog-title">Print handout</h2>
        <label htmlFor={noteId}>Note for the patient (optional)</label>
        <textarea
          id={noteId}
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${noteId}-hint`}
          autoFocus
        />
        <p id={`${noteId}-hint`} className="handout-dialog__hint">
          Printed on the handout only: the note is not saved or sent anywhere.
        </p>
        <p className="handout-dialog__status" role="status">
          {status}
        </p>
        <div className="handout-dialog__buttons">
          <button type="button" onClick={() => void print()} disabled={!ready}>
            Print
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </div>
      {open && (
        <Handout note={note} url={url}>
          {snapshotUrl && !noView && (
            <img
              ref={image}
              className="handout__snapshot"
              src={snapshotUrl}
              alt={alt}
              width={snapshot?.state === 'ready' ? snapshot.width : undefined}
              height={snapshot?.state === 'ready' ? snapshot.height : undefined}
              onLoad={(e) => {
                const loaded = e.currentTarget
                void loaded.decode().then(
                  () => setDecodedUrl(snapshotUrl),
                  () => setDecodedUrl(null)
                )
              }}
            />
          )}
        </Handout>
      )}
    </dialog>,
    document.body
  )
}

/** The picture's text alternative: the view, and what it highlights. */
function useViewAlt(): string {
  const view = useExplorerStore((s) => s.view)
  const selectedId = useExplorerStore((s) => s.selectedId)
  const causeId = useExplorerStore((s) => s.causeId)
  const structure = selectedId ? findStructure(selectedId) : undefined
  const cause = causeId ? findCause(causeId) : undefined
  const focus = structure
    ? `, with the ${structure.name} highlighted`
    : cause
      ? `, with the structures involved in ${cause.name} highlighted`
      : ''
  return `Picture of the 3D model of the lower back, seen ${VIEW_PHRASES[view]}${focus}.`
}

interface HandoutProps {
  note: string
  url: string
  /** The picture of the 3D view. */
  children: ReactNode
}

/** The printable page(s): what the explorer shows now, in the same words as its panels. */
function Handout({ note, url, children }: HandoutProps) {
  const selectedId = useExplorerStore((s) => s.selectedId)
  const causeId = useExplorerStore((s) => s.causeId)
  const structure = selectedId ? findStructure(selectedId) : undefined
  const cause = !structure && causeId ? findCause(causeId) : undefined

  return (
    <article className="handout" aria-labelledby="handout-title">
      <header className="handout__header">
        <p className="handout__kicker">Lower Back Explorer · handout</p>
        <h2 id="handout-title">{structure?.name ?? cause?.name ?? 'The lower back'}</h2>
        {structure && (
          <p className="handout__meta">
            {KIND_NAMES[structure.kind]} · {REGION_NAMES[structure.region]}
          </p>
        )}
        {cause && <p className="handout__meta">A cause of back pain</p>}
      </header>
      <div className="handout__top">
        <div className="handout__picture">{children}</div>
        <section className="handout__note">
          <h3>Note from your clinician</h3>
          {note.trim() ? <p className="handout__note-text">{note}</p> : <div className="handout__note-space" />}
        </section>
      </div>
      <div className="handout__body">
        {structure ? (
          <StructureText contentId={structure.contentId} />
        ) : cause ? (
          <CauseText causeId={cause.id} />
        ) : (
          <GeneralText />
        )}
      </div>
      <UrgentHelp />
      <footer className="handout__footer">
        <QrCode className="handout__qr" text={url} label="QR code: scan it to open this view in the explorer" />
        <div>
          <p>
            <strong>See it in 3D:</strong> scan the code, or open <span className="handout__url">{url}</span>
          </p>
          <p className="handout__disclaimer">
            <strong>Education, not diagnosis.</strong> {DISCLAIMER}
          </p>
        </div>
      </footer>
    </article>
  )
}

/** The guidance page's "What helps" points, each with its evidence label. */
function GeneralHelps() {
  const helps = findGuidance('what-helps')?.sections[0]
  if (!helps) return null
  return (
    <section>
      <h3>What generally helps</h3>
      <ul>
        {helps.points.map((point) => (
          <li key={point.text}>
            {point.text} <EvidenceBadge level={point.evidence} />
          </li>
        ))}
      </ul>
      <HandoutSources ids={[...new Set(helps.points.flatMap((p) => p.sources))]} title="Sources for what helps" />
    </section>
  )
}

function StructureText({ contentId }: { contentId: string }) {
  const content = STRUCTURE_CONTENT[contentId]
  if (!content) return <GeneralHelps />
  return (
    <>
      <TextSection title="What it is" text={content.whatItIs} />
      <TextSection title="Can it cause pain, and how?" text={content.howItHurts} />
      <section>
        <h3>How sure is this?</h3>
        <p>
          <EvidenceBadge level={content.evidence.level} /> {content.evidence.note}
        </p>
        <HandoutSources ids={content.sources} />
      </section>
      <GeneralHelps />
    </>
  )
}

function CauseText({ causeId }: { causeId: string }) {
  const cause = findCause(causeId)
  if (!cause) return <GeneralHelps />
  const content = CAUSE_CONTENT[cause.id]
  return (
    <>
      <TextSection title="What it is" text={content.whatItIs} />
      <TextSection title="How it causes pain" text={content.howItHurts} />
      <WhatHelpsSection text={content.whatHelps} noteClassName="handout__small" />
      <section>
        <h3>When to see a clinician</h3>
        <p>{content.whenToSeeClinician}</p>
      </section>
      <section>
        <h3>How sure is this?</h3>
        <p>
          <CauseEvidenceBadges evidence={cause.evidence} /> {cause.evidence.note}
        </p>
        <HandoutSources ids={[...new Set([...cause.sources, ...content.sources, ...cause.commonness.sources])]} />
      </section>
    </>
  )
}

function GeneralText() {
  return (
    <>
      <section>
        <h3>About back pain</h3>
        <p>
          Most back pain has no single cause that a test can find, and it usually gets better within weeks. The explorer
          shows the structures that can hurt and how strong the evidence is for each explanation.
        </p>
      </section>
      <GeneralHelps />
    </>
  )
}

/** The emergency and same-day warning signs, as the urgent-help dialog lists them. */
function UrgentHelp() {
  return (
    <section className="handout__urgent">
      <h3>When to get urgent help</h3>
      <p>
        <strong>Go to an emergency department now</strong> if you have any of these. {EMERGENCY_NUMBERS}
      </p>
      <ul>
        {redFlagsByUrgency('emergency').map((flag) => (
          <li key={flag.id}>{flag.sign}</li>
        ))}
      </ul>
      <p>
        <strong>See a doctor the same day</strong> for any of these. {URGENT_ADVICE}
      </p>
      <ul>
        {redFlagsByUrgency('urgent').map((flag) => (
          <li key={flag.id}>{flag.sign}</li>
        ))}
      </ul>
    </section>
  )
}

/** Sources as printed text (the panels' list links to the sources page, which paper cannot). */
function HandoutSources({ ids, title = 'Sources' }: { ids: readonly string[]; title?: string }) {
  const sources = ids.map(findSource).filter((s) => s !== undefined)
  if (sources.length === 0) return null
  return (
    <>
      <h4>{title}</h4>
      <ol className="handout__sources">
        {sources.map((source) => (
          <li key={source.id}>
            {source.short}
            {!source.verified && ' (unverified)'}
          </li>
        ))}
      </ol>
    </>
  )
}
