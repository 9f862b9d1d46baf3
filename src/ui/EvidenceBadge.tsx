import { EVIDENCE_LEVEL_INFO, type EvidenceLevel } from '../domain/evidence'

/** The strength of the evidence behind an entry, in words, with what the label means. */
export function EvidenceBadge({ level }: { level: EvidenceLevel }) {
  const info = EVIDENCE_LEVEL_INFO[level]
  return (
    <span className={`evidence evidence--${level}`} title={info.meaning}>
      {info.name}
    </span>
  )
}
