import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TOUR_PROGRESS_KEY, clearTourProgress, readTourProgress, saveTourProgress } from '../../../src/ui/tour-progress'

beforeEach(() => localStorage.clear())
afterEach(() => vi.restoreAllMocks())

describe('tour progress on this device', () => {
  it('remembers the tour and step, reads them back, and forgets them when the tour is finished', () => {
    expect(readTourProgress()).toBeNull()
    expect(saveTourProgress({ tourId: 'sciatica', step: 4 })).toBe(true)
    expect(readTourProgress()).toEqual({ tourId: 'sciatica', step: 4 })
    clearTourProgress()
    expect(readTourProgress()).toBeNull()
  })

  it('ignores what it did not write: broken JSON, an unknown tour, a step that is not a step', () => {
    for (const text of ['{', '"sciatica"', 'null', '{"tourId":"moon","step":2}', '{"tourId":"sciatica","step":0}']) {
      localStorage.setItem(TOUR_PROGRESS_KEY, text)
      expect(readTourProgress(), text).toBeNull()
    }
  })

  it('carries on without remembering when storage refuses or is blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    expect(saveTourProgress({ tourId: 'sciatica', step: 2 })).toBe(false)
    vi.restoreAllMocks()
    // Reading localStorage itself throws where the browser blocks storage for the site.
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    })
    expect(readTourProgress()).toBeNull()
    expect(saveTourProgress({ tourId: 'sciatica', step: 2 })).toBe(false)
    expect(() => clearTourProgress()).not.toThrow()
  })
})
