import 'react'

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged interface repeats React's type parameter
  interface HTMLAttributes<T> {
    /**
     * Element Timing: the browser reports when this element's text or picture (an image, a
     * background) was first painted
     * (`PerformanceObserver` of type `element`, by this identifier).
     */
    elementtiming?: string
  }
}
