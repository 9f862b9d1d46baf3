/** Explanations for the spinal cord, dural sac, cauda equina, nerve roots and the nerves of the leg. */

import type { BodyArea } from '../body-areas'
import type { RootLevel } from '../structures'
import type { PainSourceLikelihood, StructureContentSeed } from './types'

const ROOT_SOURCES = ['ISNCSCI', 'STATPEARLS-LDH', 'KUSLICH-1991', 'JENSEN-2019', 'BOGDUK-2012', 'MURPHY-2009']

const ROOT_PAIN =
  'A healthy root does not hurt when touched, but a squeezed, stretched or swollen one does. Disc material pressing on it and inflaming it is the commonest cause. In older people, worn joints, a thickened ligament or a slipped vertebra often narrow its exit hole or the side of the canal. The result is nerve (radicular) pain: a sharp or burning band down the leg, often below the knee. The pain often strays from the strip of skin of the root; numbness follows the strip more closely. When the root also stops working well (radiculopathy), there can be numbness, weakness or a weaker reflex.'

const ROOT_EVIDENCE = {
  level: 'strong',
  note: 'Strong for the pattern of numbness and weakness from each root. Pain follows the skin strip less well: in one study it did not in about 2 of 3 people.',
} as const

interface RootDetails {
  readonly label: string
  readonly painSource: PainSourceLikelihood
  readonly exit: string
  readonly culprit: string
  readonly supplies: string
  readonly felt: readonly BodyArea[]
  readonly feltText: string
  readonly related: readonly string[]
}

