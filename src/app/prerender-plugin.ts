import { createServer, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite'
import { OPENING_LINK_SCRIPT } from './opening-link.ts'

/** The module that renders the page, loaded through Vite's SSR loader (JSX, CSS imports, `define`). */
const PRERENDER_ENTRY = '/src/app/prerender.tsx'
const ROOT_ELEMENT = '<div id="root"></div>'

/**
 * Splits React's rendered markup into what belongs in `<head>` (the resources React hoists, such
 * as an image's `<link rel="preload">`, come first; today's page has none) and the page itself,
 * which goes in `#root`.
 */
export function splitHoistedResources(markup: string): { head: string; body: string } {
  const hoisted = /^(?:<link\b[^>]*\/?>)+/.exec(markup)?.[0] ?? ''
  return { head: hoisted, body: markup.slice(hoisted.length) }
}

/** The Content-Security-Policy's `<meta>`, or failing that `<meta charset>`: what must precede any script. */
const FIRST_HEAD_ELEMENTS = [/<meta http-equiv="Content-Security-Policy"[^>]*>/i, /<meta charset=[^>]*>/i]

/**
 * `index.html` with the rendered page in `#root`, its hoisted resources at the end of `<head>`, and
 * the opening link's script (`opening-link.ts`) first in `<head>` after the policy.
 */
export function insertPrerenderedPage(html: string, markup: string): string {
  if (!html.includes(ROOT_ELEMENT))
    throw new Error(`index.html has no empty #root element (${ROOT_ELEMENT}) to prerender into.`)
  const first = FIRST_HEAD_ELEMENTS.find((pattern) => pattern.test(html))
  if (!first) throw new Error('index.html has no <meta charset> to put the first script after.')
  const { head, body } = splitHoistedResources(markup)
  return (
    html
      .replace(first, (tag) => `${tag}\n    <script>${OPENING_LINK_SCRIPT}</script>`)
      // Functions, so that a `$` in the page's text is never read as a replacement pattern.
      .replace('</head>', () => `${head}</head>`)
      .replace(ROOT_ELEMENT, () => `<div id="root">${body}</div>`)
  )
}

/** The interface's code, which the entry imports once the prerendered page has painted (`main.tsx`). */
const INTERFACE_MODULE = '/src/app/start-app.tsx'

/**
 * The stylesheets the interface's chunk and the chunks it imports need, as the build names them:
 * Vite links an entry's own in the page, but not those of a chunk it imports dynamically, and the
 * prerendered page needs them all for its first paint.
 */
export function interfaceStylesheets(bundle: Rollup.OutputBundle, moduleSuffix: string): string[] {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
  const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleSuffix))
  if (!start) throw new Error(`The build has no chunk for ${moduleSuffix}.`)
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const visited = new Set<string>()
  const styles = new Set<string>()
  const visit = (chunk: Rollup.OutputChunk) => {
    if (visited.has(chunk.fileName)) return
    visited.add(chunk.fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css)
    for (const name of chunk.imports) {
      const imported = byName.get(name)
      if (imported) visit(imported)
    }
  }
  visit(start)
  return [...styles]
}

/**
 * Build only: renders the default view into `index.html`, so the interface paints before any
 * script has run (`src/app/start-app.tsx` hydrates it). The dev server serves the empty shell.
 */
export function prerenderPage(): Plugin {
  let root = process.cwd()
  let mode = 'production'
  let base = '/'
  return {
    name: 'lumbar-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root
      mode = config.mode
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!bundle) throw new Error('The prerender runs in a build, which has a bundle.')
        const server = await createServer({
          root,
          mode,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        })
        try {
          const page = (await server.ssrLoadModule(PRERENDER_ENTRY)) as { renderPrerenderedPage: () => string }
          // Only the stylesheets. The interface's code is not preloaded: fetched beside the page,
          // it shares a slow line with the poster (the page's largest paint), and Lighthouse counts
          // every file that finished before that paint in it. The entry fetches it once the
          // poster has painted (`main.tsx`), with Vite's modulepreloads for its chunks.
          const tags = interfaceStylesheets(bundle, INTERFACE_MODULE)
            .map((file) => base + file)
            .filter((href) => !html.includes(`href="${href}"`))
            .map((href): HtmlTagDescriptor => ({
              tag: 'link',
              attrs: { rel: 'stylesheet', crossorigin: true, href },
              injectTo: 'head',
            }))
          return { html: insertPrerenderedPage(html, page.renderPrerenderedPage()), tags }
        } finally {
          await server.close()
        }
      },
    },
  }
}
