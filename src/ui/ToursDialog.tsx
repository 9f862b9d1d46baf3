import { QUIZ_KINDS, randomSeed } from '../domain/activities'
import { QUESTIONS_PER_RUN, QUIZ_KIND_INFO } from '../domain/quiz'
import { TOURS, findTour } from '../domain/tours'
import { useExplorerStore } from '../store/explorer-store'
import { readTourProgress } from './tour-progress'
import { useModalDialog } from './use-modal-dialog'
import './learn.css'

export interface ToursDialogProps {
  open: boolean
  onClose(): void
}

/**
 * The list of guided tours and self-tests, opened from the header: each tour with what it covers
 * and its length, the tour left halfway (if this device remembers one) to resume, and the three
 * kinds of self-test. A modal dialog: Escape or Close returns to the page.
 */
export function ToursDialog({ open, onClose }: ToursDialogProps) {
  const dialog = useModalDialog(open)
  // Read afresh each time the list opens: a tour may have been left since.
  const progress = open ? readTourProgress() : null

  const start = (action: () => void) => {
    onClose()
    action()
  }
  const store = useExplorerStore.getState
  const resumable = progress ? findTour(progress.tourId) : undefined
  const resumeStep = resumable && progress && progress.step > 1 && progress.step <= resumable.steps.length

  return (
    <dialog ref={dialog} className="tours-dialog" aria-labelledby="tours-dialog-title" onClose={onClose}>
      <h2 id="tours-dialog-title">Tours and self-test</h2>
      {resumable && progress && resumeStep && (
        <p className="tours-dialog__resume">
          <button
            type="button"
            onClick={() =>
              start(() => store().setActivity({ kind: 'tour', tourId: resumable.id, step: progress.step }))
            }
          >
            Resume “{resumable.title}” at step {progress.step} of {resumable.steps.length}
          </button>
        </p>
      )}
      <h3>Guided tours</h3>
      <p>Each tour moves the model for you, one short step at a time. Leave at any point to explore from there.</p>
      <ul className="tours-dialog__list">
        {TOURS.map((tour) => (
          <li key={tour.id}>
            <button
              type="button"
              aria-describedby={`tour-summary-${tour.id}`}
              onClick={() => start(() => store().setActivity({ kind: 'tour', tourId: tour.id, step: 1 }))}
            >
              {tour.title}
            </button>
            <span id={`tour-summary-${tour.id}`} className="tours-dialog__summary">
              {tour.summary} {tour.steps.length} steps.
            </span>
          </li>
        ))}
      </ul>
      <h3>Test yourself</h3>
      <p>
        {QUESTIONS_PER_RUN} questions about the model and the causes of back pain, with the answer explained after each.
        They test what you learned; none of them is about your own pain.
      </p>
      <ul className="tours-dialog__list">
        {QUIZ_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              aria-describedby={`quiz-summary-${kind}`}
              onClick={() => start(() => store().setActivity({ kind: 'quiz', quiz: kind, seed: randomSeed() }))}
            >
              {QUIZ_KIND_INFO[kind].title}
            </button>
            <span id={`quiz-summary-${kind}`} className="tours-dialog__summary">
              {QUIZ_KIND_INFO[kind].description}
            </span>
          </li>
        ))}
      </ul>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}
