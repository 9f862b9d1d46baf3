/**
 * The explanation for every cause: what it is, how it hurts, who gets it (with figures), its
 * symptoms, where it is felt, what the evidence says, what guidelines say generally helps and
 * when to see a clinician. General information, not personal advice.
 */

import type { CauseId } from '../causes'
import { EMERGENCY_NUMBERS } from '../red-flags'
import type { CauseContent } from './types'

/**
 * The emergency signs, repeated on every cause so they are never more than a glance away. Leg
 * symptoms count when they are new or getting worse fast: symptoms in both legs on walking are
 * the usual picture of spinal stenosis, not an emergency in themselves.
 */
const EMERGENCY = `Get emergency help now for new numbness around the back passage, genitals or inner buttocks. The same goes for new trouble passing or holding urine or stools. It also goes for weakness or numbness in both legs that is new or getting worse fast. ${EMERGENCY_NUMBERS}`

const GENERAL_FLAGS =
  'See a clinician soon for back pain with fever or feeling unwell, a past cancer, or weight loss you cannot explain. The same goes after a bad fall, or for weakness that is getting worse. Book a review if the pain is not getting better after about 4 to 6 weeks.'

const GENERAL_CARE =
  'Guidelines advise checking for warning signs first. Then comes reassurance, advice to stay active and keep up normal life, and exercise of any type (stretching, strength, aerobic exercise, yoga, pilates or tai chi). No single type is clearly best.'

