import { useState } from 'react'
import type { PainKind } from '../domain/content/types'
import type { PainLookupItem } from '../domain/pain-lookup'
import { BODY_AREAS } from '../domain/body-areas'
import { COMMONNESS_BASIS_NAMES } from '../domain/commonness'
import { CauseEvidenceBadges } from './CauseEvidenceBadges'
import { EvidenceBadge } from './EvidenceBadge'

/** How many results each group shows before "Show more". */
const SHOWN_AT_FIRST = 5

/** A group of results: one kind of spinal pain, or the problems outside the spine. */
export type ResultGroup = PainKind | 'mimic'

const HEADINGS: Readonly<Record<ResultGroup, { title: string; meaning: string }>> = {
  local: {
    title: 'Felt right there (local)',
    meaning: 'Pain felt at the spot where the structure lies.',
  },
  referred: {
    title: 'Felt away from the source (referred)',
    meaning: 'A deep, hard-to-pin-down ache felt away from where it starts. It does not follow a nerve.',
  },
  radicular: {
    title: 'Nerve pain (radicular)',
    meaning:
      'Sharp, shooting or burning pain along an irritated nerve, often below the knee, sometimes with tingling or numbness.',
  },
  mimic: {
    title: 'Not from the spine, but often taken for back pain',
    meaning: 'Problems of the hip, the kidney, the knee or the foot that can be felt in the places you picked.',
  },
}

const KIND_TAGS: Readonly<Record<PainLookupItem['kind'], string | null>> = {
  structure: null,
  cause: 'Cause',
  mimic: 'Not the spine',
}

export interface PainAreaResultListProps {
  readonly group: ResultGroup
  /** The group's results, best first. */
  readonly items: readonly PainLookupItem[]
  /** How many places were picked, to say how many each result fits. */
  readonly pickedCount: number
  /** Called when a result is chosen: show that structure or cause. */
  readonly onOpen: (item: PainLookupItem) => void
}

/**
 * One group of "Where does it hurt?" results, commonest first: each with why it can be felt there,
 * how common it is and where that figure comes from, and the strength of the evidence (two labels
 * for a cause: real and can hurt, and explains back pain in general).
 */
export function PainAreaResultList({ group, items, pickedCount, onOpen }: PainAreaResultListProps) {
  const [showAll, setShowAll] = useState(false)
  const heading = HEADINGS[group]
  const headingId = `pain-results-${group}`
  const shown = showAll ? items : items.slice(0, SHOWN_AT_FIRST)
  const hidden = items.length - shown.length
  return (
    <section className="pain-results__group" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading.title}</h3>
      <p className="pain-results__meaning">{heading.meaning}</p>
      <ol className="pain-results__list">
        {shown.map((item) => {
          const reasonId = `pain-result-${item.kind}-${item.ref}`
          return (
            <li key={`${item.kind}-${item.ref}`} className="pain-result">
              <button
                type="button"
                className="link-button pain-result__name"
                aria-describedby={reasonId}
                onClick={() => onOpen(item)}
              >
                {item.name}
              </button>{' '}
              {KIND_TAGS[item.kind] && <span className="pain-result__tag">{KIND_TAGS[item.kind]}</span>}{' '}
              {item.textOnly && <span className="pain-result__tag">Text only</span>}{' '}
              {item.explains ? (
                <CauseEvidenceBadges evidence={{ exists: item.evidence, explains: item.explains }} />
              ) : (
                <EvidenceBadge level={item.evidence} />
              )}
              <p id={reasonId} className="pain-result__reason">
                {item.reason}
              </p>
              <p className="pain-result__commonness">
                <strong>How common:</strong> {item.commonness.figure}{' '}
                <span className="pain-result__basis">({COMMONNESS_BASIS_NAMES[item.commonness.basis]})</span>
              </p>
              {pickedCount > 1 && (
                <p className="pain-result__fit">
                  {item.matchedAreas.length === pickedCount
                    ? `Fits all ${pickedCount} places you picked.`
                    : `Fits ${item.matchedAreas.length} of ${pickedCount}: ${item.matchedAreas
                        .map((a) => BODY_AREAS[a].name.toLowerCase())
                        .join(', ')}.`}
                </p>
              )}
            </li>
          )
        })}
      </ol>
      {(hidden > 0 || showAll) && items.length > SHOWN_AT_FIRST && (
        <button type="button" className="link-button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show ${hidden} more`}
        </button>
      )}
    </section>
  )
}
