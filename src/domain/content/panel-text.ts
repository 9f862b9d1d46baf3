/**
 * The lay text each panel shows, gathered in one place so that the reading-level test measures
 * exactly what a reader sees, and the date each panel's text was last reviewed.
 */

import { CAUSES, type Cause } from '../causes'
import { MIMICS, type Mimic } from '../mimics'
import { CONTENT_REVIEWED, RED_FLAGS, RED_FLAG_URGENCIES } from '../red-flags'
import { CAUSE_CONTENT } from './causes'
import { GUIDANCE, type GuidanceTopic } from './guidance'
import { STRUCTURE_CONTENT_LIST } from './structures'
import type { StructureContent } from './types'

/** One panel's lay text, for the reading-level test. */
export interface PanelText {
  /** `structure:<content id>`, `cause:<id>`, `mimic:<id>`, `guidance:<id>` or `red-flags`. */
  readonly id: string
  readonly texts: readonly string[]
}

export function structurePanelText(content: StructureContent): PanelText {
  return {
    id: `structure:${content.id}`,
    texts: [
      content.whatItIs,
      content.howItHurts,
      content.nerveSupply,
      ...(content.attachments
        ? [content.attachments.origin, content.attachments.insertion, content.attachments.action]
        : []),
      ...content.feltAt.map((f) => f.description),
      ...(content.triggerPoints ?? []).flatMap((tp) => [tp.location, tp.note]),
      content.evidence.note,
    ],
  }
}

export function causePanelText(cause: Cause): PanelText {
  const content = CAUSE_CONTENT[cause.id]
  return {
    id: `cause:${cause.id}`,
    texts: [
      cause.summary,
      content.whatItIs,
      content.howItHurts,
      ...cause.involved.map((i) => i.note),
      content.whoGetsIt,
      ...content.symptoms,
      content.whereFelt,
      cause.evidence.note,
      content.evidenceSummary.established,
      content.evidenceSummary.contested,
      content.whatHelps,
      content.whenToSeeClinician,
      ...(content.safetyNet ? [...content.safetyNet.expected, ...content.safetyNet.notExpected] : []),
      cause.commonness.figure,
    ],
  }
}

export function mimicPanelText(mimic: Mimic): PanelText {
  return {
    id: `mimic:${mimic.id}`,
    texts: [
      mimic.summary,
      mimic.whatItIs,
      ...mimic.howToTell,
      mimic.evidence.note,
      mimic.whatHelps,
      mimic.whenToSeeClinician,
      ...(mimic.urgentWhen ? [mimic.urgentWhen] : []),
      mimic.commonness.figure,
    ],
  }
}

export function guidancePanelText(topic: GuidanceTopic): PanelText {
  return {
    id: `guidance:${topic.id}`,
    texts: [topic.intro, ...topic.sections.flatMap((s) => s.points.map((p) => p.text))],
  }
}

/** Every panel of lay text in the app. */
export function allPanelTexts(): PanelText[] {
  return [
    ...STRUCTURE_CONTENT_LIST.map(structurePanelText),
    ...CAUSES.map(causePanelText),
    ...MIMICS.map(mimicPanelText),
    ...GUIDANCE.map(guidancePanelText),
    {
      id: 'red-flags',
      texts: [...RED_FLAG_URGENCIES.map((u) => u.action), ...RED_FLAGS.flatMap((f) => [f.sign, f.meaning, f.action])],
    },
  ]
}

/** The date a panel's text was last reviewed: its own date, or the date of the last full review. */
export function reviewedOn(entry: { readonly reviewed?: string }): string {
  return entry.reviewed ?? CONTENT_REVIEWED
}

/** "1 December 2026", for an ISO date, independent of the reader's locale and time zone. */
export function formatReviewDate(iso: string): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ]
  const [year, month, day] = iso.split('-').map(Number)
  if (!year || !month || !day) return iso
  return `${day} ${months[month - 1] ?? ''} ${year}`
}