const ALL_CAUSE_CONTENT: readonly CauseContent[] = [
  {
    id: 'non-specific-low-back-pain',
    whatItIs:
      'Non-specific low back pain is back pain for which no single cause can be found. It does not come from an irritated nerve root. There is no sign of a serious problem such as a fracture, cancer, infection, inflammatory disease or cauda equina syndrome. It is real pain, and it is by far the most common kind.',
    howItHurts:
      'In any one person the exact source is unknown. It is probably a mix of signals from several tissues (discs, facet joints, sacroiliac joints, muscles and fascia) and changes in how the nervous system handles pain. Stress, worry about the back, and work also play a part. No single mechanism, such as tiny injuries to tissues, has been proven to explain all back pain.',
    whoGetsIt:
      'Most people have low back pain at some point: lifetime estimates range from 58 % to 84 %. About 619 million people had low back pain worldwide in 2020, and it causes more years lived with disability than any other condition. Around 85–95 % of back pain seen by family doctors is non-specific. Serious causes are rare: cancer under 1 %, a broken bone about 4 %, cauda equina syndrome about 0.04 % and infection about 0.01 %. Heavy physical work, smoking, obesity, other health problems and low income raise the risk. Strong pain and distress at the start make lasting pain more likely.',
    symptoms: [
      'An ache or stiffness in the low back, on one or both sides',
      'Pain that changes with movement, position and activity',
      'Pain that may spread into the buttocks or thighs, usually not below the knee',
      'Most new episodes settle quickly, although back pain often comes back',
    ],
    whereFelt:
      'Mostly across the low back, sometimes spreading into the buttocks or upper thighs as a deep ache rather than a sharp band down the leg.',
    evidenceSummary: {
      established:
        'Strong: most back pain has no single tissue a test can confirm, and most episodes get better. Serious causes are rare, and scans are not needed to manage it.',
      contested:
        'Some pain specialists argue that numbing injections can find a likely source (disc, facet joint or sacroiliac joint) in many people with long-term pain. In one such group, it was the disc in about 42 %, the facet joints in 31 % and the sacroiliac joint in 18 %. Guidelines do not advise this approach in family-doctor care.',
    },
    whatHelps: `${GENERAL_CARE} Manual therapy (manipulation, mobilisation or massage) may be added alongside exercise, and a psychological approach can help when worry or low mood slow recovery. Short courses of anti-inflammatory painkillers (NSAIDs) can be considered if they are safe for the person. Guidelines advise against paracetamol on its own, opioids for long-term pain, routine scans, belts or corsets, traction, and TENS or ultrasound. NICE and the American College of Physicians disagree about acupuncture. A pharmacist or doctor can advise on medicines.`,
    whenToSeeClinician: `${EMERGENCY} ${GENERAL_FLAGS}`,
    sources: [
      'LANCET-HARTVIGSEN-2018',
      'MAHER-2017',
      'OLIVEIRA-2018',
      'VERHAGEN-2016',
      'GBD-2021-LBP',
      'NICE-BMJ-2017',
      'DEPALMA-2011',
      'NICE-NG59',
      'ACP-2017',
      'LANCET-FOSTER-2018',
    ],
  },
  {
    id: 'muscle-imbalance',
    whatItIs:
      'Muscle imbalance is an explanation from some therapy traditions, best known as Janda\'s "lower crossed syndrome". It says that tight hip-flexor and low-back muscles work with weak, "switched-off" buttock and belly muscles. Together they are said to tip the pelvis forward, deepen the low-back curve (lordosis) and strain the lower joints. It is a popular model with limited scientific support.',
    howItHurts:
      'The proposed chain is this. Tight hip flexors (psoas, iliacus and rectus femoris) and back muscles tip the pelvis forward. Weak buttock and belly muscles fail to pull it back. The deeper low-back curve then loads the facet joints from L4 to S1, and the sacroiliac and hip joints. Each step sounds reasonable, but it has not been shown that this pattern causes pain.',
    whoGetsIt:
      'There are no reliable figures, because there is no agreed test for the pattern. On average, people with back pain have the same low-back curve and standing pelvic tilt as people without it. A 2024 review found a slightly larger pelvic tilt in people with back pain. But the studies disagreed a lot, and a link would not show that the tilt causes the pain.',
    symptoms: [
      'No specific symptoms define it',
      'Described with back ache and stiffness after standing or activity',
      'People with back pain often move their low back less far and more slowly. This may be a result of pain rather than its cause',
    ],
    whereFelt: 'The model predicts an ache in the low back and around the back of the pelvis.',
    evidenceSummary: {
      established:
        'People with back pain often move their low back less and more slowly, and sense its position less well. They get better with exercise of almost any kind.',
      contested:
        'That tight and weak muscles cause back pain. On average, people with and without back pain have the same low-back curve and pelvic tilt. In long-term back pain, the curve and tilt were not related to belly-muscle strength. A review of reviews found no agreement that how people sit, stand, bend, twist or lift causes back pain, nor heavy work. Critics argue that posture-based models have been worn away by research.',
    },
    whatHelps:
      'No guideline recommends testing for or correcting muscle imbalance. Guidelines recommend staying active and exercising: stretching, strengthening, aerobic exercise, yoga, pilates and tai chi all help, and no single type is clearly best. A Cochrane review found that exercises aimed at the deep "core" muscles help about as much as other exercise, not more. Its studies were of low to moderate quality.',
    whenToSeeClinician: `${EMERGENCY} ${GENERAL_FLAGS}`,
    sources: [
      'JANDA-1978',
      'LAIRD-2014',
      'YOUDAS-2000',
      'SWAIN-2020',
      'SUGAVANAM-2024',
      'LEDERMAN-2011',
      'SARAGIOTTO-2016',
      'OWEN-2020',
      'NICE-NG59',
    ],
  },
  {
    id: 'joint-imbalance',
    whatItIs:
      '"Joint imbalance" covers two ideas. One is sacroiliac joint pain: pain from the joint between the spine and the pelvis. It is real and can be confirmed by numbing the joint. The other is "segmental dysfunction". This is the idea that a joint of the spine or pelvis is stiff, too loose or "out of place". A therapist judges this by feel. The first is well recognised; the second is not a validated diagnosis.',
    howItHurts:
      'Sacroiliac joint pain comes from the joint capsule and the ligaments around it. It is often linked to arthritis, a fall, pregnancy, or earlier fusion surgery of the low back. For segmental dysfunction, the proposed mechanism is that abnormal joint loading irritates the facet joint capsule or the sacroiliac ligaments; this remains a theory.',
    whoGetsIt:
      'In specialist studies, the sacroiliac joint is the source in about 15–30 % of people with long-term low back pain (about 18 % in one large group, 30 % in another), more often in older people. Pregnancy and earlier lumbar fusion are recognised risk situations.',
    symptoms: [
      'Pain on one side, below the belt line, over the back of the pelvis and the buttock',
      'Sometimes pain in the groin or thigh',
      'Often worse getting up from sitting',
      'Pain brought on by three or more examination tests makes sacroiliac pain more likely',
    ],
    whereFelt:
      'Mainly just below and beside the dimple at the back of the pelvis, and in the buttock. Sometimes the groin or thigh, and now and then below the knee.',
    evidenceSummary: {
      established:
        'Moderate: the sacroiliac joint is a real pain source in some people, shown by injections that numb it.',
      contested:
        'That joints can be felt to be "out of line" and put back by hand. Such findings have not been validated, and no guideline links the benefit of manual therapy to correcting a specific imbalance.',
    },
    whatHelps: `${GENERAL_CARE} NICE suggests manual therapy only when it is combined with exercise; the American College of Physicians lists spinal manipulation as one of several options.`,
    whenToSeeClinician: `${EMERGENCY} ${GENERAL_FLAGS}`,
    sources: ['STATPEARLS-SIJ', 'FORTIN-1994', 'SCHWARZER-1995', 'YOUNG-2003', 'DEPALMA-2011', 'NICE-NG59', 'ACP-2017'],
  },
  {
    id: 'trigger-points',
    whatItIs:
      'Trigger points are described as small, very tender spots in a tight band of muscle. They are said to cause pain in the muscle and further away (myofascial pain). A 2018 expert consensus named three signs: a tight band, a very tender spot in it, and pain felt further away. "Active" and "latent" describe the person, not the place. A trigger point is called active when pressing it brings on the pain the person knows. It is called latent when it is tender but does not.',
    howItHurts:
      'The main proposed explanation is called the "integrated hypothesis". Faulty junctions between nerve and muscle are said to keep a small patch of muscle tight. The patch runs short of blood and releases chemicals that make nerves sensitive. The spinal cord then becomes more sensitive too, so pain is felt elsewhere. This has not been proven.',
    whoGetsIt:
      'Figures vary hugely: one review quotes anywhere from 9 % to 85 %. That spread mostly shows that there is no agreed test.',
    symptoms: [
      'A deep ache in and around a muscle',
      'Very tender spots that bring on the familiar pain when pressed',
      'Pain in a typical area away from the spot, such as the buttock or down the leg',
      'Stiffness and a reduced range of movement',
    ],
    whereFelt:
      "It depends on the muscle. Low back and buttock muscles are said to send pain to the back of the pelvis and the buttock. Some send it to the outer hip, the groin or down the leg. Each muscle's page shows its map.",
    evidenceSummary: {
      established:
        'Muscle tenderness and pain felt away from its source are real: injecting salty water into back muscles produces both.',
      contested:
        'That trigger points are a distinct thing that can be found and treated. There is no reference test; examiners agree poorly on the physical signs (for a taut band, agreement ranged from no better than chance to good), and no study has tested the current criteria. Critics call the theory unproven and say treatment effects cannot be told apart from the effects of care itself; supporters dispute this. The referral maps come from the manual by Travell and Simons, which is expert opinion. The 2018 consensus said that pain from a trigger point need not follow a fixed map.',
    },
    whatHelps: `Neither NICE nor the American College of Physicians makes a recommendation about trigger points. NICE advises against acupuncture for low back pain; whether that covers dry needling is not clear. Massage appears only in combination with exercise (NICE) or as an option backed by low-quality evidence (ACP). ${GENERAL_CARE}`,
    whenToSeeClinician: `${EMERGENCY} ${GENERAL_FLAGS} Pain down the leg with numbness or weakness suggests a nerve root rather than a muscle and should be checked.`,
    sources: [
      'STATPEARLS-MPS',
      'TRAVELL-SIMONS-V2',
      'TRAVELL-SIMONS-V1',
      'LUCAS-2009',
      'QUINTNER-2015',
      'DOMMERHOLT-2015',
      'FEINSTEIN-1954',
      'FERNANDEZ-2018',
      'NICE-NG59',
      'ACP-2017',
    ],
  },
  {
    id: 'inflammation',
    whatItIs:
      'In back pain, "inflammation" means two different things. The first is an immune disease that inflames the sacroiliac joints and the spine (axial spondyloarthritis, which includes ankylosing spondylitis). The second is local inflammation in mechanical problems. Examples are chemicals from a slipped disc irritating a nerve root, a sore joint lining, or inflamed bone next to a worn disc (Modic change).',
    howItHurts:
      'In the immune disease, the body inflames the sacroiliac joints and the places where ligaments attach to the spine. This causes pain and stiffness. Over years, parts of the spine can stiffen and join together. In mechanical problems, chemicals from the damage make nerve endings and roots more sensitive. This adds to the effect of pressure.',
    whoGetsIt:
      'The immune disease (axial spondyloarthritis) affects about 1 % of adults in the USA. It usually starts before the age of 40. It is linked to a gene marker (HLA-B27), and to some eye, skin and bowel diseases (uveitis, psoriasis and inflammatory bowel disease). Local inflammation is part of many slipped discs. It is also part of Modic type 1 changes, which are more common in adults up to 50 with back pain than in those without.',
    symptoms: [
      'Inflammatory back pain is likely when at least 4 of these 5 are true. It started before 40. It came on slowly. It gets better with exercise. It does not get better with rest. It hurts at night but eases when you get up',
      'Stiffness in the morning',
      'Buttock pain that switches from side to side',
      'Often eases well with anti-inflammatory medicines',
    ],
    whereFelt: 'The low back, the back of the pelvis and the buttocks, often switching sides.',
    evidenceSummary: {
      established:
        'Strong: the immune disease is a real cause of back pain that should not be missed. Moderate: chemicals from the damage play a part around slipped discs and in Modic changes.',
      contested:
        'Inflammation as a cause of everyday back pain in general. Most back pain is not inflammatory in this sense.',
    },
    whatHelps:
      "People with the inflammatory pattern need to see a joint specialist (rheumatologist), through their doctor. It is not urgent, but it should not be put off. The disease has its own treatments, and NICE's low back pain guideline does not cover it. For local inflammation around a disc, see disc herniation and sciatica.",
    whenToSeeClinician: `${EMERGENCY} See a family doctor if back pain started before 40, came on slowly and follows the pattern above. This matters most with eye inflammation, psoriasis or bowel disease. ${GENERAL_FLAGS}`,
    sources: ['ASAS-IBP-2009', 'STATPEARLS-IBP', 'MAYO-AXSPA-2020', 'EDGAR-2007', 'BRINJIKJI-2015b'],
  },
  {
    id: 'disc-herniation',
    whatItIs:
      'A disc herniation happens when part of a disc pushes out through a weak spot in its wall (annulus fibrosus). It is usually the soft centre (nucleus pulposus). It ranges from a bulge still held in by the outer wall (protrusion) to material that breaks through (extrusion) or breaks off (sequestration). About 95 % of lumbar herniations happen at L4–L5 or L5–S1.',
    howItHurts:
      'The escaped material presses on the nearest nerve root and also inflames it with chemicals, causing nerve pain down the leg (sciatica). Which root depends on the direction. A bulge out to the back and side at L4–L5 affects the L5 root, and at L5–S1 the S1 root. One far out to the side at L4–L5 affects the L4 root. A large one straight back can squeeze the whole bundle of roots (cauda equina). The torn outer wall and the ligament behind it can also cause back pain.',
    whoGetsIt:
      'A herniated disc is the most common reason for sciatica. But scans also show disc bulges in 29 % of pain-free 20-year-olds and 43 % of pain-free 80-year-olds. So a scan finding alone does not prove the cause. Extrusions, where disc material breaks right through the wall, are more closely linked to back pain.',
    symptoms: [
      'Leg pain that is often worse than the back pain, running below the knee in a narrow band',
      'Tingling or numbness in the same strip of skin',
      'Weakness of particular movements, or a weaker reflex',
      'Lifting the straight leg brings on the leg pain, a sign of an irritated L5 or S1 root',
    ],
    whereFelt:
      'In the low back, then down the leg. For L5: the outer shin, the top of the foot and the big toe. For S1: the back of the calf, the sole and the outer edge of the foot.',
    evidenceSummary: {
      established:
        'Strong: herniated discs cause nerve-root pain. Most people improve without surgery, and herniations often shrink or disappear on later scans.',
      contested:
        'How much a bulge seen on a scan explains back pain without leg pain, given how common bulges are in people with no pain.',
    },
    whatHelps:
      'Guidelines advise the same general care as for back pain, with exercise and staying active. A scan is only for when the result would change treatment, for example before surgery. For sciatica, NICE advises against gabapentinoids and other epilepsy medicines, steroid tablets and benzodiazepines, and against opioids for long-term sciatica. For new, severe sciatica, an injection of numbing medicine and steroid near the nerve (epidural) may be considered. Surgery is for when symptoms go on despite other care and a scan matches them.',
    whenToSeeClinician: `${EMERGENCY} Seek same-day care for weakness that is getting worse, such as a foot that starts to drop. Otherwise see a clinician if leg pain is severe or not improving.`,
    sources: ['STATPEARLS-LDH', 'KUSLICH-1991', 'BRINJIKJI-2015a', 'BRINJIKJI-2015b', 'NICE-NG59', 'LONG-2020'],
  },
  {
    id: 'degenerative-disc',
    whatItIs:
      '"Degenerative disc disease" is the name for changes in the discs with age. They dry out, lose height, crack in the wall (annular fissures) and bulge, and the bone plates above and below change. Despite the name, it is not a disease in the usual sense. Most of these changes are a normal part of ageing, like wrinkles on the inside.',
    howItHurts:
      'In some people, cracks in a worn disc let nerve endings grow in and become sensitive. Inflamed bone next to the disc (Modic change) can hurt. And the extra load on the facet joints can make them wear. Worn discs also add to stenosis and to slipping of a vertebra.',
    whoGetsIt:
      'In people with no back pain, scans show disc wear in 37 % at age 20 and 96 % at age 80. Bulges rise from 30 % to 84 %, and wall cracks from 19 % to 29 %. In adults up to 50, disc wear and bulges are more common in people with back pain than in people without. Over 65, severe disc wear went with more long-term back pain. But how worn a disc looked did not match how much it hurt.',
    symptoms: [
      'Pain in the centre of the low back, often worse sitting or bending',
      'Pain that may spread vaguely to the buttock or thigh',
      'Many people with the same scan findings have no pain at all',
    ],
    whereFelt: 'Mostly in the centre of the low back, sometimes spreading into the buttocks.',
    evidenceSummary: {
      established:
        'Moderate: across groups of people, disc wear is more common in those with back pain, especially under 50.',
      contested:
        "Whether disc wear explains one person's pain. The changes are so common without pain that a scan cannot show it. And how bad a disc looks does not track how much it hurts.",
    },
    whatHelps: `${GENERAL_CARE} Guidelines advise against routine scans and against fusion surgery for back pain outside research trials, and suggest explaining that these changes are common with age.`,
    whenToSeeClinician: `${EMERGENCY} ${GENERAL_FLAGS}`,
    sources: ['BRINJIKJI-2015a', 'BRINJIKJI-2015b', 'HICKS-2009', 'EDGAR-2007', 'ITO-2013', 'NICE-NG59'],
  },
  {
    id: 'spinal-stenosis',
    whatItIs:
      'Spinal stenosis is narrowing of the spaces the nerves pass through. These are the central canal (central stenosis), the side channel where a root runs down (lateral recess), and the hole where a root leaves the spine (foraminal stenosis). It mostly develops slowly with age; rarely, people are born with a narrow canal.',
    howItHurts:
      'Several things crowd the nerves. Discs bulge and lose height, a ligament thickens and buckles (ligamentum flavum), and facet joints grow bony spurs. Sometimes a vertebra slips. Standing and walking arch the back and narrow the spaces further; sitting and bending forward widen them. So the squeezed nerves cause leg pain, heaviness or tingling when walking that eases on sitting or leaning forward (neurogenic claudication). Central stenosis tends to affect both legs; narrowing at the side or exit hole affects one root and one leg.',
    whoGetsIt:
      'In a community scan study, 22.5 % of adults had some narrowing of the canal and 7.3 % severe narrowing. At age 60–69, the figures were 47.2 % and 19.4 %. Severe narrowing was linked to back pain, but many people with narrowing on a scan have no symptoms.',
    symptoms: [
      'Pain, heaviness, tingling or weakness in the buttocks and legs that comes on with walking or standing',
      'Relief from sitting down or bending forward, for example leaning on a shopping trolley',
      'Often both legs in central stenosis; one leg when a single root is pinched',
      'Unlike leg pain from poor circulation, simply standing still may not bring relief',
    ],
    whereFelt: 'The buttocks, thighs and legs, often on both sides, sometimes with back pain.',
    evidenceSummary: {
      established: 'Strong: stenosis causes walking-related leg pain (neurogenic claudication) and nerve-root pain.',
      contested:
        'Narrowing seen on a scan is often painless, so the scan has to match the symptoms before it is taken as the cause.',
    },
    whatHelps:
      'Guidelines suggest exercise or physiotherapy first, with the general advice for back pain, and decompression surgery for lasting, disabling symptoms when a scan matches them.',
    whenToSeeClinician: `See a doctor if walking is getting harder, or if leg symptoms stop you doing things. ${EMERGENCY} ${GENERAL_FLAGS}`,
    safetyNet: {
      expected: [
        'Pain, heaviness, tingling or weakness in one or both legs when you walk or stand',
        'Relief within minutes when you sit down or bend forward',
        'Symptoms that change slowly, over months or years',
      ],
      notExpected: [
        'Weakness or numbness in both legs that is new or getting worse over hours or days',
        'New numbness around the back passage, genitals or inner buttocks',
        'New trouble passing or holding urine or stools',
      ],
    },
    sources: ['STATPEARLS-STENOSIS', 'KALICHMAN-2009', 'NICE-NG59', 'LONG-2020', 'NHS-REDFLAGS'],
    reviewed: '2026-12-01',
  },
  {
    id: 'spondylolisthesis',
    whatItIs:
      'Spondylolisthesis means one vertebra has slipped forward on the one below. Slips are graded I to IV, each grade a quarter of the width of the vertebra. Isthmic slips come from a stress crack in the bony arch (pars interarticularis). They are mostly L5 on the sacrum, in young, active people. Degenerative slips come from worn facet joints. They are mostly L4 on L5, in older women.',
    howItHurts:
      'The slipped level can move more than it should, straining its disc and facet joints. The slip can also narrow the exit holes or the canal and pinch nerve roots, causing leg pain. In degenerative slips this often gives leg pain on walking, as in stenosis.',
    whoGetsIt:
      'A stress crack in the arch (spondylolysis) is found in about 6 % of people. How many of them go on to slip varies a lot between studies. In one study that followed children for 45 years, a crack on one side never led to a slip. Slips grew more slowly with each decade, none passed 40 %, and slips did not go with more back pain. On scans of people without pain, slips are uncommon before about 60.',
    symptoms: [
      'Low back pain that is worse with activity',
      'Sometimes buttock or leg pain from a pinched root',
      'In degenerative slips, leg pain on walking that eases with sitting',
      'Tight hamstrings, especially in young people',
    ],
    whereFelt: 'The low back and buttocks; with a pinched L5 root, down the outer leg to the top of the foot.',
    evidenceSummary: {
      established: 'Strong: a slip is a clear, visible condition that can pinch nerves.',
      contested: 'Moderate only for how much a low-grade slip explains back pain, since many slips cause no pain.',
    },
    whatHelps: `Non-surgical care comes first. ${GENERAL_CARE} Surgery is considered for lasting disability or loss of nerve function.`,
    whenToSeeClinician: `${EMERGENCY} ${GENERAL_FLAGS}`,
    sources: ['STATPEARLS-SPONDY', 'BRINJIKJI-2015a', 'BEUTLER-2003', 'NICE-NG59'],
  },
  {
    id: 'scoliosis',
    whatItIs:
      'Scoliosis is a sideways curve of the spine of at least 10 degrees on an X-ray, with some twisting of the vertebrae. Adolescent idiopathic scoliosis starts in children and teenagers without a known cause; adult degenerative (de novo) scoliosis develops later in life as discs and joints wear unevenly.',
    howItHurts:
      'A curve loads the discs and facet joints unevenly. In adult degenerative scoliosis, the exit holes on the inside of the curve can narrow and pinch nerve roots, causing leg pain.',
    whoGetsIt:
      'Adolescent idiopathic scoliosis affects 0.5–5.2 % of 10- to 18-year-olds, more often girls. Adult degenerative scoliosis is common: about 38 % of adults over 40 in pooled studies, about 13 % under 60 and 36 % over 60.',
    symptoms: [
      'Often no pain at all',
      'Back ache, which is more likely with larger curves',
      'In adult degenerative scoliosis, leg pain from a root pinched on the inside of the curve',
    ],
    whereFelt: 'The low back and the side of the trunk; with a pinched root, down the front or outer side of the leg.',
    evidenceSummary: {
      established:
        'Moderate: larger curves are linked to more pain, and adult degenerative scoliosis can pinch nerve roots.',
      contested:
        'There is no straight-line link between curve size and pain in one person, and many people with scoliosis have no pain. In a UK study, teenagers with small curves (6 degrees or more) reported back pain at 18 a little more often. But small "twists" found on examination have not been shown to cause back pain.',
    },
    whatHelps: `${GENERAL_CARE} Decisions about curve-specific treatment depend on age, curve size and symptoms and are made with a specialist.`,
    whenToSeeClinician: `${EMERGENCY} See a clinician if a curve seems new or to be getting bigger, or if leg pain, numbness or weakness develops. ${GENERAL_FLAGS}`,
    sources: ['ANSARI-2024', 'MCAVINEY-2020', 'BALAGUE-2016', 'CLARK-2016', 'LAIRD-2014', 'SWAIN-2020'],
  },
  {
    id: 'facet-osteoarthritis',
    whatItIs:
      'Facet joint arthritis (facet arthropathy) is wear of the small joints at the back of the spine. The cartilage thins, the bone under it hardens, bony spurs (osteophytes) grow and the capsule slackens. It often follows wear of the disc at the same level.',
    howItHurts:
      'The joint capsule and lining send pain signals through the medial branch nerves. Enlarged joints, spurs and fluid-filled cysts from the joint can also narrow the exit holes and side channels and pinch nerve roots.',
    whoGetsIt:
      'In specialist studies, the facet joints were the source in 15–45 % of people with long-term back pain (about 31 % in one large group), more often in older people. Joint wear on scans rises steeply with age. Over 90 % of adults over 65 have disc or facet wear, whether or not they have pain.',
    symptoms: [
      'Back pain on one or both sides, which may spread to the buttock or thigh but usually not below the knee',
      'Often worse bending backwards or twisting',
      'No symptom or examination finding is specific to facet pain',
    ],
    whereFelt:
      'Beside the spine in the low back, spreading to the buttock, outer hip, groin or thigh, usually stopping above the knee.',
    evidenceSummary: {
      established: 'Moderate: facet joints are a genuine pain source, confirmed by injections that numb their nerves.',
      contested:
        "That facet wear on a scan explains someone's pain: it matches symptoms poorly. The map of which level sends pain where is approximate.",
    },
    whatHelps: `${GENERAL_CARE} NICE allows radiofrequency denervation (heating the medial branch nerves) for long-term back pain only after a positive test block of those nerves.`,
    whenToSeeClinician: `${EMERGENCY} ${GENERAL_FLAGS}`,
    sources: [
      'STATPEARLS-FACET',
      'DREYER-1996',
      'DEPALMA-2011',
      'HICKS-2009',
      'BRINJIKJI-2015a',
      'FUKUI-1997',
      'NICE-NG59',
    ],
  },
  {
    id: 'sciatica',
    whatItIs:
      'Sciatica is pain that shoots down the leg along the path of a nerve root from the lower spine, usually below the knee. When the root also stops working properly, with numbness, weakness or a lost reflex, it is called radiculopathy. Despite the name, the problem is usually at the root in the spine, not in the sciatic nerve itself.',
    howItHurts:
      "The root is squeezed and inflamed, most often by a herniated disc and, in older people, by narrowing of the side channel or exit hole (stenosis). Rarely the cause is outside the spine, such as a tumour or, disputedly, the piriformis muscle. The pain runs down the leg along the nerves. Numbness and tingling follow the root's strip of skin (dermatome) more closely than pain does. In one study, leg pain did not follow the strip in about 2 of 3 people.",
    whoGetsIt:
      'Estimates range from 1.2 % to 43 % of people, depending on how sciatica is defined. A herniation at L4–L5 or L5–S1, affecting the L5 or S1 root, is by far the commonest cause.',
    symptoms: [
      'Sharp, burning or electric pain down the leg, often worse than the back pain',
      'Tingling, pins and needles or numbness, which follow the strip of skin of the root more closely than the pain does',
      'Weakness of particular movements, such as lifting the foot (L5) or standing on tiptoe (S1)',
      'Leg pain brought on by lifting the straight leg',
    ],
    whereFelt:
      'From the buttock down the back or side of the leg. For L5: the outer shin, the top of the foot and the big toe. For S1: the back of the calf, the heel, the sole and the outer edge of the foot.',
    evidenceSummary: {
      established:
        'Strong: root irritation, mostly from disc herniation, causes sciatica, and most people improve without surgery.',
      contested:
        'Piriformis syndrome as a cause is disputed. Some conditions can look like sciatica. Examples are trigger points in gluteus minimus or piriformis ("pseudo-sciatica", without numbness or weakness) and a trapped thigh skin nerve (meralgia paresthetica). Hip problems and poor blood flow to the legs can too.',
    },
    whatHelps:
      'Guidelines advise exercise and the same general advice as for low back pain. For sciatica, NICE advises against gabapentin-type medicines and other epilepsy medicines, steroid tablets and benzodiazepines. It also advises against opioids for long-term sciatica. The benefit of anti-inflammatory painkillers is uncertain. For new, severe sciatica, an injection of numbing medicine and steroid near the nerve (epidural) may be considered. Surgery to free the nerve is for when other care has not helped and a scan matches the symptoms.',
    whenToSeeClinician: `${EMERGENCY} Sciatica in both legs counts as an emergency when it is new or comes with those signs. Seek same-day care for weakness that is getting worse, such as a foot that catches or drops. Otherwise see a clinician if the pain is severe or not improving.`,
    sources: [
      'JENSEN-2019',
      'KONSTANTINOU-2008',
      'KUSLICH-1991',
      'STATPEARLS-LDH',
      'HOPAYIAN-2010',
      'NICE-NG59',
      'MEDSCAPE-MERALGIA',
      'MURPHY-2009',
      'FERNANDEZ-2018',
    ],
  },
]

/** Every cause's explanation by cause id. */
export const CAUSE_CONTENT: Readonly<Record<CauseId, CauseContent>> = Object.fromEntries(
  ALL_CAUSE_CONTENT.map((c) => [c.id, c])
) as Record<CauseId, CauseContent>

/** The explanation for a cause. */
export function findCauseContent(id: CauseId): CauseContent {
  return CAUSE_CONTENT[id]
}