const ROOT_DETAILS: Record<RootLevel, RootDetails> = {
  l1: {
    label: 'L1',
    painSource: 'rare',
    exit: 'leaves the spinal canal through the gap between L1 and L2',
    culprit: 'It is rarely affected, because herniations high in the low back are uncommon.',
    supplies:
      'Carries feeling from a band across the groin and helps supply the hip-bending muscles. It feeds the lumbar plexus, the network of nerves inside psoas.',
    felt: ['groin'],
    feltText: 'A band of pain or tingling across the groin, just below the groin crease.',
    related: ['l1', 'l1-l2-disc', 'l1-l2-facet', 'psoas-major', 'l2-root'],
  },
  l2: {
    label: 'L2',
    painSource: 'rare',
    exit: 'leaves the spinal canal through the gap between L2 and L3',
    culprit:
      'It is rarely pressed on, since herniations at L1–L2 and L2–L3 are uncommon. Pain from a broken L3 or L4 vertebra in thin bones can partly travel through this root.',
    supplies:
      'Carries feeling from the upper front and inner thigh and works the hip-bending muscles. It helps form the femoral, obturator and lateral femoral cutaneous nerves.',
    felt: ['groin', 'anterior-thigh', 'anteromedial-thigh'],
    feltText: 'Pain or tingling in the groin and the upper front and inner thigh; weakness lifting the thigh.',
    related: [
      'l2',
      'l1-l2-disc',
      'l2-l3-disc',
      'femoral-nerve',
      'obturator-nerve',
      'lateral-femoral-cutaneous-nerve',
      'psoas-major',
    ],
  },
  l3: {
    label: 'L3',
    painSource: 'possible',
    exit: 'leaves the spinal canal through the gap between L3 and L4',
    culprit: 'It can be pressed by a herniation at L2–L3, or by one at L3–L4 that pushes out far to the side.',
    supplies:
      'Carries feeling from the lower front thigh and inner knee and works the muscle that straightens the knee (quadriceps). It helps form the femoral and obturator nerves.',
    felt: ['anterior-thigh', 'anteromedial-thigh', 'medial-knee'],
    feltText:
      'Pain down the lower front of the thigh to the inner knee; the knee can feel weak and the knee jerk can be reduced.',
    related: ['l3', 'l2-l3-disc', 'l3-l4-disc', 'femoral-nerve', 'obturator-nerve', 'rectus-femoris'],
  },
  l4: {
    label: 'L4',
    painSource: 'possible',
    exit: 'leaves the spinal canal through the gap between L4 and L5, on its way passing the L3–L4 disc',
    culprit:
      'It is most often pressed by a herniation at L3–L4. A herniation at L4–L5 that pushes far out into its exit hole can press it too. Narrowing of that exit hole, bony spurs or a cyst from a worn facet joint can also pinch it.',
    supplies:
      'Carries feeling from the inner shin down to the inner ankle and works the muscles that pull the foot up and straighten the knee. It helps form the femoral and obturator nerves and, with L5, the lumbosacral trunk.',
    felt: ['anterior-thigh', 'medial-knee', 'medial-leg', 'medial-ankle'],
    feltText:
      'Pain down the front of the thigh, across the inner knee and down the inner shin to the inner ankle. The knee jerk is often weaker.',
    related: ['l4', 'l3-l4-disc', 'l4-l5-disc', 'l4-l5-facet', 'femoral-nerve', 'lumbosacral-trunk'],
  },
  l5: {
    label: 'L5',
    painSource: 'common',
    exit: 'leaves the spinal canal through the gap between L5 and the sacrum. On its way, it runs down past the L4–L5 disc',
    culprit:
      'It is one of the two roots most often irritated. The usual cause is a herniation at L4–L5 out to the back and side. Narrowing at the side of the canal at L4–L5, or in its exit hole at L5–S1 (for example when L5 has slipped), can also do it.',
    supplies:
      'Carries feeling from the outer shin, the top of the foot and the big toe. Works the muscles that lift the big toe and the foot, and those that steady the hip. It joins L4 in the lumbosacral trunk and feeds the sciatic and gluteal nerves.',
    felt: ['lateral-thigh', 'lateral-leg', 'dorsum-foot', 'big-toe'],
    feltText:
      'Pain down the outer thigh and outer shin to the top of the foot and the big toe. Weakness lifting the big toe or the foot; in severe cases the foot drops. There is no reliable reflex for this root.',
    related: [
      'l5',
      'l4-l5-disc',
      'l5-s1-disc',
      'l5-s1-facet',
      'lumbosacral-trunk',
      'sciatic-nerve',
      'common-fibular-nerve',
      'superior-gluteal-nerve',
    ],
  },
  s1: {
    label: 'S1',
    painSource: 'common',
    exit: 'leaves through the first pair of holes in the sacrum, after running down past the L5–S1 disc',
    culprit:
      'It is one of the two roots most often irritated, usually by a herniation at L5–S1 out to the back and side.',
    supplies:
      'Carries feeling from the back of the calf, the heel, the outer edge of the foot, the little toe and most of the sole. Works the calf muscles that push up onto tiptoe. It joins the sciatic nerve.',
    felt: ['posterior-thigh', 'posterior-calf', 'heel', 'sole', 'lateral-foot', 'little-toe'],
    feltText:
      'Pain down the back of the thigh and calf to the heel, the sole and the outer edge of the foot. Weakness standing on tiptoe, and a reduced or absent ankle jerk.',
    related: ['sacrum', 'l5-s1-disc', 'sciatic-nerve', 'tibial-nerve', 'inferior-gluteal-nerve', 'piriformis'],
  },
  s2: {
    label: 'S2',
    painSource: 'rare',
    exit: 'leaves through the second pair of holes in the sacrum',
    culprit:
      'It is seldom pressed on alone; a large herniation straight backwards at L5–S1 can affect it along with other roots.',
    supplies:
      'Carries feeling from a strip down the back of the thigh to the back of the knee. With S3 and S4 it helps control the bladder, bowel and sexual function.',
    felt: ['posterior-thigh', 'popliteal-fossa'],
    feltText: 'A strip of pain or numbness down the back of the thigh to the back of the knee.',
    related: ['sacrum', 's1-root', 's3-root', 'sciatic-nerve', 'cauda-equina'],
  },
  s3: {
    label: 'S3',
    painSource: 'rare',
    exit: 'leaves through the third pair of holes in the sacrum',
    culprit:
      'It is rarely affected on its own: usually only when the whole bundle of roots (cauda equina) is squeezed, which is an emergency.',
    supplies:
      'Carries feeling from the inner, lower buttock and helps control the bladder, bowel and sexual function with S2 and S4. It contributes to the sciatic nerve.',
    felt: ['lower-buttock', 'perineum-saddle'],
    feltText:
      'Numbness or pain of the inner lower buttock. Together with the roots below it, it supplies the saddle area, where new numbness is an emergency sign.',
    related: ['sacrum', 's2-root', 'cauda-equina', 'sciatic-nerve'],
  },
}

