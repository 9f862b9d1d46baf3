import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { OPENING_LINK_SCRIPT } from '../app/opening-link.ts'

/** The CSP source that allows exactly this inline script and no other. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`
}

/**
 * The Content-Security-Policy of the built site, one directive per key. Everything the app needs
 * is on its own origin, so the policy is `'self'` with four exceptions:
 *
 * - `'wasm-unsafe-eval'`: the meshopt decoder (three's `meshopt_decoder.module.js`) compiles its
 *   embedded WebAssembly, in the app's own decoder worker (or on the main thread if that fails).
 *   That worker and the service worker are scripts of the site's own origin, not `blob:` URLs
 *   (meshoptimizer's `useWorkers` is not used), so `default-src 'self'` covers them: no
 *   `worker-src`.
 * - one inline script, allowed by its hash: the few lines in `<head>` that mark the page with what
 *   its link opens before the prerendered page first paints (`src/app/opening-link.ts`).
 * - `img-src blob:`: the print handout shows its snapshot of the 3D view as an object URL that the
 *   page itself made from its own canvas (`URL.createObjectURL`). No `data:` images: the favicon is
 *   the generated app icon and the model has no textures.
 * - `style-src 'self'` without `'unsafe-inline'`: React and drei set styles through the CSSOM
 *   (`element.style`), which CSP does not govern; there are no `<style>` elements or parsed `style`
 *   attributes (tests/e2e/csp.e2e.ts checks a full flow for violations).
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'", scriptHashSource(OPENING_LINK_SCRIPT)],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>

/**
 * Directives a browser honours only in a response header: in a `<meta>` tag they are ignored
 * with a console error. `frame-ancestors 'none'` keeps the site out of other sites' frames; a host
 * that embeds the explorer (`?embed=1`) names itself there instead (see the README).
 */
export const CSP_HEADER_ONLY_DIRECTIVES = {
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>

function serialize(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** The policy as the built `index.html` carries it in `<meta http-equiv="Content-Security-Policy">`. */
export const CONTENT_SECURITY_POLICY = serialize(CSP_DIRECTIVES)

/** The policy as a server sends it in the `Content-Security-Policy` header (adds `frame-ancestors`). */
export const CONTENT_SECURITY_POLICY_HEADER = serialize({ ...CSP_DIRECTIVES, ...CSP_HEADER_ONLY_DIRECTIVES })

/**
 * Adds the policy to the built `index.html` right after `<meta charset>` (which must come first),
 * so it governs every script and stylesheet after it. Build only: the dev server injects inline
 * scripts of its own (the React refresh preamble, the HMR client) that this policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
  return {
    name: 'lower-back-explorer:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset=[^>]*>/i
        if (!charset.test(html)) throw new Error('index.html has no <meta charset>: the CSP goes right after it.')
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`)
      },
    },
  }
}
