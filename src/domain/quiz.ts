/**
 * The self-test: questions generated from the explorer's own data, never written one by one, so
 * they stay true when the data changes. Three kinds (see `QUIZ_KINDS`): find a named structure,
 * pick where a structure's pain is felt, and pick the cause that a few clues describe. A run is
 * ten questions drawn with a seed, so its link repeats it. The questions teach anatomy and
 * mechanisms; none asks about the reader's own pain. Plain data and pure functions; loaded only
 * when a self-test opens.
 */

import type { GuidedScene, QuizKind } from './activities'
import { NEUTRAL_POSE_STATE } from './movement'
import { BODY_AREAS, BODY_AREA_IDS, type BodyArea } from './body-areas'
import { CAUSES, findCause, structureRolesOf, type Cause, type CauseId } from './causes'
import { CAUSE_CONTENT, STRUCTURE_CONTENT } from './content'
import { DEFAULT_HIDDEN_LAYERS } from './deep-link'
import { hashText, seededRandom, shuffled } from './random'
import { sentencesOf } from './readability'
import type { RoleId } from './roles'
import {
  CONTENT_IDS,
  expandToStructureIds,
  findStructure,
  layersOutside,
  refName,
  structuresWithContent,
  type StructureLayer,
} from './structures'

/** Questions in one run. */
export const QUESTIONS_PER_RUN = 10

/** What a self-test kind is called, and what it asks, for the list of self-tests. */
export const QUIZ_KIND_INFO: Readonly<Record<QuizKind, { title: string; description: string }>> = {
  'find-it': {
    title: 'Find it',
    description: 'Find a named structure: click it on the model, or choose it in the Structures list.',
  },
  'where-felt': {
    title: 'Where is it felt?',
    description: 'Pick the places where pain from a structure can be felt.',
  },
  'which-cause': {
    title: 'Which cause?',
    description: 'Read a few clues about the parts involved and where pain is felt, then pick the cause.',
  },
}

export interface QuizOption {
  readonly id: string
  readonly label: string
}

interface QuestionBase {
  /** Stable and unique across every question of every kind. */
  readonly id: string
  /** The question, in one sentence. */
  readonly prompt: string
}

export interface FindItQuestion extends QuestionBase {
  readonly kind: 'find-it'
  /** The explanation entry asked about; every structure that shares it counts (either side). */
  readonly contentId: string
  readonly name: string
  /** Structure ids that count as the answer. */
  readonly answers: readonly string[]
  /** The outermost layer shown while the question is open, so the structure can be reached. */
  readonly layers: StructureLayer
}

export interface WhereFeltQuestion extends QuestionBase {
  readonly kind: 'where-felt'
  readonly contentId: string
  readonly name: string
  /** The structures lit while the question is open. */
  readonly structureIds: readonly string[]
  /** Body areas to choose from. */
  readonly options: readonly QuizOption[]
  /** The options where its pain is felt: all of them, and only them, make a right answer. */
  readonly correct: readonly BodyArea[]
}

/** A structure (an id, a pair's content id or a group id) and the role it plays in a cause. */
export interface RoleClue {
  readonly ref: string
  readonly role: RoleId
}

export interface WhichCauseQuestion extends QuestionBase {
  readonly kind: 'which-cause'
  /** The clues, in reading order. */
  readonly clues: readonly string[]
  /** What the clues say, as data: the roles, and the place pain is felt. */
  readonly facts: { readonly roles: readonly RoleClue[]; readonly area: BodyArea }
  readonly options: readonly QuizOption[]
  readonly correct: CauseId
}

export type QuizQuestion = FindItQuestion | WhereFeltQuestion | WhichCauseQuestion

/** "Psoas major" → "psoas major", "L4 vertebra" stays: the name reads inside a sentence. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name
}

function isPair(contentId: string): boolean {
  return structuresWithContent(contentId).length === 2
}

// ── Find it ────────────────────────────────────────────────────────────────────────────────

/**
 * Explanation entries that no preset view leaves to be clicked: inside others (the disc centre,
 * what runs in the spinal canal, the ligament between the arches), the outer shell, or beyond the
 * region the views frame (the sciatic nerve's branches at the knee). Checked in Chromium against
 * the built model: every other entry shows a clickable point from at least one preset view.
 */
