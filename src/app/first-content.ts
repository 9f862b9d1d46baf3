import { POSTER_ELEMENT_TIMING } from '../ui/poster-element'
import { opensOtherThanDefaultView } from './opening-link'

const POSTER_SELECTOR = `img[elementtiming="${POSTER_ELEMENT_TIMING}"]`

/**
 * Whether the prerendered page shows the poster: it is in the page, and the opening link (a deep
 * link hides it, see `opening-link.ts`) leaves it on screen. A hidden poster never paints.
 */
export function prerenderedPosterShows(): boolean {
  const poster = document.querySelector(POSTER_SELECTOR)
  return poster !== null && !opensOtherThanDefaultView()
}

/** Whether the page holds the poster now (prerendered or rendered by React). */
export function posterInPage(): boolean {
  return document.querySelector(POSTER_SELECTOR) !== null
}
