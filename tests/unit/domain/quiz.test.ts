import { describe, expect, it } from 'vitest'
import { QUIZ_KINDS } from '../../../src/domain/activities'
import { BODY_AREAS } from '../../../src/domain/body-areas'
import { CAUSES, findCause, structureRolesOf } from '../../../src/domain/causes'
import { STRUCTURE_CONTENT } from '../../../src/domain/content'
import {
  QUESTIONS_PER_RUN,
  ROLE_CLUE_WORDS,
  feedbackOf,
  featuresOf,
  generateQuiz,
  isRightAnswer,
  questionPool,
  sceneOfQuestion,
  type FindItQuestion,
  type QuizQuestion,
  type WhereFeltQuestion,
  type WhichCauseQuestion,
} from '../../../src/domain/quiz'
import { LAYERS, expandToStructureIds, findStructure, refName } from '../../../src/domain/structures'

const pool = <K extends QuizQuestion['kind']>(kind: K) =>
  questionPool(kind) as readonly Extract<QuizQuestion, { kind: K }>[]

/** The right answer to a question, built from the data afresh (not read from the question). */
function rightAnswer(q: QuizQuestion): string[] {
  if (q.kind === 'find-it') return [q.answers[0]!]
  if (q.kind === 'where-felt') return [...q.correct].reverse()
  return [q.correct]
}

describe('the self-test pools', () => {
  it.each(QUIZ_KINDS)('%s has at least 30 distinct questions', (kind) => {
    const questions = questionPool(kind)
    expect(questions.length).toBeGreaterThanOrEqual(30)
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length)
    const texts = questions.map((q) => JSON.stringify(q.kind === 'which-cause' ? q.clues : [q.prompt, q]))
    expect(new Set(texts).size).toBe(questions.length)
  })

  it('never asks about the reader’s own pain', () => {
    for (const kind of QUIZ_KINDS) {
      for (const q of questionPool(kind)) {
        const words = [q.prompt, ...(q.kind === 'which-cause' ? q.clues : [])].join(' ')
        expect(words, q.id).not.toMatch(/\byou(r|rs|rself)?\b/i)
      }
    }
  })
})

describe('find it', () => {
  it('asks for real structures, accepts every structure of the entry (both sides) and only those', () => {
    for (const q of pool('find-it')) {
      expect(q.answers.length).toBeGreaterThan(0)
      for (const id of q.answers) expect(findStructure(id)?.contentId, q.id).toBe(q.contentId)
      expect(q.prompt).toContain(q.name.slice(1))
      expect(isRightAnswer(q, [q.answers.at(-1)!])).toBe(true)
      expect(isRightAnswer(q, ['coccyx'])).toBe(q.contentId === 'coccyx')
      expect(isRightAnswer(q, [])).toBe(false)
    }
  })

  it('peels the model down to the structure’s layer, so it can be reached', () => {
    const q = pool('find-it').find((x) => x.contentId === 'psoas-major')!
    const scene = sceneOfQuestion(q)
    expect(scene.hiddenLayers).toEqual(LAYERS.slice(0, LAYERS.indexOf('deep-muscle')))
    expect(scene).toMatchObject({ frame: [], highlight: [], selectedId: null, causeId: null })
  })

  it('leaves out what no preset view shows to click (inside a disc or the canal, the skin, the nerves at the knee)', () => {
    const asked = new Set(pool('find-it').map((q) => q.contentId))
    for (const id of ['nucleus-pulposus', 'cauda-equina', 'spinal-cord', 'ligamentum-flavum', 'tibial-nerve', 'skin']) {
      expect(asked.has(id)).toBe(false)
    }
  })
})

describe('where is it felt?', () => {
  it('offers right places where the entry says its pain is felt, and wrong ones from regions where none is', () => {
    for (const q of pool('where-felt')) {
      const felt = new Set(STRUCTURE_CONTENT[q.contentId]!.feltAt.flatMap((f) => f.areas))
      const feltGroups = new Set([...felt].map((a) => BODY_AREAS[a].group))
      expect(q.correct.length).toBeGreaterThan(0)
      for (const area of q.correct) expect(felt.has(area), `${q.id} ${area}`).toBe(true)
      const options = q.options.map((o) => o.id)
      expect(new Set(options).size).toBe(options.length)
      for (const area of q.correct) expect(options).toContain(area)
      for (const area of options.filter((a) => !(q.correct as string[]).includes(a))) {
        expect(feltGroups.has(BODY_AREAS[area as keyof typeof BODY_AREAS].group), `${q.id} ${area}`).toBe(false)
      }
    }
  })

  it('counts an answer right only when it ticks every right place and nothing else', () => {
    const q = pool('where-felt').find((x) => x.correct.length >= 2)!
    const wrong = q.options.find((o) => !(q.correct as string[]).includes(o.id))!.id
    expect(isRightAnswer(q, rightAnswer(q))).toBe(true)
    expect(isRightAnswer(q, q.correct.slice(1))).toBe(false)
    expect(isRightAnswer(q, [...q.correct, wrong])).toBe(false)
  })

  it('lights and frames the structure while the question is open, without selecting it (its pain zones would give it away)', () => {
    const q = pool('where-felt')[0] as WhereFeltQuestion
    expect(sceneOfQuestion(q)).toMatchObject({ frame: q.structureIds, highlight: q.structureIds, selectedId: null })
  })
})