const NOT_ASKED = new Set([
  'skin',
  'nucleus-pulposus',
  'spinal-cord',
  'dural-sac',
  'cauda-equina',
  'posterior-longitudinal-ligament',
  'ligamentum-flavum',
  'tibial-nerve',
  'common-fibular-nerve',
])

function findItQuestions(): FindItQuestion[] {
  return CONTENT_IDS.filter((id) => !NOT_ASKED.has(id)).map((contentId) => {
    const structures = structuresWithContent(contentId)
    const name = refName(contentId)
    const either = isPair(contentId) ? ' Either side counts.' : ''
    return {
      kind: 'find-it',
      id: `find-it:${contentId}`,
      prompt: `Find the ${inSentence(name)} on the model.${either}`,
      contentId,
      name,
      answers: structures.map((s) => s.id),
      layers: structures[0]!.layer,
    }
  })
}

// ── Where is it felt? ──────────────────────────────────────────────────────────────────────

/** Body areas offered in one where-felt question, right and wrong together. */
const AREA_OPTIONS = 6
/** The most right areas one question offers (a nerve's pain can reach a dozen places). */
const MAX_RIGHT_AREAS = 3

function feltAreasOf(contentId: string): BodyArea[] {
  const content = STRUCTURE_CONTENT[contentId]
  return [...new Set(content?.feltAt.flatMap((f) => f.areas) ?? [])]
}

/**
 * For each structure whose pain has a described place: one question with the first places its
 * entry lists, and one with the last when those differ. Wrong options come only from body
 * regions (low back, buttock and hip, thigh…) where none of its pain is felt, so no wrong option
 * sits next to a right one.
 */
function whereFeltQuestions(): WhereFeltQuestion[] {
  const out: WhereFeltQuestion[] = []
  for (const contentId of CONTENT_IDS) {
    const felt = feltAreasOf(contentId)
    if (felt.length === 0) continue
    const feltGroups = new Set(felt.map((a) => BODY_AREAS[a].group))
    const elsewhere = BODY_AREA_IDS.filter((a) => !feltGroups.has(BODY_AREAS[a].group))
    const size = Math.min(MAX_RIGHT_AREAS, felt.length)
    const variants = [felt.slice(0, size), felt.slice(-size)]
    const seen = new Set<string>()
    for (const right of variants) {
      const key = right.join('+')
      if (seen.has(key)) continue
      seen.add(key)
      const id = `where-felt:${contentId}:${key}`
      const random = seededRandom(hashText(id))
      const wrong = shuffled(elsewhere, random).slice(0, AREA_OPTIONS - right.length)
      const name = refName(contentId)
      out.push({
        kind: 'where-felt',
        id,
        prompt: `Where can pain from the ${inSentence(name)} be felt? Pick every place that applies.`,
        contentId,
        name,
        structureIds: structuresWithContent(contentId).map((s) => s.id),
        options: shuffled([...right, ...wrong], random).map((a) => ({ id: a, label: BODY_AREAS[a].name })),
        correct: right,
      })
    }
  }
  return out
}

// ── Which cause? ───────────────────────────────────────────────────────────────────────────

/** Options offered in one which-cause question (the answer and three others). */
const CAUSE_OPTIONS = 4
/** Questions kept per cause, so every cause is asked about about as often. */
const QUESTIONS_PER_CAUSE = 6
/** Words of a cause's name that say nothing about which cause it is. */
const GENERIC_WORDS = new Set(['pain', 'back', 'with', 'from', 'that', 'this'])

/**
 * How a clue words each role. Close to the legend's labels, but never naming a cause (the legend's
 * "Muscle with described trigger points" would give the trigger-point cause away). Roles without
 * a wording ("part of the picture") say too little to be a clue.
 */