/** The lumbar roots' models also show the dorsal ramus (the sacral ones leave through the back of the sacrum). */
const DORSAL_RAMUS_TEXT =
  ' Just outside the hole, a small back branch (dorsal ramus) turns back. It supplies the facet joint, multifidus and the long back muscles.'

function root(level: RootLevel): StructureContentSeed {
  const d = ROOT_DETAILS[level]
  return {
    id: `${level}-root`,
    whatItIs: `The ${d.label} nerve root on each side ${d.exit}. Like every spinal nerve root, it carries feeling from its own strip of skin (dermatome) and signals to some muscles. It has a swelling of nerve cells (dorsal root ganglion), which usually sits in its exit hole.${level.startsWith('l') ? DORSAL_RAMUS_TEXT : ''}`,
    painSource: d.painSource,
    howItHurts: `${ROOT_PAIN} ${d.culprit}`,
    nerveSupply: d.supplies,
    feltAt: [{ kind: 'radicular', areas: d.felt, description: d.feltText }],
    related: d.related,
    evidence: ROOT_EVIDENCE,
    sources: ROOT_SOURCES,
    dermatome: level,
    roots: [level],
    alsoInvolvedIn: level === 'l1' ? ['disc-herniation'] : ['disc-herniation', 'spinal-stenosis'],
  }
}

const ANATOMY_EVIDENCE = {
  level: 'strong',
  note: 'Standard textbook anatomy. It is not studied as a pain source in its own right.',
} as const

