import { useMemo } from 'react'
import { isBodyArea } from '../domain/body-areas'
import type { PainKind } from '../domain/content/types'
import { PAIN_KINDS, lookupPain, type PainLookupItem, type PainLookupResult } from '../domain/pain-lookup'
import { DISCLAIMER, RED_FLAGS } from '../domain/red-flags'
import { useExplorerStore } from '../store/explorer-store'
import { PainAreaPicker } from './PainAreaPicker'
import { PainAreaResultList } from './PainAreaResultList'

const SADDLE_FLAG = RED_FLAGS.find((f) => f.id === 'saddle-anaesthesia')

/** The non-empty groups, the one with the best-fitting result first; equal groups keep the local, referred, radicular order. */
function groupsInOrder(result: PainLookupResult): PainKind[] {
  const best = (kind: PainKind) => result[kind][0]?.score ?? 0
  return PAIN_KINDS.filter((kind) => result[kind].length > 0).sort((a, b) => best(b) - best(a))
}

function summary(result: PainLookupResult): string {
  const picked = result.areas.length
  if (picked === 0) return 'Pick one or more places to see which structures and causes can be felt there.'
  const found = result.ranked.length
  const places = picked === 1 ? '1 place' : `${picked} places`
  if (found === 0) return `${places} picked. Nothing in this explorer is known to be felt there.`
  const fits = picked > 1 ? ' Those that fit the most places come first.' : ''
  return `${places} picked: ${found} structures and causes can be felt there.${fits}`
}

/**
 * "Where does it hurt?": pick the places that hurt, and see the structures and causes whose pain
 * can be felt there, grouped as local, referred and nerve pain, each with why it fits and the
 * strength of the evidence. Choosing a result shows it in the model and the panel. Always carries
 * the disclaimer and the way to the warning signs.
 */
export function WhereItHurtsPanel() {
  const painAreas = useExplorerStore((s) => s.painAreas)
  const actions = useExplorerStore.getState()
  const result = useMemo(() => lookupPain(painAreas.filter(isBodyArea)), [painAreas])

  const open = (item: PainLookupItem) => {
    if (item.kind === 'cause') {
      actions.setCause(item.ref)
      return
    }
    const [first] = item.structureIds
    if (first) actions.select(first)
  }

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
        Pick the places where you feel pain, here or by clicking the body. The list shows the structures and causes
        whose pain can be felt there, and why.
      </p>
      {result.urgent && SADDLE_FLAG && (
        <div className="pain-lookup__urgent">
          <p>
            <strong>An emergency sign.</strong> {SADDLE_FLAG.sign} {SADDLE_FLAG.meaning} {SADDLE_FLAG.action}
          </p>
        </div>
      )}
      <section className="pain-results" aria-labelledby="pain-results-title">
        <h3 id="pain-results-title" className="pain-results__title">
          What can be felt there
        </h3>
        <p className="pain-results__summary" role="status">
          {summary(result)}
        </p>
        {groupsInOrder(result).map((kind) => (
          <PainAreaResultList
            key={kind}
            painKind={kind}
            items={result[kind]}
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
      <div className="pain-lookup__disclaimer">
        <p>
          {DISCLAIMER} The same pain can come from many places, and most back pain has no single cause a test can find,
          so a match here does not mean it is the cause of your pain.
        </p>
        <button type="button" className="link-button" onClick={() => actions.setRedFlagsOpen(true)}>
          Signs that need urgent help
        </button>
      </div>
    </article>
  )
}