export const ROLE_CLUE_WORDS: Readonly<Partial<Record<RoleId, string>>> = {
  tight: 'said to be tight or short',
  weak: 'said to be weak or slow to switch on',
  'pain-source': 'irritated or inflamed, a source of pain',
  'possible-source': 'may add to the pain, though no test can confirm it',
  'compressed-nerve': 'squeezed or irritated',
  compressing: 'pressing on a nerve',
  degenerated: 'worn with age',
  unstable: 'slipped forward or unstable',
  overloaded: 'under extra or uneven load',
  'pain-pathway': 'a nerve the pain travels along',
  'trigger-point': 'tender spots in it are said to send pain elsewhere',
}

const expanded = new Map<string, readonly string[]>()

/** Whether a cause's roles give every structure of the clue's reference the clue's role. */
function hasRole(roles: ReadonlyMap<string, RoleId>, clue: RoleClue): boolean {
  let ids = expanded.get(clue.ref)
  if (!ids) expanded.set(clue.ref, (ids = expandToStructureIds(clue.ref)))
  return ids.length > 0 && ids.every((id) => roles.get(id) === clue.role)
}

/** The first four letters of each telling word of a text, lower case. */
function stems(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z]+/g) ?? [])
      .filter((w) => w.length >= 4 && !GENERIC_WORDS.has(w))
      .map((w) => w.slice(0, 4))
  )
}

/**
 * The symptoms of a cause that can serve as a clue: one sentence each, saying what is there (not
 * "no specific symptoms"), and not naming the cause (a symptom that mentions "stenosis" gives the
 * answer away).
 */
export function featuresOf(cause: Cause): string[] {
  const named = stems(`${cause.name} ${cause.shortName}`)
  return CAUSE_CONTENT[cause.id].symptoms.filter(
    (s) => sentencesOf(s).length === 1 && !/\bno\b/i.test(s) && ![...stems(s)].some((w) => named.has(w))
  )
}

/** "Ligamentum flavum: pressing on a nerve." */
export function roleClueText({ ref, role }: RoleClue): string {
  return `${refName(ref)}: ${ROLE_CLUE_WORDS[role]}.`
}

/**
 * Clues for one cause: two structures with their roles and one place its pain is felt, chosen so
 * that no other cause in the data fits all three (the answer is right by construction), plus one
 * of its typical features when it has any.
 */
function whichCauseQuestions(): WhichCauseQuestion[] {
  const out: WhichCauseQuestion[] = []
  const rolesOf = new Map(CAUSES.map((c) => [c.id, structureRolesOf(c)]))
  for (const cause of CAUSES) {
    const others = CAUSES.filter((c) => c.id !== cause.id)
    const roleClues: RoleClue[] = cause.involved
      .filter((i) => ROLE_CLUE_WORDS[i.role] !== undefined)
      .map(({ ref, role }) => ({ ref, role }))
      .filter((clue) => hasRole(rolesOf.get(cause.id)!, clue))
    const features = featuresOf(cause)
    const candidates: WhichCauseQuestion[] = []
    for (let i = 0; i < roleClues.length; i++) {
      for (let j = i + 1; j < roleClues.length; j++) {
        const pair = [roleClues[i]!, roleClues[j]!]
        const sharing = others.filter((c) => pair.every((clue) => hasRole(rolesOf.get(c.id)!, clue)))
        for (const area of cause.feltAt) {
          if (sharing.some((c) => c.feltAt.includes(area))) continue
          const id = `which-cause:${cause.id}:${pair.map((c) => `${c.ref}/${c.role}`).join('+')}@${area}`
          const random = seededRandom(hashText(id))
          const feature = features.length ? features[Math.floor(random() * features.length)] : undefined
          const distractors = shuffled(others, random).slice(0, CAUSE_OPTIONS - 1)
          candidates.push({
            kind: 'which-cause',
            id,
            prompt: 'Which cause fits all of these clues?',
            clues: [
              ...pair.map(roleClueText),
              `Pain can be felt here: ${BODY_AREAS[area].name.toLowerCase()}.`,
              ...(feature ? [`A typical feature: ${inSentence(feature)}.`] : []),
            ],
            facts: { roles: pair, area },
            options: shuffled([cause, ...distractors], random).map((c) => ({ id: c.id, label: c.name })),
            correct: cause.id,
          })
        }
      }
    }
    out.push(...shuffled(candidates, seededRandom(hashText(cause.id))).slice(0, QUESTIONS_PER_CAUSE))
  }
  return out
}