export const NERVE_CONTENT: readonly StructureContentSeed[] = [
  {
    id: 'spinal-cord',
    whatItIs:
      'The spinal cord carries messages between the brain and the body. In most adults it ends at about the level of the L1–L2 disc in a tapered tip (conus medullaris); below that, the canal holds only nerve roots. A thin thread, the filum terminale, runs on from its tip to the back of the tailbone and anchors the cord.',
    painSource: 'rare',
    howItHurts:
      'It is rarely involved in low back pain, because it ends above the discs that most often herniate. The roots that leave its tip run down inside the canal as the cauda equina.',
    nerveSupply: 'It is nerve tissue itself; its coverings receive small branches of the sinuvertebral nerves.',
    feltAt: [],
    related: ['cauda-equina', 'dural-sac', 't12', 'l1'],
    evidence: ANATOMY_EVIDENCE,
    sources: ['BOGDUK-2012', 'SHAYOTA-2019'],
  },
  {
    id: 'dural-sac',
    whatItIs:
      'The dural sac (thecal sac) is a tough, fluid-filled tube inside the spinal canal. It holds the spinal cord and, below it, the cauda equina, bathed in spinal fluid. Each nerve root leaves it in a sleeve of its own.',
    painSource: 'rare',
    howItHurts:
      'It is seldom a pain source itself. What matters is space. A bulging disc, a thickened ligament or enlarged joints can narrow the canal (stenosis). Then the sac and the roots inside it are squeezed. This can cause leg pain on walking or, if severe, an emergency.',
    nerveSupply: 'Its front surface receives branches of the sinuvertebral nerves.',
    feltAt: [],
    related: [
      'cauda-equina',
      'spinal-cord',
      'ligamentum-flavum',
      'posterior-longitudinal-ligament',
      'intervertebral-discs',
    ],
    evidence: {
      level: 'strong',
      note: 'Strong that narrowing of the canal squeezes the sac and its roots; the sac itself is not studied as a pain source.',
    },
    sources: ['STATPEARLS-STENOSIS', 'SHAYOTA-2019', 'BOGDUK-2012'],
  },
  {
    id: 'cauda-equina',
    whatItIs:
      'The cauda equina ("horse\'s tail") is the bundle of nerve roots that hangs down in the spinal canal. It starts below the end of the spinal cord, at about L1–L2. Each root leaves the bundle at its own level to supply the legs, the bladder, the bowel, sexual function and the saddle area.',
    painSource: 'rare',
    howItHurts:
      'A large disc herniation straight backwards (the commonest cause), a tumour, an infection, bleeding or severe narrowing can squeeze the whole bundle. This is cauda equina syndrome. It is rare, about 4 in 10,000 people seen with back pain, but it is an emergency. It can cause numbness in the saddle area, new bladder or bowel problems and weakness in both legs. Fast treatment matters. Milder narrowing over several levels instead causes leg pain that comes on with walking or standing (neurogenic claudication).',
    nerveSupply:
      'It is made of the lumbar and sacral nerve roots below the end of the cord. They carry feeling and movement for the legs, and control of the bladder, bowel and sex.',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['perineum-saddle', 'posterior-thigh', 'posterior-calf', 'lateral-leg', 'sole'],
        description:
          'Pain, numbness or weakness in both legs, and numbness around the back passage, genitals and inner buttocks. New saddle numbness or bladder or bowel change needs emergency care now.',
      },
    ],
    related: ['dural-sac', 'spinal-cord', 'l5-s1-disc', 'l4-l5-disc', 'ligamentum-flavum', 's2-root', 's3-root'],
    evidence: {
      level: 'strong',
      note: 'Strong clinical agreement on the warning signs, though any one symptom can be missing early on.',
    },
    sources: ['LONG-2020', 'VERHAGEN-2016', 'NHS-REDFLAGS', 'FINUCANE-2020', 'STATPEARLS-STENOSIS'],
  },
  ...(['l1', 'l2', 'l3', 'l4', 'l5', 's1', 's2', 's3'] as const).map(root),
  {
    id: 'lumbosacral-trunk',
    whatItIs:
      'The lumbosacral trunk is a thick nerve cord formed by part of the L4 root joining the whole L5 root. It crosses the top of the sacrum beside psoas. There it joins the sacral roots to form the network from which the sciatic nerve comes (sacral plexus).',
    painSource: 'rare',
    howItHurts:
      'It is rarely a source of pain by itself. It matters because signals from an irritated L4 or L5 root run along it into the sciatic nerve. So root pain is felt in the buttock and down the leg.',
    nerveSupply: 'Formed from the L4 and L5 roots.',
    feltAt: [],
    related: ['l4-root', 'l5-root', 'sciatic-nerve', 'sacrum', 'psoas-major'],
    evidence: ANATOMY_EVIDENCE,
    sources: ['BOGDUK-2012'],
    roots: ['l4', 'l5'],
  },
  {
    id: 'sciatic-nerve',
    whatItIs:
      'The sciatic nerve is the biggest nerve in the body, both the longest and the widest, and is formed from the L4 to S3 roots. It leaves the pelvis through a large opening at the back (the greater sciatic foramen), usually just below the piriformis muscle. It runs down the back of the thigh and splits above the knee into the tibial and common fibular nerves.',
    painSource: 'possible',
    howItHurts:
      'The word "sciatica" comes from this nerve. But the problem is almost always an irritated root in the spine, with the pain felt along the nerve. Irritation of the nerve itself in the buttock (deep gluteal or piriformis syndrome) is uncommon and hard to diagnose, and experts disagree about it. In about 90 % of people the nerve passes whole below piriformis. In more than 1 in 10, the nerve or one of its parts runs through or above the muscle.',
    nerveSupply:
      'Formed from the L4, L5, S1, S2 and S3 roots. It works the hamstrings and, through its branches, all the muscles below the knee, and carries feeling from most of the skin below the knee.',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['mid-buttock', 'posterior-thigh', 'lateral-leg', 'posterior-calf', 'dorsum-foot', 'sole'],
        description:
          'Pain through the buttock and down the back of the thigh, then into the L5 strip (outer shin, top of the foot) or the S1 strip (calf, sole) below the knee.',
      },
    ],
    related: [
      'lumbosacral-trunk',
      'l5-root',
      's1-root',
      'piriformis',
      'tibial-nerve',
      'common-fibular-nerve',
      'hamstrings',
    ],
    evidence: {
      level: 'strong',
      note: 'Strong for the anatomy and for root irritation as the usual cause of sciatica. Limited for piriformis pressing on the nerve as a common cause.',
    },
    sources: ['POUTOGLIDOU-2020', 'HOPAYIAN-2010', 'KONSTANTINOU-2008', 'JENSEN-2019', 'BOGDUK-2012'],
    roots: ['l4', 'l5', 's1', 's2', 's3'],
  },
  {
    id: 'tibial-nerve',
    whatItIs:
      'The tibial nerve is the larger of the two branches of the sciatic nerve. It runs down through the back of the knee and the calf to the inner ankle and the sole. It works the calf muscles that point the foot, and the small muscles of the sole.',
    painSource: 'rare',
    howItHurts:
      'It is rarely the source of back-related pain itself. It carries fibres from the S1 root, so S1 root pain is felt along its territory in the calf, heel and sole.',
    nerveSupply: 'A branch of the sciatic nerve, carrying fibres from the L4 to S3 roots.',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['posterior-calf', 'heel', 'sole'],
        description: 'Pain from an irritated S1 root is felt in the calf, heel and sole, the area this nerve supplies.',
      },
    ],
    related: ['sciatic-nerve', 'common-fibular-nerve', 's1-root', 'hamstrings'],
    evidence: ANATOMY_EVIDENCE,
    sources: ['BOGDUK-2012', 'JENSEN-2019'],
    roots: ['l4', 'l5', 's1', 's2', 's3'],
  },
  {
    id: 'common-fibular-nerve',
    whatItIs:
      'The common fibular (peroneal) nerve is the smaller branch of the sciatic nerve. It winds around the outside of the knee just under the skin. It works the muscles that lift the foot and toes, and carries feeling from the outer shin and the top of the foot.',
    painSource: 'rare',
    howItHurts:
      'It is rarely the source of back-related pain itself. It carries fibres from the L5 root, so L5 root pain is felt along its territory. It lies close to the surface at the outer knee. Pressure there can weaken the foot in a way that looks like an L5 root problem.',
    nerveSupply: 'A branch of the sciatic nerve, carrying fibres mainly from the L4 to S2 roots.',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['lateral-leg', 'dorsum-foot', 'big-toe'],
        description:
          'Pain from an irritated L5 root is felt on the outer shin and the top of the foot, the area this nerve supplies.',
      },
    ],
    related: ['sciatic-nerve', 'tibial-nerve', 'l5-root'],
    evidence: ANATOMY_EVIDENCE,
    sources: ['BOGDUK-2012', 'JENSEN-2019'],
    roots: ['l4', 'l5', 's1', 's2'],
  },
  {
    id: 'femoral-nerve',
    whatItIs:
      'The femoral nerve is formed from the L2, L3 and L4 roots inside the psoas muscle. It runs down between psoas and iliacus and passes under the groin ligament (inguinal ligament) into the thigh. It works the big muscle at the front of the thigh (quadriceps). Its long skin branch (saphenous nerve) goes on down the inner knee and shin.',
    painSource: 'possible',
    howItHurts:
      'It is usually affected further up, where a disc herniation presses on the L3 or L4 root. The herniation is high, or pushes out far to the side. Direct pressure on the nerve is rare: bleeding or an abscess in the iliopsoas muscle, or surgery nearby. Signs include weakness straightening the knee and a reduced knee jerk; a stretch test done lying face down, bending the knee, stresses its roots.',
    nerveSupply: 'Formed from the L2, L3 and L4 roots (the back divisions of the lumbar plexus).',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['anterior-thigh', 'medial-knee', 'medial-leg'],
        description:
          'Pain or numbness down the front of the thigh and, through its skin branch, along the inner knee and shin.',
      },
    ],
    related: ['l2-root', 'l3-root', 'l4-root', 'psoas-major', 'iliacus', 'inguinal-ligament', 'rectus-femoris'],
    evidence: {
      level: 'moderate',
      note: 'Strong for the anatomy; moderate for how its pain pattern is used to find the level of a problem.',
    },
    sources: ['BOGDUK-2012', 'ISNCSCI', 'STATPEARLS-LDH'],
    roots: ['l2', 'l3', 'l4'],
    alsoInvolvedIn: ['disc-herniation'],
  },
  {
    id: 'obturator-nerve',
    whatItIs:
      'The obturator nerve is formed from the L2, L3 and L4 roots. It leaves the inner edge of psoas and passes through a small opening in the pelvis (obturator canal). It works the inner thigh muscles and carries feeling from a patch of the inner thigh.',
    painSource: 'rare',
    howItHurts:
      'It is seldom trapped on its own: after pelvic surgery, with a rare hernia through its opening, or in pregnancy. It can also be affected through problems with the L3 or L4 roots.',
    nerveSupply: 'Formed from the L2, L3 and L4 roots (the front divisions of the lumbar plexus).',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['medial-thigh', 'medial-knee'],
        description: 'Pain or numbness on the inner thigh, sometimes reaching the inner knee.',
      },
    ],
    related: ['l2-root', 'l3-root', 'l4-root', 'psoas-major', 'hip-bone', 'femoral-nerve'],
    evidence: {
      level: 'limited',
      note: 'Limited: a rare problem, described mainly in textbooks.',
    },
    sources: ['BOGDUK-2012'],
    roots: ['l2', 'l3', 'l4'],
    alsoInvolvedIn: ['disc-herniation'],
  },
  {
    id: 'lateral-femoral-cutaneous-nerve',
    whatItIs:
      'The lateral femoral cutaneous nerve is a nerve for feeling only, formed from the L2 and L3 roots. It crosses the iliacus muscle and passes under or through the groin ligament, near the bony point at the front of the hip (anterior superior iliac spine). It then reaches the skin of the outer thigh.',
    painSource: 'possible',
    howItHurts:
      'Pressure where it passes the groin ligament can cause burning, tingling or numbness of the front and outer thigh (meralgia paresthetica). Tight belts or clothing, a large belly or pregnancy can cause it. Because the nerve works no muscles, there is no weakness, which helps tell it apart from an L2 or L3 root problem.',
    nerveSupply: 'Formed from the L2 and L3 roots; carries feeling only.',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['anterolateral-thigh', 'lateral-thigh'],
        description: 'Burning, tingling or numbness over the front and outer thigh, stopping above the knee.',
      },
    ],
    related: ['l2-root', 'l3-root', 'iliacus', 'inguinal-ligament', 'hip-bone'],
    evidence: {
      level: 'moderate',
      note: 'Moderate: a well-described condition and a common mimic of an upper lumbar root problem.',
    },
    sources: ['MEDSCAPE-MERALGIA', 'BOGDUK-2012'],
    roots: ['l2', 'l3'],
  },
  {
    id: 'superior-gluteal-nerve',
    whatItIs:
      'The superior gluteal nerve comes from the L4, L5 and S1 roots and leaves the pelvis just above piriformis. It works gluteus medius, gluteus minimus and a small muscle at the front of the hip (tensor fasciae latae). Together they hold the pelvis level when you stand on one leg.',
    painSource: 'rare',
    howItHurts:
      'It is rarely a pain source. It matters for back pain in a roundabout way. It carries L5 fibres to the hip muscles that keep the pelvis level. That is why an L5 root problem can weaken the hip as well as the foot.',
    nerveSupply: 'Formed from the L4, L5 and S1 roots.',
    feltAt: [],
    related: ['gluteus-medius', 'gluteus-minimus', 'piriformis', 'l5-root', 'inferior-gluteal-nerve'],
    evidence: ANATOMY_EVIDENCE,
    sources: ['BOGDUK-2012', 'ISNCSCI'],
    roots: ['l4', 'l5', 's1'],
  },
  {
    id: 'inferior-gluteal-nerve',
    whatItIs:
      'The inferior gluteal nerve comes from the L5, S1 and S2 roots and leaves the pelvis just below piriformis. It works gluteus maximus, the big muscle that straightens the hip when climbing stairs or standing up.',
    painSource: 'rare',
    howItHurts:
      'It is rarely a pain source. It is shown because it supplies the buttock muscle that the muscle-imbalance model calls weak.',
    nerveSupply: 'Formed from the L5, S1 and S2 roots.',
    feltAt: [],
    related: ['gluteus-maximus', 'piriformis', 'sciatic-nerve', 'superior-gluteal-nerve', 's1-root'],
    evidence: ANATOMY_EVIDENCE,
    sources: ['BOGDUK-2012'],
    roots: ['l5', 's1', 's2'],
  },
]
