import {
  findStructure,
  KIND_NAMES,
  REGION_NAMES,
  refName,
  representativeStructure,
  type Structure,
} from '../domain/structures'
import { BODY_AREAS, findDermatome } from '../domain/body-areas'
import { findCause } from '../domain/causes'
import { useState } from 'react'
import { STRUCTURE_CONTENT, findGuidance, reviewedOn, type GuidanceId } from '../domain/content'
import { PAIN_KIND_NAMES, PAIN_SOURCE_NAMES, type StructureContent } from '../domain/content/types'
import { useExplorerStore } from '../store/explorer-store'
import { CausePanel } from './CausePanel'
import { EvidenceBadge } from './EvidenceBadge'
import { GlossaryText } from './GlossaryText'
import { GuidanceLinks } from './GuidanceLinks'
import { GuidancePanel } from './GuidancePanel'
import { PanelHeader, ReviewedLine, TextSection } from './PanelParts'
import { SourceList } from './SourceList'
import { WhereItHurtsPanel } from './WhereItHurtsPanel'

function areaNames(areas: readonly string[]): string {
  return areas.map((a) => BODY_AREAS[a as keyof typeof BODY_AREAS]?.name ?? a).join(', ')
}

/**
 * The explanation panel (side panel; a bottom sheet on narrow screens): the selected structure,
 * or the active cause, or a short introduction.
 */
export function StructurePanel() {
  const selectedId = useExplorerStore((s) => s.selectedId)
  const causeId = useExplorerStore((s) => s.causeId)
  const painLookupOpen = useExplorerStore((s) => s.painLookupOpen)
  const structure = selectedId ? findStructure(selectedId) : undefined
  if (structure) return <StructureExplanation structure={structure} />
  if (painLookupOpen) return <WhereItHurtsPanel />
  if (causeId) return <CausePanel causeId={causeId} />
  return <Introduction />
}

/** The panel when nothing is chosen: how to start, and the guidance pages everyone needs. */
function Introduction() {
  // The guidance pages highlight nothing in the model, so they open in place of the introduction.
  const [guidanceId, setGuidanceId] = useState<GuidanceId | null>(null)
  const guidance = guidanceId ? findGuidance(guidanceId) : undefined
  if (guidance) return <GuidancePanel topic={guidance} onClose={() => setGuidanceId(null)} />
  return (
    <div className="panel__intro">
      <h2>Why does the lower back hurt?</h2>
      <p>
        Click any bone, disc, nerve, muscle or ligament in the model, or search for it, to see what it is, whether it
        can cause pain, and where that pain is felt.
      </p>
      <p>
        Or pick a cause in the header, such as <strong>sciatica</strong> or <strong>muscle imbalance</strong>, to see
        every structure it involves, coloured by the part it plays.
      </p>
      <p>
        Most back pain has no single cause that a test can find, and it usually gets better within weeks. This app shows
        the structures that can hurt and how strong the evidence is for each explanation.
      </p>
      <h3>Living with back pain</h3>
      <GuidanceLinks onOpen={setGuidanceId} />
    </div>
  )
}

/**
 * The id of a structure's title, also its Element Timing name: on a structure link the model's
 * download waits until it has painted (App.tsx).
 */
export const STRUCTURE_TITLE_ID = 'structure-title'

