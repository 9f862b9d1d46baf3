import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ToursDialog } from '../../../src/ui/ToursDialog'
import { useExplorerStore } from '../../../src/store/explorer-store'
import { TOURS } from '../../../src/domain/tours'
import { QUIZ_KIND_INFO } from '../../../src/domain/quiz'
import { saveTourProgress } from '../../../src/ui/tour-progress'

const initial = useExplorerStore.getState()
const store = () => useExplorerStore.getState()

beforeAll(() => {
  // jsdom has no modal dialogs: open and close them as attributes.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})
beforeEach(() => {
  useExplorerStore.setState(initial, true)
  localStorage.clear()
})
afterEach(cleanup)

describe('ToursDialog', () => {
  it('lists every tour with what it covers and its length, and starts one at step 1', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    render(<ToursDialog open onClose={onClose} />)
    const dialog = screen.getByRole('dialog', { name: 'Tours and self-test' })
    for (const tour of TOURS) {
      const button = within(dialog).getByRole('button', { name: tour.title })
      expect(button.getAttribute('aria-describedby')).toBeTruthy()
      const summary = document.getElementById(button.getAttribute('aria-describedby')!)!
      expect(summary.textContent).toBe(`${tour.summary} ${tour.steps.length} steps.`)
    }
    await user.click(within(dialog).getByRole('button', { name: TOURS[5]!.title }))
    expect(onClose).toHaveBeenCalled()
    expect(store().activity).toEqual({ kind: 'tour', tourId: TOURS[5]!.id, step: 1 })
  })

  it('offers to resume the tour left halfway on this device', async () => {
    const user = userEvent.setup()
    saveTourProgress({ tourId: 'stenosis', step: 4 })
    render(<ToursDialog open onClose={() => {}} />)
    const stenosis = TOURS.find((t) => t.id === 'stenosis')!
    await user.click(
      screen.getByRole('button', { name: `Resume “${stenosis.title}” at step 4 of ${stenosis.steps.length}` })
    )
    expect(store().activity).toEqual({ kind: 'tour', tourId: 'stenosis', step: 4 })
  })

  it('offers no resume when nothing is remembered or the tour was left at its start', () => {
    saveTourProgress({ tourId: 'stenosis', step: 1 })
    render(<ToursDialog open onClose={() => {}} />)
    expect(screen.queryByRole('button', { name: /^Resume/ })).toBeNull()
  })

  it('starts each kind of self-test with a fresh seed', async () => {
    const user = userEvent.setup()
    render(<ToursDialog open onClose={() => {}} />)
    await user.click(screen.getByRole('button', { name: QUIZ_KIND_INFO['where-felt'].title }))
    const activity = store().activity
    expect(activity).toMatchObject({ kind: 'quiz', quiz: 'where-felt' })
    expect(Number.isInteger(activity?.kind === 'quiz' ? activity.seed : NaN)).toBe(true)
  })
})
