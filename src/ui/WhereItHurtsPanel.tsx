import { useMemo, useState } from 'react'
import { isBodyArea } from '../domain/body-areas'
import { findGuidance, type GuidanceId } from '../domain/content'
import { findMimic } from '../domain/mimics'
import { PAIN_KINDS, lookupPain, type PainLookupItem, type PainLookupResult } from '../domain/pain-lookup'
import { CONTENT_REVIEWED, DISCLAIMER, EMERGENCY_NUMBERS, RED_FLAGS } from '../domain/red-flags'
import { useExplorerStore } from '../store/explorer-store'
import { GuidanceLinks } from './GuidanceLinks'
import { GuidancePanel } from './GuidancePanel'
import { MimicPanel } from './MimicPanel'
import { ReviewedLine } from './PanelParts'
import { PainAreaPicker } from './PainAreaPicker'
import { PainAreaResultList, type ResultGroup } from './PainAreaResultList'

const SADDLE_FLAG = RED_FLAGS.find((f) => f.id === 'saddle-anaesthesia')

/** The one line next to the results that says what they are not, and who can make a diagnosis. */
export const NOT_A_DIAGNOSIS =
  'This is not a diagnosis: it lists what can be felt in these places. A doctor or physiotherapist who examines you can tell you what it is.'

/** How the results are ordered, shown above them. */
export const RANKING_BASIS =
  'Listed by how common each is in people with pain there. Each result says where its figure comes from; where there is none, the order is clinical convention.'

const GROUPS: readonly ResultGroup[] = [...PAIN_KINDS, 'mimic']

function groupItems(result: PainLookupResult, group: ResultGroup): readonly PainLookupItem[] {
  return group === 'mimic' ? result.mimics : result[group]
}

/**
 * The non-empty groups, the one with the best-fitting (commonest) result first; equal groups keep
 * the local, referred, radicular, outside-the-spine order.
 */
function groupsInOrder(result: PainLookupResult): ResultGroup[] {
  const best = (group: ResultGroup) => groupItems(result, group)[0]?.score ?? 0
  return GROUPS.filter((group) => groupItems(result, group).length > 0).sort((a, b) => best(b) - best(a))
}

function summary(result: PainLookupResult): string {
  const picked = result.areas.length
  if (picked === 0) return 'Pick one or more places to see what can be felt there.'
  const found = result.ranked.length
  const places = picked === 1 ? '1 place' : `${picked} places`
  if (found === 0) return `${places} picked. Nothing in this explorer is known to be felt there.`
  const fits = picked > 1 ? ' Those that fit the most places come first.' : ''
  return `${places} picked: ${found} things can be felt there.${fits}`
}

/**
 * "Where does it hurt?": pick the places that hurt, and see what can be felt there, commonest
 * first: the structures and causes of the spine, grouped as local, referred and nerve pain, and
 * the problems outside the spine that are often taken for back pain. Says in one line that this
 * is not a diagnosis. Choosing a result shows it in the model and the panel (a problem outside the
 * spine opens here). Always carries the disclaimer and the way to the warning signs.
 */
export function WhereItHurtsPanel() {
  const painAreas = useExplorerStore((s) => s.painAreas)
  const actions = useExplorerStore.getState()
  const result = useMemo(() => lookupPain(painAreas.filter(isBodyArea)), [painAreas])
  // Mimics and guidance pages have no place in the store (they highlight nothing of their own),
  // so the panel shows them in place of the results and comes back to them.
  const [mimicId, setMimicId] = useState<string | null>(null)
  const [guidanceId, setGuidanceId] = useState<GuidanceId | null>(null)
  const mimic = mimicId ? findMimic(mimicId) : undefined
  const guidance = guidanceId ? findGuidance(guidanceId) : undefined
  if (mimic) return <MimicPanel mimic={mimic} onClose={() => setMimicId(null)} />
  if (guidance) return <GuidancePanel topic={guidance} onClose={() => setGuidanceId(null)} />

  const open = (item: PainLookupItem) => {
    if (item.kind === 'mimic') {
      setMimicId(item.ref)
      return
    }
    if (item.kind === 'cause') {
      actions.setCause(item.ref)
      return
    }
    const [first] = item.structureIds
    if (first) actions.select(first)
  }
  const urgentMimics = result.mimics.filter((m) => m.urgentWhen)

  return (
    <article className="pain-lookup" aria-labelledby="pain-lookup-title">
      <header className="structure-panel__header">
        <h2 id="pain-lookup-title">Where does it hurt?</h2>
        <button
          type="button"
          className="structure-panel__close"
          aria-label="Close “Where does it hurt?”"
          onClick={() => actions.setPainLookupOpen(false)}
        >
          ✕
        </button>
      </header>
      <p>
        Pick the places where you feel pain, here or by clicking the body. The list shows what can be felt there, and
        why.
      </p>
      {result.urgent && SADDLE_FLAG && (
        <div className="pain-lookup__urgent">
          <p>
            <strong>An emergency sign.</strong> {SADDLE_FLAG.sign} {SADDLE_FLAG.meaning} {SADDLE_FLAG.action}{' '}
            {EMERGENCY_NUMBERS}
          </p>
        </div>
      )}
      {urgentMimics.map((item) => (
        <div key={item.ref} className="pain-lookup__urgent">
          <p>
            <strong>{item.name}.</strong> {item.urgentWhen}
          </p>
        </div>
      ))}
      <section className="pain-results" aria-labelledby="pain-results-title">
        <h3 id="pain-results-title" className="pain-results__title">
          What can be felt there
        </h3>
        <p className="pain-results__not-diagnosis">
          <strong>{NOT_A_DIAGNOSIS}</strong>
        </p>
        <p className="pain-results__summary" role="status">
          {summary(result)}
        </p>
        {result.ranked.length > 0 && <p className="pain-results__basis">{RANKING_BASIS}</p>}
        {groupsInOrder(result).map((group) => (
          <PainAreaResultList
            key={group}
            group={group}
            items={groupItems(result, group)}
            pickedCount={result.areas.length}
            onOpen={open}
          />
        ))}
      </section>
      <PainAreaPicker picked={painAreas} onToggle={(area) => actions.togglePainArea(area)} />
      <p className="pain-lookup__actions">
        <button type="button" onClick={() => actions.clearPainAreas()} disabled={painAreas.length === 0}>
          Clear all places
        </button>
      </p>
      <section className="pain-lookup__guidance" aria-labelledby="pain-lookup-guidance-title">
        <h3 id="pain-lookup-guidance-title">Living with back pain</h3>
        <GuidanceLinks onOpen={setGuidanceId} />
      </section>
      <div className="pain-lookup__disclaimer">
        <p>
          {DISCLAIMER} The same pain can come from many places, and most back pain has no single cause a test can find,
          so a match here does not mean it is the cause of your pain.
        </p>
        <button type="button" className="link-button" onClick={() => actions.setRedFlagsOpen(true)}>
          Signs that need urgent help
        </button>
      </div>
      <ReviewedLine date={CONTENT_REVIEWED} />
    </article>
  )
}
