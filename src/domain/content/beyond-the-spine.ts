/**
 * Explanations for the structures outside the spine whose pain is often taken for back pain: the
 * hip joints, the gluteal tendons and the kidneys. Their conditions have their own pages in
 * `mimics.ts`; these entries explain the structures themselves.
 */

import type { StructureContentSeed } from './types'

const REVIEWED = '2026-12-01'

export const BEYOND_THE_SPINE_CONTENT: readonly StructureContentSeed[] = [
  {
    id: 'hip-joint',
    whatItIs:
      'The hip joint is the ball and socket between the head of the thigh bone and the cup of the pelvis (acetabulum). A strong sleeve of tissue (joint capsule) wraps it, from the rim of the cup to the neck of the thigh bone. At the front it is thickened into a Y-shaped band, the strongest ligament of the body (iliofemoral ligament). It carries the weight of the body in every step.',
    painSource: 'common',
    howItHurts:
      'The lining, the capsule and the bone under worn cartilage can all hurt. Wear of the joint (hip arthritis) is common after 45. In people whose pain went away when the joint was numbed, most felt it in the buttock, and about half in the groin or thigh. None felt it in the low back.',
    nerveSupply: 'Branches of the femoral, obturator and sciatic nerves, from the L2 to S1 roots.',
    feltAt: [
      {
        kind: 'local',
        areas: ['groin', 'anterior-thigh', 'anteromedial-thigh', 'mid-buttock', 'lateral-thigh'],
        description: 'The groin, the front and side of the thigh, and the buttock. It can reach below the knee.',
      },
    ],
    related: ['femur', 'hip-bone', 'gluteal-tendons', 'femoral-nerve', 'obturator-nerve'],
    evidence: {
      level: 'strong',
      note: 'Strong that the hip joint can hurt, from numbing studies. Where its pain is felt comes from one study of 51 people.',
    },
    sources: ['LESHER-2008', 'NICE-NG226'],
    reviewed: REVIEWED,
  },
  {
    id: 'gluteal-tendons',
    whatItIs:
      'Gluteus medius and gluteus minimus end in flat tendons. They attach to the bony point on the outside of the hip (greater trochanter). These tendons hold the pelvis level when you stand on one leg.',
    painSource: 'common',
    howItHurts:
      'Squeezing and overload can make the tendons sore and thick (gluteal tendinopathy). It is the main local cause of pain on the outer hip. It used to be called bursitis. Lying on that side, stairs and crossing the legs often make it worse.',
    nerveSupply: 'The superior gluteal nerve (L4 to S1), which also works the two muscles.',
    feltAt: [
      {
        kind: 'local',
        areas: ['greater-trochanter', 'lateral-thigh', 'upper-buttock'],
        description: 'Over the bony point on the outer hip, often down the side of the thigh.',
      },
    ],
    related: ['gluteus-medius', 'gluteus-minimus', 'femur', 'hip-joint'],
    evidence: {
      level: 'strong',
      note: 'Strong that these tendons cause outer hip pain. Evidence for any one treatment is thin.',
    },
    sources: ['GRIMALDI-2015'],
    reviewed: REVIEWED,
  },
  {
    id: 'kidney',
    whatItIs:
      'The kidneys are two bean-shaped organs that clean the blood and make urine. They lie high at the back of the belly, either side of the spine, from about T12 to L3. The right one sits a little lower, below the liver. Urine leaves each one through a thin tube (ureter), which runs down to the bladder.',
    painSource: 'possible',
    howItHurts:
      'An infection (pyelonephritis) or a stone blocking the urine can stretch the kidney and its tubes. This gives pain in the side, below the ribs, often with fever or urine symptoms. A stone can send pain down to the groin in waves. Kidney pain does not change with movement, unlike most back pain.',
    nerveSupply: 'Nerves that travel with the blood vessels, to the T10 to L1 levels of the spinal cord.',
    feltAt: [
      {
        kind: 'local',
        areas: ['flank', 'lower-abdomen', 'groin'],
        description: 'The side, below the ribs. A stone can send pain to the lower belly and the groin.',
      },
    ],
    related: ['quadratus-lumborum', 'psoas-major', 'rib-12', 'l1'],
    evidence: {
      level: 'strong',
      note: 'Strong that kidney infection and stones cause pain in the side. Its place in the model follows textbook anatomy.',
    },
    sources: ['NICE-NG111', 'NICE-NG118', 'GRAYS-2020'],
    reviewed: REVIEWED,
  },
]
