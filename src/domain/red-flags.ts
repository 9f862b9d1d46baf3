/**
 * Warning signs that need a clinician, most urgent first, with what they may mean and what to
 * do; and the disclaimer shown on every screen. Most single warning signs are weak predictors and
 * serious causes are rare, so the wording prompts action without alarm.
 */

export type RedFlagUrgency = 'emergency' | 'urgent' | 'soon'

/**
 * Emergency and urgent-advice numbers for the main regions, so the text works for readers outside
 * one country. 112 works across the EU and in many other countries; 111 is the NHS's
 * non-emergency line in England, Scotland and Wales.
 */
export const EMERGENCY_NUMBERS =
  'Call 999 in the UK, 911 in the USA or Canada, 112 in the EU, or your local emergency number.'

/** Where to get same-day advice when it is not an emergency. */
export const URGENT_ADVICE = 'For same-day advice, call your doctor, or 111 in the UK.'

export interface RedFlagUrgencyInfo {
  readonly id: RedFlagUrgency
  /** Heading for the group, e.g. "Emergency: go now". */
  readonly label: string
  /** What to do, in one plain sentence. */
  readonly action: string
}

export const RED_FLAG_URGENCIES: readonly RedFlagUrgencyInfo[] = [
  {
    id: 'emergency',
    label: 'Emergency: go now',
    action: `Go to an emergency department now. ${EMERGENCY_NUMBERS} Do not wait to see if it gets worse.`,
  },
  {
    id: 'urgent',
    label: 'Urgent: same day',
    action: `Contact a doctor or urgent-care service today. ${URGENT_ADVICE}`,
  },
  {
    id: 'soon',
    label: 'Soon: book an appointment',
    action: 'Book an appointment with a doctor or other clinician in the coming days or weeks.',
  },
]

export interface RedFlag {
  readonly id: string
  /** The sign or situation, in plain words. */
  readonly sign: string
  /** What it may point to. */
  readonly meaning: string
  readonly urgency: RedFlagUrgency
  /** What to do. */
  readonly action: string
  /** True for the signs of cauda equina syndrome, which the emergency box always shows. */
  readonly caudaEquina: boolean
  readonly sources: readonly string[]
}

