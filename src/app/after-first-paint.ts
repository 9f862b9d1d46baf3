/** Longest wait for the first paint (a page opened in a background tab does not paint). */
const FALLBACK_MS = 3000

/** Longest wait for what the page shows first (the poster, a panel's title) to paint: it may never show. */
const ELEMENT_FALLBACK_MS = 1500

/**
 * Resolves once the browser reports a performance entry of `type` that `matches`, or after
 * `fallbackMs` where none comes. Resolves at once where the browser does not report that type.
 */
function afterEntry(type: string, matches: (entry: PerformanceEntry) => boolean, fallbackMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const types = typeof PerformanceObserver === 'function' ? PerformanceObserver.supportedEntryTypes : []
    if (!types?.includes(type)) {
      resolve()
      return
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some(matches)) done()
    })
    const timer = window.setTimeout(done, fallbackMs)
    function done() {
      observer.disconnect()
      window.clearTimeout(timer)
      resolve()
    }
    observer.observe({ type, buffered: true })
  })
}

let firstPaint: Promise<void> | undefined

/**
 * Resolves once the browser has painted the page's text (first-contentful-paint), so that
 * heavy downloads started afterwards (the 3D code and the model) do not hold that paint up on a
 * slow connection. Resolves at once where paint timing is not available.
 */
export function afterFirstPaint(): Promise<void> {
  firstPaint ??= afterEntry('paint', (entry) => entry.name === 'first-contentful-paint', FALLBACK_MS)
  return firstPaint
}

/**
 * Resolves once the browser has painted the element marked `elementtiming={identifier}` (Element
 * Timing, reported when the frame is on screen), or after a short wait where it never is or the
 * browser does not report it.
 */
export function afterElementPainted(identifier: string): Promise<void> {
  const named = (entry: PerformanceEntry) =>
    (entry as PerformanceEntry & { identifier?: string }).identifier === identifier
  return afterEntry('element', named, ELEMENT_FALLBACK_MS)
}
