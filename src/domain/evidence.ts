/**
 * How strong the evidence behind a statement is. Every structure, cause and content entry
 * carries one of these labels with the sources it rests on. The reference sheet's "weak"
 * level is called "limited" here, which reads less like a judgement on the person's pain.
 */

export type EvidenceLevel = 'strong' | 'moderate' | 'limited' | 'expert-opinion'

/** Strongest first, for sorting and for the legend. */
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = ['strong', 'moderate', 'limited', 'expert-opinion']

export interface EvidenceLevelInfo {
  readonly id: EvidenceLevel
  /** Badge text, e.g. "Strong evidence". */
  readonly name: string
  /** One plain sentence on what the label means. */
  readonly meaning: string
}

export const EVIDENCE_LEVEL_INFO: Readonly<Record<EvidenceLevel, EvidenceLevelInfo>> = {
  strong: {
    id: 'strong',
    name: 'Strong evidence',
    meaning: 'Guidelines or reviews of many good studies agree on this.',
  },
  moderate: {
    id: 'moderate',
    name: 'Moderate evidence',
    meaning: 'Several good studies support this, but they do not all agree or the samples were selected.',
  },
  limited: {
    id: 'limited',
    name: 'Limited evidence',
    meaning: 'Only small, weak or conflicting studies, or lab findings, support this so far.',
  },
  'expert-opinion': {
    id: 'expert-opinion',
    name: 'Expert opinion',
    meaning: 'Based on what experienced clinicians describe, without studies that test it.',
  },
}

export function isEvidenceLevel(value: string): value is EvidenceLevel {
  return (EVIDENCE_LEVELS as readonly string[]).includes(value)
}
