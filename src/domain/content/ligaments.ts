/** Explanations for the ligaments, the thoracolumbar fascia and the skin. */

import type { StructureContentSeed } from './types'

export const LIGAMENT_CONTENT: readonly StructureContentSeed[] = [
  {
    id: 'anterior-longitudinal-ligament',
    whatItIs:
      'The anterior longitudinal ligament is a broad, strong band down the front of the vertebrae and discs, from the skull to the sacrum. It is widest in the low back. It stops the spine bending too far backwards.',
    painSource: 'rare',
    howItHurts:
      'It is supplied by nerves of the sympathetic system, but plays little direct part in back pain. In axial spondyloarthritis, an immune disease of the spine, and in a condition called DISH, it can slowly turn to bone, which stiffens the spine.',
    nerveSupply: 'Small sympathetic branches (grey rami) at the front of the spine.',
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-midline'],
        description: 'Any pain from it would be deep in the centre of the back.',
      },
    ],
    related: ['lumbar-vertebrae', 'intervertebral-discs', 'posterior-longitudinal-ligament', 'sacrum'],
    evidence: {
      level: 'limited',
      note: 'Limited: its nerve supply is known, but there is little evidence that it is a pain source on its own.',
    },
    sources: ['EDGAR-2007', 'STATPEARLS-IBP', 'BOGDUK-2012'],
  },
  {
    id: 'posterior-longitudinal-ligament',
    whatItIs:
      'The posterior longitudinal ligament is a narrow band down the back of the vertebral bodies, inside the spinal canal, that widens over each disc. Because it is narrow at the sides, discs usually herniate backwards and to one side, towards a nerve root.',
    painSource: 'possible',
    howItHurts:
      'It is supplied by the sinuvertebral nerve. In operations done with the patient awake, touching it or the outer disc wall most often brought on their usual back pain. It is stretched when a disc bulges or herniates.',
    nerveSupply: 'The sinuvertebral (recurrent meningeal) nerves.',
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-midline'],
        description: 'Pain in the centre of the low back.',
      },
    ],
    related: ['intervertebral-discs', 'l4-l5-disc', 'l5-s1-disc', 'dural-sac', 'anterior-longitudinal-ligament'],
    evidence: {
      level: 'moderate',
      note: 'Moderate: well supported by its nerve supply and by pain responses during surgery under local anaesthetic, though those studies are old and small.',
    },
    sources: ['SHAYOTA-2019', 'KUSLICH-1991', 'BOGDUK-2012'],
  },
  {
    id: 'ligamentum-flavum',
    whatItIs:
      'The ligamentum flavum ("yellow ligament") is a stretchy ligament joining the bony plates (laminae) at the back of neighbouring vertebrae. It forms the back wall of the spinal canal and keeps it smooth as the spine bends.',
    painSource: 'rare',
    howItHurts:
      'It has few nerves and rarely hurts itself. Its part in pain is indirect: with age it thickens and, when the discs lose height, buckles into the canal. Together with bulging discs and enlarged facet joints, this narrows the space for the nerves (spinal stenosis).',
    nerveSupply: 'Sparse; small branches of the medial branches of the dorsal rami.',
    feltAt: [
      {
        kind: 'radicular',
        areas: ['mid-buttock', 'posterior-thigh', 'posterior-calf', 'lateral-leg'],
        description:
          'Not felt itself. When it narrows the canal, the squeezed nerves cause pain, heaviness or tingling in the buttocks and legs. Walking or standing brings it on, and sitting or bending forward eases it.',
      },
    ],
    related: ['dural-sac', 'cauda-equina', 'facet-joints', 'l4-l5-facet', 'lumbar-vertebrae', 'l5-root'],
    evidence: {
      level: 'strong',
      note: 'Strong as a contributor to spinal stenosis; it is not a recognised pain source itself.',
    },
    sources: ['STATPEARLS-STENOSIS', 'KALICHMAN-2009', 'BOGDUK-2012'],
  },
  {
    id: 'interspinous-ligament',
    whatItIs:
      'The interspinous ligaments are thin sheets between the neighbouring bony bumps at the back of the spine (spinous processes). They help stop the spine bending too far forward, mostly at the end of the movement.',
    painSource: 'possible',
    howItHurts:
      'They are supplied by the medial branches, the same small nerves as the facet joints. In volunteers, injecting salty water into them caused deep pain, partly felt away from the spot. The bony bumps can crowd together and rub ("kissing spines"), or the ligament can be injured. In one study, this was a real but small group among people with long-term back pain.',
    nerveSupply: 'The medial branches of the dorsal rami.',
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-midline'],
        description: 'Deep pain in the centre of the low back, which can spread a little around the level.',
      },
    ],
    related: ['supraspinous-ligament', 'lumbar-vertebrae', 'multifidus', 'facet-joints'],
    evidence: {
      level: 'limited',
      note: 'Limited: old volunteer experiments and small clinical groups.',
    },
    sources: ['FEINSTEIN-1954', 'KELLGREN-1939', 'DEPALMA-2011', 'BOGDUK-2012'],
  },
  {
    id: 'supraspinous-ligament',
    whatItIs:
      'The supraspinous ligament is a cord running over the tips of the bony bumps at the back of the spine. It is often thin or missing at the lowest level, between L5 and the sacrum.',
    painSource: 'rare',
    howItHurts:
      'It is rarely shown to be a pain source. It has been suggested as a cause of local pain when long periods of bending forward strain it, but there is little evidence for this.',
    nerveSupply: 'The medial branches of the dorsal rami.',
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-midline'],
        description: 'Pain right over the bony bumps in the centre of the low back.',
      },
    ],
    related: ['interspinous-ligament', 'lumbar-vertebrae', 'thoracolumbar-fascia'],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion: proposed as a pain source without supporting studies.',
    },
    sources: ['BOGDUK-2012'],
    alsoInvolvedIn: ['non-specific-low-back-pain'],
  },
  {
    id: 'iliolumbar-ligament',
    whatItIs:
      'The iliolumbar ligament is a strong ligament on each side from the tip of the side projection of L5 (sometimes L4 too). Its upper band runs out to the back of the iliac crest, the top of the hip bone. Its lower band runs down to the wing of the sacrum. It ties the lowest vertebra to the pelvis and stops it sliding forward or tipping.',
    painSource: 'possible',
    howItHurts:
      'It has been proposed as a source of an ache low in the back that feels like sacroiliac joint pain. This has not been well studied.',
    nerveSupply: 'Small branches of the dorsal rami of the lowest lumbar nerves.',
    feltAt: [
      {
        kind: 'local',
        areas: ['iliac-crest', 'si-joint-region'],
        description: 'An ache just above and beside the back of the pelvis, near the top of the hip bone.',
      },
    ],
    related: ['l5', 'hip-bone', 'sacroiliac-joint', 'quadratus-lumborum', 'thoracolumbar-fascia'],
    evidence: {
      level: 'limited',
      note: 'Limited: a proposed source with little direct study.',
    },
    sources: ['BOGDUK-2012', 'STATPEARLS-SIJ'],
  },
  {
    id: 'posterior-sacroiliac-ligament',
    whatItIs:
      'The posterior sacroiliac ligaments are strong bands across the back of each sacroiliac joint, from the sacrum to the hip bone. With the even stronger ligament between the bones, they hold the joint tight so it moves only a little.',
    painSource: 'possible',
    howItHurts:
      'Pain blamed on the sacroiliac joint can come from these ligaments as well as the joint itself. Examples are after a fall, in pregnancy when ligaments loosen, or with inflammation. They are supplied by small branches of the sacral nerves.',
    nerveSupply: 'Small branches of the S1 to S3 sacral nerves at the back (dorsal rami); the pattern varies.',
    feltAt: [
      {
        kind: 'local',
        areas: ['si-joint-region'],
        description: 'Pain over the back of the pelvis, just below and beside the dimples at the base of the back.',
      },
      {
        kind: 'referred',
        areas: ['upper-buttock', 'mid-buttock'],
        description: 'Can spread into the buttock, like pain from the joint itself.',
      },
    ],
    related: ['sacroiliac-joint', 'sacrum', 'hip-bone', 'sacrotuberous-ligament', 'iliolumbar-ligament'],
    evidence: {
      level: 'moderate',
      note: 'Moderate for the sacroiliac joint region as a pain source; separating ligament pain from joint pain is not possible by examination.',
    },
    sources: ['STATPEARLS-SIJ', 'FORTIN-1994', 'DEPALMA-2011'],
  },
  {
    id: 'sacrotuberous-ligament',
    whatItIs:
      'The sacrotuberous ligament is a long, strong band. It runs from the side of the sacrum and the back of the hip bone down to the sitting bone (ischial tuberosity). It is part of the ligament system that steadies the sacroiliac joint, and gluteus maximus attaches to it.',
    painSource: 'rare',
    howItHurts:
      'It is rarely a pain source on its own, though it may hurt as part of the sacroiliac joint complex. The nerve of the saddle area (pudendal nerve) passes between this ligament and the sacrospinous ligament. So burning pain around the genitals or back passage, worse when sitting, can come from that nerve, not the back.',
    nerveSupply: 'Small branches of the sacral nerves.',
    feltAt: [
      {
        kind: 'local',
        areas: ['lower-buttock'],
        description: 'A deep ache low in the buttock, near the sitting bone.',
      },
    ],
    related: ['sacrospinous-ligament', 'sacroiliac-joint', 'gluteus-maximus', 'sacrum', 'coccyx', 'hamstrings'],
    evidence: {
      level: 'limited',
      note: 'Limited: described in textbooks, with little direct study as a pain source.',
    },
    sources: ['BOGDUK-2012', 'STATPEARLS-SIJ'],
  },
  {
    id: 'sacrospinous-ligament',
    whatItIs:
      'The sacrospinous ligament is a short, triangular band from the edge of the sacrum and tailbone to a bony point on the hip bone (ischial spine). It divides the large and small openings at the back of the pelvis, through which nerves pass. It is part of the ligaments that steady the back of the pelvis.',
    painSource: 'rare',
    howItHurts:
      'It plays little part in back pain. It matters for the pudendal nerve, the nerve of the saddle area, which can be trapped where it passes this ligament.',
    nerveSupply: 'Small branches of the sacral nerves.',
    feltAt: [
      {
        kind: 'local',
        areas: ['lower-buttock'],
        description: 'Any pain would be deep and low in the buttock.',
      },
    ],
    related: ['sacrotuberous-ligament', 'sacrum', 'coccyx', 'hip-bone', 'piriformis'],
    evidence: {
      level: 'limited',
      note: 'Limited: a minor role described in textbooks.',
    },
    sources: ['BOGDUK-2012'],
  },
  {
    id: 'inguinal-ligament',
    whatItIs:
      'The inguinal ligament is the firm band along the groin crease, from the bony point at the front of the hip (anterior superior iliac spine) to the pubic bone. It is the rolled lower edge of the outer belly muscle, and nerves and vessels to the leg pass under it.',
    painSource: 'context',
    howItHurts:
      'It is not a source of back pain. It is shown because two thigh nerves pass under it: the femoral nerve and the lateral femoral cutaneous nerve. Trapping of the second near the outer end of the ligament causes burning and numbness of the outer thigh.',
    nerveSupply: 'Small branches of the nerves of the lower belly wall (from T12 and L1).',
    feltAt: [],
    related: ['femoral-nerve', 'lateral-femoral-cutaneous-nerve', 'external-oblique', 'hip-bone', 'psoas-major'],
    evidence: {
      level: 'strong',
      note: 'Standard textbook anatomy. It is shown for orientation, not as a source of low back pain.',
    },
    sources: ['BOGDUK-2012', 'MEDSCAPE-MERALGIA'],
  },
  {
    id: 'thoracolumbar-fascia',
    whatItIs:
      'The thoracolumbar fascia is a thick, layered sheet of connective tissue that wraps the back muscles, from the lower ribs to the pelvis. The broad back muscle (latissimus dorsi), gluteus maximus and the deep belly muscles pull on it. So it passes force between the trunk, the pelvis and the legs.',
    painSource: 'possible',
    howItHurts:
      'It contains nerve endings that look like pain sensors, mostly in its outer layer, and in rats these increase when the fascia is inflamed. In people with long-term back pain, it may be thicker or slide less well. This fits the idea that small injuries or inflammation of the fascia could cause pain. But that is still a theory, based mostly on animal and lab studies.',
    nerveSupply: 'Branches of the dorsal rami of the lumbar nerves.',
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-paraspinal', 'lumbar-midline'],
        description: 'A diffuse ache across the low back.',
      },
    ],
    related: [
      'erector-spinae',
      'multifidus',
      'transversus-abdominis',
      'internal-oblique',
      'gluteus-maximus',
      'quadratus-lumborum',
    ],
    evidence: {
      level: 'limited',
      note: 'Limited and emerging: mostly animal and experimental studies.',
    },
    sources: ['WILKE-2017', 'MENSE-2019'],
  },
  {
    id: 'skin',
    whatItIs:
      'The skin of the lower trunk, buttocks and thighs, shown as a see-through surface. The strips of skin supplied by each nerve root (dermatomes) and the areas where pain can be felt are painted on it.',
    painSource: 'context',
    howItHurts:
      'Skin has many nerve endings, but it is not a source of back pain. Where pain or numbness is felt gives clues. A narrow band down the leg, often below the knee, suggests an irritated nerve root. A deep, vague ache in the back, buttock or thigh suggests pain referred from deeper parts. New numbness in the saddle area is an emergency sign.',
    nerveSupply:
      'Each patch is supplied mainly by one nerve root (its dermatome), overlapping with its neighbours; the skin over the spine is supplied by the dorsal rami.',
    feltAt: [],
    related: ['l1-root', 'l5-root', 's1-root', 'cauda-equina', 'lateral-femoral-cutaneous-nerve'],
    evidence: {
      level: 'strong',
      note: 'Strong for the general pattern of dermatomes, though they vary and overlap between people.',
    },
    sources: ['ISNCSCI', 'LONG-2020', 'BOGDUK-2012'],
  },
]
