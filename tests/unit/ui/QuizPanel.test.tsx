import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QuizPanel } from '../../../src/ui/QuizPanel'
import { useExplorerStore } from '../../../src/store/explorer-store'
import {
  generateQuiz,
  type FindItQuestion,
  type WhereFeltQuestion,
  type WhichCauseQuestion,
} from '../../../src/domain/quiz'
import { findCause } from '../../../src/domain/causes'
import { LAYERS } from '../../../src/domain/structures'
import type { QuizKind } from '../../../src/domain/activities'

const initial = useExplorerStore.getState()
beforeEach(() => useExplorerStore.setState(initial, true))
afterEach(cleanup)

const store = () => useExplorerStore.getState()
const SEED = 2024

function open(kind: QuizKind) {
  store().setActivity({ kind: 'quiz', quiz: kind, seed: SEED })
  render(<QuizPanel />)
  return generateQuiz(kind, SEED)
}

const quizCard = () => screen.getByRole('region', { name: /./ })

describe('QuizPanel: which cause?', () => {
  it('plays a whole run by keyboard, opens the cause after each answer and gives the score', async () => {
    const user = userEvent.setup()
    const questions = open('which-cause') as WhichCauseQuestion[]
    for (const [i, q] of questions.entries()) {
      expect(screen.getByText(`Question ${i + 1} of 10`)).toBeDefined()
      expect(store().announcement).toBe(`Question ${i + 1} of 10: ${q.prompt}`)
      for (const clue of q.clues) expect(screen.getByText(clue)).toBeDefined()
      // While the question is open, nothing gives the answer away.
      expect(store().causeId).toBeNull()
      // Answer right on even questions, wrong on odd ones: Tab to the radios, arrows to pick, Enter to check.
      const pick = i % 2 === 0 ? q.correct : q.options.find((o) => o.id !== q.correct)!.id
      const radio = screen.getByRole('radio', { name: q.options.find((o) => o.id === pick)!.label })
      radio.focus()
      await user.keyboard(' ')
      await user.click(screen.getByRole('button', { name: 'Check the answer' }))
      const feedback = screen.getByText(/^(Right|Not quite):/)
      expect(feedback.textContent).toMatch(i % 2 === 0 ? /^Right/ : /^Not quite/)
      expect(store().causeId).toBe(q.correct)
      expect(store().announcement).toBe(feedback.textContent)
      // The explanation of the right cause opens below the feedback.
      expect(screen.getByRole('heading', { level: 2, name: findCause(q.correct)!.name })).toBeDefined()
      const next = screen.getByRole('button', { name: i === 9 ? 'See the score' : 'Next question' })
      expect(document.activeElement).toBe(next)
      await user.keyboard('{Enter}')
    }
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('You got 5 of 10 right')
    expect(within(quizCard()).getAllByText('✓ Right')).toHaveLength(5)
  })

  it('starts a new set from the end screen and leaves when asked, keeping the view', async () => {
    const user = userEvent.setup()
    open('which-cause')
    for (let i = 0; i < 10; i++) {
      await user.click(screen.getAllByRole('radio')[0]!)
      await user.click(screen.getByRole('button', { name: 'Check the answer' }))
      await user.click(screen.getByRole('button', { name: /^(Next question|See the score)$/ }))
    }
    await user.click(screen.getByRole('button', { name: 'Try 10 new questions' }))
    expect(store().activity).toMatchObject({ kind: 'quiz', quiz: 'which-cause' })
    expect(store().activity).not.toEqual({ kind: 'quiz', quiz: 'which-cause', seed: SEED })
    expect(screen.getByText('Question 1 of 10')).toBeDefined()
    await user.click(screen.getByRole('button', { name: 'Leave the self-test' }))
    expect(store().activity).toBeNull()
  })
})

describe('QuizPanel: where is it felt?', () => {
  it('lights the structure without selecting it, then marks every option and opens its explanation', async () => {
    const user = userEvent.setup()
    const [q] = open('where-felt') as WhereFeltQuestion[]
    expect([...store().spotlightIds]).toEqual(q!.structureIds)
    expect(store().selectedId).toBeNull()
    // Tick all but one right place: not quite.
    for (const area of q!.correct.slice(1)) {
      await user.click(screen.getByRole('checkbox', { name: q!.options.find((o) => o.id === area)!.label }))
    }
    await user.click(screen.getByRole('button', { name: 'Check the answer' }))
    expect(screen.getByText(/^Not quite:/)).toBeDefined()
    const missed = q!.options.find((o) => o.id === q!.correct[0])!
    // Answered: the boxes can no longer change (the fieldset is disabled).
    expect(screen.getByRole('checkbox', { name: `${missed.label}, ✓ also right` }).matches(':disabled')).toBe(true)
    expect(store().selectedId).toBe(q!.structureIds[0])
    expect(screen.getByRole('heading', { name: 'Where you feel it' })).toBeDefined()
  })

  it('counts all the right places, and only them, as right', async () => {
    const user = userEvent.setup()
    const [q] = open('where-felt') as WhereFeltQuestion[]
    for (const area of q!.correct) {
      await user.click(screen.getByRole('checkbox', { name: q!.options.find((o) => o.id === area)!.label }))
    }
    await user.click(screen.getByRole('button', { name: 'Check the answer' }))
    expect(screen.getByText(/^Right:/)).toBeDefined()
  })
})

describe('QuizPanel: find it', () => {
  it('peels to the structure’s layer, and takes a pick on the model or in the tree as the answer', async () => {
    const user = userEvent.setup()
    const questions = open('find-it') as FindItQuestion[]
    const [first, second] = questions
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(first!.prompt)
    expect([...store().hiddenLayers]).toEqual(LAYERS.slice(0, LAYERS.indexOf(first!.layers)))
    expect(store().camera.kind).toBe('view')
    // A pick (the model's click handler and the tree both call select).
    act(() => store().select(first!.answers.at(-1)!))
    expect(screen.getByText(/^Right: that is the /)).toBeDefined()
    expect(store().selectedId).toBe(first!.answers.at(-1))
    await user.click(screen.getByRole('button', { name: 'Next question' }))
    expect(store().selectedId).toBeNull()
    // A wrong pick: the right structure is selected for the explanation.
    const wrong = second!.contentId === 'coccyx' ? 'sacrum' : 'coccyx'
    act(() => store().select(wrong))
    expect(screen.getByText(/^Not quite: you picked the /)).toBeDefined()
    expect(store().selectedId).toBe(second!.answers[0])
    expect(screen.getByText('Question 2 of 10')).toBeDefined()
  })

  it('lets a keyboard user give up and be shown the structure', async () => {
    const user = userEvent.setup()
    const [first] = open('find-it') as FindItQuestion[]
    await user.click(screen.getByRole('button', { name: 'Show me' }))
    expect(screen.getByText(/^Not quite: no structure was picked\./)).toBeDefined()
    expect(store().selectedId).toBe(first!.answers[0])
  })
})
