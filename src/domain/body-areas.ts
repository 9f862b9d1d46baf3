/**
 * Places on the body where pain can be felt, and the skin bands (dermatomes) each nerve root
 * supplies. The ids are the `feltAt` vocabulary of the clinical reference sheet; the "where does
 * it hurt?" list, the referral zones and the dermatome view all use them. Plain data.
 */

import type { RootLevel } from './structures'

/** Every body area, top of the back down to the foot, then the saddle area. */
export const BODY_AREA_IDS = [
  'lumbar-midline',
  'lumbar-paraspinal',
  'flank',
  'iliac-crest',
  'si-joint-region',
  'sacrum-region',
  'coccyx-region',
  'upper-buttock',
  'mid-buttock',
  'lower-buttock',
  'greater-trochanter',
  'groin',
  'lower-abdomen',
  'anterior-thigh',
  'anteromedial-thigh',
  'medial-thigh',
  'anterolateral-thigh',
  'lateral-thigh',
  'posterior-thigh',
  'medial-knee',
  'popliteal-fossa',
  'medial-leg',
  'lateral-leg',
  'posterior-calf',
  'medial-ankle',
  'dorsum-foot',
  'big-toe',
  'lateral-foot',
  'little-toe',
  'sole',
  'heel',
  'perineum-saddle',
] as const

export type BodyArea = (typeof BODY_AREA_IDS)[number]

/** Coarse groups for the "where does it hurt?" list. */
export type BodyAreaGroup = 'low-back' | 'buttock-hip' | 'groin' | 'thigh' | 'knee-leg' | 'foot' | 'saddle'

export interface BodyAreaGroupInfo {
  readonly id: BodyAreaGroup
  readonly name: string
}

/** The groups in list order, from the back downwards. */
export const BODY_AREA_GROUPS: readonly BodyAreaGroupInfo[] = [
  { id: 'low-back', name: 'Low back' },
  { id: 'buttock-hip', name: 'Buttock and hip' },
  { id: 'groin', name: 'Groin and lower belly' },
  { id: 'thigh', name: 'Thigh' },
  { id: 'knee-leg', name: 'Knee, leg and ankle' },
  { id: 'foot', name: 'Foot' },
  { id: 'saddle', name: 'Saddle area' },
]

export interface BodyAreaInfo {
  readonly id: BodyArea
  /** Plain display name, e.g. "Back of the thigh". */
  readonly name: string
  readonly group: BodyAreaGroup
  /** Where exactly, in plain words, for the list's description and screen readers. */
  readonly description: string
}

function area(id: BodyArea, name: string, group: BodyAreaGroup, description: string): BodyAreaInfo {
  return { id, name, group, description }
}

