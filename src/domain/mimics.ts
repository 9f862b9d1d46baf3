/**
 * Problems outside the spine that are often taken for back or sciatic pain: the hip joint, the
 * gluteal tendons at the outer hip, the kidney, and local knee and foot problems. "Where does it
 * hurt?" lists them next to the spinal causes so that a pain in the groin or the outer hip is not
 * read as a back problem. Plain data; the panel text lives here too, because each mimic is one
 * short page.
 *
 * The model has no bones below the thigh, so the knee and foot entries are text only and say so.
 */

import type { BodyArea } from './body-areas'
import type { Commonness } from './commonness'
import { convention, study } from './commonness'
import type { CauseEvidence } from './evidence'

export const MIMIC_IDS = ['hip-joint', 'gluteal-tendinopathy', 'kidney', 'knee', 'foot'] as const

export type MimicId = (typeof MIMIC_IDS)[number]

export interface Mimic {
  readonly id: MimicId
  /** Display name, e.g. "Hip joint problems (such as hip arthritis)". */
  readonly name: string
  /** One plain sentence for the result list. */
  readonly summary: string
  /** Where its pain is felt. */
  readonly feltAt: readonly BodyArea[]
  /**
   * Structure ids the model can show for it. Empty when the model has no such structure yet;
   * `textOnly` then says whether it ever will (below the thigh, it will not).
   */
  readonly structureIds: readonly string[]
  /** True for places the model does not reach (below the thigh): the panel says it is text only. */
  readonly textOnly: boolean
  /** When it needs a doctor quickly, in one plain sentence; shown as a warning with the result. */
  readonly urgentWhen?: string
  readonly evidence: CauseEvidence
  readonly commonness: Commonness
  /**
   * Where a source names it the commonest cause of pain in that very place (the outer hip for
   * gluteal tendinopathy): there, this commonness replaces the general one.
   */
  readonly commonestAt?: { readonly areas: readonly BodyArea[]; readonly commonness: Commonness }
  readonly whatItIs: string
  /** How to tell it from back pain, in plain words. */
  readonly howToTell: readonly string[]
  readonly whatHelps: string
  readonly whenToSeeClinician: string
  readonly sources: readonly string[]
  /** ISO date the text was last checked against its sources. */
  readonly reviewed: string
}

const REVIEWED = '2026-12-01'