describe('which cause?', () => {
  it('builds clues that fit the answer and no other cause (right by construction)', () => {
    for (const q of pool('which-cause')) {
      const fitting = CAUSES.filter((cause) => {
        const roles = structureRolesOf(cause)
        const plays = ({ ref, role }: { ref: string; role: string }) =>
          expandToStructureIds(ref).every((id) => roles.get(id) === role)
        return q.facts.roles.every(plays) && cause.feltAt.includes(q.facts.area)
      })
      expect(
        fitting.map((c) => c.id),
        q.id
      ).toEqual([q.correct])
    }
  })

  it('words each fact as a clue: the structure with its role, and the place', () => {
    for (const q of pool('which-cause')) {
      for (const { ref, role } of q.facts.roles) {
        expect(q.clues).toContain(`${refName(ref)}: ${ROLE_CLUE_WORDS[role]}.`)
      }
      expect(q.clues).toContain(`Pain can be felt here: ${BODY_AREAS[q.facts.area].name.toLowerCase()}.`)
    }
  })

  it('gives four different causes to choose from, the answer among them', () => {
    for (const q of pool('which-cause')) {
      const ids = q.options.map((o) => o.id)
      expect(ids).toHaveLength(4)
      expect(new Set(ids).size).toBe(4)
      expect(ids).toContain(q.correct)
      expect(isRightAnswer(q, [q.correct])).toBe(true)
      expect(isRightAnswer(q, [ids.find((id) => id !== q.correct)!])).toBe(false)
    }
  })

  it('combines clues of three kinds: structures with their roles, a place pain is felt, and a feature', () => {
    for (const q of pool('which-cause')) {
      expect(q.clues.filter((c) => c.startsWith('Pain can be felt here: '))).toHaveLength(1)
      expect(q.clues.length).toBeGreaterThanOrEqual(3)
    }
    expect(pool('which-cause').some((q) => q.clues.some((c) => c.startsWith('A typical feature: ')))).toBe(true)
  })

  it('never names the answer in a clue', () => {
    for (const q of pool('which-cause')) {
      const cause = findCause(q.correct)!
      for (const clue of q.clues) {
        expect(clue.toLowerCase(), q.id).not.toContain(cause.shortName.toLowerCase())
        expect(clue.toLowerCase(), q.id).not.toContain(cause.name.toLowerCase())
      }
    }
  })

  it('takes features from the symptoms that describe what is there, and drops those that name the cause', () => {
    const stenosis = featuresOf(findCause('spinal-stenosis')!)
    expect(stenosis.some((f) => /shopping trolley/.test(f))).toBe(true)
    expect(stenosis.some((f) => /stenosis/i.test(f))).toBe(false)
    expect(featuresOf(findCause('scoliosis')!).some((f) => /no pain/i.test(f))).toBe(false)
  })
})

describe('a run', () => {
  it.each(QUIZ_KINDS)('of %s is ten different questions, the same for the same seed', (kind) => {
    const a = generateQuiz(kind, 1234)
    expect(a).toHaveLength(QUESTIONS_PER_RUN)
    expect(new Set(a.map((q) => q.id)).size).toBe(QUESTIONS_PER_RUN)
    expect(generateQuiz(kind, 1234)).toEqual(a)
    expect(generateQuiz(kind, 1235).map((q) => q.id)).not.toEqual(a.map((q) => q.id))
  })

  it('asks about ten different structures or causes before any comes up twice', () => {
    for (const seed of [0, 1, 99, 4294967295]) {
      const subjects = generateQuiz('which-cause', seed).map((q) => (q as WhichCauseQuestion).correct)
      expect(new Set(subjects).size).toBe(QUESTIONS_PER_RUN)
      const structures = generateQuiz('find-it', seed).map((q) => (q as FindItQuestion).contentId)
      expect(new Set(structures).size).toBe(QUESTIONS_PER_RUN)
    }
  })

  it('gives feedback that says whether the answer was right and names the right one', () => {
    const [find] = generateQuiz('find-it', 7) as FindItQuestion[]
    expect(feedbackOf(find!, rightAnswer(find!))).toMatch(/^Right: that is the /)
    expect(feedbackOf(find!, ['coccyx'])).toMatch(/^Not quite: you picked the coccyx\. The .+ is lit up now\.$/)
    const [which] = generateQuiz('which-cause', 7) as WhichCauseQuestion[]
    const name = findCause(which!.correct)!.name.toLowerCase()
    expect(feedbackOf(which!, [which!.correct]).toLowerCase()).toContain(name)
    const [felt] = generateQuiz('where-felt', 7) as WhereFeltQuestion[]
    expect(feedbackOf(felt!, [])).toMatch(/^Not quite: /)
    for (const area of felt!.correct) expect(feedbackOf(felt!, [])).toContain(BODY_AREAS[area].name.toLowerCase())
  })
})