function StructureExplanation({ structure }: { structure: Structure }) {
  const content: StructureContent | undefined = STRUCTURE_CONTENT[structure.contentId]
  const { select, setCause, setIsolate, hideSelected } = useExplorerStore.getState()
  const isolate = useExplorerStore((s) => s.isolate)
  const dermatome = content?.dermatome ? findDermatome(content.dermatome) : undefined

  return (
    <article className="structure-panel" aria-labelledby={STRUCTURE_TITLE_ID}>
      <PanelHeader
        titleId={STRUCTURE_TITLE_ID}
        title={structure.name}
        meta={`${KIND_NAMES[structure.kind]} · ${REGION_NAMES[structure.region]}`}
        closeLabel="Close the explanation and clear the selection"
        onClose={() => select(null, { frame: false })}
      />
      <BackLink />
      <div className="structure-panel__actions">
        <button type="button" onClick={() => select(structure.id)}>
          Focus
        </button>
        <button type="button" aria-pressed={isolate} onClick={() => setIsolate(!isolate)}>
          Isolate
        </button>
        <button type="button" onClick={hideSelected}>
          Hide
        </button>
      </div>
      {!content ? (
        <p>There is no explanation for this structure yet.</p>
      ) : (
        <>
          <p className="structure-panel__badges">
            <span className={`pain-source pain-source--${content.painSource}`}>
              {PAIN_SOURCE_NAMES[content.painSource]}
            </span>{' '}
            <EvidenceBadge level={content.evidence.level} />
          </p>
          <TextSection title="What it is" text={content.whatItIs} />
          {content.attachments && (
            <section>
              <h3>Where it attaches and what it does</h3>
              <dl className="attachments">
                <dt>Starts from</dt>
                <dd>
                  <GlossaryText text={content.attachments.origin} />
                </dd>
                <dt>Ends on</dt>
                <dd>
                  <GlossaryText text={content.attachments.insertion} />
                </dd>
                <dt>What it does</dt>
                <dd>
                  <GlossaryText text={content.attachments.action} />
                </dd>
                <dt>Nerve supply</dt>
                <dd>
                  <GlossaryText text={content.nerveSupply} />
                </dd>
              </dl>
            </section>
          )}
          <section>
            <h3>Can it cause pain, and how?</h3>
            <p>
              <GlossaryText text={content.howItHurts} />
            </p>
            {!content.attachments && (
              <p className="structure-panel__supply">
                <strong>Nerve supply:</strong> <GlossaryText text={content.nerveSupply} />
              </p>
            )}
          </section>
          {content.feltAt.length > 0 && (
            <section>
              <h3>Where you feel it</h3>
              <ul className="felt-list">
                {content.feltAt.map((felt) => (
                  <li key={felt.kind + felt.description}>
                    <strong>{PAIN_KIND_NAMES[felt.kind]}:</strong> <GlossaryText text={felt.description} />
                    <span className="felt-list__areas"> ({areaNames(felt.areas)})</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {dermatome && (
            <section>
              <h3>Its strip of skin (dermatome)</h3>
              <p>{dermatome.description}</p>
              <p>
                <strong>Where a clinician tests it:</strong> {dermatome.keySensoryPoint}
                {dermatome.keyMuscle && (
                  <>
                    {' '}
                    <strong>Movement that can weaken:</strong> {dermatome.keyMuscle}
                  </>
                )}
                {dermatome.reflex && (
                  <>
                    {' '}
                    <strong>Reflex:</strong> {dermatome.reflex}
                  </>
                )}
              </p>
            </section>
          )}
          {content.triggerPoints && content.triggerPoints.length > 0 && (
            <section>
              <h3>Trigger points</h3>
              <p className="cause-panel__note">
                Where trigger points have been described, from expert opinion. Whether one is active or latent depends
                on your symptoms, not on where it is.
              </p>
              <ul>
                {content.triggerPoints.map((tp) => (
                  <li key={tp.location}>
                    <strong>{tp.location}</strong>: pain said to spread to {areaNames(tp.referral).toLowerCase()}.{' '}
                    {tp.note}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {content.causes.length > 0 && (
            <section>
              <h3>Causes that involve it</h3>
              <ul className="link-list">
                {content.causes.map((id) => (
                  <li key={id}>
                    <button type="button" className="link-button" onClick={() => setCause(id)}>
                      {findCause(id)?.name ?? id}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {content.related.length > 0 && (
            <section>
              <h3>Related structures</h3>
              <ul className="link-list">
                {content.related.map((ref) => {
                  const target = representativeStructure(ref, structure.side)
                  if (!target) return null
                  return (
                    <li key={ref}>
                      <button type="button" className="link-button" onClick={() => select(target.id)}>
                        {refName(ref)}
                      </button>
                    </li>
                  )
                })}
              </ul>
            </section>
          )}
          <section>
            <h3>How sure is this?</h3>
            <p>
              <EvidenceBadge level={content.evidence.level} /> {content.evidence.note}
            </p>
            <h4>Sources</h4>
            <SourceList ids={content.sources} />
          </section>
          <ReviewedLine date={reviewedOn(content)} />
        </>
      )}
    </article>
  )
}

/** Back to the cause or the "Where does it hurt?" results the user came from. */
function BackLink() {
  const causeId = useExplorerStore((s) => s.causeId)
  const painLookupOpen = useExplorerStore((s) => s.painLookupOpen)
  const cause = causeId ? findCause(causeId) : undefined
  if (!cause && !painLookupOpen) return null
  return (
    <button
      type="button"
      className="link-button structure-panel__back"
      onClick={() => useExplorerStore.getState().select(null, { frame: false })}
    >
      ← Back to {painLookupOpen ? '“Where does it hurt?”' : cause?.name}
    </button>
  )
}
