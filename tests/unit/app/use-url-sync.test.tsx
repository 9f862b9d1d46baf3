import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { act, cleanup, renderHook } from '@testing-library/react'
import { useUrlSync } from '../../../src/app/use-url-sync'
import { useExplorerStore } from '../../../src/store/explorer-store'

const initial = useExplorerStore.getState()
const store = () => useExplorerStore.getState()

beforeEach(() => useExplorerStore.setState(initial, true))
afterEach(cleanup)

/** Opens the app at a link; returns a function that reads how many entries were added since. */
function openAt(search: string): () => number {
  history.replaceState(null, '', `/${search}`)
  const start = history.length
  renderHook(() => useUrlSync())
  return () => history.length - start
}

describe('URL sync with tours and self-tests', () => {
  it('opens a tour step from its link', () => {
    openAt('?tour=sciatica&step=2')
    expect(store().activity).toEqual({ kind: 'tour', tourId: 'sciatica', step: 2 })
    expect(location.search).toBe('?tour=sciatica&step=2')
  })

  it('adds one history entry to start a tour, replaces it between steps, and adds one to leave', () => {
    const added = openAt('?structure=l4')
    act(() => store().setActivity({ kind: 'tour', tourId: 'stenosis', step: 1 }))
    expect(location.search).toBe('?tour=stenosis&step=1')
    expect(added()).toBe(1)
    act(() => store().setActivity({ kind: 'tour', tourId: 'stenosis', step: 2 }))
    act(() => store().setActivity({ kind: 'tour', tourId: 'stenosis', step: 3 }))
    expect(location.search).toBe('?tour=stenosis&step=3')
    expect(added()).toBe(1)
    // What a step stages does not touch the address while the tour runs.
    act(() => store().select('l5'))
    expect(location.search).toBe('?tour=stenosis&step=3')
    act(() => store().setActivity(null))
    expect(location.search).toBe('?structure=l5&xray=1')
    expect(added()).toBe(2)
  })

  it('gives a self-test link without a seed one, so the run can be repeated', () => {
    openAt('?quiz=find-it')
    const activity = store().activity
    expect(activity).toMatchObject({ kind: 'quiz', quiz: 'find-it' })
    expect(location.search).toBe(`?quiz=find-it&seed=${activity?.kind === 'quiz' ? activity.seed : ''}`)
  })

  it('answers an unknown tour with the polite message and the default view', () => {
    openAt('?tour=moon-walk&step=2')
    expect(store().activity).toBeNull()
    expect(store().notice).toContain('“moon-walk”')
    expect(location.search).toBe('')
  })

  it('follows Back out of a tour to the view before it', () => {
    openAt('?cause=sciatica')
    act(() => store().setActivity({ kind: 'tour', tourId: 'sciatica', step: 1 }))
    act(() => {
      history.replaceState(null, '', '/?cause=sciatica')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(store().activity).toBeNull()
    expect(store().causeId).toBe('sciatica')
  })
})
