import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react'
import { randomSeed, type QuizKind } from '../domain/activities'
import {
  QUIZ_KIND_INFO,
  feedbackOf,
  generateQuiz,
  isRightAnswer,
  sceneOfQuestion,
  type QuizQuestion,
  type WhereFeltQuestion,
  type WhichCauseQuestion,
} from '../domain/quiz'
import { useExplorerStore } from '../store/explorer-store'
import { StructurePanel } from './StructurePanel'
import './learn.css'

/**
 * The self-test under way, in the explanation panel: one question at a time, feedback after
 * each answer with the right explanation opened below it, and the score at the end. Everything
 * works from the keyboard; for "find it", choosing the structure in the Structures list counts
 * like clicking it on the model.
 */
export function QuizPanel() {
  const activity = useExplorerStore((s) => s.activity)
  if (activity?.kind !== 'quiz') return null
  // A new kind or seed is a new run, with its own answers.
  return <QuizRun key={`${activity.quiz}:${activity.seed}`} kind={activity.quiz} seed={activity.seed} />
}

function QuizRun({ kind, seed }: { kind: QuizKind; seed: number }) {
  const questions = useMemo(() => generateQuiz(kind, seed), [kind, seed])
  const [answers, setAnswers] = useState<readonly (readonly string[])[]>([])
  const [index, setIndex] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)
  const nextButton = useRef<HTMLButtonElement>(null)
  const question = questions[index]
  const answer = answers[index]
  const answered = answer !== undefined
  // An answer is taken once, even if the store reports the pick again before React re-renders.
  const taken = useRef(-1)

  // Each question is put on screen when it opens, and read out.
  useEffect(() => {
    if (!question) return
    const store = useExplorerStore.getState()
    store.stage(sceneOfQuestion(question))
    store.announce(`Question ${index + 1} of ${questions.length}: ${question.prompt}`)
    heading.current?.focus()
  }, [question, index, questions.length])

  const submit = (value: readonly string[]) => {
    if (!question || taken.current === index) return
    taken.current = index
    setAnswers((previous) => [...previous, value])
    // The feedback opens the right explanation: the structure, or the cause the clues describe.
    const store = useExplorerStore.getState()
    if (question.kind === 'find-it') {
      const picked = value[0]
      store.select(picked && question.answers.includes(picked) ? picked : question.answers[0]!)
    } else if (question.kind === 'where-felt') store.select(question.structureIds[0]!)
    else store.setCause(question.correct)
    store.announce(feedbackOf(question, value))
  }

  // "Find it": a pick on the model or in the Structures list is the answer.
  useEffect(() => {
    if (question?.kind !== 'find-it' || answered) return
    return useExplorerStore.subscribe((state, previous) => {
      if (state.selectedId && state.selectedId !== previous.selectedId) submit([state.selectedId])
    })
  })

  useEffect(() => {
    if (answered) nextButton.current?.focus()
  }, [answered])

  const finished = question === undefined
  useEffect(() => {
    if (finished) heading.current?.focus()
  }, [finished])

  const leave = () => {
    const store = useExplorerStore.getState()
    store.setActivity(null)
    store.announce('Left the self-test.')
  }
  const title = QUIZ_KIND_INFO[kind].title

  if (finished) {
    const score = answers.filter((a, i) => isRightAnswer(questions[i]!, a)).length
    return (
      <section className="quiz" aria-labelledby="quiz-title">
        <p className="tour__kicker">Self-test: {title}</p>
        <h2 id="quiz-title" ref={heading} tabIndex={-1}>
          You got {score} of {questions.length} right
        </h2>
        <ol className="quiz__summary">
          {questions.map((q, i) => {
            const right = isRightAnswer(q, answers[i] ?? [])
            return (
              <li key={q.id}>
                <span className={right ? 'quiz__mark--right' : 'quiz__mark--wrong'}>
                  {right ? '✓ Right' : '✗ Not quite'}
                </span>{' '}
                {q.prompt}
              </li>
            )
          })}
        </ol>
        <div className="tour__nav">
          <button
            type="button"
            onClick={() => useExplorerStore.getState().setActivity({ kind: 'quiz', quiz: kind, seed: randomSeed() })}
          >
            Try {questions.length} new questions
          </button>
          <button type="button" onClick={leave}>
            Leave the self-test
          </button>
        </div>
      </section>
    )
  }

  const last = index === questions.length - 1
  return (
    <>
      <section className="quiz" aria-labelledby="quiz-title">
        <p className="tour__kicker">Self-test: {title}</p>
        <p className="tour__progress">
          Question {index + 1} of {questions.length}
        </p>
        <h2 id="quiz-title" ref={heading} tabIndex={-1}>
          {question.prompt}
        </h2>
        {question.kind === 'find-it' && !answered && (
          <>
            <p>Click it on the model, or choose it in the Structures list. Turn the model to look around it.</p>
            <button type="button" onClick={() => submit([])}>
              Show me
            </button>
          </>
        )}
        {question.kind === 'where-felt' && (
          <WhereFeltForm key={question.id} question={question} answer={answer} onAnswer={submit} />
        )}
        {question.kind === 'which-cause' && (
          <WhichCauseForm key={question.id} question={question} answer={answer} onAnswer={submit} />
        )}
        {answered && (
          <>
            <p className={`quiz__feedback quiz__feedback--${isRightAnswer(question, answer) ? 'right' : 'wrong'}`}>
              {feedbackOf(question, answer)}
            </p>
            <button
              ref={nextButton}
              type="button"
              className="tour__next"
              onClick={() => {
                taken.current = -1
                setIndex(index + 1)
              }}
            >
              {last ? 'See the score' : 'Next question'}
            </button>
          </>
        )}
        <div className="tour__nav">
          <button type="button" onClick={leave}>
            Leave the self-test
          </button>
        </div>
      </section>
      {answered && <StructurePanel />}
    </>
  )
}