export const BODY_AREAS: Readonly<Record<BodyArea, BodyAreaInfo>> = {
  'lumbar-midline': area(
    'lumbar-midline',
    'Centre of the low back',
    'low-back',
    'Over the bony bumps down the middle of the low back.'
  ),
  'lumbar-paraspinal': area(
    'lumbar-paraspinal',
    'One side of the low back',
    'low-back',
    'The muscular band just to the left or right of the spine.'
  ),
  flank: area(
    'flank',
    'Side of the waist (flank)',
    'low-back',
    'The side of the body between the lowest rib and the top of the hip bone.'
  ),
  'iliac-crest': area(
    'iliac-crest',
    'Top of the hip bone',
    'low-back',
    'Along the curved top edge of the pelvis, where hands rest on the hips.'
  ),
  'si-joint-region': area(
    'si-joint-region',
    'Back of the pelvis (sacroiliac area)',
    'low-back',
    'Just below and beside the two dimples at the base of the back.'
  ),
  'sacrum-region': area(
    'sacrum-region',
    'Base of the spine',
    'low-back',
    'The flat triangle of bone between the buttocks, above the tailbone.'
  ),
  'coccyx-region': area(
    'coccyx-region',
    'Tailbone',
    'low-back',
    'The very bottom of the spine, at the top of the cleft between the buttocks.'
  ),
  'upper-buttock': area(
    'upper-buttock',
    'Upper buttock',
    'buttock-hip',
    'The top part of the buttock, just below the hip bone.'
  ),
  'mid-buttock': area('mid-buttock', 'Middle of the buttock', 'buttock-hip', 'The centre of the buttock.'),
  'lower-buttock': area(
    'lower-buttock',
    'Lower buttock',
    'buttock-hip',
    'The lower part of the buttock, down to the crease with the thigh.'
  ),
  'greater-trochanter': area(
    'greater-trochanter',
    'Outer hip',
    'buttock-hip',
    'The bony point on the outside of the hip, at the top of the thigh bone.'
  ),
  groin: area('groin', 'Groin', 'groin', 'The crease where the front of the thigh meets the body.'),
  'lower-abdomen': area(
    'lower-abdomen',
    'Lower belly',
    'groin',
    'The front of the body below the belly button, above the groin.'
  ),
  'anterior-thigh': area(
    'anterior-thigh',
    'Front of the thigh',
    'thigh',
    'The front of the thigh between the groin and the knee.'
  ),
  'anteromedial-thigh': area(
    'anteromedial-thigh',
    'Front and inner thigh',
    'thigh',
    'The front of the thigh towards its inner side.'
  ),
  'medial-thigh': area('medial-thigh', 'Inner thigh', 'thigh', 'The inner side of the thigh, facing the other leg.'),
  'anterolateral-thigh': area(
    'anterolateral-thigh',
    'Front and outer thigh',
    'thigh',
    'The front of the thigh towards its outer side.'
  ),
  'lateral-thigh': area('lateral-thigh', 'Outer thigh', 'thigh', 'The outer side of the thigh, below the hip.'),
  'posterior-thigh': area(
    'posterior-thigh',
    'Back of the thigh',
    'thigh',
    'The back of the thigh between the buttock crease and the knee.'
  ),
  'medial-knee': area('medial-knee', 'Inner knee', 'knee-leg', 'The inner side of the knee.'),
  'popliteal-fossa': area('popliteal-fossa', 'Back of the knee', 'knee-leg', 'The hollow at the back of the knee.'),
  'medial-leg': area(
    'medial-leg',
    'Inner shin',
    'knee-leg',
    'The inner side of the lower leg, between the knee and the ankle.'
  ),
  'lateral-leg': area(
    'lateral-leg',
    'Outer shin',
    'knee-leg',
    'The outer side of the lower leg, between the knee and the ankle.'
  ),
  'posterior-calf': area('posterior-calf', 'Calf', 'knee-leg', 'The back of the lower leg.'),
  'medial-ankle': area('medial-ankle', 'Inner ankle', 'knee-leg', 'The bony bump on the inner side of the ankle.'),
  'dorsum-foot': area(
    'dorsum-foot',
    'Top of the foot',
    'foot',
    'The upper surface of the foot, between the ankle and the toes.'
  ),
  'big-toe': area('big-toe', 'Big toe', 'foot', 'The big toe.'),
  'lateral-foot': area(
    'lateral-foot',
    'Outer edge of the foot',
    'foot',
    'The outer border of the foot, on the little-toe side.'
  ),
  'little-toe': area('little-toe', 'Little toe', 'foot', 'The little toe.'),
  sole: area('sole', 'Sole of the foot', 'foot', 'The underside of the foot.'),
  heel: area('heel', 'Heel', 'foot', 'The back and underside of the heel.'),
  'perineum-saddle': area(
    'perineum-saddle',
    'Saddle area',
    'saddle',
    'The skin around the back passage, the genitals and the inner buttocks: the parts that would touch a saddle.'
  ),
}

export function isBodyArea(value: string): value is BodyArea {
  return Object.prototype.hasOwnProperty.call(BODY_AREAS, value)
}

/** The areas of one group, in list order. */
export function bodyAreasInGroup(group: BodyAreaGroup): BodyAreaInfo[] {
  return BODY_AREA_IDS.map((id) => BODY_AREAS[id]).filter((a) => a.group === group)
}

/**
 * The skin band supplied by one nerve root. Dermatomes vary between people and overlap, so
 * draw them as soft bands. Key sensory points follow the ISNCSCI standard.
 */
