/**
 * What people with back pain also need to know, beyond anatomy: what helps and what does not
 * (NICE NG59 and the American College of Physicians, 2017), how back pain usually goes (with
 * numbers), and how pain works, with the worries that slow recovery ("yellow flags") and how
 * clinicians sort people by risk (STarT Back). General information, not personal advice. Each
 * point carries its own evidence label and sources.
 */

import type { EvidenceLevel } from '../evidence'

export const GUIDANCE_IDS = ['what-helps', 'prognosis', 'pain-science'] as const

export type GuidanceId = (typeof GUIDANCE_IDS)[number]

/** One point of a guidance page, with its evidence and sources. */
export interface GuidancePoint {
  readonly text: string
  readonly evidence: EvidenceLevel
  readonly sources: readonly string[]
}

export interface GuidanceSection {
  readonly heading: string
  readonly points: readonly GuidancePoint[]
}

export interface GuidanceTopic {
  readonly id: GuidanceId
  readonly title: string
  /** One or two plain sentences under the title. */
  readonly intro: string
  readonly sections: readonly GuidanceSection[]
  /** ISO date the text was last checked against its sources. */
  readonly reviewed: string
}

function point(text: string, evidence: EvidenceLevel, sources: readonly string[]): GuidancePoint {
  return { text, evidence, sources }
}

const REVIEWED = '2026-12-01'

