/**
 * The guided tours: short stories told on the model, one step at a time. Each step names what to
 * frame (structures and a view direction, never camera coordinates, so steps survive changes to
 * the model), which layers show, what is lit, and a few plain sentences with their sources. Plain
 * data; loaded only when a tour opens. To add a tour, see the README ("How to add a tour").
 */

import type { GuidedScene, TourId } from './activities'
import { NEUTRAL_POSE_STATE, parsePoseLink, type PoseState } from './movement'
import type { CauseId } from './causes'
import { expandToStructureIds, layersOutside, type StructureLayer } from './structures'
import type { ViewPreset } from './views'

export interface TourStep {
  /** A short heading. */
  readonly title: string
  /** What the step says: a few short sentences, reading grade 8 or below. */
  readonly text: string
  /** Source ids (see `sources.ts`) for what the text says. */
  readonly sources: readonly string[]
  /** What the camera frames: structure ids, a pair's content id (`sciatic-nerve`) or a group id. */
  readonly frame: readonly string[]
  /** The direction the camera looks from. */
  readonly view: ViewPreset
  /** The outermost layer on show: every layer outside it is peeled away. */
  readonly layers: StructureLayer
  /** Structures lit in the selection colour (ids, pair content ids or group ids). */
  readonly highlight?: readonly string[]
  /** The structure whose explanation the panel shows (its pain zones are painted on the skin). */
  readonly select?: string
  /** The cause whose structures are coloured by their role, and whose explanation the panel shows. */
  readonly cause?: CauseId
  /** Warning signs (ids in `red-flags.ts`) the step lists, each with what to do. */
  readonly redFlags?: readonly string[]
  /** How the spine is bent, in link form (`extension:0.8`, `sitting-slumped`); standing when absent. */
  readonly pose?: string
}

export interface Tour {
  readonly id: TourId
  readonly title: string
  /** One sentence for the list of tours. */
  readonly summary: string
  readonly steps: readonly TourStep[]
}

