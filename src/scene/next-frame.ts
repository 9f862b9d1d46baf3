/**
 * Resolves when the browser starts its next frame, or after `fallbackMs` where no frame comes (a
 * hidden tab, or no `requestAnimationFrame` at all).
 *
 * Work that waits on the GPU process inside a main-thread task (creating the WebGL context) waits
 * behind whatever frame of the page that process is still compositing; under software GL a cold
 * frame takes it 50–300 ms. The next frame starts only once the one in flight is done, so waiting
 * for it spends that time idle, with input still answered, instead of inside one long task.
 */
export function afterNextFrame(fallbackMs = 500): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}