/** Every warning sign, most urgent first. */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'saddle-anaesthesia',
    sign: 'New numbness or tingling around the back passage, the genitals or the inner buttocks (the parts that would rest on a bicycle saddle).',
    meaning: 'Cauda equina syndrome: the bundle of nerve roots at the bottom of the spine is being squeezed.',
    urgency: 'emergency',
    action: 'Go to an emergency department now. Do not wait for it to get worse.',
    caudaEquina: true,
    sources: ['LONG-2020', 'NHS-REDFLAGS', 'FINUCANE-2020'],
  },
  {
    id: 'bladder-bowel-dysfunction',
    sign: 'New problems with the bladder or bowel. For example: trouble starting or stopping urine, a weak stream, or not feeling the bladder fill. Or not being able to pass urine, or leaking urine or stools. New problems with sexual function also count.',
    meaning: 'Cauda equina syndrome. Being unable to pass urine without pain is a late sign.',
    urgency: 'emergency',
    action: 'Go to an emergency department now.',
    caudaEquina: true,
    sources: ['LONG-2020', 'NHS-REDFLAGS', 'FINUCANE-2020'],
  },
  {
    id: 'bilateral-leg-symptoms',
    sign: 'Weakness or numbness in both legs that is new or getting worse quickly, or sciatica that starts in both legs.',
    meaning:
      'Cauda equina syndrome. This is not the same as the usual picture of spinal stenosis: heavy, aching or tingling legs on walking that ease when you sit. That needs a doctor, but it is not an emergency unless it is new or getting worse fast.',
    urgency: 'emergency',
    action: 'Go to an emergency department now.',
    caudaEquina: true,
    sources: ['LONG-2020', 'NHS-REDFLAGS'],
  },
  {
    id: 'thoracic-or-nonmechanical',
    sign: 'Sudden, severe, tearing pain in the back or belly, or a pulsing lump in the belly. Or pain higher up in the back that does not change at all with movement or position.',
    meaning:
      'Sudden tearing pain can be a leak from the main blood vessel in the belly (aortic aneurysm). Pain higher up that does not change with movement can also come from cancer, an infection, a broken bone or the kidney.',
    urgency: 'emergency',
    action: `Call for help now if the pain is sudden and severe. ${EMERGENCY_NUMBERS} Otherwise see a doctor the same day.`,
    caudaEquina: false,
    sources: ['NHS-REDFLAGS', 'DOWNIE-2013', 'FINUCANE-2020'],
  },
  {
    id: 'progressive-neuro-deficit',
    sign: 'Weakness in a leg that is getting worse (for example a foot that starts to drop or catch), numbness that is spreading, or new trouble walking.',
    meaning: 'A nerve root or the cauda equina being badly squeezed.',
    urgency: 'urgent',
    action:
      'See a doctor the same day; go to an emergency department if it is getting worse fast or affects both legs.',
    caudaEquina: false,
    sources: ['NHS-REDFLAGS', 'FINUCANE-2020'],
  },
  {
    id: 'fever-infection',
    sign: 'Back pain with fever or chills, after a recent infection or spinal procedure, with a weakened immune system, or after injecting drugs.',
    meaning: 'An infection of a disc, a vertebra or the space around the nerves.',
    urgency: 'urgent',
    action:
      'See a doctor the same day; go to an emergency department if there are also nerve symptoms such as numbness or weakness.',
    caudaEquina: false,
    sources: ['NHS-REDFLAGS', 'FINUCANE-2020'],
  },
  {
    id: 'cancer-history',
    sign: 'New back pain in someone who has or has had cancer.',
    meaning:
      'Cancer that has spread to the spine. This is the strongest single warning sign for cancer, although most back pain in people with a history of cancer has another cause.',
    urgency: 'urgent',
    action: 'See a doctor the same day or within a few days.',
    caudaEquina: false,
    sources: ['DOWNIE-2013', 'FINUCANE-2020'],
  },
  {
    id: 'trauma-fracture',
    sign: 'Back pain after a bad fall or accident, or after a minor fall if you have thin bones or take steroid medicine long term. Also bruising or grazes over the spine, or sudden severe pain in the centre of the back.',
    meaning: 'A broken vertebra.',
    urgency: 'urgent',
    action: 'Get an urgent medical assessment; call the emergency number after a major accident.',
    caudaEquina: false,
    sources: ['DOWNIE-2013', 'NHS-REDFLAGS'],
  },
  {
    id: 'unexplained-weight-loss',
    sign: 'Losing weight without trying, night sweats or feeling generally unwell.',
    meaning: 'Cancer or infection.',
    urgency: 'urgent',
    action: 'See a doctor promptly for a medical review.',
    caudaEquina: false,
    sources: ['VERHAGEN-2016', 'NHS-REDFLAGS'],
  },
  {
    id: 'night-rest-pain',
    sign: 'Constant pain that keeps getting worse and is not eased by rest or changing position, or pain that wakes you at night.',
    meaning: 'Occasionally cancer or infection, although on its own this is a poor guide.',
    urgency: 'soon',
    action: 'See a doctor promptly, sooner if other warning signs are present.',
    caudaEquina: false,
    sources: ['NHS-REDFLAGS', 'DOWNIE-2013'],
  },
  {
    id: 'age-onset',
    sign: 'Back pain that starts for the first time after about age 50 (some guidelines say 55) or before age 20.',
    meaning: 'In older people, a fracture or cancer is a little more likely; in young people, a structural problem.',
    urgency: 'soon',
    action: 'See a doctor soon, sooner if other warning signs are present.',
    caudaEquina: false,
    sources: ['NHS-REDFLAGS', 'DOWNIE-2013'],
  },
  {
    id: 'inflammatory-pattern',
    sign: 'Back pain for more than 3 months with at least 4 of these 5 features. It started before age 40. It came on slowly. It gets better with exercise. It does not get better with rest. It hurts at night but eases when you get up. One feature on its own is common and means little.',
    meaning:
      'Axial spondyloarthritis, an inflammatory disease of the spine and pelvis. Morning stiffness over half an hour and buttock pain that switches sides add to the picture.',
    urgency: 'soon',
    action:
      'See a family doctor, who can refer to a rheumatologist. It is not an emergency, but should not be put off.',
    caudaEquina: false,
    sources: ['ASAS-IBP-2009', 'STATPEARLS-IBP', 'MAYO-AXSPA-2020'],
  },
  {
    id: 'failure-to-improve',
    sign: 'No improvement after about 4 to 6 weeks of sensible self-care.',
    meaning: 'A specific cause that has been missed, or a need for a different plan.',
    urgency: 'soon',
    action: 'Book a review with a clinician.',
    caudaEquina: false,
    sources: ['NHS-REDFLAGS'],
  },
]

/** The signs of cauda equina syndrome, for the emergency box on cause and nerve pages. */
export const CAUDA_EQUINA_FLAGS: readonly RedFlag[] = RED_FLAGS.filter((f) => f.caudaEquina)

/** The warning signs of one urgency, in list order. */
export function redFlagsByUrgency(urgency: RedFlagUrgency): RedFlag[] {
  return RED_FLAGS.filter((f) => f.urgency === urgency)
}

/** A short line for the always-visible footer. */
export const DISCLAIMER =
  'For education only: this app cannot diagnose or treat you. If you are worried about your back, see a clinician.'

/** The full disclaimer, shown on first use and from the footer. */
export const DISCLAIMER_LONG = [
  'This explorer is for learning about the lower back. It is not medical advice, and it cannot diagnose your pain or tell you how to treat it.',
  'Very similar pain can come from many different structures, and most back pain has no single cause that any test can find. Seeing a structure highlighted here does not mean it is the cause of your pain.',
  'Each explanation carries a label for how strong the evidence is, with its sources. Guideline positions are summarised in general terms; ask a pharmacist or doctor before starting or changing any medicine.',
  'If you have new numbness around your back passage or genitals, new bladder or bowel problems, or new or quickly worsening weakness in both legs, go to an emergency department now.',
  EMERGENCY_NUMBERS,
].join(' ')

/**
 * When the content was last checked against its sources (the issue-15 review re-read every panel
 * for safety wording, evidence and reading level); review it when NICE NG59 or the ACP guideline
 * is updated. Panels changed later carry their own `reviewed` date.
 */
export const CONTENT_REVIEWED = '2026-12-01'
