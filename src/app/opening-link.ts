import { EMBED_KEY, isEmbedded, OWNED_KEYS, PANEL_OPENING_KEYS } from '../domain/link-keys.ts'
import { POSTER_PATH } from '../ui/poster-element.ts'

/**
 * Classes the page's first inline script puts on `<html>`, from the address alone, before the
 * prerendered page (the default view) first paints: `styles.css` then lays that page out as the
 * link will show it, so nothing moves when React has applied the link.
 *
 * - `opens-link`: the link shows something other than the default view (it has one of the
 *   explorer's own parameters). The poster (a picture of the default view) and the default
 *   explanation stay hidden.
 * - `opens-panel`: the link opens the explanation panel, so it is drawn at its open size.
 * - `opens-embed`: the embedded layout, which the page is rendered into afresh; nothing shows
 *   until then.
 */
export const OPENING_LINK_CLASSES = ['opens-link', 'opens-panel', 'opens-embed'] as const

const any = (keys: readonly string[]) => `${JSON.stringify(keys)}.some((k) => q.has(k))`

/**
 * The script, inline in the built page's `<head>` (its hash is in the Content-Security-Policy):
 * it must run before the first paint, which an external script would hold up by a round trip.
 * Where the link opens the default view it also preloads the poster (the page's largest picture,
 * a stylesheet background the browser would find late); a deep link never downloads it.
 */
export const OPENING_LINK_SCRIPT =
  `{const q = new URLSearchParams(location.search), c = document.documentElement.classList;` +
  `if (${any([...OWNED_KEYS])}) c.add('opens-link');` +
  `else {const l = document.createElement('link'); l.rel = 'preload'; l.setAttribute('as', 'image');` +
  ` l.setAttribute('fetchpriority', 'high'); l.href = '/${POSTER_PATH}'; document.head.append(l)}` +
  `if (${any(PANEL_OPENING_KEYS)}) c.add('opens-panel');` +
  `if (q.get('${EMBED_KEY}') === '1') c.add('opens-embed')}`

/** Whether the opening link shows something other than the default view (its class is still on). */
export function opensOtherThanDefaultView(): boolean {
  return document.documentElement.classList.contains('opens-link')
}

/** Takes the classes off once the page shows what the link names: its own classes lay it out from then on. */
export function settleOpeningLink(): void {
  document.documentElement.classList.remove(...OPENING_LINK_CLASSES)
}

/**
 * Whether the page shows the build's prerendered page until the interface's code runs, to be
 * hydrated: not on the dev server (its page is empty) nor on an embedded page (hidden until it is
 * rendered afresh). Read from the address itself, so it holds even where the inline script did not run.
 */
export function showsPrerenderedPage(): boolean {
  const root = document.getElementById('root')
  return root?.firstElementChild != null && !isEmbedded(location.search)
}
