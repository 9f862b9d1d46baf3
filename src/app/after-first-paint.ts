/** Longest wait for the first paint (a page opened in a background tab does not paint). */
const FALLBACK_MS = 3000

let firstPaint: Promise<void> | undefined

/**
 * Resolves once the browser has painted the page's text (first-contentful-paint), so that
 * heavy downloads started afterwards (the 3D code and the model) do not hold that paint up on a
 * slow connection. Resolves at once where paint timing is not available.
 */
export function afterFirstPaint(): Promise<void> {
  firstPaint ??= new Promise<void>((resolve) => {
    const types = typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : []
    if (!types?.includes('paint')) {
      resolve()
      return
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done()
    })
    const timer = window.setTimeout(done, FALLBACK_MS)
    function done() {
      observer.disconnect()
      window.clearTimeout(timer)
      resolve()
    }
    observer.observe({ type: 'paint', buffered: true })
  })
  return firstPaint
}