export interface Dermatome {
  readonly root: RootLevel
  /** Content id of the root's explanation entry, e.g. `l5-root`. */
  readonly contentId: string
  /** Display label, e.g. "L5". */
  readonly label: string
  /** The point a clinician tests for this root, in plain words. */
  readonly keySensoryPoint: string
  /** The body areas the band covers. */
  readonly areas: readonly BodyArea[]
  /** The band in plain words. */
  readonly description: string
  /** The movement that gets weak when this root is badly compressed, if a standard one exists. */
  readonly keyMuscle?: string
  /** The reflex that can fade when this root is compressed, if a standard one exists. */
  readonly reflex?: string
  readonly sources: readonly string[]
}

/** Dermatomes of every modelled root, L1 to S3, top to bottom. */
export const DERMATOMES: readonly Dermatome[] = [
  {
    root: 'l1',
    contentId: 'l1-root',
    label: 'L1',
    keySensoryPoint: 'The groin, half-way along the crease at the top of the thigh.',
    areas: ['groin'],
    description: 'A band across the groin, just below the groin crease.',
    sources: ['ISNCSCI', 'BOGDUK-2012'],
  },
  {
    root: 'l2',
    contentId: 'l2-root',
    label: 'L2',
    keySensoryPoint: 'The middle of the front of the thigh.',
    areas: ['anterior-thigh', 'anteromedial-thigh'],
    description: 'The upper front and inner thigh.',
    keyMuscle: 'Lifting the thigh (hip flexors)',
    sources: ['ISNCSCI', 'BOGDUK-2012'],
  },
  {
    root: 'l3',
    contentId: 'l3-root',
    label: 'L3',
    keySensoryPoint: 'The inner side of the knee, just above the joint.',
    areas: ['anterior-thigh', 'anteromedial-thigh', 'medial-knee'],
    description: 'The lower front of the thigh, slanting down to the inner knee.',
    keyMuscle: 'Straightening the knee (quadriceps)',
    reflex: 'Knee jerk (shared with L4)',
    sources: ['ISNCSCI', 'BOGDUK-2012'],
  },
  {
    root: 'l4',
    contentId: 'l4-root',
    label: 'L4',
    keySensoryPoint: 'The bony bump on the inner ankle.',
    areas: ['medial-knee', 'medial-leg', 'medial-ankle'],
    description: 'The inner shin down to the inner ankle and the big-toe edge of the foot.',
    keyMuscle: 'Pulling the foot up at the ankle (tibialis anterior)',
    reflex: 'Knee jerk (mainly L4)',
    sources: ['ISNCSCI', 'BOGDUK-2012'],
  },
  {
    root: 'l5',
    contentId: 'l5-root',
    label: 'L5',
    keySensoryPoint: 'The top of the foot, at the base of the third toe.',
    areas: ['lateral-leg', 'dorsum-foot', 'big-toe'],
    description: 'The outer shin, the top of the foot and the big toe with the next two toes.',
    keyMuscle: 'Lifting the big toe (extensor hallucis longus)',
    sources: ['ISNCSCI', 'BOGDUK-2012'],
  },
  {
    root: 's1',
    contentId: 's1-root',
    label: 'S1',
    keySensoryPoint: 'The outer side of the heel.',
    areas: ['posterior-calf', 'heel', 'lateral-foot', 'little-toe', 'sole'],
    description: 'The back of the calf, the heel, the outer edge of the foot, the little toe and most of the sole.',
    keyMuscle: 'Pointing the foot down, as in standing on tiptoe (calf muscles)',
    reflex: 'Ankle jerk',
    sources: ['ISNCSCI', 'BOGDUK-2012'],
  },
  {
    root: 's2',
    contentId: 's2-root',
    label: 'S2',
    keySensoryPoint: 'The middle of the hollow behind the knee.',
    areas: ['posterior-thigh', 'popliteal-fossa'],
    description: 'A strip down the back of the thigh to the back of the knee.',
    sources: ['ISNCSCI', 'BOGDUK-2012'],
  },
  {
    root: 's3',
    contentId: 's3-root',
    label: 'S3',
    keySensoryPoint: 'The sitting bone, at the crease under the buttock.',
    areas: ['lower-buttock'],
    description: 'The inner, lower buttock next to the crease under it.',
    sources: ['ISNCSCI', 'BOGDUK-2012'],
  },
]

/** The dermatome of one root, by root level or content id (`l5` or `l5-root`). */
export function findDermatome(rootOrContentId: string): Dermatome | undefined {
  return DERMATOMES.find((d) => d.root === rootOrContentId || d.contentId === rootOrContentId)
}
