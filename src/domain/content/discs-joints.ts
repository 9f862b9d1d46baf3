/** Explanations for the discs, the disc centre, the facet joints and the sacroiliac joints. */

import type { BodyArea } from '../body-areas'
import type { Segment } from '../structures'
import { segmentLabel } from '../structures'
import type { FeltAt, HerniationDirection, PainSourceLikelihood, StructureContentSeed } from './types'

const DISC_SOURCES = [
  'EDGAR-2007',
  'ITO-2013',
  'SHAYOTA-2019',
  'KUSLICH-1991',
  'DEPALMA-2011',
  'STATPEARLS-LDH',
  'BRINJIKJI-2015a',
  'BRINJIKJI-2015b',
  'YOUNG-2003',
]

interface DiscDetails {
  readonly above: string
  readonly below: string
  readonly painSource: PainSourceLikelihood
  readonly what: string
  readonly herniation: string
  readonly referred: readonly BodyArea[]
  readonly radicular: readonly BodyArea[]
  readonly radicularText: string
  readonly related: readonly string[]
  readonly affects: Readonly<Partial<Record<HerniationDirection, string>>>
}

const DISC_DETAILS: Record<Segment, DiscDetails> = {
  'l1-l2': {
    above: 'L1',
    below: 'L2',
    painSource: 'possible',
    what: 'It is the highest and one of the thinnest discs of the low back.',
    herniation:
      'Herniations at this level are rare. When they happen they usually affect the L2 root, giving pain in the groin and the front of the upper thigh.',
    referred: ['flank', 'groin'],
    radicular: ['groin', 'anteromedial-thigh'],
    radicularText: 'If it presses on the L2 root: pain in a band across the groin and the front and inner upper thigh.',
    related: ['l1', 'l2', 'nucleus-pulposus', 'l1-l2-facet', 'l2-root', 'posterior-longitudinal-ligament'],
    affects: { posterolateral: 'l2-root' },
  },
  'l2-l3': {
    above: 'L2',
    below: 'L3',
    painSource: 'possible',
    what: 'Herniations at this level are uncommon.',
    herniation:
      'A herniation here usually affects the L3 root, giving pain down the front of the thigh towards the inner knee.',
    referred: ['groin', 'anterior-thigh'],
    radicular: ['anterior-thigh', 'anteromedial-thigh', 'medial-knee'],
    radicularText: 'If it presses on the L3 root: pain down the front of the thigh to the inner knee.',
    related: ['l2', 'l3', 'nucleus-pulposus', 'l2-l3-facet', 'l3-root', 'femoral-nerve'],
    affects: { posterolateral: 'l3-root' },
  },
  'l3-l4': {
    above: 'L3',
    below: 'L4',
    painSource: 'possible',
    what: 'It is the third most common level for a herniation, well behind the two discs below it.',
    herniation:
      'A herniation out to the back and side here usually affects the L4 root, which passes this disc on its way down (the traversing root). The pain runs down the front of the thigh and the inner shin.',
    referred: ['upper-buttock', 'anterior-thigh'],
    radicular: ['anterior-thigh', 'medial-knee', 'medial-leg', 'medial-ankle'],
    radicularText:
      'If it presses on the L4 root, pain runs down the front of the thigh and across the inner knee to the inner shin.',
    related: ['l3', 'l4', 'nucleus-pulposus', 'l3-l4-facet', 'l4-root', 'femoral-nerve', 'ligamentum-flavum'],
    affects: { posterolateral: 'l4-root', 'far-lateral': 'l3-root' },
  },
  'l4-l5': {
    above: 'L4',
    below: 'L5',
    painSource: 'common',
    what: 'Together with the disc below it, it carries the most load, and about 95 % of lumbar herniations happen at these two levels.',
    herniation:
      'A herniation out to the back and side (posterolateral), the usual direction, affects the L5 root, which runs down past this disc (the traversing root). A herniation that pushes out far to the side affects the L4 root instead, as it exits beside the disc.',
    referred: ['upper-buttock', 'posterior-thigh'],
    radicular: ['lateral-thigh', 'lateral-leg', 'dorsum-foot', 'big-toe'],
    radicularText:
      'If it presses on the L5 root: pain down the outer thigh and outer shin to the top of the foot and the big toe.',
    related: [
      'l4',
      'l5',
      'nucleus-pulposus',
      'l4-l5-facet',
      'l5-root',
      'l4-root',
      'posterior-longitudinal-ligament',
      'ligamentum-flavum',
    ],
    affects: { posterolateral: 'l5-root', 'far-lateral': 'l4-root' },
  },
  'l5-s1': {
    above: 'L5',
    below: 'the sacrum (S1)',
    painSource: 'common',
    what: 'It sits at the slope where the spine meets the pelvis. With the disc above it, it carries the most load, and about 95 % of lumbar herniations happen at these two levels.',
    herniation:
      'A herniation out to the back and side usually affects the S1 root. This gives pain down the back of the leg to the sole and outer foot. A large herniation straight backwards can squeeze the whole bundle of nerve roots (cauda equina), which is rare but an emergency.',
    referred: ['mid-buttock', 'posterior-thigh'],
    radicular: ['posterior-thigh', 'posterior-calf', 'heel', 'sole', 'lateral-foot', 'little-toe'],
    radicularText: 'If it presses on the S1 root, pain runs down the back of the thigh and calf to the heel and sole.',
    related: [
      'l5',
      'sacrum',
      'nucleus-pulposus',
      'l5-s1-facet',
      's1-root',
      'cauda-equina',
      'posterior-longitudinal-ligament',
    ],
    affects: { posterolateral: 's1-root', central: 'cauda-equina' },
  },
}

