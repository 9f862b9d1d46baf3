import { describe, expect, it } from 'vitest'
import { openAppPage, type AppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { waitForLinkAgreement } from './harness/link-agreement'
import { recordUnhandledRejections, unhandledRejections } from './harness/page-health'
import { settle, storeValue } from './harness/scene-probe'

/** A payload that marks the page if it ever runs: rendered as HTML, the broken image fires onerror. */
const IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">'
const SVG_PAYLOAD = '<svg onload="window.__pwned=2"></svg>'
/** Longer queries than this go into the address bar from the page (see openRaw). */
const LONGEST_REQUEST = 8_000

interface HostileCase {
  name: string
  /** The query string after `?e2e&`, exactly as it goes on the wire (not normalised by the test). */
  query: string
  /** What the banner must say (each a substring). */
  says: string[]
  /** The selection the link still gives, when part of it is valid. */
  selected?: string
  /** The layers hidden after the link (default: the skin, as with no link). */
  hidden?: string[]
}

const CASES: HostileCase[] = [
  {
    name: 'a 100 kB structure id',
    query: `structure=${'a'.repeat(100_000)}`,
    says: [`“${'a'.repeat(40)}…”`, "a structure we don't have"],
  },
  {
    name: 'a 100 kB list of layers',
    query: `hide=${Array.from({ length: 20_000 }, (_, i) => `x${i}`).join(',')}`,
    says: ['“x0”, “x1”, “x2” and 19997 more'],
  },
  {
    name: 'repeated parameters',
    query: 'structure=sacrum&structure=l4&cause=sciatica&cause=gout',
    says: ['more than one structure', 'more than one cause'],
    selected: 'sacrum',
  },
  {
    name: 'a zero-width space after a real id',
    query: 'structure=l4%E2%80%8B',
    says: ['“l4\uFFFD”'],
  },
  {
    name: 'a right-to-left override',
    query: `view=${encodeURIComponent('\u202Ekcab')}`,
    says: ['“\uFFFDkcab”'],
  },
  {
    name: 'Arabic and emoji',
    query: `structure=${encodeURIComponent('فقرة')}&cause=${encodeURIComponent('🦴💥')}`,
    says: ['“فقرة”', '“🦴💥”'],
  },
  {
    name: 'broken percent-encoding',
    query: 'structure=%E0%A4%A&view=%',
    says: ['“\uFFFD%A”', '“%”'],
  },
  {
    name: 'script-like values, encoded',
    query: `structure=${encodeURIComponent(IMG_PAYLOAD)}&cause=javascript:alert(1)&hide=${encodeURIComponent(SVG_PAYLOAD)}`,
    says: [
      '“<img src=x onerror="window.__pwned=1">”',
      '“javascript:alert(1)”',
      '“<svg onload="window.__pwned=2"></svg>”',
    ],
  },
  {
    name: 'script-like values, raw as typed into the address bar',
    query: `structure=${IMG_PAYLOAD}&view=<script>window.__pwned=3</script>`,
    says: ['“<img src=x onerror="window.__pwned=1">”', '“<script>window.__pwned=3</script>”'],
  },
  {
    name: 'unknown structure, cause, view and layers',
    query: 'structure=l9&cause=gout&view=sideways&hide=feathers,bone',
    says: ['“l9”', '“gout”', '“sideways”', '“feathers”'],
    hidden: ['bone'],
  },
]

describe('hostile links', () => {
  const suite = useBrowserAndServer()

  /**
   * Opens the app at a raw query. `withModel: false` refuses the model download: these checks
   * are about the link, and skipping the software-rendered model keeps each page to seconds.
   */
  async function openRaw(query: string, { withModel = false } = {}): Promise<AppPage> {
    const app = await openAppPage(suite.browser, suite.server.url, {
      allowConsole: withModel ? [] : [/Failed to load resource: net::ERR_FAILED/],
    })
    await recordUnhandledRejections(app.page)
    if (!withModel) await app.page.route('**/*.glb', (route) => route.abort('failed'))
    if (query.length > LONGEST_REQUEST) {
      // Servers refuse a request line this long (Node answers 431), so such a link can only reach
      // the app from history or a client-side redirect: put it in the address bar before any app
      // script runs, as if the page had been served at it.
      await app.page.addInitScript((q) => history.replaceState(null, '', `?e2e&${q}`), query)
      await app.page.goto(`${suite.server.url}/?e2e`)
    } else {
      // Straight to the wire: the harness's open() would re-encode (and so tidy) the query.
      await app.page.goto(`${suite.server.url}/?e2e&${query}`)
    }
    await app.page.waitForFunction(() => window.__explorer?.store !== undefined)
    return app
  }

  /** Nothing the link carried became markup, and no payload ran. */
  async function expectNothingInjected(app: AppPage): Promise<void> {
    const injected = await app.page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned ?? null,
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
      svgs: document.querySelectorAll('svg[onload]').length,
      noticeMarkup: document.querySelector('.notice p')?.children.length ?? 0,
    }))
    expect(injected).toEqual({ pwned: null, images: 0, scripts: 0, svgs: 0, noticeMarkup: 0 })
  }

  for (const c of CASES) {
    it(`${c.name}: a polite, short notice, ${c.selected ?? 'the default view'}, and the app still works`, async () => {
      const app = await openRaw(c.query)
      const notice = app.page.locator('.notice')
      await notice.waitFor()
      const text = (await notice.locator('p').textContent()) ?? ''
      for (const phrase of c.says) expect(text).toContain(phrase)
      // However long the link, the banner stays a sentence or two.
      expect(text.length).toBeLessThan(600)
      await expectNothingInjected(app)

      expect(await storeValue(app.page, 'selectedId')).toBe(c.selected ?? null)
      if (!c.selected) {
        expect(await storeValue(app.page, 'causeId')).toBeNull()
        expect(await storeValue(app.page, 'view')).toBe('oblique')
        expect(await storeValue(app.page, 'hiddenLayers')).toEqual(c.hidden ?? ['skin'])
      }
      // The address bar now says what is shown: the hostile values are gone from it.
      await waitForLinkAgreement(app.page)
      expect(app.page.url().length).toBeLessThan(200)

      // Still works: pick a structure from the tree, then dismiss the notice.
      await app.page
        .getByRole('tree')
        .getByRole('treeitem', { name: /^L3 vertebra/ })
        .click()
      await app.page.getByRole('heading', { level: 2, name: 'L3 vertebra' }).waitFor()
      await app.page.getByRole('button', { name: 'Dismiss this message' }).click()
      expect(await notice.count()).toBe(0)
      await waitForLinkAgreement(app.page)
      expect(app.page.url()).toContain('structure=l3')

      await expectNothingInjected(app)
      expect(await unhandledRejections(app.page)).toEqual([])
      expect(app.problems).toEqual([])
      await app.close()
    })
  }

  it('a hostile entry reached by Back gets the same notice, and the 3D view still picks', async () => {
    const app = await openRaw('structure=l4', { withModel: true })
    await app.waitForMark('first-model-frame')
    // A page (or a person) pushed a hostile entry; going Back then Forward applies it from history.
    await app.page.evaluate((payload) => {
      history.pushState(null, '', `?e2e&structure=${encodeURIComponent(payload)}`)
      history.pushState(null, '', '?e2e&structure=l4')
    }, IMG_PAYLOAD)
    await app.page.goBack()
    const notice = app.page.locator('.notice')
    await notice.waitFor()
    expect(await notice.locator('p').textContent()).toContain('“<img src=x onerror="window.__pwned=1">”')
    expect(await storeValue(app.page, 'selectedId')).toBeNull()
    await waitForLinkAgreement(app.page)
    await expectNothingInjected(app)

    // The model still answers a click: L4's own surface selects it.
    await app.page.locator('#layer-depth').selectOption('bone')
    // Measure where L4 shows once the view is still (on a loaded machine a click once missed it).
    await settle(app.page)
    const point = await app.page.evaluate(() => window.__explorer!.visiblePoint('l4'))
    expect(point, 'L4 should be visible with only the bones shown').not.toBeNull()
    await app.page.mouse.click(point!.x, point!.y)
    await app.page.getByRole('heading', { level: 2, name: 'L4 vertebra' }).waitFor()
    await waitForLinkAgreement(app.page)
    expect(await app.axe()).toEqual([])
    expect(await unhandledRejections(app.page)).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })
})
