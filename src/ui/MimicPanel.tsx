import { COMMONNESS_BASIS_NAMES } from '../domain/commonness'
import { BODY_AREAS } from '../domain/body-areas'
import type { Mimic } from '../domain/mimics'
import { CauseEvidenceBadges } from './CauseEvidenceBadges'
import { PanelHeader, ReviewedLine, WhatHelpsSection } from './PanelParts'
import { SourceList } from './SourceList'

export interface MimicPanelProps {
  mimic: Mimic
  /** Back to the results it was opened from. */
  onClose: () => void
}

/**
 * A problem outside the spine that is often taken for back pain (the hip, the outer hip tendons,
 * the kidney, the knee, the foot): what it is, how to tell it apart, what helps and when to get
 * help. Entries the model cannot show say that they are text only.
 */
export function MimicPanel({ mimic, onClose }: MimicPanelProps) {
  return (
    <article className="mimic-panel" aria-labelledby="mimic-title">
      <PanelHeader
        titleId="mimic-title"
        kicker="Not from the spine"
        title={mimic.name}
        closeLabel="Back to “Where does it hurt?”"
        onClose={onClose}
      />
      <p className="structure-panel__badges">
        <CauseEvidenceBadges evidence={mimic.evidence} /> <span>{mimic.summary}</span>
      </p>
      {mimic.textOnly && (
        <p className="mimic-panel__text-only">
          Text only: the model has no bones below the thigh, so nothing is highlighted for this.
        </p>
      )}
      {mimic.urgentWhen && (
        <div className="pain-lookup__urgent" role="note">
          <p>
            <strong>When it is urgent.</strong> {mimic.urgentWhen}
          </p>
        </div>
      )}
      <section>
        <h3>What it is</h3>
        <p>{mimic.whatItIs}</p>
      </section>
      <section>
        <h3>How to tell it from back pain</h3>
        <ul>
          {mimic.howToTell.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>
          <strong>Where it is felt:</strong> {mimic.feltAt.map((a) => BODY_AREAS[a].name).join(', ')}
        </p>
      </section>
      <section>
        <h3>How sure is this?</h3>
        <p>
          <CauseEvidenceBadges evidence={mimic.evidence} /> {mimic.evidence.note}
        </p>
        <p>
          <strong>How common:</strong> {mimic.commonness.figure} ({COMMONNESS_BASIS_NAMES[mimic.commonness.basis]})
        </p>
      </section>
      <WhatHelpsSection text={mimic.whatHelps} noteClassName="cause-panel__note" />
      <section>
        <h3>When to see a clinician</h3>
        <p>{mimic.whenToSeeClinician}</p>
      </section>
      <section>
        <h3>Sources</h3>
        <SourceList ids={[...new Set([...mimic.sources, ...mimic.commonness.sources])]} />
      </section>
      <ReviewedLine date={mimic.reviewed} />
    </article>
  )
}
