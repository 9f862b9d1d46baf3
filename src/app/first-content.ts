import { POSTER_ELEMENT_TIMING } from '../ui/poster-element'
import { opensOtherThanDefaultView } from './opening-link'

const POSTER_SELECTOR = `[elementtiming="${POSTER_ELEMENT_TIMING}"]`

/**
 * Whether the page shows the poster: it is in the page (prerendered, or rendered by React on the
 * default view), and the opening link does not hide it (a deep link does until its page is on
 * screen, see `opening-link.ts`). A hidden poster never paints, so nothing should wait for it.
 */
export function posterShows(): boolean {
  return document.querySelector(POSTER_SELECTOR) !== null && !opensOtherThanDefaultView()
}
