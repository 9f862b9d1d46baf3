import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterNextFrame } from '../../../src/scene/next-frame'

describe('afterNextFrame (the WebGL context is created at the start of a frame)', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('resolves when the next frame starts, not before', async () => {
    vi.useFakeTimers()
    let frame: FrameRequestCallback | undefined
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frame = callback
      return 1
    })
    let done = false
    const waiting = afterNextFrame(500).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(100)
    expect(done).toBe(false)
    frame?.(0)
    await waiting
    expect(done).toBe(true)
  })

  it('gives up waiting after the fallback where no frame comes (a hidden tab)', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', () => 1)
    let done = false
    void afterNextFrame(500).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(499)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })
})
