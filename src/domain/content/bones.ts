/** Explanations for the bones: T12, the 12th ribs, L1–L5, sacrum, coccyx, hip bones and femurs. */

import type { BodyArea } from '../body-areas'
import type { LumbarLevel } from '../structures'
import type { FeltAt, StructureContentSeed } from './types'

const CONTEXT_EVIDENCE = {
  level: 'strong',
  note: 'Standard textbook anatomy. This bone is shown for orientation, not as a source of low back pain.',
} as const

const VERTEBRA_BASICS =
  'Like every lumbar vertebra, it has a thick, round body at the front that carries weight. A bony ring behind it shelters the nerves and forms small joints with the bones above and below.'

const VERTEBRA_PAIN =
  'Bone can hurt: the thin skin over it (periosteum) and the inside of the vertebral body both have pain-sensing nerves. A break, an infection, a tumour, or inflamed bone marrow next to a worn disc (a Modic change) can therefore cause pain. Modic type 1 changes are more common in adults up to 50 with back pain than in those without. In axial spondyloarthritis, an immune disease, the corners of the vertebrae can become inflamed, and in scoliosis the vertebrae tilt and turn along the curve. Even so, most back pain does not come from the vertebrae themselves.'

const VERTEBRA_NERVES =
  'Pain-sensing nerves in the bone covering and in the vertebral body, reached through the sinuvertebral nerves and their branch into the body (the basivertebral nerve).'

const VERTEBRA_SOURCES = ['SHAYOTA-2019', 'BRINJIKJI-2015b', 'OHTORI-2009', 'VERHAGEN-2016', 'BOGDUK-2012']

interface VertebraDetails {
  readonly what: string
  readonly pain: string
  readonly referred: readonly BodyArea[]
  readonly referredText: string
  readonly related: readonly string[]
  readonly extraSources?: readonly string[]
}

const VERTEBRA_DETAILS: Record<LumbarLevel, VertebraDetails> = {
  l1: {
    what: 'L1 is the top bone (vertebra) of the low back, where the stiffer chest spine meets the more mobile lumbar spine. The spinal cord usually ends at about this level.',
    pain: 'The junction of the upper and lower back, around L1, is a common place for a vertebra to break. This can happen after a fall, or after little or no injury in thin bones (osteoporosis).',
    referred: ['flank'],
    referredText: 'Pain from this level can spread round the side of the waist.',
    related: ['t12', 'l2', 'l1-l2-disc', 'l1-l2-facet', 'spinal-cord', 'l1-root', 'psoas-major'],
  },
  l2: {
    what: 'L2 is the second vertebra of the low back. The big hip-bending muscle (psoas major) starts from the sides of this and the other lumbar vertebrae.',
    pain: 'A break at this level is less common than at L1 but has the same causes: a large fall, or thin bones.',
    referred: ['flank'],
    referredText: 'Pain from this level can spread round the side of the waist.',
    related: ['l1', 'l3', 'l1-l2-disc', 'l2-l3-disc', 'l2-l3-facet', 'l2-root', 'psoas-major'],
  },
  l3: {
    what: 'L3 is the middle vertebra of the low back and usually sits at the top of its forward curve (lordosis).',
    pain: 'When an L3 or L4 vertebra breaks because the bone is thin, the pain can spread widely. It can reach the back, the side of the trunk and the top of the hip bone, partly through the L2 nerve.',
    referred: ['flank', 'iliac-crest'],
    referredText:
      'A break at this level can cause a spreading ache over the side of the trunk and the top of the hip bone.',
    related: ['l2', 'l4', 'l2-l3-disc', 'l3-l4-disc', 'l3-l4-facet', 'l3-root', 'quadratus-lumborum'],
  },
  l4: {
    what: 'L4 is the fourth vertebra of the low back. Together with L5 below it, it carries the most load and moves the most of any lumbar level.',
    pain: 'In older people, mostly women, worn facet joints can let L4 slide forward on L5 (degenerative spondylolisthesis), which can narrow the space for the nerves. As with L3, a break from thin bones can cause a spreading ache.',
    referred: ['flank', 'iliac-crest'],
    referredText:
      'A break at this level can cause a spreading ache over the side of the trunk and the top of the hip bone.',
    related: ['l3', 'l5', 'l3-l4-disc', 'l4-l5-disc', 'l4-l5-facet', 'l4-root', 'iliolumbar-ligament'],
    extraSources: ['STATPEARLS-SPONDY'],
  },
  l5: {
    what: 'L5 is the lowest and largest vertebra of the low back, resting on the sacrum at a forward slope. Strong ligaments tie it to the pelvis on each side.',
    pain: 'The part of its bony ring between the joints (pars interarticularis) can develop a stress crack (spondylolysis), mostly in teenagers whose sport repeatedly arches the back. Some people with such a crack go on to have L5 slip forward on the sacrum (isthmic spondylolisthesis). How many varies between studies. In one 45-year study, a crack on one side never slipped, and slips did not go with more back pain.',
    referred: ['upper-buttock'],
    referredText: 'Pain from this level can spread into the upper buttocks.',
    related: ['l4', 'sacrum', 'l4-l5-disc', 'l5-s1-disc', 'l5-s1-facet', 'l5-root', 'iliolumbar-ligament'],
    extraSources: ['STATPEARLS-SPONDY', 'BEUTLER-2003'],
  },
}

