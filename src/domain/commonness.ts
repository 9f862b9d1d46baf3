/**
 * How common each explanation is, so that "Where does it hurt?" lists the likeliest first instead
 * of the best-evidenced. Figures come from studies where they exist (controlled numbing-block
 * series for discs, facet joints and sacroiliac joints; primary-care cohorts for non-specific
 * pain); where no figure exists the order follows a guideline or, failing that, clinical
 * convention, and says so. The panel shows the basis next to every result.
 *
 * The share is an ordering key, not a probability for the reader: block studies count people
 * with long-term pain in specialist clinics, primary-care figures count everyone who sees a
 * family doctor, so the numbers are not on one scale. Convention shares are kept below every
 * measured figure except where a guideline says otherwise.
 */

export type CommonnessBasis = 'study' | 'guideline' | 'convention'

export const COMMONNESS_BASIS_NAMES: Readonly<Record<CommonnessBasis, string>> = {
  study: 'Order from study figures',
  guideline: 'Order from a guideline',
  convention: 'Order by clinical convention (no study figure)',
}

export interface Commonness {
  /** 0–1: the ordering key (see the module note on why it is not one scale). */
  readonly share: number
  /** The figure or the reason for the order, in plain words. */
  readonly figure: string
  readonly basis: CommonnessBasis
  /** Source ids (see `sources.ts`); empty only for clinical convention. */
  readonly sources: readonly string[]
}

export function study(share: number, figure: string, sources: readonly string[]): Commonness {
  return { share, figure, basis: 'study', sources }
}

export function guideline(share: number, figure: string, sources: readonly string[]): Commonness {
  return { share, figure, basis: 'guideline', sources }
}

/** No figure: an ordering by clinical convention, stated as such. */
export function convention(share: number, figure: string, sources: readonly string[] = []): Commonness {
  return { share, figure, basis: 'convention', sources }
}

const DISC_SHARE = study(
  0.42,
  'In one large group with long-term back pain, disc tests pointed to a disc in about 42 in 100.',
  ['DEPALMA-2011']
)
const FACET_SHARE = study(
  0.31,
  'Numbing-block studies point to the facet joints in about 15 to 45 in 100 people with long-term back pain (31 in one large group).',
  ['DEPALMA-2011', 'STATPEARLS-FACET']
)

/**
 * The structures with a measured share of long-term back pain, by content id: the three that
 * controlled numbing blocks can test. Every other structure is ordered by convention from how
 * often it is a pain source (see `painSourceConvention`).
 */
export const STRUCTURE_COMMONNESS: Readonly<Record<string, Commonness>> = {
  'l1-l2-disc': DISC_SHARE,
  'l2-l3-disc': DISC_SHARE,
  'l3-l4-disc': DISC_SHARE,
  'l4-l5-disc': DISC_SHARE,
  'l5-s1-disc': DISC_SHARE,
  'l1-l2-facet': FACET_SHARE,
  'l2-l3-facet': FACET_SHARE,
  'l3-l4-facet': FACET_SHARE,
  'l4-l5-facet': FACET_SHARE,
  'l5-s1-facet': FACET_SHARE,
  'sacroiliac-joint': study(
    0.18,
    'Numbing-block studies point to the sacroiliac joint in about 15 to 30 in 100 people with long-term back pain (18 in one large group).',
    ['DEPALMA-2011', 'SCHWARZER-1995']
  ),
}

/**
 * Structures whose nerve pain is rarer than the causes they take part in: the whole bundle of
 * roots is squeezed in a cauda equina syndrome, which is rare, although disc herniation (in which
 * it is listed) is common.
 */
export const NERVE_PAIN_COMMONNESS: Readonly<Record<string, Commonness>> = {
  'cauda-equina': study(
    0.0004,
    'Rare: cauda equina syndrome is found in about 4 in 10,000 people who see a doctor with back pain.',
    ['VERHAGEN-2016']
  ),
}

/** Convention shares for structures without a figure, from how often each is a pain source. */
export const PAIN_SOURCE_CONVENTION: Readonly<Record<'common' | 'possible' | 'rare', Commonness>> = {
  common: convention(0.1, 'A common pain source; no study gives a share of back pain for it.'),
  possible: convention(0.05, 'Can hurt, but no study gives a share of back pain for it.'),
  rare: convention(0.02, 'Seldom a source of pain itself.'),
}
