import { CAUSE_EVIDENCE_QUESTIONS, type CauseEvidence } from '../domain/evidence'
import { EvidenceBadge } from './EvidenceBadge'

/**
 * A cause's two evidence labels side by side: that it is real and can hurt, and how well it
 * explains back pain in general. Kept apart so that "strong" for a real condition is never read
 * as "this is why backs hurt".
 */
export function CauseEvidenceBadges({ evidence }: { evidence: Pick<CauseEvidence, 'exists' | 'explains'> }) {
  return (
    <span className="evidence-pair">
      <EvidenceBadge level={evidence.exists} question={CAUSE_EVIDENCE_QUESTIONS.exists} />{' '}
      <EvidenceBadge level={evidence.explains} question={CAUSE_EVIDENCE_QUESTIONS.explains} />
    </span>
  )
}