function disc(segment: Segment): StructureContentSeed {
  const d = DISC_DETAILS[segment]
  const feltAt: FeltAt[] = [
    {
      kind: 'local',
      areas: ['lumbar-midline'],
      description:
        'Pain from the disc wall is felt in the centre of the low back, often worse with sitting or bending.',
    },
    {
      kind: 'referred',
      areas: d.referred,
      description: 'It can spread as a vague, deep ache that is hard to pin down and does not follow a nerve strip.',
    },
    { kind: 'radicular', areas: d.radicular, description: d.radicularText },
  ]
  return {
    id: `${segment}-disc`,
    whatItIs: `The ${segmentLabel(segment)} disc is the cushion between ${d.above} and ${d.below}. Like every disc, it has a tough wall of layered rings (annulus fibrosus) around a soft, gel-like centre (nucleus pulposus). Thin plates of cartilage and bone (end plates) lie above and below. It lets the spine bend while spreading the load. ${d.what}`,
    painSource: d.painSource,
    howItHurts: `Discs can hurt. In a healthy disc, only the outer layers of the wall have nerves. In a worn disc, cracks let nerve endings grow deeper, and chemicals from the disc can make them more sensitive. Surgeons touched different tissues during operations done with the patient awake (under local anaesthetic). The outer disc wall and the ligament behind it most often brought on the person's usual back pain. If the soft centre pushes out through the wall (herniation), it can press on a nearby nerve root and inflame it, causing pain down the leg. ${d.herniation}`,
    nerveSupply:
      'The outer wall is supplied by the sinuvertebral nerve at the back and by small sympathetic branches at the sides and front. Some pain signals may also travel up the sympathetic chain to about L2. This idea comes from animal and nerve-tracing studies. It could help explain why disc pain is hard to pin down, but it is not proven in people.',
    feltAt,
    related: d.related,
    evidence: {
      level: 'strong',
      note: 'Strong evidence that discs can be a source of pain and that a herniation can cause nerve-root pain. Moderate for how often the disc is the source: about 42 % in one selected group with long-term pain. Disc wear shows on scans in 37 % of pain-free 20-year-olds and 96 % of pain-free 80-year-olds, so a scan finding alone does not prove the cause.',
    },
    sources: DISC_SOURCES,
    herniationAffects: d.affects,
    alsoInvolvedIn: ['disc-herniation', 'degenerative-disc'],
  }
}

interface FacetDetails {
  readonly above: string
  readonly below: string
  readonly painSource: PainSourceLikelihood
  readonly level: string
  readonly referred: readonly BodyArea[]
  readonly related: readonly string[]
}

