/**
 * Every cause of low back pain the explorer explains, with the structures it involves and the
 * part each one plays. Picking a cause colours its structures by role (the scene owns the
 * colours); adding a cause is data only. The long explanations live in `content/causes.ts`.
 */

import type { BodyArea } from './body-areas'
import { convention, guideline, type Commonness } from './commonness'
import type { CauseEvidence } from './evidence'
import type { RoleId } from './roles'
import { expandToStructureIds } from './structures'

export const CAUSE_IDS = [
  'muscle-imbalance',
  'joint-imbalance',
  'trigger-points',
  'inflammation',
  'disc-herniation',
  'degenerative-disc',
  'spinal-stenosis',
  'spondylolisthesis',
  'scoliosis',
  'facet-osteoarthritis',
  'sciatica',
  'non-specific-low-back-pain',
] as const

export type CauseId = (typeof CAUSE_IDS)[number]

/** How the picker groups causes. */
export type CauseGroup = 'common' | 'less-common' | 'nerve' | 'general'

export interface CauseGroupInfo {
  readonly id: CauseGroup
  readonly name: string
  readonly description: string
}

/** Picker order. */
export const CAUSE_GROUPS: readonly CauseGroupInfo[] = [
  {
    id: 'general',
    name: 'Most back pain',
    description: 'Back pain with no single tissue to blame, which is most back pain.',
  },
  {
    id: 'common',
    name: 'Common explanations',
    description: 'Explanations often given for everyday back pain. How well each is supported varies.',
  },
  {
    id: 'less-common',
    name: 'Specific conditions',
    description:
      'Changes in the spine that can be a real cause of pain, though scans often show them in people without pain.',
  },
  {
    id: 'nerve',
    name: 'Nerve pain',
    description: 'Pain that travels down the leg from an irritated nerve root.',
  },
]

/** One structure's part in a cause. */
export interface CauseInvolvement {
  /**
   * A structure id, a content id shared by a pair (`l5-root`) or a group id (`facet-joints`);
   * expand it with `expandToStructureIds` from `structures.ts`.
   */
  readonly ref: string
  readonly role: RoleId
  /** Why it is involved, in plain words. */
  readonly note: string
}

export interface Cause {
  readonly id: CauseId
  /** Display name, e.g. "Disc herniation". */
  readonly name: string
  /** Name for tight spaces such as chips, e.g. "Herniation". */
  readonly shortName: string
  readonly group: CauseGroup
  /** One plain sentence for the picker. */
  readonly summary: string
  /**
   * The structures involved, each with its role. For nerve pain the list runs along the path
   * of the pain, from what presses on the root down to the nerves of the leg.
   */
  readonly involved: readonly CauseInvolvement[]
  /**
   * For causes that travel along a nerve: the refs in the order the pain travels, for the
   * path animation. Every ref here is also in `involved`.
   */
  readonly path?: readonly string[]
  /** Where the pain of this cause is typically felt. */
  readonly feltAt: readonly BodyArea[]
  /** Evidence on two axes: that it is real and can hurt, and that it explains back pain in general. */
  readonly evidence: CauseEvidence
  /**
   * How common it is in people with pain where it is felt: the order "Where does it hurt?" lists
   * causes in, with the figure or the basis of the order.
   */
  readonly commonness: Commonness
  /** Source ids (see `sources.ts`). */
  readonly sources: readonly string[]
}

function involve(ref: string, role: RoleId, note: string): CauseInvolvement {
  return { ref, role, note }
}

