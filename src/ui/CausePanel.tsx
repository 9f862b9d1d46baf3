import { findCause } from '../domain/causes'
import { CAUSE_CONTENT } from '../domain/content'
import { BODY_AREAS } from '../domain/body-areas'
import { ROLES } from '../domain/roles'
import { refName, representativeStructure } from '../domain/structures'
import { useExplorerStore } from '../store/explorer-store'
import { EvidenceBadge } from './EvidenceBadge'
import { PanelHeader, TextSection } from './PanelParts'
import { RoleSwatch } from './RoleSwatch'
import { SourceList } from './SourceList'

/** The explanation of a cause: what it is, how it hurts, the structures and their roles. */
export function CausePanel({ causeId }: { causeId: string }) {
  const cause = findCause(causeId)
  const { select, setCause, setRedFlagsOpen } = useExplorerStore.getState()
  if (!cause) return null
  const content = CAUSE_CONTENT[cause.id]
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
        <EvidenceBadge level={cause.evidence} /> <span>{cause.summary}</span>
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
      <TextSection title="Who gets it" text={content.whoGetsIt} />
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
          <EvidenceBadge level={cause.evidence} /> {cause.evidenceNote}
        </p>
        <p>
          <strong>Well supported:</strong> {content.evidenceSummary.established}
        </p>
        <p>
          <strong>Disputed or unproven:</strong> {content.evidenceSummary.contested}
        </p>
      </section>
      <section>
        <h3>What generally helps</h3>
        <p>{content.whatHelps}</p>
        <p className="cause-panel__note">This is what guidelines say in general, not advice for you.</p>
      </section>
      <section>
        <h3>When to see a clinician</h3>
        <p>{content.whenToSeeClinician}</p>
        <button type="button" className="link-button" onClick={() => setRedFlagsOpen(true)}>
          Signs that need urgent help
        </button>
      </section>
      <section>
        <h3>Sources</h3>
        <SourceList ids={[...new Set([...cause.sources, ...content.sources])]} />
      </section>
    </article>
  )
}