export const TOURS: readonly Tour[] = [
  {
    id: 'lower-back-in-two-minutes',
    title: 'The lower back in two minutes',
    summary: 'Bones, discs, joints, nerves, muscles and ligaments: what each part is and what it does.',
    steps: [
      {
        title: 'Five bones that carry the weight',
        text: 'The low back has five bones, called L1 to L5. They stack in a gentle curve. Each one is bigger than the one above it, because it carries more weight. At the bottom they rest on the sacrum, a wedge of bones that have grown into one.',
        sources: ['GRAYS-2020'],
        frame: ['lumbar-vertebrae', 'sacrum'],
        view: 'left',
        layers: 'bone',
        highlight: ['lumbar-vertebrae'],
      },
      {
        title: 'Discs between the bones',
        text: 'Between each pair of bones sits a disc. It has a tough outer wall and a soft, jelly-like centre. Discs let the spine bend and take up load. The two lowest discs carry the most.',
        sources: ['STATPEARLS-LDH'],
        frame: ['intervertebral-discs'],
        view: 'left',
        layers: 'joint',
        select: 'l4-l5-disc',
        highlight: ['intervertebral-discs'],
      },
      {
        title: 'Small joints at the back',
        text: 'Behind the discs, each level has a pair of small joints called facet joints. They guide and limit how the spine moves. Lower down, the two sacroiliac joints join the spine to the pelvis. They move only a little.',
        sources: ['STATPEARLS-FACET', 'STATPEARLS-SIJ'],
        frame: ['facet-joints', 'sacroiliac-joint'],
        view: 'back',
        layers: 'joint',
        highlight: ['facet-joints', 'sacroiliac-joint'],
      },
      {
        title: 'Nerve roots leave the spine',
        text: 'The spinal cord ends near the top of the low back. Below it, a bundle of nerve roots runs down inside the spine, called the cauda equina. At each level, a root leaves on each side through a gap between the bones.',
        sources: ['GRAYS-2020', 'STATPEARLS-LDH'],
        frame: ['l3-root', 'l4-root', 'l5-root', 's1-root'],
        view: 'back',
        layers: 'nerve',
        highlight: ['l1-root', 'l2-root', 'l3-root', 'l4-root', 'l5-root', 's1-root', 's2-root', 's3-root'],
      },
      {
        title: 'The sciatic nerve, down the back of the leg',
        text: 'Roots from L4 to S3 join to make the sciatic nerve, the largest nerve in the body. It leaves the pelvis deep in the buttock. Then it runs down the back of the thigh and splits in two above the knee.',
        sources: ['POUTOGLIDOU-2020', 'GRAYS-2020'],
        frame: ['sciatic-nerve'],
        view: 'back',
        layers: 'nerve',
        highlight: ['lumbosacral-trunk', 'sciatic-nerve'],
      },
      {
        title: 'The femoral nerve, down the front',
        text: 'Roots from L2 to L4 make the femoral nerve. It runs down through the psoas muscle to the front of the thigh. It works the muscles that straighten the knee, and it carries feeling from the front of the thigh.',
        sources: ['GRAYS-2020'],
        frame: ['femoral-nerve'],
        view: 'front',
        layers: 'nerve',
        highlight: ['femoral-nerve'],
      },
      {
        title: 'Muscles that hold and move',
        text: 'Long muscles run up both sides of the spine and hold it upright. The buttock muscles steady the pelvis and move the hip. Under them, smaller muscles join one bone to the next.',
        sources: ['GRAYS-2020'],
        frame: ['erector-spinae', 'gluteus-maximus'],
        view: 'back',
        layers: 'superficial-muscle',
        highlight: ['erector-spinae', 'gluteus-maximus'],
      },
      {
        title: 'Ligaments and fascia tie it together',
        text: 'Strong bands called ligaments tie the bones to each other. A sheet of tough tissue, the thoracolumbar fascia, wraps the back muscles. It passes pull between the back, the pelvis and the legs.',
        sources: ['GRAYS-2020', 'WILKE-2017'],
        frame: ['thoracolumbar-fascia'],
        view: 'back',
        layers: 'ligament',
        highlight: ['thoracolumbar-fascia', 'iliolumbar-ligament', 'posterior-sacroiliac-ligament'],
      },
    ],
  },
  {
    id: 'non-specific-pain',
    title: 'Why most back pain is “non-specific”',
    summary: 'Most back pain has no single cause a test can find. What that means, and why it is good news.',
    steps: [
      {
        title: 'Most back pain has no single cause',
        text: 'Of people who see a family doctor with back pain, about 85 to 95 in 100 have “non-specific” back pain. This means no test can point to one tissue as the cause. The pain is real. It just cannot be pinned to one spot.',
        sources: ['MAHER-2017', 'OLIVEIRA-2018'],
        frame: ['lumbar-vertebrae', 'erector-spinae'],
        view: 'oblique',
        layers: 'superficial-muscle',
        cause: 'non-specific-low-back-pain',
      },
      {
        title: 'Many parts can hurt',
        text: 'Discs, small joints, muscles and ligaments all have nerve endings that sense harm. Any of them may add to the pain. A normal check-up cannot tell which one it is, and it does not need to.',
        sources: ['LANCET-HARTVIGSEN-2018', 'KUSLICH-1991'],
        frame: ['l4-l5-disc', 'l5-s1-disc', 'facet-joints', 'sacroiliac-joint'],
        view: 'back',
        layers: 'joint',
        cause: 'non-specific-low-back-pain',
      },
      {
        title: 'Scans show changes in people with no pain',
        text: 'Worn discs are very common on scans, even in people with no back pain. About 37 in 100 pain-free people aged 20 have them. By age 80 it is about 96 in 100. So a change on a scan does not show what causes the pain.',
        sources: ['BRINJIKJI-2015a'],
        frame: ['l4-l5-disc', 'l5-s1-disc'],
        view: 'left',
        layers: 'joint',
        select: 'l4-l5-disc',
      },
      {
        title: 'The nervous system sets the volume',
        text: 'Pain is made by the nervous system, which weighs the signals from the body. Stress, worry, poor sleep and low mood can turn the volume up. This is one reason the same change hurts one person and not another.',
        sources: ['LANCET-HARTVIGSEN-2018'],
        frame: ['spinal-cord', 'cauda-equina'],
        view: 'back',
        layers: 'nerve',
        highlight: ['spinal-cord', 'cauda-equina'],
      },
      {
        title: 'Serious causes are rare',
        text: 'Only a few in 100 cases have a serious cause, such as a broken bone, cancer or an infection. Cauda equina syndrome is rarer still, about 4 in 10,000. The tour “When to get urgent help” shows the warning signs.',
        sources: ['VERHAGEN-2016', 'FINUCANE-2020'],
        frame: ['lumbar-vertebrae', 'sacrum'],
        view: 'oblique',
        layers: 'bone',
        highlight: ['lumbar-vertebrae'],
      },
      {
        title: 'It usually gets better',
        text: 'Most new bouts of back pain ease within weeks, though back pain often comes back. Guidelines advise staying active and keeping up normal life. Exercise of any kind helps, and no one type is clearly best.',
        sources: ['NICE-NG59', 'LANCET-HARTVIGSEN-2018', 'ACP-2017'],
        frame: ['erector-spinae', 'gluteal-muscles'],
        view: 'back',
        layers: 'superficial-muscle',
        highlight: ['erector-spinae', 'gluteus-maximus', 'gluteus-medius'],
      },
    ],
  },
  {
    id: 'muscle-imbalance',
    title: 'Muscle imbalance: a popular idea, tested',
    summary: 'Tight and weak muscles are often blamed for back pain. What the idea says, and what studies found.',
    steps: [
      {
        title: 'The idea',
        text: 'Some therapy traditions say that tight muscles and weak muscles pull the pelvis out of line. The best-known form is called the “lower crossed syndrome”. The app shows it because many people hear about it.',
        sources: ['JANDA-1978'],
        frame: ['hip-flexors', 'gluteal-muscles', 'erector-spinae'],
        view: 'oblique',
        layers: 'superficial-muscle',
        cause: 'muscle-imbalance',
      },
      {
        title: 'Tight hip flexors at the front',
        text: 'The idea says the hip flexors are tight. These are the psoas, the iliacus and the rectus femoris. When tight, they are said to tip the pelvis forward and deepen the low-back curve.',
        sources: ['JANDA-1978'],
        frame: ['psoas-major', 'iliacus'],
        view: 'front',
        layers: 'deep-muscle',
        cause: 'muscle-imbalance',
      },
      {
        title: 'Weak buttock and belly muscles',
        text: 'It also says the buttock and belly muscles are weak or slow to switch on. So they are said to fail to pull the pelvis back.',
        sources: ['JANDA-1978'],
        frame: ['gluteus-maximus', 'gluteus-medius'],
        view: 'back',
        layers: 'superficial-muscle',
        cause: 'muscle-imbalance',
      },
      {
        title: 'Tight back muscles',
        text: 'The long back muscles are said to be tight as well. Together, the pattern is said to load the joints from L4 down to the pelvis.',
        sources: ['JANDA-1978'],
        frame: ['erector-spinae'],
        view: 'back',
        layers: 'superficial-muscle',
        cause: 'muscle-imbalance',
      },
      {
        title: 'What studies found',
        text: 'On average, people with and without back pain have the same low-back curve and pelvic tilt. A review of reviews found no agreement that posture causes back pain. So this pattern is not a proven cause.',
        sources: ['LAIRD-2014', 'SWAIN-2020', 'SUGAVANAM-2024'],
        frame: ['l4', 'l5', 'sacrum'],
        view: 'left',
        layers: 'bone',
        highlight: ['l4', 'l5', 'sacrum'],
      },
      {
        title: 'What does help',
        text: 'Exercise helps back pain, and no single type is clearly best. Exercise aimed at the deep “core” muscles helps about as much as other exercise, not more.',
        sources: ['SARAGIOTTO-2016', 'NICE-NG59', 'OWEN-2020'],
        frame: ['multifidus'],
        view: 'back',
        layers: 'deep-muscle',
        highlight: ['multifidus', 'transversus-abdominis'],
      },
    ],
  },
  {
    id: 'joint-problems',
    title: 'Joint problems: facet and sacroiliac joints',
    summary:
      'The small joints at the back of the spine and the joints of the pelvis: real sources of pain, and a myth.',
    steps: [
      {
        title: 'The facet joints',
        text: 'At each level, two small joints sit at the back of the spine, one on each side. They are called facet joints. Like other joints, each has a lining and a capsule with nerve endings.',
        sources: ['STATPEARLS-FACET', 'DREYER-1996'],
        frame: ['l4-l5-facet', 'l5-s1-facet'],
        view: 'back',
        layers: 'joint',
        highlight: ['facet-joints'],
      },
      {
        title: 'Facet joints can hurt',
        text: 'Numbing injections show that the facet joints cause the pain in about 15 to 45 in 100 people with long-term back pain. Wear of these joints is most common at L4–L5 and L5–S1.',
        sources: ['STATPEARLS-FACET', 'DEPALMA-2011'],
        frame: ['l4-l5-facet', 'l5-s1-facet'],
        view: 'oblique',
        layers: 'joint',
        cause: 'facet-osteoarthritis',
      },
      {
        title: 'Where facet pain is felt',
        text: 'Facet pain is felt in the back, on one side or both. It can spread to the buttock, the groin or the thigh. It usually stops above the knee. The painted skin shows where.',
        sources: ['STATPEARLS-FACET', 'FUKUI-1997'],
        frame: ['l4-l5-facet-right'],
        view: 'back',
        layers: 'joint',
        select: 'l4-l5-facet-right',
      },
      {
        title: 'Wear is common without pain',
        text: 'Scans of older people often show worn facet joints, with or without pain. No symptom and no scan can single out facet pain. Only numbing the joint can show it.',
        sources: ['HICKS-2009', 'DREYER-1996'],
        frame: ['l3-l4-facet', 'l4-l5-facet', 'l5-s1-facet'],
        view: 'left',
        layers: 'joint',
        highlight: ['l3-l4-facet', 'l4-l5-facet', 'l5-s1-facet'],
      },
      {
        title: 'The sacroiliac joints',
        text: 'The sacroiliac joints join the base of the spine to the pelvis. They move only a few degrees. Strong ligaments hold them at the back.',
        sources: ['STATPEARLS-SIJ'],
        frame: ['sacroiliac-joint-right'],
        view: 'back',
        layers: 'joint',
        select: 'sacroiliac-joint-right',
      },
      {
        title: 'Sacroiliac pain is real',
        text: 'Numbing injections show that a sacroiliac joint causes the pain in about 15 to 30 in 100 people with long-term back pain. The pain is often on one side, low down over the back of the pelvis and the buttock.',
        sources: ['STATPEARLS-SIJ', 'DEPALMA-2011', 'FORTIN-1994'],
        frame: ['sacroiliac-joint', 'posterior-sacroiliac-ligament'],
        view: 'back',
        layers: 'ligament',
        cause: 'joint-imbalance',
      },
      {
        title: '“Out of place” is not proven',
        text: 'Some therapists say a joint is “out of place” and put it back by hand. Tests have not shown that such findings are real. Hands-on therapy can help some people, as part of a plan with exercise.',
        sources: ['NICE-NG59', 'ACP-2017', 'STATPEARLS-SIJ'],
        frame: ['sacrum', 'sacroiliac-joint'],
        view: 'oblique',
        layers: 'ligament',
        cause: 'joint-imbalance',
      },
    ],
  },
  {
    id: 'trigger-points',
    title: 'Trigger points and referred pain',
    summary: 'Why pain can be felt far from where it starts, and how sure we can be about muscle “knots”.',
    steps: [
      {
        title: 'Pain felt away from its source',
        text: 'Pain is not always felt where it starts. A deep, vague ache can be felt some way off, because nerves from both places meet in the spinal cord. This is called referred pain. The painted skin shows where a facet joint can refer.',
        sources: ['FUKUI-1997', 'FEINSTEIN-1954'],
        frame: ['l5-s1-facet-right'],
        view: 'back',
        layers: 'joint',
        select: 'l5-s1-facet-right',
      },
      {
        title: 'Trigger points',
        text: 'Trigger points are said to be very tender spots in tight bands of muscle. Pressing one is said to bring on a familiar pain, sometimes far from the spot.',
        sources: ['STATPEARLS-MPS'],
        frame: ['quadratus-lumborum', 'gluteus-minimus', 'piriformis'],
        view: 'back',
        layers: 'deep-muscle',
        cause: 'trigger-points',
      },
      {
        title: 'The side back muscle',
        text: 'The quadratus lumborum runs from the lowest rib to the top of the pelvis. Its trigger points are said to send pain to the back of the pelvis, the buttock, the outer hip and the groin.',
        sources: ['TRAVELL-SIMONS-V2', 'TP-SECONDARY'],
        frame: ['quadratus-lumborum-right'],
        view: 'back',
        layers: 'deep-muscle',
        select: 'quadratus-lumborum-right',
      },
      {
        title: 'A muscle that mimics sciatica',
        text: 'The gluteus minimus lies deep in the buttock. Its trigger points are said to send pain down the side or back of the leg. This can feel like sciatica, but it brings no numbness or weakness.',
        sources: ['TRAVELL-SIMONS-V2', 'TP-SECONDARY'],
        frame: ['gluteus-minimus-right'],
        view: 'right',
        layers: 'deep-muscle',
        select: 'gluteus-minimus-right',
      },
      {
        title: 'The piriformis',
        text: 'The piriformis crosses the buttock, next to the sciatic nerve. Its trigger points are said to send pain across the buttock and to the back of the hip.',
        sources: ['TRAVELL-SIMONS-V2', 'HOPAYIAN-2010'],
        frame: ['piriformis-right'],
        view: 'back',
        layers: 'deep-muscle',
        select: 'piriformis-right',
      },
      {
        title: 'How sure is this?',
        text: 'Sore muscles, and pain spreading from them, are real. But examiners often disagree on where trigger points are. The maps come from expert opinion, not from tests.',
        sources: ['LUCAS-2009', 'QUINTNER-2015', 'DOMMERHOLT-2015'],
        frame: ['quadratus-lumborum', 'gluteus-minimus', 'piriformis'],
        view: 'oblique',
        layers: 'deep-muscle',
        cause: 'trigger-points',
      },
    ],
  },
  {
    id: 'sciatica',
    title: 'Sciatica: from the disc to the foot',
    summary:
      'How a bulging disc can cause pain down the leg: the disc, the nerve root, the sciatic nerve and the skin it serves.',
    steps: [
      {
        title: 'What sciatica is',
        text: 'Sciatica is pain that shoots down the leg, often below the knee. It nearly always starts at a nerve root in the low back, not in the sciatic nerve itself.',
        sources: ['KONSTANTINOU-2008', 'JENSEN-2019'],
        frame: ['l5-root', 's1-root', 'sciatic-nerve'],
        view: 'back',
        layers: 'nerve',
        cause: 'sciatica',
      },
      {
        title: 'It often starts at a disc',
        text: 'The most common cause is a disc. Its soft centre pushes out through a crack in the outer wall. Most of these bulges happen at the two lowest discs.',
        sources: ['STATPEARLS-LDH'],
        frame: ['l4-l5-disc', 'l5-s1-disc'],
        view: 'left',
        layers: 'joint',
        select: 'l4-l5-disc',
      },
      {
        title: 'The disc presses on a root',
        text: 'A bulge at L4–L5 usually presses on the L5 root as it passes by. The root gets squeezed and inflamed. A healthy root does not hurt when touched, but an inflamed one does.',
        sources: ['KUSLICH-1991', 'STATPEARLS-LDH'],
        frame: ['l4-l5-disc', 'l5-root-left'],
        view: 'back',
        layers: 'nerve',
        cause: 'disc-herniation',
        select: 'l5-root-left',
      },
      {
        title: 'Roots join in the pelvis',
        text: 'In the pelvis, roots from L4 to S3 join to make the sciatic nerve. It leaves through a gap at the back of the pelvis, deep in the buttock.',
        sources: ['POUTOGLIDOU-2020', 'GRAYS-2020'],
        frame: ['lumbosacral-trunk-left', 's1-root-left', 'sciatic-nerve-left'],
        view: 'back',
        layers: 'nerve',
        highlight: ['l4-root-left', 'l5-root-left', 's1-root-left', 'lumbosacral-trunk-left'],
      },
      {
        title: 'Down the back of the thigh',
        text: 'The nerve runs down the back of the thigh. Above the knee it splits into two branches. Pain follows the nerve, even though the problem is up at the root.',
        sources: ['GRAYS-2020', 'STATPEARLS-LDH'],
        frame: ['sciatic-nerve-left'],
        view: 'back',
        layers: 'nerve',
        highlight: ['sciatic-nerve-left', 'tibial-nerve-left', 'common-fibular-nerve-left'],
      },
      {
        title: 'Each root has its own strip of skin',
        text: 'Each root serves its own strip of skin. L5 pain runs down the outer shin to the top of the foot and the big toe. S1 pain runs down the calf to the sole and the heel. The painted skin shows the L5 strip.',
        sources: ['ISNCSCI', 'STATPEARLS-LDH'],
        frame: ['l5-root-left'],
        view: 'left',
        layers: 'nerve',
        select: 'l5-root-left',
      },
      {
        title: 'What usually happens',
        text: 'Most sciatica from a disc gets better without surgery, and the bulge often shrinks. New weakness or numbness in both legs, or new bladder or bowel problems, need help at once.',
        sources: ['STATPEARLS-LDH', 'NICE-NG59', 'LONG-2020'],
        frame: ['l4-l5-disc', 'l5-root', 'sciatic-nerve'],
        view: 'oblique',
        layers: 'nerve',
        cause: 'sciatica',
        redFlags: ['bilateral-leg-symptoms', 'bladder-bowel-dysfunction'],
      },
    ],
  },
  {
    id: 'stenosis',
    title: 'Stenosis: why walking hurts and sitting helps',
    summary:
      'When the spaces for the nerves narrow with age, standing and walking squeeze them and sitting eases them.',
    steps: [
      {
        title: 'The tunnel for the nerves',
        text: 'The nerve roots run down a tunnel inside the spine, called the spinal canal. Each root leaves through a gap at the side. Stenosis means these spaces have become narrow.',
        sources: ['STATPEARLS-STENOSIS'],
        frame: ['dural-sac'],
        view: 'back',
        layers: 'nerve',
        select: 'dural-sac',
      },
      {
        title: 'What narrows it',
        text: 'With age, discs bulge, the small joints at the back grow larger, and a ligament inside the canal thickens. Together they crowd the nerves. The L4–L5 level is the one most often narrowed.',
        sources: ['STATPEARLS-STENOSIS'],
        frame: ['l3-l4-disc', 'l4-l5-disc', 'ligamentum-flavum', 'facet-joints'],
        view: 'oblique',
        layers: 'ligament',
        cause: 'spinal-stenosis',
      },
      {
        title: 'A ligament that thickens',
        text: 'The ligamentum flavum lines the back of the canal. It is stretchy when young. With age it thickens and folds inward, and takes up room the nerves need.',
        sources: ['STATPEARLS-STENOSIS'],
        frame: ['ligamentum-flavum'],
        view: 'back',
        layers: 'ligament',
        select: 'ligamentum-flavum',
      },
      {
        title: 'Why walking hurts',
        text: 'Standing up straight and walking arch the low back a little. This makes the canal even narrower, so the nerves get squeezed. The legs may then ache, feel heavy or tingle.',
        sources: ['STATPEARLS-STENOSIS', 'SCHMID-1999'],
        frame: ['cauda-equina', 'l4-l5-disc'],
        view: 'left',
        layers: 'nerve',
        cause: 'spinal-stenosis',
        pose: 'extension:0.8',
      },
      {
        title: 'Why sitting helps',
        text: 'Sitting or bending forward opens the canal again. That is why the pain eases on sitting, or when leaning on a shopping trolley. Leg pain from poor blood flow eases on just standing still instead.',
        sources: ['STATPEARLS-STENOSIS', 'SCHMID-1999'],
        frame: ['cauda-equina'],
        view: 'left',
        layers: 'nerve',
        select: 'cauda-equina',
        pose: 'sitting-slumped',
      },
      {
        title: 'Common on scans, often painless',
        text: 'Narrowing on scans is common after 60, and many people with it have no pain. Exercise and physiotherapy come first. Surgery can help when the legs stay bad for a long time.',
        sources: ['KALICHMAN-2009', 'NICE-NG59', 'STATPEARLS-STENOSIS'],
        frame: ['l3-l4-disc', 'l4-l5-disc'],
        view: 'left',
        layers: 'joint',
        highlight: ['l3-l4-disc', 'l4-l5-disc'],
      },
      {
        title: 'When it is urgent',
        text: 'Legs that ache on walking and ease on sitting are the usual picture. Weakness or numbness in both legs that is new or getting worse fast is not. Nor are new bladder or bowel changes. Get help at once for those.',
        sources: ['LONG-2020', 'NHS-REDFLAGS'],
        frame: ['cauda-equina'],
        view: 'back',
        layers: 'nerve',
        highlight: ['cauda-equina'],
        redFlags: ['bilateral-leg-symptoms', 'bladder-bowel-dysfunction', 'progressive-neuro-deficit'],
      },
    ],
  },
  {
    id: 'urgent-help',
    title: 'When to get urgent help',
    summary: 'The few warning signs that need a doctor quickly, and where in the body they come from.',
    steps: [
      {
        title: 'Most back pain is not dangerous',
        text: 'Most back pain does not come from anything serious, and it settles. A few signs mean something needs checking quickly. This tour shows them, and where in the body they come from.',
        sources: ['VERHAGEN-2016', 'FINUCANE-2020'],
        frame: ['lumbar-vertebrae', 'sacrum'],
        view: 'oblique',
        layers: 'bone',
        highlight: ['lumbar-vertebrae', 'sacrum'],
      },
      {
        title: 'The cauda equina',
        text: 'Below the end of the spinal cord, a bundle of nerve roots serves the legs, bladder, bowel and the skin of the saddle area. It is called the cauda equina. If something squeezes it hard, that is an emergency.',
        sources: ['LONG-2020', 'GRAYS-2020'],
        frame: ['cauda-equina'],
        view: 'back',
        layers: 'nerve',
        select: 'cauda-equina',
        redFlags: ['saddle-anaesthesia', 'bladder-bowel-dysfunction'],
      },
      {
        title: 'The saddle area',
        text: 'The lowest roots serve the skin around the back passage and the genitals. New numbness there can mean the cauda equina is squeezed. The painted skin shows the area.',
        sources: ['ISNCSCI', 'LONG-2020'],
        frame: ['s3-root-left', 's3-root-right'],
        view: 'back',
        layers: 'nerve',
        select: 's3-root-left',
        redFlags: ['saddle-anaesthesia'],
      },
      {
        title: 'Both legs',
        text: 'Weakness or numbness in both legs that is new or getting worse fast is an emergency sign too. So is a foot that starts to drop or catch. It is not the same as legs that ache on walking and ease on sitting.',
        sources: ['LONG-2020', 'NHS-REDFLAGS'],
        frame: ['sciatic-nerve'],
        view: 'back',
        layers: 'nerve',
        highlight: ['sciatic-nerve', 'femoral-nerve'],
        redFlags: ['bilateral-leg-symptoms', 'progressive-neuro-deficit'],
      },
      {
        title: 'Breaks, cancer and infection',
        text: 'Back pain after a bad fall, with a past cancer, or with a fever needs a doctor soon or the same day. So does weight loss you cannot explain. These causes are rare, but they need checking.',
        sources: ['DOWNIE-2013', 'NHS-REDFLAGS', 'VERHAGEN-2016'],
        frame: ['lumbar-vertebrae'],
        view: 'back',
        layers: 'bone',
        highlight: ['lumbar-vertebrae'],
        redFlags: ['fever-infection', 'cancer-history', 'trauma-fracture'],
      },
      {
        title: 'Where to find the signs',
        text: 'The list of warning signs is always one click away. Use the “When to get urgent help” button at the top, or press Alt and U. It says what each sign may mean and what to do.',
        sources: ['NHS-REDFLAGS', 'FINUCANE-2020'],
        frame: ['cauda-equina', 'l5-root', 's1-root'],
        view: 'oblique',
        layers: 'nerve',
        highlight: ['cauda-equina'],
        redFlags: ['saddle-anaesthesia', 'bladder-bowel-dysfunction', 'bilateral-leg-symptoms'],
      },
    ],
  },
]

const byId = new Map<string, Tour>(TOURS.map((t) => [t.id, t]))

/** The tour with this id, or undefined. */
export function findTour(id: string): Tour | undefined {
  return byId.get(id)
}

/** What one step puts on screen, with every reference expanded to structure ids. */
export function sceneOfStep(step: TourStep): GuidedScene {
  return {
    frame: step.frame.flatMap(expandToStructureIds),
    from: step.view,
    hiddenLayers: layersOutside(step.layers),
    highlight: (step.highlight ?? []).flatMap(expandToStructureIds),
    selectedId: step.select ?? null,
    causeId: step.cause ?? null,
    pose: poseOfStep(step),
  }
}

/** The pose a step asks for (standing when it asks for none, or for one that does not parse). */
export function poseOfStep(step: TourStep): PoseState {
  if (!step.pose) return NEUTRAL_POSE_STATE
  const parsed = parsePoseLink(step.pose)
  return parsed.ok ? parsed.state : NEUTRAL_POSE_STATE
}
