/**
 * How strong the evidence behind a statement is. Every structure, cause and content entry
 * carries one of these labels with the sources it rests on. The reference sheet's "weak"
 * level is called "limited" here, which reads less like a judgement on the person's pain.
 *
 * Two levels let the evidence say "no": `conflicting` (good studies point both ways) and
 * `against` (good studies point away from the claim). A cause carries two labels (see
 * {@link CauseEvidence}), because "this condition is real and can hurt" and "this explains back
 * pain in general" are different questions with different answers.
 */

export type EvidenceLevel = 'strong' | 'moderate' | 'limited' | 'expert-opinion' | 'conflicting' | 'against'

/** Strongest support first, then the levels that doubt or contradict, for sorting and the legend. */
export const EVIDENCE_LEVELS: readonly EvidenceLevel[] = [
  'strong',
  'moderate',
  'limited',
  'expert-opinion',
  'conflicting',
  'against',
]

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
    meaning: 'Several good studies support this, but they do not all agree or the people in them were picked.',
  },
  limited: {
    id: 'limited',
    name: 'Limited evidence',
    meaning: 'Only small or weak studies, or lab findings, support this so far.',
  },
  'expert-opinion': {
    id: 'expert-opinion',
    name: 'Expert opinion',
    meaning: 'Based on what experienced clinicians describe, without studies that test it.',
  },
  conflicting: {
    id: 'conflicting',
    name: 'Conflicting evidence',
    meaning: 'Good studies point both ways, so nobody can say yet.',
  },
  against: {
    id: 'against',
    name: 'Evidence against',
    meaning: 'Good studies have tested this, and most do not support it.',
  },
}

export function isEvidenceLevel(value: string): value is EvidenceLevel {
  return (EVIDENCE_LEVELS as readonly string[]).includes(value)
}

/** The two questions a cause's evidence answers, with the badge title for each. */
export const CAUSE_EVIDENCE_QUESTIONS = {
  exists: 'Real and can hurt',
  explains: 'Explains back pain in general',
} as const

/**
 * A cause's evidence on two axes. `exists`: how sure we are that the condition exists and can
 * hurt (disc herniation: strong). `explains`: how well it explains back pain in general, across
 * the people who have it (disc herniation: conflicting, since bulges are common without pain).
 */
export interface CauseEvidence {
  readonly exists: EvidenceLevel
  readonly explains: EvidenceLevel
  /** What the two levels cover, in plain words. */
  readonly note: string
}
