/**
 * The link's parameters by name, in a module of their own (no imports), so the build's Node side
 * (the page's first inline script, `src/app/opening-link.ts`) reads the same names as the app.
 */

/** The parameters the explorer writes; any other (`e2e`, `embed`) is kept as it is. */
export const OWNED_KEYS: ReadonlySet<string> = new Set([
  'structure',
  'cause',
  'view',
  'hide',
  'xray',
  'isolate',
  'pose',
  'amount',
  'tour',
  'step',
  'quiz',
  'seed',
])

/**
 * Parameters whose link opens the explanation panel as it first shows (a structure, a bent spine's
 * movement controls, a tour or a self-test); a cause or a view alone leaves it as it is.
 */
export const PANEL_OPENING_KEYS: readonly string[] = ['structure', 'pose', 'tour', 'quiz']

/**
 * The parameter that turns on the embedded layout. Not in `OWNED_KEYS`: the URL tidying keeps it
 * as it is, so an embedded page stays embedded as its state changes.
 */
export const EMBED_KEY = 'embed'

/** Whether a link asks for the embedded layout (`embed=1`, the first `embed` parameter). */
export function isEmbedded(search: string): boolean {
  return new URLSearchParams(search).get(EMBED_KEY) === '1'
}
