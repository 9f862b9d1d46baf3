import { EVIDENCE_LEVEL_INFO, type EvidenceLevel } from '../domain/evidence'

export interface EvidenceBadgeProps {
  level: EvidenceLevel
  /** The question the label answers, e.g. "Explains back pain in general"; shown before the level. */
  question?: string
}

/** The strength of the evidence behind an entry, in words, with what the label means. */
export function EvidenceBadge({ level, question }: EvidenceBadgeProps) {
  const info = EVIDENCE_LEVEL_INFO[level]
  return (
    <span className={`evidence evidence--${level}`} title={info.meaning}>
      {question ? `${question}: ${info.name.toLowerCase()}` : info.name}
    </span>
  )
}