export const MIMICS: readonly Mimic[] = [
  {
    id: 'hip-joint',
    name: 'Hip joint problems (such as hip arthritis)',
    summary: 'The hip joint itself can hurt in the groin, the front of the thigh and the buttock.',
    feltAt: ['groin', 'anterior-thigh', 'anteromedial-thigh', 'mid-buttock', 'lateral-thigh'],
    structureIds: ['hip-joint-left', 'hip-joint-right'],
    textOnly: false,
    evidence: {
      exists: 'strong',
      explains: 'moderate',
      note: 'Strong that the hip joint can hurt. In people whose pain went away when the joint was numbed, most had buttock pain, and about half had groin or thigh pain.',
    },
    commonness: convention(
      0.15,
      'No share figure. When numbing the hip joint took the pain away, 55 in 100 had groin pain and 57 in 100 thigh pain. None had low back pain.',
      ['LESHER-2008']
    ),
    whatItIs:
      'The hip is the ball-and-socket joint between the thigh bone and the pelvis. With age, its smooth lining can wear (hip arthritis). Younger people can have a pinched or torn joint rim. Hip pain is often taken for back pain, and the two often occur together.',
    howToTell: [
      'Pain in the groin or the front of the thigh, which is the classic place',
      'Pain and stiffness when you put on socks or shoes, or turn the leg inwards',
      'A limp, or pain when you walk that is in the hip rather than the back',
      'In one study, hip pain reached below the knee in about 1 in 5 people, so leg pain alone does not rule it out',
    ],
    whatHelps:
      'NICE advises exercise, and weight loss if needed, for hip arthritis. People 45 or older with pain on activity and short morning stiffness can be diagnosed without an X-ray. Painkillers go alongside exercise, not instead of it. A joint replacement is an option when pain stays severe.',
    whenToSeeClinician:
      'See a doctor if hip pain stops you walking or sleeping. Get help the same day for a hot, swollen, very painful hip with fever. The same goes if you cannot stand on the leg after a fall.',
    sources: ['LESHER-2008', 'NICE-NG226'],
    reviewed: REVIEWED,
  },
  {
    id: 'gluteal-tendinopathy',
    name: 'Outer hip pain (gluteal tendinopathy)',
    summary: 'Sore tendons where the buttock muscles attach to the bony point on the outside of the hip.',
    feltAt: ['greater-trochanter', 'lateral-thigh', 'upper-buttock'],
    structureIds: ['gluteal-tendons-left', 'gluteal-tendons-right'],
    textOnly: false,
    evidence: {
      exists: 'strong',
      explains: 'moderate',
      note: 'Strong that these tendons are the main local source of outer hip pain. Studies of which treatment works best are few.',
    },
    commonness: convention(0.1, 'No share of back pain is known. It is most common in mid-life and in women.', [
      'GRIMALDI-2015',
    ]),
    commonestAt: {
      areas: ['greater-trochanter'],
      commonness: study(0.95, 'A review names these tendons the main local source of pain on the outer hip.', [
        'GRIMALDI-2015',
      ]),
    },
    whatItIs:
      'Two buttock muscles (gluteus medius and minimus) attach by tendons to the bony point on the outside of the hip (greater trochanter). These tendons can become sore and thickened. It used to be called bursitis, but the tendons are now known to be the main problem.',
    howToTell: [
      'Pain right over the bony point on the outside of the hip, which is tender to press',
      'Pain lying on that side at night',
      'Pain on stairs, standing on one leg, or sitting with the legs crossed',
      'It can spread down the outside of the thigh, but not usually below the knee',
    ],
    whatHelps:
      'A review advises managing the load on the tendons: exercise, and advice to avoid crossing the legs or hanging on one hip. Steroid injections and shock-wave therapy are used, but evidence for any treatment is thin.',
    whenToSeeClinician:
      'See a clinician if outer hip pain lasts more than a few weeks or stops you sleeping. Get help the same day after a fall if you cannot put weight on the leg.',
    sources: ['GRIMALDI-2015'],
    reviewed: REVIEWED,
  },
  {
    id: 'kidney',
    name: 'Kidney pain (infection or a stone)',
    summary: 'The kidneys sit high in the back of the belly; their pain is felt in the side, not the low back.',
    feltAt: ['flank', 'lower-abdomen', 'groin'],
    structureIds: ['kidney-left', 'kidney-right'],
    textOnly: false,
    urgentWhen:
      'Pain in the side with fever, shivering, being sick, or pain or burning when you pass urine needs a doctor today. Very severe pain that comes in waves needs help now.',
    evidence: {
      exists: 'strong',
      explains: 'limited',
      note: 'Strong that kidney infection and stones cause pain in the side. They explain very little everyday low back pain.',
    },
    commonness: convention(
      0.04,
      'No share of back pain is known; it is a less common cause, but an important one not to miss.',
      ['NICE-NG111']
    ),
    whatItIs:
      'The kidneys lie either side of the spine, high up at the back of the belly, partly under the lowest ribs. An infection (pyelonephritis) usually travels up from the bladder. A kidney stone can block the tube to the bladder and cause severe pain that comes in waves.',
    howToTell: [
      'Pain in the side, below the ribs, rather than across the low back',
      'Fever, shivering, or feeling sick',
      'Pain or burning when you pass urine, passing urine often, or blood in the urine',
      'Pain that does not change when you move, unlike most back pain',
      'A stone can send pain down to the groin',
    ],
    whatHelps:
      'A kidney infection needs antibiotics from a doctor, after a urine test. A stone needs a medical check; many pass by themselves with pain relief.',
    whenToSeeClinician:
      'See a doctor today for pain in the side with fever, shivering, or urine symptoms. Get help now for very severe pain, if you are being sick and cannot keep fluids down, or if you feel very unwell.',
    sources: ['NICE-NG111', 'NICE-NG118'],
    reviewed: REVIEWED,
  },
  {
    id: 'knee',
    name: 'Knee problems (such as knee arthritis)',
    summary:
      'Pain at the knee itself usually comes from the knee, not the back. Text only: the model stops above the knee.',
    feltAt: ['medial-knee', 'popliteal-fossa'],
    structureIds: [],
    textOnly: true,
    evidence: {
      exists: 'strong',
      explains: 'limited',
      note: 'Strong that knee arthritis causes knee pain. Pain from the back or hip can reach the knee, but less often.',
    },
    commonness: convention(
      0.1,
      'No figure for how often knee pain is taken for back pain; knee arthritis is common after 45.',
      ['NICE-NG226']
    ),
    whatItIs:
      'The knee is a hinge joint whose lining can wear with age (knee arthritis). A swelling at the back of the knee (Baker cyst) often goes with it. The model has no bones below the thigh, so this is a text-only result.',
    howToTell: [
      'Pain at the knee that is worse when you use the knee, such as on stairs',
      'Stiffness after rest, swelling, or creaking in the knee',
      'No back pain, and no tingling or numbness running down the leg',
      'Hip problems can also be felt at the knee',
    ],
    whatHelps:
      'NICE advises exercise to strengthen the leg, and weight loss if needed. Arthritis can be diagnosed without an X-ray in people 45 or older with typical symptoms.',
    whenToSeeClinician:
      'Get help the same day for a hot, swollen knee with fever, or a swollen, painful calf, which can be a blood clot. Otherwise see a clinician if knee pain limits you.',
    sources: ['NICE-NG226'],
    reviewed: REVIEWED,
  },
  {
    id: 'foot',
    name: 'Heel and sole problems (such as plantar heel pain)',
    summary:
      'Pain under the heel that is worst with the first steps in the morning usually comes from the foot. Text only: the model stops above the knee.',
    feltAt: ['heel', 'sole'],
    structureIds: [],
    textOnly: true,
    evidence: {
      exists: 'strong',
      explains: 'limited',
      note: 'Local heel pain is common and well described. Nerve pain from the S1 root can also reach the sole, usually with pain higher up the leg.',
    },
    commonness: convention(
      0.1,
      'No figure for how often heel pain is taken for sciatica; plantar heel pain is common.',
      ['NICE-CKS-PLANTAR']
    ),
    whatItIs:
      'The thick band under the sole (plantar fascia) can become sore where it joins the heel bone. The model has no bones below the thigh, so this is a text-only result.',
    howToTell: [
      'Pain under the heel, worst with the first steps in the morning or after rest',
      'A tender spot under the front of the heel',
      'No back or buttock pain, and no pins and needles or numbness in the foot',
    ],
    whatHelps:
      'Most heel pain settles over months with stretching, well-cushioned shoes, and easing back on long standing or running.',
    whenToSeeClinician:
      'See a clinician if heel pain does not settle, or if the foot is numb, tingling or weak, which points to a nerve instead.',
    sources: ['NICE-CKS-PLANTAR'],
    reviewed: REVIEWED,
  },
]

const byId = new Map<string, Mimic>(MIMICS.map((m) => [m.id, m]))

export function isMimicId(id: string): id is MimicId {
  return byId.has(id)
}

/** The mimic with this id, or undefined. */
export function findMimic(id: string): Mimic | undefined {
  return byId.get(id)
}