export const CAUSES: readonly Cause[] = [
  {
    id: 'non-specific-low-back-pain',
    name: 'Non-specific low back pain',
    shortName: 'Non-specific',
    group: 'general',
    summary: 'Real pain with no single tissue that a test can blame: the most common kind of back pain.',
    involved: [
      involve(
        'l4-l5-disc',
        'possible-source',
        'The outer wall of a lower disc may add to the pain, but this cannot be confirmed by a normal check-up.'
      ),
      involve('l5-s1-disc', 'possible-source', 'The lowest disc carries a lot of load and may add to the pain.'),
      involve('facet-joints', 'possible-source', 'The small joints at the back of the spine may add to the pain.'),
      involve('sacroiliac-joint', 'possible-source', 'The joint between the spine and pelvis may add to the pain.'),
      involve('erector-spinae', 'possible-source', 'The long back muscles can be sore and guarded.'),
      involve(
        'multifidus',
        'possible-source',
        'The deep back muscles can be sore and change how they work when the back hurts.'
      ),
      involve(
        'thoracolumbar-fascia',
        'possible-source',
        'The sheet of tissue over the back muscles has pain-sensing nerve endings; its role is a theory.'
      ),
      involve(
        'interspinous-ligament',
        'possible-source',
        'The ligaments between the bony bumps of the spine can cause deep aching in experiments.'
      ),
    ],
    feltAt: ['lumbar-midline', 'lumbar-paraspinal', 'upper-buttock', 'mid-buttock', 'si-joint-region'],
    evidence: {
      exists: 'strong',
      explains: 'strong',
      note: 'Strong that most back pain has no single source a test can confirm. Which tissue hurts in one person is unknown.',
    },
    commonness: {
      share: 0.9,
      figure: 'About 85 to 95 in 100 people who see a family doctor with back pain have this kind.',
      basis: 'study',
      sources: ['LANCET-HARTVIGSEN-2018', 'MAHER-2017'],
    },
    sources: [
      'LANCET-HARTVIGSEN-2018',
      'MAHER-2017',
      'OLIVEIRA-2018',
      'VERHAGEN-2016',
      'NICE-NG59',
      'ACP-2017',
      'DEPALMA-2011',
    ],
  },
  {
    id: 'muscle-imbalance',
    name: 'Muscle imbalance',
    shortName: 'Muscle imbalance',
    group: 'common',
    summary:
      'A popular idea that tight hip and back muscles with weak buttock and belly muscles tilt the pelvis and strain the back.',
    involved: [
      involve('psoas-major', 'tight', 'Said to be tight and to pull the low back and pelvis forward (proposed).'),
      involve('iliacus', 'tight', 'Said to be tight along with psoas, tipping the pelvis forward (proposed).'),
      involve('rectus-femoris', 'tight', 'The thigh muscle that also bends the hip; said to be tight (proposed).'),
      involve(
        'erector-spinae',
        'tight',
        'The long back muscles, said to be overactive and to deepen the curve of the low back (proposed).'
      ),
      involve('quadratus-lumborum', 'tight', 'Listed as tight in some versions of the model.'),
      involve('hamstrings', 'tight', 'Listed as tight in some versions of the model.'),
      involve('piriformis', 'tight', 'Listed as tight in some versions of the model.'),
      involve(
        'gluteus-maximus',
        'weak',
        'Said to be weak or slow to switch on, so it fails to hold the pelvis (proposed).'
      ),
      involve('gluteus-medius', 'weak', 'Said to be weak, so the pelvis is less steady on one leg (proposed).'),
      involve(
        'abdominal-muscles',
        'weak',
        'Said to be weak, so they fail to balance the pull of the back and hip muscles (proposed).'
      ),
      involve('hip-bone', 'involved', 'The pelvis is said to tip forward, which is the centre of the model.'),
      involve('l4-l5-facet', 'overloaded', 'Said to take extra load when the low-back curve deepens (proposed).'),
      involve('l5-s1-facet', 'overloaded', 'Said to take extra load when the low-back curve deepens (proposed).'),
    ],
    feltAt: ['lumbar-paraspinal', 'lumbar-midline', 'si-joint-region', 'upper-buttock'],
    evidence: {
      exists: 'limited',
      explains: 'against',
      note: 'There is no agreed test for the pattern. People with and without back pain have, on average, the same low-back curve and pelvic tilt.',
    },
    commonness: convention(0.02, 'No figure: there is no agreed test for the pattern.'),
    sources: [
      'JANDA-1978',
      'LAIRD-2014',
      'SWAIN-2020',
      'YOUDAS-2000',
      'SUGAVANAM-2024',
      'LEDERMAN-2011',
      'SARAGIOTTO-2016',
      'OWEN-2020',
    ],
  },
  {
    id: 'joint-imbalance',
    name: 'Joint imbalance (sacroiliac and segmental dysfunction)',
    shortName: 'Joint imbalance',
    group: 'common',
    summary:
      'Pain from the joints of the spine and pelvis; real sacroiliac joint pain exists, but hand-felt "misalignment" is unproven.',
    involved: [
      involve(
        'sacroiliac-joint',
        'pain-source',
        'A proven pain source in some people, confirmed by numbing the joint with an injection.'
      ),
      involve(
        'facet-joints',
        'pain-source',
        'Stiff or irritated small joints at the back of the spine are a proposed source.'
      ),
      involve(
        'posterior-sacroiliac-ligament',
        'pain-source',
        'The ligaments at the back of the joint can hurt along with it.'
      ),
      involve(
        'iliolumbar-ligament',
        'involved',
        'Ties the lowest lumbar vertebra to the pelvis and steadies the joint.'
      ),
      involve(
        'sacrotuberous-ligament',
        'involved',
        'Part of the ligament system that steadies the back of the pelvis.'
      ),
      involve('sacrospinous-ligament', 'involved', 'Part of the ligament system that steadies the back of the pelvis.'),
      involve('thoracolumbar-fascia', 'involved', 'Passes force between the back, the pelvis and the legs.'),
      involve('sacrum', 'involved', 'The base of the spine, which forms one side of each sacroiliac joint.'),
      involve('gluteus-maximus', 'involved', 'Proposed to help lock the joint through its pull on the fascia.'),
      involve('piriformis', 'involved', 'Crosses the front of the joint; its part in joint pain is proposed.'),
    ],
    feltAt: [
      'si-joint-region',
      'upper-buttock',
      'mid-buttock',
      'lower-buttock',
      'lumbar-paraspinal',
      'groin',
      'posterior-thigh',
    ],
    evidence: {
      exists: 'moderate',
      explains: 'against',
      note: 'Moderate that the sacroiliac joint is a real pain source in some people. Tests have not backed a "misalignment" felt and put right by hand.',
    },
    commonness: {
      share: 0.18,
      figure:
        'Numbing-block studies point to the sacroiliac joint in about 15 to 30 in 100 people with long-term back pain (18 in one large group).',
      basis: 'study',
      sources: ['DEPALMA-2011', 'SCHWARZER-1995'],
    },
    sources: ['STATPEARLS-SIJ', 'FORTIN-1994', 'SCHWARZER-1995', 'YOUNG-2003', 'DEPALMA-2011', 'NICE-NG59', 'ACP-2017'],
  },
  {
    id: 'trigger-points',
    name: 'Trigger points (myofascial pain)',
    shortName: 'Trigger points',
    group: 'common',
    summary:
      'Tender knots in muscles that are said to send pain to other places; muscle pain is real, but the knots cannot be found reliably.',
    involved: [
      involve(
        'quadratus-lumborum',
        'trigger-point',
        'Described as referring pain to the back of the pelvis, the buttock, the hip and the groin.'
      ),
      involve(
        'psoas-major',
        'trigger-point',
        'Described as referring pain in a band beside the spine and to the front of the thigh.'
      ),
      involve('iliacus', 'trigger-point', 'Described with the same pattern as psoas.'),
      involve(
        'iliocostalis-lumborum',
        'trigger-point',
        'Described as referring pain down to the middle of the buttock.'
      ),
      involve('longissimus-thoracis', 'trigger-point', 'Described as referring pain far down, to the lower buttock.'),
      involve(
        'multifidus',
        'trigger-point',
        'Described as referring pain next to the spine and, from low down, to the tailbone.'
      ),
      involve(
        'gluteus-medius',
        'trigger-point',
        'Described as referring pain along the top of the pelvis and into the buttock.'
      ),
      involve(
        'gluteus-minimus',
        'trigger-point',
        'Described as referring pain down the side or back of the leg, mimicking sciatica.'
      ),
      involve('gluteus-maximus', 'trigger-point', 'Described as causing local buttock and tailbone pain.'),
      involve(
        'piriformis',
        'trigger-point',
        'Described as referring pain across the buttock and to the back of the hip.'
      ),
      involve('rectus-abdominis', 'trigger-point', 'Low trigger points are said to refer pain across the low back.'),
      involve('hamstrings', 'trigger-point', 'Described as referring pain along the back of the thigh to the knee.'),
    ],
    feltAt: [
      'lumbar-paraspinal',
      'si-joint-region',
      'upper-buttock',
      'mid-buttock',
      'lower-buttock',
      'greater-trochanter',
      'lateral-thigh',
      'posterior-thigh',
      'groin',
    ],
    evidence: {
      exists: 'limited',
      explains: 'conflicting',
      note: 'Sore muscles, and pain spreading from them, are real. But examiners often disagree on where trigger points are, and the maps are expert opinion.',
    },
    commonness: convention(
      0.03,
      'No useful figure: estimates run from 9 to 85 in 100, because there is no agreed test.',
      ['STATPEARLS-MPS']
    ),
    sources: [
      'STATPEARLS-MPS',
      'TRAVELL-SIMONS-V2',
      'TRAVELL-SIMONS-V1',
      'FERNANDEZ-2018',
      'LUCAS-2009',
      'QUINTNER-2015',
      'DOMMERHOLT-2015',
    ],
  },
  {
    id: 'inflammation',
    name: 'Inflammation',
    shortName: 'Inflammation',
    group: 'common',
    summary:
      'Two different things: an immune disease of the spine and pelvis joints, and local irritating chemicals around a damaged disc or joint.',
    involved: [
      involve(
        'sacroiliac-joint',
        'pain-source',
        'Often the first joint inflamed in axial spondyloarthritis (sacroiliitis).'
      ),
      involve(
        'lumbar-vertebrae',
        'pain-source',
        'The corners of the vertebrae can become inflamed in axial spondyloarthritis.'
      ),
      involve('facet-joints', 'pain-source', 'The lining of the small joints can become inflamed.'),
      involve(
        'l4-l5-disc',
        'pain-source',
        'A damaged disc releases chemicals that irritate nerves; the bone next to it can become inflamed too.'
      ),
      involve(
        'l5-s1-disc',
        'pain-source',
        'A damaged disc releases chemicals that irritate nerves; the bone next to it can become inflamed too.'
      ),
      involve('sacrum', 'involved', 'Forms one side of the sacroiliac joints, where inflammation often starts.'),
      involve('anterior-longitudinal-ligament', 'involved', 'Can turn to bone over years in axial spondyloarthritis.'),
    ],
    feltAt: ['lumbar-midline', 'si-joint-region', 'upper-buttock', 'mid-buttock', 'lower-buttock'],
    evidence: {
      exists: 'strong',
      explains: 'limited',
      note: 'Strong that axial spondyloarthritis is a real cause. Moderate for local inflammation around damaged discs. It does not explain most everyday back pain.',
    },
    commonness: convention(
      0.05,
      'No figure here: axial spondyloarthritis affects about 1 in 100 adults, and most back pain is not inflammatory.',
      ['MAYO-AXSPA-2020']
    ),
    sources: ['STATPEARLS-IBP', 'ASAS-IBP-2009', 'MAYO-AXSPA-2020', 'BRINJIKJI-2015b', 'EDGAR-2007'],
  },
  {
    id: 'disc-herniation',
    name: 'Disc herniation',
    shortName: 'Herniation',
    group: 'less-common',
    summary: 'Soft disc material pushes out through the disc wall and can press on and inflame a nerve root.',
    involved: [
      involve(
        'l4-l5-disc',
        'compressing',
        'One of the two commonest levels; a bulge out to the back and side presses on the L5 root.'
      ),
      involve(
        'l5-s1-disc',
        'compressing',
        'The other common level; a bulge to the back and side presses on the S1 root.'
      ),
      involve('l3-l4-disc', 'compressing', 'A less common level; presses on the L4 root.'),
      involve(
        'l5-root',
        'compressed-nerve',
        'Squeezed and inflamed by an L4–L5 herniation: pain down the outer shin to the top of the foot.'
      ),
      involve(
        's1-root',
        'compressed-nerve',
        'Squeezed and inflamed by an L5–S1 herniation: pain down the back of the leg to the sole.'
      ),
      involve(
        'l4-root',
        'compressed-nerve',
        'Affected by an L3–L4 herniation, or by one at L4–L5 that pushes out far to the side.'
      ),
      involve(
        'cauda-equina',
        'compressed-nerve',
        'A large herniation straight backwards can squeeze the whole bundle of roots: an emergency, though rare.'
      ),
      involve(
        'posterior-longitudinal-ligament',
        'pain-source',
        'With the outer disc wall, the tissue most likely to bring on the usual back pain when touched during awake surgery.'
      ),
      involve(
        'sciatic-nerve',
        'pain-pathway',
        'Carries the irritated root fibres down the leg, so pain is felt along its course.'
      ),
    ],
    feltAt: [
      'lumbar-midline',
      'mid-buttock',
      'posterior-thigh',
      'lateral-leg',
      'posterior-calf',
      'dorsum-foot',
      'big-toe',
      'sole',
      'lateral-foot',
    ],
    evidence: {
      exists: 'strong',
      explains: 'conflicting',
      note: 'Strong that a herniation can cause sciatica. For back pain alone the studies conflict, since bulges are common in people with no pain.',
    },
    commonness: convention(0.25, 'No share of back pain is known; it is the usual cause of sciatica.', [
      'STATPEARLS-LDH',
      'JENSEN-2019',
    ]),
    sources: ['STATPEARLS-LDH', 'KUSLICH-1991', 'BRINJIKJI-2015a', 'BRINJIKJI-2015b', 'NICE-NG59'],
  },
  {
    id: 'degenerative-disc',
    name: 'Degenerative disc disease',
    shortName: 'Disc wear',
    group: 'less-common',
    summary:
      'Discs dry out, thin and crack with age; this can hurt, but it is also found in most older people without pain.',
    involved: [
      involve(
        'l4-l5-disc',
        'degenerated',
        'Often among the most worn discs; cracks in the wall can grow nerve endings.'
      ),
      involve('l5-s1-disc', 'degenerated', 'Often the most worn disc, with lower height.'),
      involve('l3-l4-disc', 'degenerated', 'Can wear too, usually less than the two below.'),
      involve('posterior-longitudinal-ligament', 'pain-source', 'Pain-sensitive ligament over the back of the discs.'),
      involve('l4', 'involved', 'The end plate next to a worn disc can show inflamed bone marrow (Modic change).'),
      involve('l5', 'involved', 'The end plate next to a worn disc can show inflamed bone marrow (Modic change).'),
      involve('facet-joints', 'overloaded', 'Take more load as the discs lose height, which can lead to joint wear.'),
    ],
    feltAt: ['lumbar-midline', 'lumbar-paraspinal', 'upper-buttock'],
    evidence: {
      exists: 'strong',
      explains: 'conflicting',
      note: 'The changes are real and almost universal with age. Studies conflict on how much they explain back pain, and a scan cannot show it in one person.',
    },
    commonness: {
      share: 0.42,
      figure: 'In one large group with long-term back pain, disc tests pointed to a disc in about 42 in 100.',
      basis: 'study',
      sources: ['DEPALMA-2011'],
    },
    sources: ['BRINJIKJI-2015a', 'BRINJIKJI-2015b', 'HICKS-2009', 'EDGAR-2007', 'ITO-2013', 'NICE-NG59'],
  },
  {
    id: 'spinal-stenosis',
    name: 'Spinal stenosis (central and foraminal)',
    shortName: 'Stenosis',
    group: 'less-common',
    summary:
      'The spaces for the nerves narrow, usually with age, so walking or standing brings on leg pain that eases on sitting or bending forward.',
    involved: [
      involve('ligamentum-flavum', 'compressing', 'Thickens and buckles into the back of the canal.'),
      involve(
        'facet-joints',
        'compressing',
        'Enlarged, arthritic joints and bony spurs crowd the sides of the canal and the nerve exits.'
      ),
      involve(
        'l4-l5-disc',
        'compressing',
        'A bulging disc narrows the front of the canal; L4–L5 is the level most often narrowed.'
      ),
      involve('l3-l4-disc', 'compressing', 'A bulging disc can narrow the canal here too.'),
      involve(
        'dural-sac',
        'compressed-nerve',
        'The sac of fluid around the nerve roots is squeezed in central stenosis.'
      ),
      involve(
        'cauda-equina',
        'compressed-nerve',
        'The bundle of roots inside the sac is squeezed, often giving symptoms in both legs.'
      ),
      involve('l4-root', 'compressed-nerve', 'Can be pinched at the side of the canal or in its exit hole.'),
      involve('l5-root', 'compressed-nerve', 'The root most often pinched at the side of the canal at L4–L5.'),
      involve('s1-root', 'compressed-nerve', 'Can be pinched lower down.'),
      involve('l4', 'unstable', 'A worn L4 can slip forward on L5 and narrow the canal further.'),
    ],
    feltAt: [
      'lumbar-midline',
      'mid-buttock',
      'posterior-thigh',
      'lateral-thigh',
      'lateral-leg',
      'posterior-calf',
      'dorsum-foot',
      'sole',
    ],
    evidence: {
      exists: 'strong',
      explains: 'limited',
      note: 'Strong as the cause of leg pain on walking. Narrowing on a scan alone is often painless, and it explains little back pain without leg pain.',
    },
    commonness: convention(0.12, 'No share of back pain is known; narrowing on scans is common after 60.', [
      'KALICHMAN-2009',
    ]),
    sources: ['STATPEARLS-STENOSIS', 'KALICHMAN-2009', 'NICE-NG59'],
  },
  {
    id: 'spondylolisthesis',
    name: 'Spondylolisthesis',
    shortName: 'Slipped vertebra',
    group: 'less-common',
    summary:
      'One vertebra slides forward on the one below, either through a stress crack or because the joints have worn.',
    involved: [
      involve(
        'l5',
        'unstable',
        'The usual vertebra to slip in young people, forward on the sacrum, through a stress crack in its arch.'
      ),
      involve(
        'l4',
        'unstable',
        'The usual vertebra to slip in older people, forward on L5, because its joints have worn.'
      ),
      involve('sacrum', 'involved', 'The base that L5 slips forward on.'),
      involve('l5-s1-disc', 'overloaded', 'Strained when L5 slips on the sacrum.'),
      involve('l4-l5-disc', 'overloaded', 'Strained when L4 slips on L5.'),
      involve('l4-l5-facet', 'degenerated', 'Worn joints that no longer hold L4 in place.'),
      involve(
        'l5-s1-facet',
        'involved',
        'The joints between L5 and the sacrum, which no longer lock L5 in place when its arch is cracked.'
      ),
      involve('l5-root', 'compressed-nerve', 'Can be pinched in its exit hole when L5 slips.'),
      involve('cauda-equina', 'compressed-nerve', 'Can be squeezed when a worn L4 slip narrows the canal.'),
      involve('hamstrings', 'tight', 'Tight hamstrings are a common sign in young people with a slip.'),
    ],
    feltAt: [
      'lumbar-midline',
      'lumbar-paraspinal',
      'upper-buttock',
      'mid-buttock',
      'posterior-thigh',
      'lateral-leg',
      'dorsum-foot',
    ],
    evidence: {
      exists: 'strong',
      explains: 'limited',
      note: 'Strong that slips are real and can pinch nerves. Small slips are often painless, and in one long study slips did not go with more back pain.',
    },
    commonness: convention(
      0.06,
      'About 6 in 100 people have the crack that can lead to a slip; most never have pain from it.',
      ['STATPEARLS-SPONDY', 'BEUTLER-2003']
    ),
    sources: ['STATPEARLS-SPONDY', 'BRINJIKJI-2015a', 'BEUTLER-2003'],
  },
  {
    id: 'scoliosis',
    name: 'Scoliosis',
    shortName: 'Scoliosis',
    group: 'less-common',
    summary:
      'A sideways curve with twist of the spine; large curves can cause pain, small ones usually do not explain it.',
    involved: [
      involve('lumbar-vertebrae', 'involved', 'The vertebrae bend sideways and rotate along the curve.'),
      involve('facet-joints', 'overloaded', 'Joints on the inside of the curve carry more load.'),
      involve('l3-l4-disc', 'overloaded', 'Loaded unevenly and can wear on one side.'),
      involve('l4-l5-disc', 'overloaded', 'Loaded unevenly and can wear on one side.'),
      involve('l4-root', 'compressed-nerve', 'Can be pinched on the inside of the curve in adult scoliosis from wear.'),
      involve('l5-root', 'compressed-nerve', 'Can be pinched on the inside of the curve in adult scoliosis from wear.'),
      involve('quadratus-lumborum', 'overloaded', 'Works unevenly on the two sides of a curve.'),
      involve('erector-spinae', 'overloaded', 'Works unevenly on the two sides of a curve.'),
    ],
    feltAt: ['lumbar-midline', 'lumbar-paraspinal', 'flank', 'upper-buttock', 'lateral-leg', 'anterior-thigh'],
    evidence: {
      exists: 'strong',
      explains: 'limited',
      note: 'Moderate that bigger curves go with more pain. Small curves, and small differences found on examination, are not a shown cause.',
    },
    commonness: convention(0.04, 'No share of back pain is known; most people with scoliosis have no pain.'),
    sources: ['BALAGUE-2016', 'MCAVINEY-2020', 'ANSARI-2024', 'CLARK-2016', 'LAIRD-2014'],
  },
  {
    id: 'facet-osteoarthritis',
    name: 'Facet joint arthritis',
    shortName: 'Facet arthritis',
    group: 'less-common',
    summary:
      'Wear of the small joints at the back of the spine, which can hurt and, when the joints enlarge, press on nerves.',
    involved: [
      involve('l4-l5-facet', 'pain-source', 'One of the two levels most often affected.'),
      involve('l5-s1-facet', 'pain-source', 'One of the two levels most often affected.'),
      involve('l3-l4-facet', 'degenerated', 'Can wear too, less often than the two below.'),
      involve('l4-l5-disc', 'degenerated', 'Facet wear often follows wear of the disc at the same level.'),
      involve('ligamentum-flavum', 'compressing', 'Thickens along with the joints and helps narrow the canal.'),
      involve('l4-root', 'compressed-nerve', 'Can be pinched by a bony spur or a fluid-filled joint cyst.'),
      involve('l5-root', 'compressed-nerve', 'Can be pinched by a bony spur or a fluid-filled joint cyst.'),
    ],
    feltAt: [
      'lumbar-paraspinal',
      'upper-buttock',
      'mid-buttock',
      'greater-trochanter',
      'groin',
      'lateral-thigh',
      'posterior-thigh',
    ],
    evidence: {
      exists: 'moderate',
      explains: 'conflicting',
      note: 'Moderate that facet joints can hurt, from numbing injections. Joint wear on scans is common without pain, and no symptom or scan picks out facet pain.',
    },
    commonness: {
      share: 0.31,
      figure:
        'Numbing-block studies point to the facet joints in about 15 to 45 in 100 people with long-term back pain (31 in one large group).',
      basis: 'study',
      sources: ['DEPALMA-2011', 'STATPEARLS-FACET'],
    },
    sources: ['STATPEARLS-FACET', 'DREYER-1996', 'DEPALMA-2011', 'HICKS-2009', 'FUKUI-1997', 'NICE-NG59'],
  },
  {
    id: 'sciatica',
    name: 'Sciatica (radiculopathy)',
    shortName: 'Sciatica',
    group: 'nerve',
    summary: 'Pain shooting down the leg, usually below the knee, from an irritated nerve root in the lower spine.',
    involved: [
      involve('l4-l5-disc', 'compressing', 'The commonest culprit: a herniation here presses on the L5 root.'),
      involve('l5-s1-disc', 'compressing', 'The other common culprit: a herniation here presses on the S1 root.'),
      involve(
        'ligamentum-flavum',
        'compressing',
        'In older people, a thickened ligament can narrow the space for the root.'
      ),
      involve('facet-joints', 'compressing', "In older people, enlarged joints or cysts can narrow the root's exit."),
      involve(
        'l5-root',
        'compressed-nerve',
        'One of the two roots most often irritated: pain to the outer shin, top of the foot and big toe.'
      ),
      involve(
        's1-root',
        'compressed-nerve',
        'One of the two roots most often irritated: pain to the calf, sole, heel and outer foot.'
      ),
      involve('l4-root', 'compressed-nerve', 'Less often irritated: pain to the front of the thigh and inner shin.'),
      involve(
        'lumbosacral-trunk',
        'pain-pathway',
        'Carries L4 and L5 fibres over the back of the pelvis to join the sacral nerves.'
      ),
      involve(
        'piriformis',
        'compressing',
        'Rarely, and this is disputed, the sciatic nerve may be irritated where it passes this buttock muscle.'
      ),
      involve(
        'sciatic-nerve',
        'pain-pathway',
        'The large nerve down the back of the thigh; pain follows its course even though the problem is usually at the root.'
      ),
      involve('tibial-nerve', 'pain-pathway', 'The branch to the calf and sole, where S1 pain is felt.'),
      involve(
        'common-fibular-nerve',
        'pain-pathway',
        'The branch to the outer shin and top of the foot, where L5 pain is felt.'
      ),
    ],
    path: ['l5-root', 's1-root', 'lumbosacral-trunk', 'sciatic-nerve', 'tibial-nerve', 'common-fibular-nerve'],
    feltAt: [
      'mid-buttock',
      'lower-buttock',
      'posterior-thigh',
      'lateral-leg',
      'posterior-calf',
      'dorsum-foot',
      'big-toe',
      'sole',
      'lateral-foot',
      'heel',
    ],
    evidence: {
      exists: 'strong',
      explains: 'strong',
      note: 'Strong that an irritated root, mostly from a disc, causes sciatica. Limited for the piriformis muscle as a cause.',
    },
    commonness: guideline(
      0.3,
      'The commonest cause of leg pain below the knee that comes from the back. How many people have it ranges from 1 to 43 in 100, by definition.',
      ['NICE-NG59', 'KONSTANTINOU-2008']
    ),
    sources: ['KONSTANTINOU-2008', 'JENSEN-2019', 'KUSLICH-1991', 'STATPEARLS-LDH', 'NICE-NG59', 'HOPAYIAN-2010'],
  },
]

const byId = new Map<string, Cause>(CAUSES.map((c) => [c.id, c]))

export function isCauseId(id: string): id is CauseId {
  return byId.has(id)
}

/** The cause with this id, or undefined for an unknown id (e.g. from `?cause=`). */
export function findCause(id: string): Cause | undefined {
  return byId.get(id)
}

/** The causes of one picker group, in list order. */
export function causesInGroup(group: CauseGroup): Cause[] {
  return CAUSES.filter((c) => c.group === group)
}

/**
 * The role of every structure a cause involves, by structure id (groups and pairs expanded). A
 * structure named twice keeps its first, most specific role.
 */
export function structureRolesOf(cause: Cause): Map<string, RoleId> {
  const roles = new Map<string, RoleId>()
  for (const { ref, role } of cause.involved) {
    for (const id of expandToStructureIds(ref)) if (!roles.has(id)) roles.set(id, role)
  }
  return roles
}
