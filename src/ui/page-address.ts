import { useState, useSyncExternalStore } from 'react'
import { isEmbedded } from '../domain/deep-link'

/**
 * The page the build prerenders into `index.html` (`src/app/prerender.tsx`): the default view at
 * the site's root. The client's first render hydrates that markup, so it must render the same,
 * whatever address the page was really opened at; the real one takes over right after.
 */
export const PRERENDERED_PAGE = { search: '', origin: '', pathname: import.meta.env.BASE_URL } as const

const noChanges = () => () => {}

/**
 * True while React renders the prerendered page (at build time) or hydrates it in the browser,
 * false in every render after: `getServerSnapshot` is what React uses in both, and it renders
 * again at once where the browser's snapshot differs.
 */
export function useRendersPrerenderedPage(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => false,
    () => true
  )
}

/**
 * The query string the page was opened with, read once: later changes are the user's own. While
 * the prerendered page hydrates, the prerendered page's.
 */
export function useOpeningSearch(): string {
  const [opening] = useState(() => (typeof location === 'undefined' ? PRERENDERED_PAGE.search : location.search))
  return useRendersPrerenderedPage() ? PRERENDERED_PAGE.search : opening
}

/**
 * Whether the page was opened embedded (`?embed=1`). Such a page lays out differently from the
 * prerendered one, so it is rendered afresh, not hydrated (`start-app.tsx`).
 */
export function opensEmbedded(): boolean {
  return typeof location !== 'undefined' && isEmbedded(location.search)
}

/** The page's origin and path, for absolute links; while the prerendered page hydrates, the prerendered page's. */
export function usePageAddress(): { origin: string; pathname: string } {
  return useRendersPrerenderedPage() ? PRERENDERED_PAGE : location
}