export const GUIDANCE: readonly GuidanceTopic[] = [
  {
    id: 'what-helps',
    title: 'What helps, and what does not',
    intro:
      'What the guidelines for back pain say in general. They come from NICE in the UK (2016, updated 2020) and the American College of Physicians (2017). Ask a pharmacist or doctor before you start or change a medicine.',
    sections: [
      {
        heading: 'What helps',
        points: [
          point(
            'Stay active and keep up your normal life as much as you can, including work. Moving is safe, even when it hurts a bit.',
            'strong',
            ['NICE-NG59', 'ACP-2017', 'LANCET-FOSTER-2018']
          ),
          point(
            'Exercise of any kind you like: walking, stretching, strength work, yoga, pilates or tai chi. No single kind is clearly best.',
            'strong',
            ['NICE-NG59', 'ACP-2017']
          ),
          point('Heat, such as a heat pad or a warm bath, for pain that is new.', 'moderate', ['ACP-2017']),
          point(
            'A short course of anti-inflammatory painkillers (NSAIDs such as ibuprofen), at the lowest dose that works, if they are safe for you.',
            'moderate',
            ['NICE-NG59', 'ACP-2017']
          ),
          point('Hands-on therapy (manipulation, mobilisation or massage), but only alongside exercise.', 'limited', [
            'NICE-NG59',
            'ACP-2017',
          ]),
          point(
            'Talking therapy (such as cognitive behavioural therapy) together with exercise, when worry or low mood get in the way.',
            'moderate',
            ['NICE-NG59']
          ),
          point(
            'Help to get back to work, such as a gradual return or changed duties, when back pain makes work hard.',
            'moderate',
            ['NICE-NG59']
          ),
        ],
      },
      {
        heading: 'What does not help',
        points: [
          point('Bed rest. Lying down for days does not speed recovery, and staying active works better.', 'strong', [
            'LANCET-FOSTER-2018',
            'NICE-NG59',
          ]),
          point(
            'Routine scans (X-ray or MRI). They often show changes that are normal with age and do not change the care. A scan is for when a serious cause is suspected or surgery is planned.',
            'strong',
            ['NICE-NG59', 'ACP-2017', 'BRINJIKJI-2015a']
          ),
          point('Paracetamol on its own for back pain.', 'moderate', ['NICE-NG59', 'ACP-2017']),
          point('Opioids for long-term back pain, and opioids as a routine choice for new back pain.', 'moderate', [
            'NICE-NG59',
          ]),
        ],
      },
      {
        heading: 'What NICE says not to offer for back pain',
        points: [
          point(
            'Belts or corsets, shoe inserts, rocker-sole shoes, and stretching the spine with weights (traction).',
            'moderate',
            ['NICE-NG59']
          ),
          point(
            'Acupuncture, ultrasound, and electrical nerve stimulation (TENS, PENS or interferential therapy). The American guideline still lists acupuncture as an option.',
            'moderate',
            ['NICE-NG59', 'ACP-2017']
          ),
          point(
            'Antidepressants (SSRIs, SNRIs or tricyclics) and epilepsy medicines such as gabapentin, for back pain.',
            'moderate',
            ['NICE-NG59']
          ),
          point(
            'Spinal injections, except a nerve-heating treatment (radiofrequency denervation) after a test block works.',
            'moderate',
            ['NICE-NG59']
          ),
          point('Spinal fusion for back pain alone, except in a research trial. Disc replacement.', 'moderate', [
            'NICE-NG59',
          ]),
        ],
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'prognosis',
    title: 'How back pain usually goes',
    intro:
      'Most new back pain gets much better within weeks. Numbers from large studies of people who saw a doctor or therapist.',
    sections: [
      {
        heading: 'New back pain',
        points: [
          point(
            'On a pain scale of 0 to 100, people started at about 52 on average. By 6 weeks the average was 23, and by a year it was 6.',
            'strong',
            ['MENEZES-COSTA-2012']
          ),
          point(
            'Most of the change comes in the first 6 weeks. After that it keeps getting better, but more slowly.',
            'strong',
            ['MENEZES-COSTA-2012']
          ),
          point(
            'In a study of 973 people in Australia, half who had cut back at work were back to normal work within 2 weeks.',
            'moderate',
            ['HENSCHKE-2008']
          ),
          point(
            'In the same study, 72 in 100 had fully recovered after a year. So about 28 in 100 still had some pain or trouble, mostly mild.',
            'moderate',
            ['HENSCHKE-2008']
          ),
        ],
      },
      {
        heading: 'Back pain that has lasted longer',
        points: [
          point(
            'People whose pain had already lasted a while improved too, but less. Their average pain went from about 51 to 33 at 6 weeks and 23 at a year.',
            'strong',
            ['MENEZES-COSTA-2012']
          ),
          point('Back pain often comes back after it settles. Coming back does not mean damage.', 'strong', [
            'LANCET-HARTVIGSEN-2018',
          ]),
          point(
            'Strong pain at the start, feeling low, and expecting the pain to last were linked with slower recovery.',
            'moderate',
            ['HENSCHKE-2008']
          ),
        ],
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'pain-science',
    title: 'How pain works, and what slows recovery',
    intro: 'Pain is real, and it is made by the nervous system to protect you. It is not a direct measure of damage.',
    sections: [
      {
        heading: 'Hurt is not the same as harm',
        points: [
          point(
            'How much your back hurts does not show how much damage there is. Scans show worn or bulging discs in many people with no pain at all.',
            'strong',
            ['BRINJIKJI-2015a', 'LANCET-HARTVIGSEN-2018']
          ),
          point(
            'When pain goes on, the nervous system can turn the volume up, so the same movement hurts more (sensitisation). This can turn down again.',
            'moderate',
            ['LANCET-HARTVIGSEN-2018']
          ),
          point(
            'Stress, poor sleep and worry can make pain worse. That does not mean the pain is "in your head".',
            'moderate',
            ['LANCET-HARTVIGSEN-2018', 'KENDALL-1997']
          ),
        ],
      },
      {
        heading: 'Yellow flags: what can slow recovery',
        points: [
          point('Believing that back pain is harmful, or that it will disable you.', 'moderate', ['KENDALL-1997']),
          point('Avoiding movement for fear of pain or damage (fear of movement).', 'moderate', ['KENDALL-1997']),
          point('Low mood, and pulling away from friends and family.', 'moderate', ['KENDALL-1997', 'HENSCHKE-2008']),
          point('Waiting for a treatment to fix you instead of taking an active part.', 'moderate', ['KENDALL-1997']),
          point('Problems at work, such as being unhappy there, or a dispute over a claim.', 'moderate', [
            'KENDALL-1997',
          ]),
          point(
            'These are not signs of danger. They are worth telling your clinician about, because help for them can speed recovery.',
            'moderate',
            ['KENDALL-1997', 'NICE-NG59']
          ),
        ],
      },
      {
        heading: 'Sorting by risk (STarT Back)',
        points: [
          point(
            'STarT Back is a short set of 9 questions. It sorts people into low, medium or high risk of back pain that lasts and limits them.',
            'moderate',
            ['HILL-2008', 'HILL-2011']
          ),
          point(
            'Low risk: advice and self-care are usually enough. Medium risk: physiotherapy. High risk: physiotherapy that also deals with worry and fear.',
            'moderate',
            ['HILL-2011']
          ),
          point(
            'In a trial of 851 people, care matched to the risk group reduced disability a little more than usual good care.',
            'moderate',
            ['HILL-2011']
          ),
          point('NICE suggests using a tool like this at the first visit.', 'strong', ['NICE-NG59']),
        ],
      },
    ],
    reviewed: REVIEWED,
  },
]

const byId = new Map<string, GuidanceTopic>(GUIDANCE.map((g) => [g.id, g]))

/** The guidance page with this id, or undefined. */
export function findGuidance(id: string): GuidanceTopic | undefined {
  return byId.get(id)
}