function vertebra(level: LumbarLevel): StructureContentSeed {
  const d = VERTEBRA_DETAILS[level]
  const feltAt: FeltAt[] = [
    {
      kind: 'local',
      areas: ['lumbar-midline'],
      description: 'Usually felt in the centre of the back at the level of the bone.',
    },
    { kind: 'referred', areas: d.referred, description: d.referredText },
  ]
  return {
    id: level,
    whatItIs: `${d.what} ${VERTEBRA_BASICS}`,
    painSource: 'possible',
    howItHurts: `${VERTEBRA_PAIN} ${d.pain}`,
    nerveSupply: VERTEBRA_NERVES,
    feltAt,
    related: d.related,
    evidence: {
      level: 'moderate',
      note: 'Moderate that breaks, tumours and infections of the vertebrae hurt, and that inflamed bone next to a worn disc is linked to back pain. Limited for an exact map of where the pain is felt.',
    },
    sources: [...VERTEBRA_SOURCES, ...(d.extraSources ?? [])],
  }
}

export const BONE_CONTENT: readonly StructureContentSeed[] = [
  {
    id: 't12',
    whatItIs:
      'T12 is the twelfth and last vertebra of the chest (thoracic) spine, sitting just above the low back. It carries the lowest pair of ribs and marks where the stiff upper back turns into the more mobile lower back.',
    painSource: 'context',
    howItHurts:
      'Shown for orientation, not as a source of low back pain. Its bone has pain-sensing nerves like any vertebra. The junction of the upper and lower back is a common place for a vertebra to break, after a fall or in thin bones (osteoporosis).',
    nerveSupply:
      'Pain-sensing nerves in the bone covering and vertebral body, like the lumbar vertebrae, at the T12 level.',
    feltAt: [],
    related: ['l1', 'rib-12', 'spinal-cord', 'psoas-major'],
    evidence: CONTEXT_EVIDENCE,
    sources: ['BOGDUK-2012', 'SHAYOTA-2019'],
  },
  {
    id: 'rib-12',
    whatItIs:
      'The twelfth rib on each side is the lowest and shortest rib. It is joined only to the spine at the back (a "floating" rib), and the deep side muscle of the low back (quadratus lumborum) hangs from its lower edge.',
    painSource: 'context',
    howItHurts:
      'Shown for orientation, not as a source of low back pain. The area just below it is one of the places where trigger points in quadratus lumborum are described.',
    nerveSupply: 'The twelfth thoracic (subcostal) nerve runs along its lower edge.',
    feltAt: [],
    related: ['t12', 'quadratus-lumborum', 'thoracolumbar-fascia', 'iliocostalis-lumborum'],
    evidence: CONTEXT_EVIDENCE,
    sources: ['BOGDUK-2012', 'TRAVELL-SIMONS-V1'],
  },
  ...(['l1', 'l2', 'l3', 'l4', 'l5'] as const).map(vertebra),
  {
    id: 'sacrum',
    whatItIs:
      'The sacrum is a wedge of five vertebrae fused into one bone at the base of the spine. L5 sits on top of it, and it joins the two hip bones at the sacroiliac joints. The sacral nerves leave through the holes in it.',
    painSource: 'possible',
    howItHurts:
      'Pain around the sacrum usually comes from the sacroiliac joints and the strong ligaments behind them rather than from the bone. The bone itself can hurt when it cracks under normal load in older people with thin bones (an insufficiency fracture). It is also inflamed, along with the sacroiliac joints, in axial spondyloarthritis, an immune disease of the spine. L5 can also slip forward on it (spondylolisthesis).',
    nerveSupply:
      'Its covering and the ligaments and joints around it get nerves from the sacral nerves at the back (the S1–S3 dorsal rami). The exact pattern varies between people.',
    feltAt: [
      {
        kind: 'local',
        areas: ['sacrum-region', 'si-joint-region'],
        description: 'Felt at the base of the spine and over the back of the pelvis.',
      },
      {
        kind: 'referred',
        areas: ['upper-buttock', 'mid-buttock'],
        description:
          'Can spread into the buttocks; inflammatory disease may give buttock pain that switches from side to side.',
      },
    ],
    related: [
      'l5',
      'coccyx',
      'sacroiliac-joint',
      'l5-s1-disc',
      'posterior-sacroiliac-ligament',
      's1-root',
      'piriformis',
    ],
    evidence: {
      level: 'moderate',
      note: 'Moderate for fractures and inflammation of the sacrum as pain sources.',
    },
    sources: ['DEPALMA-2011', 'STATPEARLS-IBP', 'FORTIN-1994', 'MAYO-AXSPA-2020', 'BOGDUK-2012'],
  },
  {
    id: 'coccyx',
    whatItIs:
      'The coccyx (tailbone) is three to five tiny bones fused at the very end of the spine. The big buttock muscle, two strong pelvic ligaments and the muscles of the pelvic floor attach to it.',
    painSource: 'possible',
    howItHurts:
      'Tailbone pain (coccydynia) most often starts after a fall onto the bottom or after childbirth. It is typically worse when sitting, especially when leaning back, and when getting up from a seat. Trigger points low in the multifidus muscle are also said to send pain here, which is expert opinion only.',
    nerveSupply: 'Small branches of the lowest sacral nerves and the coccygeal nerve.',
    feltAt: [
      {
        kind: 'local',
        areas: ['coccyx-region'],
        description: 'Felt right at the tailbone, especially when sitting.',
      },
    ],
    related: ['sacrum', 'gluteus-maximus', 'sacrotuberous-ligament', 'sacrospinous-ligament', 'multifidus'],
    alsoInvolvedIn: ['trigger-points'],
    evidence: {
      level: 'limited',
      note: 'Limited: tailbone pain after injury is well described, but studies are few and the main review here was not checked against its original text.',
    },
    sources: ['LIRETTE-2014', 'TRAVELL-SIMONS-V1', 'FERNANDEZ-2018'],
  },
  {
    id: 'hip-bone',
    whatItIs:
      'Each hip bone is three bones fused together: the wide wing at the top (ilium), the sitting bone (ischium) and the pubic bone at the front. The two hip bones and the sacrum form the ring of the pelvis, which passes the weight of the body to the legs.',
    painSource: 'context',
    howItHurts:
      'Shown mainly as the frame that muscles and ligaments attach to; the bone itself is rarely a source of back pain. Pain felt over the top of the hip bone usually comes from nearby joints, ligaments, muscles or nerves rather than from the bone itself. In the muscle-imbalance model the whole pelvis is said to tip forward.',
    nerveSupply: 'Its covering is supplied by the nerves of the muscles and joints around it.',
    feltAt: [],
    related: [
      'sacrum',
      'sacroiliac-joint',
      'femur',
      'iliolumbar-ligament',
      'inguinal-ligament',
      'gluteus-medius',
      'quadratus-lumborum',
    ],
    evidence: CONTEXT_EVIDENCE,
    sources: ['BOGDUK-2012', 'JANDA-1978'],
  },
  {
    id: 'femur',
    whatItIs:
      'The femur (thigh bone) is the longest bone in the body. Its ball-shaped head fits into the hip socket. The bony point on the outside of the hip (greater trochanter) is where the smaller buttock muscles and piriformis attach.',
    painSource: 'context',
    howItHurts:
      'Shown for orientation, not as a source of low back pain. Pain at the outer hip is often blamed on the back. But a common cause there is sore buttock-muscle tendons where they attach to this bone (gluteal tendinopathy). Hip joint problems can also mimic back, buttock or groin pain.',
    nerveSupply: 'The hip joint and the bone are supplied by branches of the femoral, obturator and sciatic nerves.',
    feltAt: [],
    related: ['hip-bone', 'gluteus-medius', 'gluteus-minimus', 'piriformis', 'psoas-major', 'hamstrings'],
    evidence: CONTEXT_EVIDENCE,
    sources: ['BOGDUK-2012', 'JENSEN-2019'],
  },
]
