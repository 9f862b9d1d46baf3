import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, renderHook } from '@testing-library/react'
import { openLink, useUrlSync } from '../../../src/app/use-url-sync'
import { useExplorerStore } from '../../../src/store/explorer-store'
import { findPosePreset, NEUTRAL_POSE, NEUTRAL_POSE_STATE } from '../../../src/domain/movement'

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

describe('opening a link before the interface renders', () => {
  it('puts the link in the store once: the hook that mounts after it changes nothing', () => {
    history.replaceState(null, '', '/?structure=l4&cause=sciatica')
    expect(openLink()).toBeNull()
    expect(store().selectedId).toBe('l4')
    const opened = store()
    renderHook(() => useUrlSync())
    expect(store()).toBe(opened)
  })

  it('applies the link again where the store no longer shows it, and reports its problems each time', () => {
    history.replaceState(null, '', '/?structure=no-such-bone')
    const problems = openLink()
    expect(problems).toMatch(/no-such-bone/)
    store().select('l2')
    renderHook(() => useUrlSync())
    expect(store().selectedId).toBeNull()
    expect(store().notice).toBe(problems)
  })
})

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

  it('leaves an address that is already tidy alone, and rewrites one that is not', () => {
    const replace = vi.spyOn(history, 'replaceState')
    try {
      history.replaceState(null, '', '/?cause=sciatica')
      replace.mockClear()
      renderHook(() => useUrlSync())
      expect(replace).not.toHaveBeenCalled()
      cleanup()
      history.replaceState(null, '', '/?structure=l4')
      replace.mockClear()
      renderHook(() => useUrlSync())
      expect(replace).toHaveBeenCalledTimes(1)
      expect(location.search).toBe('?structure=l4&xray=1')
    } finally {
      replace.mockRestore()
    }
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

describe('URL sync with the pose', () => {
  it('opens a posed link with the rest of the view, and writes it back the same', () => {
    openAt('?pose=sitting-slumped&structure=l4-l5-disc')
    expect(store().pose.presetId).toBe('sitting-slumped')
    expect(store().selectedId).toBe('l4-l5-disc')
    expect(store().movementOpen).toBe(true)
    expect(location.search).toBe('?structure=l4-l5-disc&xray=1&pose=sitting-slumped')
  })

  it('answers an unknown movement politely and shows the spine standing', () => {
    openAt('?pose=moonwalk&view=back')
    expect(store().pose).toEqual(NEUTRAL_POSE_STATE)
    expect(store().view).toBe('back')
    expect(store().notice).toContain('“moonwalk”')
    expect(location.search).toBe('?view=back')
  })

  it('makes one history entry for a slider adjustment, and one each for a posture and Reset', () => {
    const added = openAt('?view=back')
    const bend = (amount: number) => ({ pose: { ...NEUTRAL_POSE, bend: amount }, presetId: null })
    for (const step of [0.05, 0.1, 0.15, 0.2]) act(() => store().setPose(bend(step)))
    expect(location.search).toBe('?view=back&pose=flexion&amount=0.2')
    expect(added()).toBe(1)
    const slumped = findPosePreset('sitting-slumped')!
    act(() => store().setPose({ pose: slumped.pose, presetId: slumped.id }))
    expect(location.search).toBe('?view=back&pose=sitting-slumped')
    expect(added()).toBe(2)
    // Moving a slider away from a posture starts a new adjustment.
    act(() => store().setPose(bend(0.3)))
    act(() => store().setPose(bend(0.35)))
    expect(added()).toBe(3)
    act(() => store().setPose(NEUTRAL_POSE_STATE))
    expect(location.search).toBe('?view=back')
    expect(added()).toBe(4)
    // Another kind of change in between ends the adjustment.
    act(() => store().setPose(bend(0.1)))
    act(() => store().setXray(true))
    act(() => store().setPose(bend(0.2)))
    expect(added()).toBe(7)
  })

  it('follows Back to the pose before', () => {
    openAt('?pose=extension&amount=0.8')
    act(() => store().setPose(NEUTRAL_POSE_STATE))
    expect(location.search).toBe('')
    act(() => {
      history.replaceState(null, '', '/?pose=extension&amount=0.8')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(store().pose).toEqual({ pose: { ...NEUTRAL_POSE, bend: -0.8 }, presetId: null })
    expect(location.search).toBe('?pose=extension&amount=0.8')
  })
})
