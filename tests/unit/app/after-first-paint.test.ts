import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterElementPainted } from '../../../src/app/after-first-paint'

type Deliver = (entries: Partial<PerformanceEntry & { identifier: string }>[]) => void

/** A PerformanceObserver that reports element entries when the test says so. */
function fakeObserver(): { deliver: Deliver } {
  const observers: ((entries: PerformanceEntry[]) => void)[] = []
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'element']
    constructor(private readonly callback: (list: { getEntries(): PerformanceEntry[] }) => void) {}
    observe(): void {
      observers.push((entries) => this.callback({ getEntries: () => entries }))
    }
    disconnect(): void {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver)
  return { deliver: (entries) => observers.forEach((notify) => notify(entries as PerformanceEntry[])) }
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('waiting for a panel title to paint before the model download', () => {
  it('resolves when the browser reports that element painted, not another one', async () => {
    vi.useFakeTimers()
    const { deliver } = fakeObserver()
    let done = false
    void afterElementPainted('structure-title').then(() => (done = true))
    deliver([{ entryType: 'element', identifier: 'cause-title' }])
    await vi.advanceTimersByTimeAsync(10)
    expect(done).toBe(false)
    deliver([{ entryType: 'element', identifier: 'structure-title' }])
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(true)
  })

  it('gives up waiting after a moment where the element never paints', async () => {
    vi.useFakeTimers()
    fakeObserver()
    let done = false
    void afterElementPainted('structure-title').then(() => (done = true))
    await vi.advanceTimersByTimeAsync(1000)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(600)
    expect(done).toBe(true)
  })
})
