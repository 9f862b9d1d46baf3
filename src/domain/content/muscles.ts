/** Explanations for the muscles of the low back, pelvis, belly wall and thigh. */

import type { StructureContentSeed } from './types'

/** Shared first sentence for muscles that can hurt. */
const MUSCLE_PAIN =
  'Muscles can hurt: in experiments, injecting salty water into back muscles caused local pain and pain felt further away.'

/** Shared caveat for every trigger-point map. */
const TRIGGER_POINT_CAVEAT =
  "This map comes from Travell and Simons' manual, which is expert opinion. Examiners often disagree on where trigger points are, and a 2018 expert consensus said their pain need not follow a fixed map."

/** Primary sources for every trigger-point map: the manual, the consensus, and the reliability and critique papers. */
const TP_SOURCES = ['TRAVELL-SIMONS-V2', 'FERNANDEZ-2018', 'LUCAS-2009', 'QUINTNER-2015']

export const MUSCLE_CONTENT: readonly StructureContentSeed[] = [
  {
    id: 'psoas-major',
    whatItIs:
      'Psoas major is a long, thick muscle. It starts from the sides of the T12 to L5 vertebrae and their discs. It runs down across the front of the pelvis to the top of the thigh bone, where it joins iliacus. It bends the hip, lifting the thigh, and helps steady the low back. The network of nerves for the front of the leg (lumbar plexus) forms inside it.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points in psoas are said to send pain in a band beside the spine and into the front of the thigh. It is the classic "tight hip flexor" of the muscle-imbalance model, but hip-flexor tightness has not been shown to cause back pain. Rarely, an abscess or bleeding in the muscle causes pain and needs urgent care.`,
    nerveSupply: 'Branches of the L1 to L3 spinal nerves (ventral rami).',
    attachments: {
      origin:
        'The sides of the T12 to L5 vertebrae, their discs and the front of their side bones (transverse processes).',
      originBones: ['t12', 'l1', 'l2', 'l3', 'l4', 'l5'],
      insertion: 'A knob on the inner side of the top of the thigh bone (lesser trochanter), shared with iliacus.',
      insertionBones: ['femur'],
      action: 'Bends the hip and lifts the thigh. It also helps hold the low back steady.',
    },
    feltAt: [
      {
        kind: 'referred',
        areas: ['lumbar-paraspinal', 'si-joint-region', 'upper-buttock', 'groin', 'anterior-thigh'],
        description: `A band beside the spine on the same side, down to the back of the pelvis and upper buttock. Also the groin and front of the thigh. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Deep in the belly, to the side of the belly button, felt through the belly wall.',
        referral: ['lumbar-paraspinal', 'si-joint-region', 'upper-buttock'],
        note: 'Said to refer a band of pain beside the lumbar spine on the same side.',
      },
      {
        location: 'At the top of the inner thigh, just below the groin ligament, near where the tendon attaches.',
        referral: ['groin', 'anterior-thigh'],
        note: 'Shared with iliacus, where the two muscles join.',
      },
    ],
    related: ['iliacus', 'hip-flexors', 'lumbar-vertebrae', 'femoral-nerve', 'l1-root', 'l2-root', 'femur'],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion for its trigger-point map and its "tight" role; tight hip flexors have not been shown to cause back pain.',
    },
    sources: [...TP_SOURCES, 'JANDA-1978', 'SWAIN-2020', 'BOGDUK-2012'],
  },
  {
    id: 'iliacus',
    whatItIs:
      'Iliacus is a fan-shaped muscle that fills the inner bowl of the hip bone. It joins psoas to attach to the top of the thigh bone, and together they are called iliopsoas. It bends the hip.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points here are said to give the same pattern as psoas. In the muscle-imbalance model it is one of the "tight hip flexors", an idea with limited support.`,
    nerveSupply: 'The femoral nerve (L2 and L3).',
    attachments: {
      origin: 'The inner bowl of the hip bone (iliac fossa) and the inner edge of its rim.',
      originBones: ['hip-bone'],
      insertion: 'The lesser trochanter of the thigh bone, through the psoas tendon.',
      insertionBones: ['femur'],
      action: 'Bends the hip, with psoas.',
    },
    feltAt: [
      {
        kind: 'referred',
        areas: ['lumbar-paraspinal', 'si-joint-region', 'groin', 'anterior-thigh'],
        description: `A band beside the low back down to the back of the pelvis, and the groin and front of the thigh. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Just inside the rim of the hip bone at the front.',
        referral: ['lumbar-paraspinal', 'si-joint-region', 'groin', 'anterior-thigh'],
        note: 'Described with the same pattern as psoas.',
      },
    ],
    related: ['psoas-major', 'iliopsoas', 'hip-bone', 'femoral-nerve', 'lateral-femoral-cutaneous-nerve'],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion for its trigger-point map and for its "tight" role.',
    },
    sources: [...TP_SOURCES, 'JANDA-1978', 'BOGDUK-2012'],
  },
  {
    id: 'quadratus-lumborum',
    whatItIs:
      'Quadratus lumborum is a deep, flat muscle at the side of the low back. It runs from the top of the hip bone up to the lowest rib and the side projections of L1 to L4. It bends the trunk sideways and holds the lowest rib steady when breathing.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points in it are among the most often described for low back pain. They are said to send pain to the back of the pelvis, the buttock and the outer hip, and from higher points to the groin. Some versions of the muscle-imbalance model list it as tight, and in scoliosis it works unevenly on the two sides of the curve.`,
    nerveSupply: 'Branches of the T12 to L4 spinal nerves (ventral rami).',
    attachments: {
      origin: 'The back part of the rim of the hip bone (iliac crest) and the iliolumbar ligament.',
      originBones: ['hip-bone'],
      insertion: 'The lower edge of the 12th rib and the tips of the side bones (transverse processes) of L1 to L4.',
      insertionBones: ['rib-12', 'l1', 'l2', 'l3', 'l4'],
      action:
        'Bends the trunk to the side and holds the 12th rib down when you breathe in. Working on both sides, it steadies the low back.',
    },
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-paraspinal', 'flank'],
        description: 'A deep ache at the side of the low back, between the lowest rib and the hip bone.',
      },
      {
        kind: 'referred',
        areas: [
          'si-joint-region',
          'lower-buttock',
          'iliac-crest',
          'lower-abdomen',
          'groin',
          'greater-trochanter',
          'lateral-thigh',
        ],
        description: `To the back of the pelvis and lower buttock. Or along the top of the hip bone to the lower belly and groin, or to the outer hip. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Deep and close to the spine, near the side projections of L3 to L5.',
        referral: ['si-joint-region', 'lower-buttock'],
        note: 'Said to refer to the back of the pelvis and the lower buttock.',
      },
      {
        location: 'Near the outer edge, just below the lowest rib.',
        referral: ['iliac-crest', 'lower-abdomen', 'groin'],
        note: 'Said to refer along the top of the hip bone towards the lower belly and groin.',
      },
      {
        location: 'Near the outer edge, just above the top of the hip bone.',
        referral: ['greater-trochanter', 'lateral-thigh'],
        note: 'Said to refer to the outer hip and upper outer thigh.',
      },
    ],
    related: [
      'rib-12',
      'hip-bone',
      'iliolumbar-ligament',
      'thoracolumbar-fascia',
      'erector-spinae',
      'lumbar-vertebrae',
    ],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion: the referral maps have not been tested, and trigger points cannot be located reliably.',
    },
    sources: [...TP_SOURCES, 'JANDA-1978', 'BOGDUK-2012'],
  },
  {
    id: 'multifidus',
    whatItIs:
      'Multifidus is the deepest back muscle, made of many short bundles that run from each vertebra down two to five levels and onto the sacrum. It lies close to the spine and controls small movements of each segment; it is thickest low down, at L5 and the sacrum.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} It shares its nerve with the facet joints. Some small studies report that it shrinks or becomes fatty on the painful side. This may be a result of pain rather than a cause. Trigger points in it are said to cause pain near the spine and, from the lowest part, at the tailbone. Exercises aimed at it ("core stability") help about as much as other kinds of exercise, not more. The studies behind this were of low to moderate quality.`,
    nerveSupply:
      'The medial branches of the dorsal rami, one level per bundle: the same small nerves that supply the facet joints.',
    attachments: {
      origin: 'The spinous process and the back arch (lamina) of each lumbar vertebra.',
      originBones: ['l1', 'l2', 'l3', 'l4', 'l5'],
      insertion:
        'Small knobs (mammillary processes) two to five levels lower, the back of the sacrum, and the back of the hip bone beside it.',
      insertionBones: ['l3', 'l4', 'l5', 'sacrum', 'hip-bone'],
      action: 'Holds each vertebra steady on the one below and helps the back straighten and twist.',
    },
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-midline', 'lumbar-paraspinal'],
        description: 'An ache right beside the bony bumps of the spine, at or a little below the sore spot.',
      },
      {
        kind: 'referred',
        areas: ['sacrum-region', 'coccyx-region'],
        description: `From its lowest part, said to refer to the base of the spine and the tailbone. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Deep, right beside the bony bumps of the spine, at any lumbar level.',
        referral: ['lumbar-midline', 'lumbar-paraspinal'],
        note: 'Said to refer around the spine at the same level and a few levels below.',
      },
      {
        location: 'Deep, beside the spine at the top of the sacrum (S1 level).',
        referral: ['sacrum-region', 'coccyx-region'],
        note: 'Said to refer to the tailbone.',
      },
    ],
    related: ['facet-joints', 'erector-spinae', 'sacrum', 'thoracolumbar-fascia', 'transversus-abdominis'],
    evidence: {
      level: 'limited',
      note: 'Limited for trigger points and for its shrinking in back pain; strong evidence that exercise aimed at it is no better than other exercise.',
    },
    sources: [...TP_SOURCES, 'TRAVELL-SIMONS-V1', 'HIDES-1994', 'SARAGIOTTO-2016', 'BOGDUK-2012'],
  },
  {
    id: 'iliocostalis-lumborum',
    whatItIs:
      'Iliocostalis lumborum is the outer column of the long back muscles (erector spinae). It runs from the back of the hip bone and sacrum up to the lower ribs. It straightens the back, bends it sideways and controls bending forward.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Sore, overworked back muscles are a common working explanation for sudden back pain, but no test confirms it. Pain also changes how the trunk muscles work: they may guard the back rather than simply going into "spasm". Trigger points high in this muscle are said to send pain down to the middle of the buttock. The muscle-imbalance model calls the back extensors tight or overactive, an idea with limited support. In scoliosis, the muscles on the two sides of the curve work unevenly.`,
    nerveSupply: 'The lateral branches of the lumbar dorsal rami.',
    attachments: {
      origin: 'The tips of the side bones (transverse processes) of L1 to L4, and the lower ribs.',
      originBones: ['l1', 'l2', 'l3', 'l4', 'rib-12'],
      insertion: 'The back part of the rim of the hip bone (iliac crest), through a broad flat tendon.',
      insertionBones: ['hip-bone'],
      action: 'Straightens the back and bends it to the side.',
    },
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-paraspinal'],
        description: 'An ache in the muscle band to one side of the spine.',
      },
      {
        kind: 'referred',
        areas: ['mid-buttock'],
        description: `Said to refer downwards to the middle of the buttock. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'In the outer column near the lowest rib, at about the L1 level.',
        referral: ['lumbar-paraspinal', 'mid-buttock'],
        note: 'Said to refer down the low back to the middle of the buttock.',
      },
    ],
    related: [
      'longissimus-thoracis',
      'erector-spinae',
      'multifidus',
      'thoracolumbar-fascia',
      'quadratus-lumborum',
      'rib-12',
    ],
    evidence: {
      level: 'limited',
      note: 'Limited for a specific role in causing back pain; its trigger-point map is expert opinion.',
    },
    sources: [...TP_SOURCES, 'TRAVELL-SIMONS-V1', 'FEINSTEIN-1954', 'MAHER-2017', 'JANDA-1978', 'BOGDUK-2012'],
  },
  {
    id: 'longissimus-thoracis',
    whatItIs:
      'Longissimus thoracis is the inner column of the long back muscles (erector spinae), lying between iliocostalis and multifidus. It runs from the sacrum and the back of the hip bone up to the ribs and the side projections of the vertebrae. It straightens and steadies the spine.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} As with the other long back muscles, soreness and guarding are common in back pain, but no test confirms a muscle strain. Trigger points high in this muscle are said to send pain a long way down, to the lower buttock and the back of the pelvis. The muscle-imbalance model calls it tight or overactive, an idea with limited support. In scoliosis, the muscles on the two sides of the curve work unevenly.`,
    nerveSupply: 'The intermediate branches of the lumbar and lower thoracic dorsal rami.',
    attachments: {
      origin: 'The side bones (transverse processes) of L1 to L5, and higher up the ribs and chest vertebrae.',
      originBones: ['l1', 'l2', 'l3', 'l4', 'l5'],
      insertion:
        'The back of the hip bone near the dimples of the low back, and through a broad flat tendon the back of the sacrum.',
      insertionBones: ['hip-bone', 'sacrum'],
      action:
        'Straightens the back and bends it to the side. Its lower parts also pull the lumbar vertebrae backwards.',
    },
    feltAt: [
      {
        kind: 'local',
        areas: ['lumbar-paraspinal'],
        description: 'An ache in the muscle band beside the spine.',
      },
      {
        kind: 'referred',
        areas: ['si-joint-region', 'lower-buttock'],
        description: `Said to refer far downwards, to the back of the pelvis and the lower buttock. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Beside the spine where the chest spine meets the low back (about T10 to L1).',
        referral: ['si-joint-region', 'lower-buttock'],
        note: 'Said to refer pain several levels below the spot, to the lower buttock.',
      },
    ],
    related: ['iliocostalis-lumborum', 'erector-spinae', 'multifidus', 'thoracolumbar-fascia', 'sacrum'],
    evidence: {
      level: 'limited',
      note: 'Limited for a specific role in causing back pain; its trigger-point map is expert opinion.',
    },
    sources: [...TP_SOURCES, 'TRAVELL-SIMONS-V1', 'FEINSTEIN-1954', 'MAHER-2017', 'JANDA-1978', 'BOGDUK-2012'],
  },
  {
    id: 'piriformis',
    whatItIs:
      'Piriformis is a pear-shaped muscle deep in the buttock. It runs from the front of the sacrum, through a large opening at the back of the pelvis, to the top of the thigh bone. It turns the thigh outwards. The sciatic nerve usually passes just below it.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points in it are said to cause pain across the buttock and the back of the hip. "Piriformis syndrome", in which the muscle irritates the sciatic nerve, is disputed. The features most often reported are buttock pain, deep buttock tenderness, pain when sitting, and pain on stretching the muscle. But there is no agreed test. Most sciatica comes from the spine, not from here. It lies across the front of the sacroiliac joint. Some therapists link it to joint pain there, which is unproven.`,
    nerveSupply: 'The nerve to piriformis, from the S1 and S2 roots.',
    attachments: {
      origin: 'The front (inner) face of the sacrum, between its holes at about S2 to S4.',
      originBones: ['sacrum'],
      insertion:
        'The top of the big knob on the outside of the thigh bone (greater trochanter). It leaves the pelvis through the greater sciatic notch, just above the sciatic nerve.',
      insertionBones: ['femur'],
      action: 'Turns the thigh out, and moves it out to the side when the hip is bent.',
    },
    feltAt: [
      {
        kind: 'local',
        areas: ['mid-buttock'],
        description: 'A deep ache in the middle of the buttock, often worse when sitting.',
      },
      {
        kind: 'referred',
        areas: ['si-joint-region', 'greater-trochanter', 'posterior-thigh'],
        description: `Said to refer to the back of the pelvis, the back of the hip and sometimes the upper back of the thigh. ${TRIGGER_POINT_CAVEAT}`,
      },
      {
        kind: 'radicular',
        areas: ['posterior-thigh', 'posterior-calf'],
        description:
          'If it does irritate the sciatic nerve, which is uncommon and disputed, pain can run down the back of the leg.',
      },
    ],
    triggerPoints: [
      {
        location: 'Near its outer end, close to the bony point at the top of the thigh bone.',
        referral: ['mid-buttock', 'greater-trochanter', 'posterior-thigh'],
        note: 'Said to refer across the buttock and to the back of the hip.',
      },
      {
        location: 'Near its inner end, close to the edge of the sacrum and the large opening of the pelvis.',
        referral: ['si-joint-region', 'mid-buttock'],
        note: 'Said to refer to the back of the pelvis.',
      },
    ],
    related: [
      'sciatic-nerve',
      'sacrum',
      'femur',
      'gluteus-maximus',
      'sacroiliac-joint',
      'superior-gluteal-nerve',
      'inferior-gluteal-nerve',
    ],
    evidence: {
      level: 'limited',
      note: 'Limited: piriformis syndrome is disputed and its diagnosis uncertain; the trigger-point map is expert opinion.',
    },
    sources: ['HOPAYIAN-2010', 'POUTOGLIDOU-2020', ...TP_SOURCES, 'STATPEARLS-PIRIFORMIS'],
  },
  {
    id: 'gluteus-maximus',
    whatItIs:
      'Gluteus maximus is the large, thick muscle that shapes the buttock. It runs from the back of the hip bone, the sacrum, the tailbone and the sheet over the back muscles, down to the thigh. It straightens the hip when you stand up, climb or run.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points in its lower, inner part are said to cause local pain in the buttock and around the tailbone. The muscle-imbalance model calls it weak or "switched off", so that it fails to hold the pelvis, which is expert opinion. Through its pull on the thoracolumbar fascia it is also proposed to help brace the sacroiliac joint.`,
    nerveSupply: 'The inferior gluteal nerve (L5, S1 and S2).',
    attachments: {
      origin:
        'The back of the hip bone, the back of the sacrum and the tailbone, and the ligament between the sacrum and the sitting bone.',
      originBones: ['hip-bone', 'sacrum', 'coccyx'],
      insertion:
        'A ridge on the back of the thigh bone (gluteal tuberosity) and the strong band down the outside of the thigh (iliotibial band).',
      insertionBones: ['femur'],
      action: 'Straightens the hip, as in climbing stairs or standing up from a chair, and turns the thigh out.',
    },
    feltAt: [
      {
        kind: 'local',
        areas: ['mid-buttock', 'lower-buttock'],
        description: 'An ache in the buttock itself.',
      },
      {
        kind: 'referred',
        areas: ['sacrum-region', 'coccyx-region'],
        description: `Said to refer to the base of the spine and the tailbone. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Low and towards the middle of the buttock, near the sacrum, tailbone and sitting bone.',
        referral: ['mid-buttock', 'lower-buttock', 'sacrum-region', 'coccyx-region'],
        note: 'Said to cause local buttock pain and pain around the tailbone.',
      },
    ],
    related: [
      'gluteal-muscles',
      'inferior-gluteal-nerve',
      'sacrotuberous-ligament',
      'thoracolumbar-fascia',
      'coccyx',
      'piriformis',
    ],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion for both its trigger-point map and its "weak" role.',
    },
    sources: [...TP_SOURCES, 'JANDA-1978', 'LAIRD-2014', 'BOGDUK-2012'],
  },
  {
    id: 'gluteus-medius',
    whatItIs:
      'Gluteus medius is a fan-shaped muscle on the outer side of the hip bone, partly under gluteus maximus. It attaches to the bony point at the top of the thigh bone. It moves the leg out to the side and, more importantly, holds the pelvis level when standing on one leg.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points just below the top of the hip bone are said to send pain along the back of the pelvis and into the buttock. The muscle-imbalance model calls it weak. Pain at the outer hip is often not from the back at all. A common cause is a sore tendon where this muscle attaches to the thigh bone.`,
    nerveSupply: 'The superior gluteal nerve (L4, L5 and S1).',
    attachments: {
      origin: 'The outer face of the wing of the hip bone, below its rim.',
      originBones: ['hip-bone'],
      insertion: 'The outer face of the greater trochanter of the thigh bone.',
      insertionBones: ['femur'],
      action: 'Moves the thigh out to the side and keeps the pelvis level when you stand on one leg.',
    },
    feltAt: [
      {
        kind: 'referred',
        areas: ['iliac-crest', 'si-joint-region', 'sacrum-region', 'upper-buttock', 'mid-buttock', 'lateral-thigh'],
        description: `Along the top and back of the hip bone, over the back of the pelvis and into the buttock. Sometimes the upper outer thigh. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Just below the top of the hip bone, from its back to its side.',
        referral: ['iliac-crest', 'si-joint-region', 'sacrum-region', 'upper-buttock', 'mid-buttock', 'lateral-thigh'],
        note: 'Said to refer along the top of the hip bone and into the buttock.',
      },
    ],
    related: ['gluteal-muscles', 'gluteus-minimus', 'superior-gluteal-nerve', 'hip-bone', 'femur'],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion for both its trigger-point map and its "weak" role.',
    },
    sources: [...TP_SOURCES, 'JANDA-1978', 'BOGDUK-2012'],
  },
  {
    id: 'gluteus-minimus',
    whatItIs:
      'Gluteus minimus is the smallest and deepest of the three buttock muscles. It lies under gluteus medius and attaches to the front of the bony point at the top of the thigh bone. It helps hold the pelvis level and turns the thigh inwards.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points in it are described as sending pain far down the leg, which can look like sciatica ("pseudo-sciatica"). The difference is that muscle-referred pain does not cause numbness, weakness or a lost reflex.`,
    nerveSupply: 'The superior gluteal nerve (L4, L5 and S1).',
    attachments: {
      origin: 'The outer face of the hip bone, lower down and further forward than gluteus medius.',
      originBones: ['hip-bone'],
      insertion: 'The front of the greater trochanter of the thigh bone.',
      insertionBones: ['femur'],
      action: 'Helps gluteus medius keep the pelvis level, and turns the thigh in.',
    },
    feltAt: [
      {
        kind: 'referred',
        areas: ['lower-buttock', 'lateral-thigh', 'lateral-leg', 'posterior-thigh', 'posterior-calf'],
        description: `From its front part, down the outer thigh and shin towards the ankle; from its back part, down the back of the thigh and calf. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Front part: deep, just below the front of the top of the hip bone.',
        referral: ['lower-buttock', 'lateral-thigh', 'lateral-leg'],
        note: 'Said to refer down the outer thigh and knee to the outer shin and ankle.',
      },
      {
        location: 'Back part: deep in the middle of the buttock.',
        referral: ['lower-buttock', 'posterior-thigh', 'posterior-calf'],
        note: 'Said to refer down the back of the thigh to the calf.',
      },
    ],
    related: ['gluteal-muscles', 'gluteus-medius', 'superior-gluteal-nerve', 'sciatic-nerve', 'l5-root', 's1-root'],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion: the "pseudo-sciatica" map comes from clinical description only.',
    },
    sources: TP_SOURCES,
  },
  {
    id: 'rectus-abdominis',
    whatItIs:
      'Rectus abdominis is the long, straight muscle down the front of the belly (the "six-pack"), from the pubic bone to the lower ribs. It bends the trunk forward and helps hold the belly wall.',
    painSource: 'rare',
    howItHurts:
      'It is not a common source of back pain. Trigger points in its lowest part, above the pubic bone, are said to send pain across the low back, which is expert opinion. The muscle-imbalance model calls the belly muscles weak. But in a study of people with long-term back pain, the low-back curve and pelvic tilt were not related to belly-muscle strength.',
    nerveSupply: 'The lower intercostal nerves (T7 to T12).',
    attachments: {
      origin: 'The top of the pubic bone at the front of the pelvis.',
      originBones: ['hip-bone'],
      insertion:
        'The lower edge of the breastbone and the cartilages of the 5th to 7th ribs, above the part the model shows.',
      insertionBones: [],
      action: 'Bends the trunk forward and tightens the belly wall.',
    },
    feltAt: [
      {
        kind: 'referred',
        areas: ['lumbar-midline', 'sacrum-region'],
        description: `Said to refer a band of pain across the low back and base of the spine. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'Low in the belly, just above the pubic bone.',
        referral: ['lumbar-midline', 'sacrum-region'],
        note: 'Said to refer a horizontal band across the low back.',
      },
    ],
    related: ['abdominal-muscles', 'external-oblique', 'internal-oblique', 'transversus-abdominis', 'hip-bone'],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion for its trigger-point map and its "weak" role.',
    },
    sources: ['TRAVELL-SIMONS-V1', 'FERNANDEZ-2018', 'JANDA-1978', 'YOUDAS-2000'],
  },
  {
    id: 'external-oblique',
    whatItIs:
      'External oblique is the outer of the three flat muscles at the side of the belly. Its fibres run down and inwards, like hands in front pockets. It bends and twists the trunk and helps hold the belly in.',
    painSource: 'rare',
    howItHurts:
      'It is rarely a source of back pain. It appears here as one of the belly muscles that the muscle-imbalance model calls weak, an idea with limited evidence.',
    nerveSupply: 'The lower intercostal nerves (T7 to T12).',
    attachments: {
      origin: 'The outer faces of the lower eight ribs, most of them above the part the model shows.',
      originBones: [],
      insertion:
        'The front half of the rim of the hip bone, and a flat tendon that meets its partner down the middle of the belly.',
      insertionBones: ['hip-bone'],
      action: 'Bends and twists the trunk, and tightens the belly wall.',
    },
    feltAt: [],
    related: [
      'abdominal-muscles',
      'internal-oblique',
      'transversus-abdominis',
      'rectus-abdominis',
      'inguinal-ligament',
    ],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion: its "weak" role in the muscle-imbalance model has not been tested.',
    },
    sources: ['JANDA-1978', 'LAIRD-2014', 'BOGDUK-2012'],
  },
  {
    id: 'internal-oblique',
    whatItIs:
      'Internal oblique is the middle of the three flat muscles at the side of the belly. Its fibres run at right angles to the outer layer. Its back edge joins the thick sheet of tissue over the back muscles (thoracolumbar fascia), so it helps tension that sheet.',
    painSource: 'rare',
    howItHurts:
      'It is rarely a source of back pain. It appears here as one of the belly muscles that the muscle-imbalance model calls weak, an idea with limited evidence.',
    nerveSupply: 'The lower intercostal nerves (T7 to T12) and the first lumbar nerve (L1).',
    attachments: {
      origin: 'The rim of the hip bone, the thoracolumbar fascia and the outer part of the groin ligament.',
      originBones: ['hip-bone'],
      insertion:
        'The lower three or four ribs, above the part the model shows, and a flat tendon down the middle of the belly.',
      insertionBones: [],
      action: 'Bends and twists the trunk, with the external oblique of the other side.',
    },
    feltAt: [],
    related: [
      'abdominal-muscles',
      'external-oblique',
      'transversus-abdominis',
      'thoracolumbar-fascia',
      'inguinal-ligament',
    ],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion: its "weak" role in the muscle-imbalance model has not been tested.',
    },
    sources: ['JANDA-1978', 'LAIRD-2014', 'BOGDUK-2012'],
  },
  {
    id: 'transversus-abdominis',
    whatItIs:
      'Transversus abdominis is the deepest of the flat belly muscles, wrapping around the trunk like a corset. At the back it joins the thoracolumbar fascia and tightens it.',
    painSource: 'rare',
    howItHurts:
      'It is not a pain source. An early study reported that it switched on later than usual in people with back pain, which helped start "core stability" training. A Cochrane review later found that exercises aimed at it and the other deep muscles (motor control exercise) help about as much as other exercise, not more. Its studies were of low to moderate quality.',
    nerveSupply: 'The lower intercostal nerves (T7 to T12) and the first lumbar nerve (L1).',
    attachments: {
      origin:
        'The inner faces of the lower ribs, the thoracolumbar fascia, the rim of the hip bone and the groin ligament.',
      originBones: ['hip-bone'],
      insertion: 'A flat tendon down the middle of the belly, and the pubic bone.',
      insertionBones: [],
      action: 'Wraps the belly like a corset and tightens it. It tenses the thoracolumbar fascia.',
    },
    feltAt: [],
    related: ['abdominal-muscles', 'internal-oblique', 'thoracolumbar-fascia', 'multifidus'],
    evidence: {
      level: 'limited',
      note: 'Limited for a role in causing back pain. Low- to moderate-quality evidence that exercise aimed at it is no better than other exercise.',
    },
    sources: ['HODGES-1996', 'SARAGIOTTO-2016', 'JANDA-1978', 'BOGDUK-2012'],
  },
  {
    id: 'hamstrings',
    whatItIs:
      'The hamstrings are three muscles at the back of the thigh (semitendinosus, semimembranosus and biceps femoris). They run from the sitting bone to just below the knee, bend the knee and straighten the hip.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points in them are said to cause pain along the back of the thigh to the knee. Tight hamstrings are common in young people with a slipped L5 vertebra. When lifting the straight leg brings on leg pain, that points to a stretched, irritated nerve root rather than tight hamstrings. Some versions of the muscle-imbalance model list them as tight.`,
    nerveSupply: 'The sciatic nerve (L5, S1 and S2).',
    attachments: {
      origin: 'The sitting bone (ischial tuberosity); the short head of biceps from the back of the thigh bone.',
      originBones: ['hip-bone'],
      insertion: 'The top of the shin bones below the knee, which the model does not show.',
      insertionBones: [],
      action: 'Bend the knee and straighten the hip.',
    },
    feltAt: [
      {
        kind: 'local',
        areas: ['posterior-thigh'],
        description: 'An ache or tightness in the back of the thigh.',
      },
      {
        kind: 'referred',
        areas: ['popliteal-fossa'],
        description: `Said to refer down to the back of the knee. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    triggerPoints: [
      {
        location: 'In the middle of the back of the thigh.',
        referral: ['posterior-thigh', 'popliteal-fossa'],
        note: 'Said to refer along the back of the thigh to the knee.',
      },
    ],
    related: ['sciatic-nerve', 'hip-bone', 'gluteus-maximus', 'l5', 'sacrotuberous-ligament'],
    evidence: {
      level: 'limited',
      note: 'Limited: tightness is a known sign of a slipped L5, but its part in other back pain is not shown. The trigger-point map is expert opinion.',
    },
    sources: ['STATPEARLS-SPONDY', ...TP_SOURCES, 'JANDA-1978'],
  },
  {
    id: 'rectus-femoris',
    whatItIs:
      'Rectus femoris is the part of the big front-thigh muscle (quadriceps) that crosses both the hip and the knee. So it bends the hip as well as straightening the knee. It is the only part of the quadriceps that starts on the pelvis.',
    painSource: 'possible',
    howItHurts: `${MUSCLE_PAIN} Trigger points in it are said to cause pain at the front of the thigh and knee. The muscle-imbalance model counts it among the "tight hip flexors", an idea with limited support. A test that stretches the femoral nerve, lying face down with the knee bent, stretches this muscle too.`,
    nerveSupply: 'The femoral nerve (L2 to L4).',
    attachments: {
      origin: 'A knob on the front of the hip bone (anterior inferior iliac spine) and the rim above the hip socket.',
      originBones: ['hip-bone'],
      insertion: 'The kneecap and, through it, the top of the shin bone, below the part the model shows.',
      insertionBones: [],
      action: 'Straightens the knee and bends the hip.',
    },
    feltAt: [
      {
        kind: 'local',
        areas: ['anterior-thigh'],
        description: `An ache at the front of the thigh, said to reach the knee. ${TRIGGER_POINT_CAVEAT}`,
      },
    ],
    related: ['hip-flexors', 'psoas-major', 'iliacus', 'femoral-nerve', 'femur', 'hip-bone'],
    evidence: {
      level: 'expert-opinion',
      note: 'Expert opinion for its "tight" role and its referral pattern.',
    },
    sources: ['JANDA-1978', 'TRAVELL-SIMONS-V2', 'LAIRD-2014'],
    alsoInvolvedIn: ['trigger-points'],
  },
]
