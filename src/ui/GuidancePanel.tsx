import type { GuidanceTopic } from '../domain/content'
import { EvidenceBadge } from './EvidenceBadge'
import { PanelHeader, ReviewedLine } from './PanelParts'
import { SourceList } from './SourceList'

export interface GuidancePanelProps {
  topic: GuidanceTopic
  onClose: () => void
}

/**
 * One guidance page (what helps and what does not, how back pain usually goes, how pain works):
 * every point with its own evidence label and sources, and the date the page was last reviewed.
 */
export function GuidancePanel({ topic, onClose }: GuidancePanelProps) {
  const titleId = `guidance-${topic.id}-title`
  return (
    <article className="guidance-panel" aria-labelledby={titleId}>
      <PanelHeader
        titleId={titleId}
        kicker="Living with back pain"
        title={topic.title}
        closeLabel="Close"
        onClose={onClose}
      />
      <p>{topic.intro}</p>
      {topic.sections.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          <ul className="guidance-panel__points">
            {section.points.map((p) => (
              <li key={p.text}>
                {p.text} <EvidenceBadge level={p.evidence} />
                <SourceList ids={p.sources} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="cause-panel__note">General information from guidelines and studies, not advice for you.</p>
      <ReviewedLine date={topic.reviewed} />
    </article>
  )
}
