/**
 * Tours and the self-test, as one lazily loaded chunk: the list, the tour player and the quiz
 * share their data (the tours, the question generators), so they arrive together when any of
 * them is first opened, and nothing of them is in the page's first download.
 */
export { ToursDialog } from './ToursDialog'
export { TourPlayer } from './TourPlayer'
export { QuizPanel } from './QuizPanel'
