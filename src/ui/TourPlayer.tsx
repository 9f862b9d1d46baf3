import { useEffect, useRef, type KeyboardEvent } from 'react'
import { RED_FLAGS, RED_FLAG_URGENCIES } from '../domain/red-flags'
import { findTour, sceneOfStep } from '../domain/tours'
import { useExplorerStore } from '../store/explorer-store'
import { GlossaryText } from './GlossaryText'
import { SourceList } from './SourceList'
import { clearTourProgress, saveTourProgress } from './tour-progress'
import './learn.css'

/**
 * The tour under way, at the top of the explanation panel: the step's heading and text, its
 * sources and any warning signs it names, "Step 3 of 7", and Previous / Next. With the focus in
 * it, the arrow keys move between steps, Enter goes on and Escape leaves; each step is announced
 * to screen readers. Every step is put on screen in one store change (layers, highlight, cause,
 * camera); leaving keeps what is on screen to explore from.
 */
export function TourPlayer() {
  const activity = useExplorerStore((s) => s.activity)
  const heading = useRef<HTMLHeadingElement>(null)
  const nextButton = useRef<HTMLButtonElement>(null)
  const tour = activity?.kind === 'tour' ? findTour(activity.tourId) : undefined
  const count = tour?.steps.length ?? 0
  const requested = activity?.kind === 'tour' ? activity.step : 0
  const stepNumber = requested >= 1 && requested <= count ? requested : 1
  const step = tour?.steps[stepNumber - 1]

  // A link to a step the tour does not have opens its first step, and says so.
  useEffect(() => {
    if (!tour || requested === stepNumber) return
    const store = useExplorerStore.getState()
    store.setNotice(
      `The tour “${tour.title}” has ${count} steps, so there is no step ${requested}. It starts at step 1.`
    )
    store.setActivity({ kind: 'tour', tourId: tour.id, step: 1 })
  }, [tour, requested, stepNumber, count])

  useEffect(() => {
    if (!tour || !step) return
    const store = useExplorerStore.getState()
    store.stage(sceneOfStep(step))
    store.announce(`Tour step ${stepNumber} of ${count}: ${step.title}. ${step.text}`)
    saveTourProgress({ tourId: tour.id, step: stepNumber })
  }, [tour, step, stepNumber, count])

  // Keyboard users land in the tour when it opens.
  const tourId = tour?.id
  useEffect(() => {
    if (tourId) heading.current?.focus()
  }, [tourId])

  if (!tour || !step) return null

  const goTo = (n: number) => useExplorerStore.getState().setActivity({ kind: 'tour', tourId: tour.id, step: n })
  const leave = () => {
    const store = useExplorerStore.getState()
    store.setActivity(null)
    store.announce(`Left the tour “${tour.title}”. The model stays as it is, to explore from here.`)
  }
  const finish = () => {
    clearTourProgress()
    const store = useExplorerStore.getState()
    store.setActivity(null)
    store.announce(`Tour finished: ${tour.title}. The model stays as it is, to explore from here.`)
  }
  const last = stepNumber === count
  const next = () => (last ? finish() : goTo(stepNumber + 1))
  const previous = () => {
    if (stepNumber === 1) return
    // Previous is disabled on the first step: keep the focus in the tour, on Next.
    if (stepNumber === 2) nextButton.current?.focus()
    goTo(stepNumber - 1)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const onControl = event.target instanceof HTMLElement && event.target.closest('button, a, input, select') !== null
    if (event.key === 'ArrowRight' && !last) next()
    else if (event.key === 'ArrowLeft') previous()
    // Enter on a button presses that button; anywhere else in the tour it goes on.
    else if (event.key === 'Enter' && !onControl) next()
    else if (event.key === 'Escape') leave()
    else return
    event.preventDefault()
  }

  const flags = (step.redFlags ?? []).flatMap((id) => RED_FLAGS.filter((f) => f.id === id))

  return (
    <section className="tour" aria-labelledby="tour-step-title" onKeyDown={onKeyDown}>
      <p className="tour__kicker">Tour: {tour.title}</p>
      <h2 id="tour-step-title" ref={heading} tabIndex={-1}>
        {step.title}
      </h2>
      <p className="tour__progress">
        Step {stepNumber} of {count}
      </p>
      <div
        className="tour__bar"
        role="progressbar"
        aria-label="Tour progress"
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={stepNumber}
        aria-valuetext={`Step ${stepNumber} of ${count}`}
      >
        <span style={{ width: `${(stepNumber / count) * 100}%` }} />
      </div>
      <p className="tour__text">
        <GlossaryText text={step.text} />
      </p>
      {flags.length > 0 && (
        <section className="tour__flags" aria-labelledby="tour-flags-title">
          <h3 id="tour-flags-title">Warning signs</h3>
          <ul>
            {flags.map((flag) => (
              <li key={flag.id}>
                <strong>{RED_FLAG_URGENCIES.find((u) => u.id === flag.urgency)?.label}.</strong> {flag.sign}{' '}
                <em>{flag.action}</em>
              </li>
            ))}
          </ul>
        </section>
      )}
      {flags.length > 0 && (
        <button
          type="button"
          className="red-flags-button tour__urgent"
          aria-keyshortcuts="Alt+U"
          onClick={() => useExplorerStore.getState().setRedFlagsOpen(true)}
        >
          Open the list of warning signs
        </button>
      )}
      <h3 className="tour__sources-title">Sources</h3>
      <SourceList ids={step.sources} />
      <div className="tour__nav">
        <button type="button" onClick={previous} disabled={stepNumber === 1} aria-keyshortcuts="ArrowLeft">
          Previous
        </button>
        <button
          ref={nextButton}
          type="button"
          className="tour__next"
          onClick={next}
          aria-keyshortcuts="ArrowRight Enter"
        >
          {last ? 'Finish' : 'Next'}
        </button>
        <button type="button" onClick={leave} aria-keyshortcuts="Escape">
          Leave tour
        </button>
      </div>
      <p className="tour__keys">Keys: ← and → move between steps, Enter goes on, Esc leaves.</p>
    </section>
  )
}