interface FormProps<Q extends QuizQuestion> {
  question: Q
  /** The answer given, once there is one. */
  answer: readonly string[] | undefined
  onAnswer(value: readonly string[]): void
}

/** A mark after each option once answered, in words as well as colour. */
function OptionMark({ picked, right }: { picked: boolean; right: boolean }) {
  if (right) return <span className="quiz__mark--right">{picked ? ', ✓ right' : ', ✓ also right'}</span>
  if (picked) return <span className="quiz__mark--wrong">, ✗ not right</span>
  return null
}

function WhereFeltForm({ question, answer, onAnswer }: FormProps<WhereFeltQuestion>) {
  const [ticked, setTicked] = useState<readonly string[]>([])
  const done = answer !== undefined
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    onAnswer(ticked)
  }
  return (
    <form onSubmit={onSubmit}>
      <fieldset className="quiz__options" disabled={done}>
        <legend>Places where pain can be felt</legend>
        {question.options.map((option) => {
          const inputId = `quiz-${option.id}`
          const picked = ticked.includes(option.id)
          return (
            <div key={option.id}>
              <input
                type="checkbox"
                id={inputId}
                checked={picked}
                onChange={() => setTicked(picked ? ticked.filter((t) => t !== option.id) : [...ticked, option.id])}
              />
              <label htmlFor={inputId}>
                {option.label}
                {done && (
                  <OptionMark picked={picked} right={(question.correct as readonly string[]).includes(option.id)} />
                )}
              </label>
            </div>
          )
        })}
      </fieldset>
      {!done && <button type="submit">Check the answer</button>}
    </form>
  )
}

function WhichCauseForm({ question, answer, onAnswer }: FormProps<WhichCauseQuestion>) {
  const [choice, setChoice] = useState<string | null>(null)
  const done = answer !== undefined
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (choice) onAnswer([choice])
  }
  return (
    <form onSubmit={onSubmit}>
      <h3>Clues</h3>
      <ul className="quiz__clues">
        {question.clues.map((clue) => (
          <li key={clue}>{clue}</li>
        ))}
      </ul>
      <fieldset className="quiz__options" disabled={done}>
        <legend>Causes</legend>
        {question.options.map((option) => {
          const inputId = `quiz-${option.id}`
          return (
            <div key={option.id}>
              <input
                type="radio"
                name="quiz-cause"
                id={inputId}
                value={option.id}
                checked={choice === option.id}
                onChange={() => setChoice(option.id)}
              />
              <label htmlFor={inputId}>
                {option.label}
                {done && <OptionMark picked={choice === option.id} right={option.id === question.correct} />}
              </label>
            </div>
          )
        })}
      </fieldset>
      {!done && (
        <button type="submit" disabled={!choice}>
          Check the answer
        </button>
      )}
    </form>
  )
}
