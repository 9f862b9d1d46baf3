/**
 * The guided activities a link can open: a tour (`?tour=sciatica&step=3`) or a self-test
 * (`?quiz=find-it&seed=42`). Only the ids live here, so the page can read a link before the
 * tours and the question generators (`tours.ts`, `quiz.ts`) are loaded. Plain data.
 */
import type { PoseState } from './movement'

import type { StructureLayer } from './structures'
import type { ViewPreset } from './views'

/** Every guided tour, in the order the tours list shows them. */
export const TOUR_IDS = [
  'lower-back-in-two-minutes',
  'non-specific-pain',
  'muscle-imbalance',
  'joint-problems',
  'trigger-points',
  'sciatica',
  'stenosis',
  'urgent-help',
] as const

export type TourId = (typeof TOUR_IDS)[number]

/**
 * The kinds of self-test question: `find-it` (pick the named structure on the model or in the
 * tree), `where-felt` (pick the places where a structure's pain is felt) and `which-cause` (pick
 * the cause that some clues describe).
 */
export const QUIZ_KINDS = ['find-it', 'where-felt', 'which-cause'] as const

export type QuizKind = (typeof QUIZ_KINDS)[number]

/** The largest seed a self-test link carries (seeds are unsigned 32-bit integers). */
export const MAX_SEED = 0xffffffff

/** A tour at one of its steps (counted from 1), or a self-test run of one kind and seed. */
export type Activity =
  | { readonly kind: 'tour'; readonly tourId: TourId; readonly step: number }
  | { readonly kind: 'quiz'; readonly quiz: QuizKind; readonly seed: number }

export function isTourId(value: string): value is TourId {
  return (TOUR_IDS as readonly string[]).includes(value)
}

export function isQuizKind(value: string): value is QuizKind {
  return (QUIZ_KINDS as readonly string[]).includes(value)
}

/** A fresh seed for a new self-test run. */
export function randomSeed(random: () => number = Math.random): number {
  return Math.floor(random() * (MAX_SEED + 1))
}

/**
 * What identifies one activity apart from the tour's step: moving between the steps of a tour
 * keeps the key (the URL is replaced), starting or leaving an activity changes it (a new
 * history entry). The empty string means no activity.
 */
export function activityKey(activity: Activity | null): string {
  if (!activity) return ''
  return activity.kind === 'tour' ? `tour:${activity.tourId}` : `quiz:${activity.quiz}:${activity.seed}`
}

/**
 * What a tour step or a self-test question puts on screen, all at once: the layers, what is lit,
 * the selection and cause, and what the camera frames. Ids only; the store applies it.
 */
export interface GuidedScene {
  /** Structure ids the camera frames; none means the whole spine from `from` (or the default view). */
  readonly frame: readonly string[]
  /**
   * The named direction to frame them from, which also becomes the view that Reset returns to;
   * null lets the camera find the direction that hides them least.
   */
  readonly from: ViewPreset | null
  readonly hiddenLayers: readonly StructureLayer[]
  /** Structure ids lit in the selection colour. */
  readonly highlight: readonly string[]
  readonly selectedId: string | null
  readonly causeId: string | null
  /** How the spine is bent for this scene (standing unless a tour step asks otherwise). */
  readonly pose: PoseState
}