const FACET_DETAILS: Record<Segment, FacetDetails> = {
  'l1-l2': {
    above: 'L1',
    below: 'L2',
    painSource: 'possible',
    level:
      'Upper facet joints are less often a lasting source of pain than the lowest two, although in volunteers they were more sensitive to injection.',
    referred: ['flank'],
    related: ['l1', 'l2', 'l1-l2-disc', 'multifidus', 'l1-root'],
  },
  'l2-l3': {
    above: 'L2',
    below: 'L3',
    painSource: 'possible',
    level:
      'Upper facet joints are less often a lasting source of pain than the lowest two. Pain in the groin can come from facet joints anywhere from L2 to L5.',
    referred: ['groin', 'upper-buttock'],
    related: ['l2', 'l3', 'l2-l3-disc', 'multifidus', 'l2-root'],
  },
  'l3-l4': {
    above: 'L3',
    below: 'L4',
    painSource: 'possible',
    level: 'This level wears less often than the two below it.',
    referred: ['upper-buttock', 'groin'],
    related: ['l3', 'l4', 'l3-l4-disc', 'multifidus', 'l3-root', 'ligamentum-flavum'],
  },
  'l4-l5': {
    above: 'L4',
    below: 'L5',
    painSource: 'common',
    level:
      'This is one of the two levels most often affected. Worn joints here can also let L4 slip forward on L5, and enlarged joints here are a main cause of narrowing around the nerves (stenosis). The muscle-imbalance model says the joints at this level are overloaded when the low-back curve deepens, which has not been shown.',
    referred: ['upper-buttock', 'mid-buttock', 'greater-trochanter', 'lateral-thigh', 'posterior-thigh'],
    related: ['l4', 'l5', 'l4-l5-disc', 'ligamentum-flavum', 'l4-root', 'l5-root', 'multifidus'],
  },
  'l5-s1': {
    above: 'L5',
    below: 'the sacrum',
    painSource: 'common',
    level:
      'This is one of the two levels most often affected. The muscle-imbalance model says the joints at this level are overloaded when the low-back curve deepens, which has not been shown.',
    referred: ['mid-buttock', 'lower-buttock', 'posterior-thigh'],
    related: ['l5', 'sacrum', 'l5-s1-disc', 'l5-root', 'multifidus', 'iliolumbar-ligament'],
  },
}

function facet(segment: Segment): StructureContentSeed {
  const d = FACET_DETAILS[segment]
  return {
    id: `${segment}-facet`,
    whatItIs: `The ${segmentLabel(segment)} facet joints are a pair of small joints at the back of the spine, one on each side, where ${d.above} meets ${d.below}. Each is a true joint (facet or zygapophysial joint) with smooth cartilage, a lining that makes joint fluid, and a capsule. Together they guide and limit movement, mainly twisting and bending backwards.`,
    painSource: d.painSource,
    howItHurts: `The joint capsule is rich in nerve endings. So the joint can hurt when it wears (osteoarthritis, the commonest cause), when its capsule is strained, or when its lining is inflamed. A worn joint can grow bony spurs or a fluid-filled cyst that presses on a nearby nerve root. No symptom, examination or scan can show that a facet joint is the source; only numbing its nerves with a test injection (a medial branch block) can. Worn discs pass more load onto these joints, and so can a sideways curve of the spine (scoliosis). ${d.level}`,
    nerveSupply:
      'The medial branches of the dorsal rami: small nerves from the back of the spinal nerves at the same level and the level above. These are the nerves numbed in a test block, and they may be treated with heat (radiofrequency denervation) when the test is positive.',
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-paraspinal'],
        description: 'An ache on one or both sides of the low back, next to the spine.',
      },
      {
        kind: 'referred',
        areas: d.referred,
        description:
          'A deep ache that can spread into the buttock, hip, groin or thigh, usually stopping above the knee. The maps for different levels overlap a lot, so this is an approximate pattern.',
      },
    ],
    related: d.related,
    evidence: {
      level: 'moderate',
      note: 'Moderate: facet joint pain is real and was found in about 31 % of one selected group with long-term back pain (15–45 % across studies). Joint wear on scans is common without pain, and the per-level map of where the pain is felt is an approximate summary of overlapping studies.',
    },
    sources: [
      'STATPEARLS-FACET',
      'DREYER-1996',
      'FUKUI-1997',
      'MCCALL-1979',
      'MARKS-1989',
      'DEPALMA-2011',
      'HICKS-2009',
    ],
  }
}

