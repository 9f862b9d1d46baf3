import { findCause } from '../domain/causes'
import { COMMONNESS_BASIS_NAMES } from '../domain/commonness'
import { CAUSE_CONTENT, reviewedOn } from '../domain/content'
import { BODY_AREAS } from '../domain/body-areas'
import { ROLES } from '../domain/roles'
import { refName, representativeStructure } from '../domain/structures'
import { useExplorerStore } from '../store/explorer-store'
import { CauseEvidenceBadges } from './CauseEvidenceBadges'
import { PanelHeader, ReviewedLine, TextSection, WhatHelpsSection } from './PanelParts'
import { RoleSwatch } from './RoleSwatch'
import { SourceList } from './SourceList'
import { TryItSection } from './TryItSection'
import { findTryIt } from '../domain/try-it'

/**
 * The explanation of a cause: what it is, how it hurts, the structures and their roles, the
 * evidence on two axes (real and can hurt; explains back pain in general), what helps, and when
 * to get help, with a safety net where the usual symptoms resemble an emergency sign.
 */
export function CausePanel({ causeId }: { causeId: string }) {
  const cause = findCause(causeId)
  const { select, setCause, setRedFlagsOpen } = useExplorerStore.getState()
  if (!cause) return null
  const content = CAUSE_CONTENT[cause.id]
  const tryIt = findTryIt(cause.id)
  return (
    <article className="cause-panel" aria-labelledby="cause-title">
      <PanelHeader
        titleId="cause-title"
        kicker="Cause"
        title={cause.name}
        closeLabel="Stop highlighting this cause"
        onClose={() => setCause(null)}
      />
      <p className="structure-panel__badges">
        <CauseEvidenceBadges evidence={cause.evidence} /> <span>{cause.summary}</span>
      </p>
      <TextSection title="What it is" text={content.whatItIs} />
      <TextSection title="How it causes pain" text={content.howItHurts} />
      <section>
        <h3>What is involved</h3>
        <ul className="involved-list">
          {cause.involved.map((item) => {
            const target = representativeStructure(item.ref)
            return (
              <li key={`${item.ref}-${item.role}`}>
                <RoleSwatch role={item.role} /> <span className="involved-list__role">{ROLES[item.role].label}:</span>{' '}
                {target ? (
                  <button type="button" className="link-button" onClick={() => select(target.id)}>
                    {refName(item.ref)}
                  </button>
                ) : (
                  refName(item.ref)
                )}
                <span className="involved-list__note"> {item.note}</span>
              </li>
            )
          })}
        </ul>
      </section>
      {tryIt && <TryItSection tryIt={tryIt} />}
      <TextSection title="Who gets it" text={content.whoGetsIt}>
        <p className="cause-panel__note">
          <strong>How common:</strong> {cause.commonness.figure} ({COMMONNESS_BASIS_NAMES[cause.commonness.basis]})
        </p>
      </TextSection>
      <section>
        <h3>Typical symptoms</h3>
        <ul>
          {content.symptoms.map((symptom) => (
            <li key={symptom}>{symptom}</li>
          ))}
        </ul>
        <p>
          <strong>Where it is felt:</strong> {content.whereFelt}{' '}
          <span className="felt-list__areas">({cause.feltAt.map((a) => BODY_AREAS[a].name).join(', ')})</span>
        </p>
      </section>
      <section>
        <h3>What the evidence says</h3>
        <p>
          <CauseEvidenceBadges evidence={cause.evidence} /> {cause.evidence.note}
        </p>
        <p>
          <strong>Well supported:</strong> {content.evidenceSummary.established}
        </p>
        <p>
          <strong>Disputed or unproven:</strong> {content.evidenceSummary.contested}
        </p>
      </section>
      <WhatHelpsSection text={content.whatHelps} noteClassName="cause-panel__note" />
      {content.safetyNet && (
        <section className="safety-net" aria-labelledby="safety-net-title">
          <h3 id="safety-net-title">What is expected, and what is not</h3>
          <h4>Expected with this condition</h4>
          <ul>
            {content.safetyNet.expected.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <h4>Not expected: get emergency help now</h4>
          <ul className="safety-net__emergency">
            {content.safetyNet.notExpected.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>When to see a clinician</h3>
        <p>{content.whenToSeeClinician}</p>
        <button type="button" className="link-button" onClick={() => setRedFlagsOpen(true)}>
          Signs that need urgent help
        </button>
      </section>
      <section>
        <h3>Sources</h3>
        <SourceList
          ids={[
            ...new Set([...cause.sources, ...content.sources, ...cause.commonness.sources, ...(tryIt?.sources ?? [])]),
          ]}
        />
      </section>
      <ReviewedLine date={reviewedOn(content)} />
    </article>
  )
}
