import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TourPlayer } from '../../../src/ui/TourPlayer'
import { useExplorerStore } from '../../../src/store/explorer-store'
import { findTour } from '../../../src/domain/tours'
import { findSource } from '../../../src/domain/sources'
import { RED_FLAGS } from '../../../src/domain/red-flags'
import { TOUR_PROGRESS_KEY, readTourProgress } from '../../../src/ui/tour-progress'
import type { TourId } from '../../../src/domain/activities'

const initial = useExplorerStore.getState()
beforeEach(() => {
  useExplorerStore.setState(initial, true)
  localStorage.clear()
})
afterEach(cleanup)

const store = () => useExplorerStore.getState()

function open(tourId: TourId, step = 1) {
  store().setActivity({ kind: 'tour', tourId, step })
  return render(<TourPlayer />)
}

const stepTitle = () => screen.getByRole('heading', { level: 2 }).textContent

describe('TourPlayer', () => {
  it('shows the step, its progress and sources, puts it on screen and announces it', () => {
    const tour = findTour('sciatica')!
    open('sciatica')
    const first = tour.steps[0]!
    expect(stepTitle()).toBe(first.title)
    expect(screen.getByText(`Step 1 of ${tour.steps.length}`)).toBeDefined()
    expect(screen.getByRole('progressbar', { name: 'Tour progress' }).getAttribute('aria-valuenow')).toBe('1')
    for (const id of first.sources) expect(screen.getByRole('button', { name: findSource(id)!.short })).toBeDefined()
    expect(store().causeId).toBe('sciatica')
    expect(store().camera).toMatchObject({ kind: 'frame-set', from: 'back' })
    expect(store().announcement).toBe(`Tour step 1 of ${tour.steps.length}: ${first.title}. ${first.text}`)
    // Keyboard users land in the tour.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }))
  })

  it('moves with Next and Previous, staging each step, and the first step cannot go back', async () => {
    const user = userEvent.setup()
    const tour = findTour('sciatica')!
    open('sciatica')
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveProperty('disabled', true)
    await user.click(screen.getByRole('button', { name: 'Next' }))
    expect(store().activity).toEqual({ kind: 'tour', tourId: 'sciatica', step: 2 })
    expect(stepTitle()).toBe(tour.steps[1]!.title)
    expect(store().selectedId).toBe(tour.steps[1]!.select)
    await user.click(screen.getByRole('button', { name: 'Previous' }))
    expect(stepTitle()).toBe(tour.steps[0]!.title)
    // Previous is now disabled: the focus stays in the tour, on Next.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }))
  })

  it('answers the arrow keys and Enter, and Escape leaves with the view kept', async () => {
    const user = userEvent.setup()
    const tour = findTour('stenosis')!
    open('stenosis')
    await user.keyboard('{ArrowRight}')
    expect(stepTitle()).toBe(tour.steps[1]!.title)
    await user.keyboard('{ArrowRight}')
    await user.keyboard('{ArrowLeft}')
    expect(stepTitle()).toBe(tour.steps[1]!.title)
    screen.getByRole('heading', { level: 2 }).focus()
    await user.keyboard('{Enter}')
    expect(stepTitle()).toBe(tour.steps[2]!.title)
    const shown = { selectedId: store().selectedId, hiddenLayers: store().hiddenLayers }
    await user.keyboard('{Escape}')
    expect(store().activity).toBeNull()
    expect(store()).toMatchObject(shown)
    expect(store().announcement).toMatch(/^Left the tour/)
    // Left halfway: this device remembers where, to resume.
    expect(readTourProgress()).toEqual({ tourId: 'stenosis', step: 3 })
  })

  it('offers Finish on the last step, which ends the tour and forgets the progress', async () => {
    const user = userEvent.setup()
    const tour = findTour('trigger-points')!
    open('trigger-points', tour.steps.length)
    expect(localStorage.getItem(TOUR_PROGRESS_KEY)).not.toBeNull()
    await user.click(screen.getByRole('button', { name: 'Finish' }))
    expect(store().activity).toBeNull()
    expect(readTourProgress()).toBeNull()
    expect(store().announcement).toMatch(/^Tour finished/)
  })

  it('opens the first step, with a polite message, for a step the tour does not have', () => {
    const tour = findTour('joint-problems')!
    open('joint-problems', 42)
    expect(stepTitle()).toBe(tour.steps[0]!.title)
    expect(store().activity).toEqual({ kind: 'tour', tourId: 'joint-problems', step: 1 })
    expect(store().notice).toBe(
      `The tour “${tour.title}” has ${tour.steps.length} steps, so there is no step 42. It starts at step 1.`
    )
  })

  it('lists a step’s warning signs with what to do, and opens the urgent-help list', async () => {
    const user = userEvent.setup()
    const tour = findTour('urgent-help')!
    const n = tour.steps.findIndex((s) => s.redFlags?.includes('saddle-anaesthesia')) + 1
    open('urgent-help', n)
    const signs = screen.getByRole('region', { name: 'Warning signs' })
    const flag = RED_FLAGS.find((f) => f.id === 'saddle-anaesthesia')!
    expect(within(signs).getByText(flag.sign, { exact: false })).toBeDefined()
    expect(within(signs).getAllByText(flag.action).length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: 'Open the list of warning signs' }))
    expect(store().redFlagsOpen).toBe(true)
  })

  it('shows nothing without a tour', () => {
    const { container } = render(<TourPlayer />)
    expect(container.innerHTML).toBe('')
  })
})