export const DISC_JOINT_CONTENT: readonly StructureContentSeed[] = [
  ...(['l1-l2', 'l2-l3', 'l3-l4', 'l4-l5', 'l5-s1'] as const).map(disc),
  {
    id: 'nucleus-pulposus',
    whatItIs:
      'The nucleus pulposus is the soft, gel-like centre of each disc, mostly water held in a mesh of proteins. When the spine is loaded it spreads the pressure evenly onto the disc wall around it. With age it dries out and stiffens.',
    painSource: 'possible',
    howItHurts:
      'A healthy disc centre has no nerves, so it does not hurt by itself. It matters for pain in two ways. When it pushes out through a crack in the wall (herniation), it can press on a nerve root and irritate it with chemicals. And in a worn disc, nerve endings can grow in towards it.',
    nerveSupply:
      'None in a healthy disc. In worn discs, nerve fibres can grow along cracks from the outer wall towards the centre.',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['lateral-leg', 'dorsum-foot', 'big-toe', 'posterior-calf', 'sole', 'lateral-foot'],
        description:
          "When escaped centre material irritates a nerve root, pain runs down the leg, usually the L5 or S1 root. Numbness follows the root's strip of skin more closely than pain does.",
      },
    ],
    related: ['intervertebral-discs', 'l4-l5-disc', 'l5-s1-disc', 'l5-root', 's1-root'],
    evidence: {
      level: 'strong',
      note: 'Strong that herniated disc material can irritate nerve roots; the nerve ingrowth into worn discs comes from laboratory and tissue studies.',
    },
    sources: ['EDGAR-2007', 'ITO-2013', 'STATPEARLS-LDH', 'KUSLICH-1991', 'MURPHY-2009'],
    alsoInvolvedIn: ['disc-herniation', 'degenerative-disc', 'inflammation'],
  },
  ...(['l1-l2', 'l2-l3', 'l3-l4', 'l4-l5', 'l5-s1'] as const).map(facet),
  {
    id: 'sacroiliac-joint',
    whatItIs:
      'The sacroiliac joint links the sacrum to the hip bone on each side. It is the largest joint of the spine and pelvis, but it moves only a few degrees. Its front part is a true joint with fluid. Its back part is held by very strong ligaments. It passes the weight of the upper body into the pelvis and legs, and often partly stiffens with age.',
    painSource: 'common',
    howItHurts:
      'Pain can come from the joint capsule, the ligaments behind it, or inflammation of the joint (sacroiliitis). It is linked to arthritis, injuries such as a fall onto the buttock, pregnancy (when ligaments loosen) and earlier fusion surgery of the low back. No single test proves it. Pain brought on by three or more examination tests makes it more likely. Numbing the joint with an injection is the reference test. The idea that the joint is "out of place" and can be put back by hand has not been shown.',
    nerveSupply:
      'Varies between people and is debated. Mostly small branches of the S1–S3 sacral nerves at the back (L5 to S4 in some people), with branches from L4 and L5 at the front.',
    feltAt: [
      {
        kind: 'local',
        areas: ['si-joint-region'],
        description:
          'In healthy volunteers, injecting the joint caused pain in a strip about 3 cm wide and 10 cm long. It ran down from just below the bony point at the back of the pelvis (posterior superior iliac spine).',
      },
      {
        kind: 'referred',
        areas: ['upper-buttock', 'mid-buttock', 'lower-buttock', 'lumbar-paraspinal', 'groin', 'posterior-thigh'],
        description:
          'Commonly felt in the buttock and lower back; less often in the groin or thigh, and occasionally below the knee. Groin pain was the one pattern that predicted a positive test injection. The upper part of the joint tends to refer higher, the lower part lower.',
      },
    ],
    related: [
      'sacrum',
      'hip-bone',
      'posterior-sacroiliac-ligament',
      'iliolumbar-ligament',
      'sacrotuberous-ligament',
      'piriformis',
      'gluteus-maximus',
    ],
    evidence: {
      level: 'moderate',
      note: 'Moderate as a pain source: about 18 % of one selected group with long-term back pain, and 15–30 % across reviews. Limited, or expert opinion only, for a "misalignment" that is felt or corrected by hand.',
    },
    sources: [
      'FORTIN-1994',
      'SLIPMAN-2000',
      'SCHWARZER-1995',
      'KUROSAWA-2015',
      'STATPEARLS-SIJ',
      'DEPALMA-2011',
      'YOUNG-2003',
    ],
  },
]