// ── Runs ───────────────────────────────────────────────────────────────────────────────────

const pools = new Map<QuizKind, readonly QuizQuestion[]>()

/** Every question of a kind, in a fixed order (made once, then kept). */
export function questionPool(kind: QuizKind): readonly QuizQuestion[] {
  let pool = pools.get(kind)
  if (!pool) {
    pool = kind === 'find-it' ? findItQuestions() : kind === 'where-felt' ? whereFeltQuestions() : whichCauseQuestions()
    pools.set(kind, pool)
  }
  return pool
}

/** What a question is about: two questions on one subject are not asked in one run if avoidable. */
function subjectOf(question: QuizQuestion): string {
  return question.kind === 'which-cause' ? question.correct : question.contentId
}

/**
 * The questions of one run: the pool shuffled by the seed, taking one question per subject
 * (structure or cause) before any subject comes up twice.
 */
export function generateQuiz(kind: QuizKind, seed: number, count = QUESTIONS_PER_RUN): QuizQuestion[] {
  const order = shuffled(questionPool(kind), seededRandom(seed))
  const subjects = new Set<string>()
  const first: QuizQuestion[] = []
  const rest: QuizQuestion[] = []
  for (const question of order) {
    const subject = subjectOf(question)
    ;(subjects.has(subject) ? rest : first).push(question)
    subjects.add(subject)
  }
  return [...first, ...rest].slice(0, count)
}

/** Whether an answer is right: the structure picked, the set of places ticked, or the cause picked. */
export function isRightAnswer(question: QuizQuestion, answer: readonly string[]): boolean {
  switch (question.kind) {
    case 'find-it':
      return answer.length === 1 && question.answers.includes(answer[0]!)
    case 'where-felt':
      return answer.length === question.correct.length && question.correct.every((a) => answer.includes(a))
    case 'which-cause':
      return answer.length === 1 && answer[0] === question.correct
  }
}

function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** What to say after an answer: right or not, and the right answer in words. */
export function feedbackOf(question: QuizQuestion, answer: readonly string[]): string {
  const right = isRightAnswer(question, answer)
  switch (question.kind) {
    case 'find-it': {
      const picked = answer[0] ? findStructure(answer[0])?.name : undefined
      if (right) return `Right: that is the ${inSentence(question.name)}.`
      const what = picked ? `you picked the ${inSentence(picked)}` : 'no structure was picked'
      return `Not quite: ${what}. The ${inSentence(question.name)} is lit up now.`
    }
    case 'where-felt': {
      const places = listed(question.correct.map((a) => BODY_AREAS[a].name.toLowerCase()))
      const lead = right ? 'Right' : 'Not quite'
      return `${lead}: of these places, pain from the ${inSentence(question.name)} can be felt in the ${places}. The skin now shows every place it can be felt.`
    }
    case 'which-cause': {
      const name = findCause(question.correct)?.name ?? question.correct
      if (right) return `Right: the clues fit ${inSentence(name)}.`
      const picked = answer[0] ? findCause(answer[0])?.name : undefined
      return `Not quite: the clues fit ${inSentence(name)}${picked ? `, not ${inSentence(picked)}` : ''}.`
    }
  }
}

/**
 * What a question puts on screen while it is open: for "find it", the layers down to the
 * structure and the default view, with nothing lit; for "where is it felt?", the structure lit and
 * framed (its pain zones stay hidden until the answer); for "which cause?", the default view.
 */
export function sceneOfQuestion(question: QuizQuestion): GuidedScene {
  const neutral: GuidedScene = {
    frame: [],
    from: null,
    hiddenLayers: DEFAULT_HIDDEN_LAYERS,
    highlight: [],
    selectedId: null,
    causeId: null,
    pose: NEUTRAL_POSE_STATE,
  }
  switch (question.kind) {
    case 'find-it':
      return { ...neutral, hiddenLayers: layersOutside(question.layers) }
    case 'where-felt':
      return { ...neutral, frame: question.structureIds, highlight: question.structureIds }
    case 'which-cause':
      return neutral
  }
}
