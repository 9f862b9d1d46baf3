import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, StrictMode } from 'react'
import { createRoot, hydrateRoot, type Root } from 'react-dom/client'
import { App } from '../../../src/app/App'
import { renderPrerenderedPage } from '../../../src/app/prerender'
import { opensEmbedded } from '../../../src/ui/page-address'
import { OPENING_LINK_SCRIPT } from '../../../src/app/opening-link'
import { interfaceStylesheets, insertPrerenderedPage, splitHoistedResources } from '../../../src/app/prerender-plugin'
import type { Rollup } from 'vite'
import { useExplorerStore } from '../../../src/store/explorer-store'

/** How often the disclaimer, a part of the interface no pick changes, has rendered. */
const renders = vi.hoisted(() => ({ disclaimer: 0 }))
vi.mock('../../../src/ui/Disclaimer', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/ui/Disclaimer')>()
  return {
    ...real,
    Disclaimer: () => {
      renders.disclaimer++
      return real.Disclaimer()
    },
  }
})

const initial = useExplorerStore.getState()
const markup = renderPrerenderedPage()

let container: HTMLDivElement
let root: Root | null = null
let recoverable: unknown[] = []
let consoleErrors: unknown[][] = []

/** jsdom lays nothing out; the viewer's cover only needs to be told of no sizes. */
class NoResizes {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', NoResizes)
  useExplorerStore.setState(initial, true)
  recoverable = []
  // React's development build reports a mismatched attribute only here, not as a recoverable error.
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void consoleErrors.push(args))
  container = document.createElement('div')
  container.id = 'root'
  container.innerHTML = splitHoistedResources(markup).body
  document.body.append(container)
})

afterEach(() => {
  act(() => root?.unmount())
  root = null
  container.remove()
  history.replaceState(null, '', '/')
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** Opens the page at a link the way a browser does: the prerendered HTML first, then React hydrates it. */
function hydrateAt(search: string): void {
  history.replaceState(null, '', `/${search}`)
  act(() => {
    root = hydrateRoot(
      container,
      <StrictMode>
        <App />
      </StrictMode>,
      { onRecoverableError: (error) => recoverable.push(error) }
    )
  })
}

describe('the prerendered page', () => {
  it('holds the interface a reader needs before any script runs: title, search, causes, structures, poster and disclaimer', () => {
    container.innerHTML = markup
    expect(container.querySelector('h1')?.textContent).toContain('Lower Back Explorer')
    expect(container.querySelector('input[type="search"]')).not.toBeNull()
    expect(container.querySelector('select#cause-picker option[value="sciatica"]')).not.toBeNull()
    expect(container.querySelector('[role="tree"]')?.textContent).toContain('L4 vertebra')
    expect(container.querySelector('.model-poster')).not.toBeNull()
    expect(container.textContent).toContain('Education, not diagnosis.')
    // The 3D view is a canvas the lazy chunk draws; none is prerendered.
    expect(container.querySelector('canvas')).toBeNull()
  })

  it('is taken over by React at the plain address without a mismatch, keeping its elements', () => {
    const title = container.querySelector('h1')
    hydrateAt('')
    expect(recoverable).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(container.querySelector('h1')).toBe(title)
  })

  it('hydrates at a structure link too, then opens what the link names', () => {
    hydrateAt('?structure=l4-l5-disc')
    expect(recoverable).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(useExplorerStore.getState().selectedId).toBe('l4-l5-disc')
    expect(container.querySelector('#structure-title')?.textContent).toMatch(/L4.L5/)
  })

  it('re-renders the explanation and the view’s description on a pick, not the whole interface', () => {
    hydrateAt('')
    act(() => useExplorerStore.getState().select('l4', { frame: false }))
    const before = renders.disclaimer
    act(() => useExplorerStore.getState().select('l3', { frame: false }))
    expect(container.querySelector('#structure-title')?.textContent).toBe('L3 vertebra')
    expect(container.querySelector('#view-description')?.textContent).toContain('L3 vertebra')
    // The interface's root re-rendered every child (header, tree, toolbar, dialogs) on each pick.
    expect(renders.disclaimer).toBe(before)
  })

  it('is rendered afresh at an embed link, whose layout differs, without the header and tree', () => {
    history.replaceState(null, '', '/?embed=1&structure=l4')
    expect(opensEmbedded()).toBe(true)
    act(() => {
      root = createRoot(container)
      root.render(
        <StrictMode>
          <App />
        </StrictMode>
      )
    })
    expect(container.querySelector('.app-header')).toBeNull()
    expect(container.querySelector('[role="tree"]')).toBeNull()
    const open = container.querySelector<HTMLAnchorElement>('a.embed-open')
    expect(open?.href).toBe(`${location.origin}/?structure=l4&xray=1`)
  })
})

describe('putting the page into index.html', () => {
  const html = '<html><head><meta charset="UTF-8" /><title>t</title></head><body><div id="root"></div></body></html>'

  it('puts the opening link’s script first, the resources React hoists (an image preload) in the head, and the page in #root', () => {
    const page = insertPrerenderedPage(html, '<link rel="preload" as="image" href="/p.webp"/><div class="app">x</div>')
    expect(page).toBe(
      '<html><head><meta charset="UTF-8" />\n    <script>' +
        OPENING_LINK_SCRIPT +
        '</script><title>t</title><link rel="preload" as="image" href="/p.webp"/></head>' +
        '<body><div id="root"><div class="app">x</div></div></body></html>'
    )
  })

  it('puts the script after the Content-Security-Policy, which must govern it', () => {
    const withPolicy = html.replace('<title>', '<meta http-equiv="Content-Security-Policy" content="x" /><title>')
    const page = insertPrerenderedPage(withPolicy, '<div></div>')
    expect(page.indexOf('<script>')).toBeGreaterThan(page.indexOf('Content-Security-Policy'))
  })

  it('refuses a page without an empty #root instead of shipping it unrendered', () => {
    expect(() => insertPrerenderedPage('<body><div id="app"></div></body>', '<div></div>')).toThrow(/#root/)
  })
})

describe('the interface’s stylesheets, linked in the prerendered page', () => {
  const chunk = (fileName: string, facade: string | null, imports: string[], css: string[]) =>
    ({
      type: 'chunk',
      fileName,
      facadeModuleId: facade,
      imports,
      viteMetadata: { importedCss: new Set(css) },
    }) as unknown as Rollup.OutputChunk
  const bundle = {
    'start.js': chunk('start.js', '/root/src/app/start-app.tsx', ['react.js', 'shared.js'], ['start.css']),
    'react.js': chunk('react.js', null, ['shared.js'], []),
    'shared.js': chunk('shared.js', null, [], ['shared.css']),
    'three.js': chunk('three.js', '/root/src/scene/ExplorerCanvas.tsx', ['shared.js'], ['three.css']),
    'index.css': { type: 'asset', fileName: 'index.css' },
  } as unknown as Rollup.OutputBundle

  it('are those of the interface chunk and every chunk it imports, once each, and not the lazy 3D chunk’s', () => {
    expect(interfaceStylesheets(bundle, '/src/app/start-app.tsx')).toEqual(['start.css', 'shared.css'])
  })

  it('fails the build when the interface chunk is missing', () => {
    expect(() => interfaceStylesheets(bundle, '/src/app/nowhere.tsx')).toThrow(/no chunk/)
  })
})
