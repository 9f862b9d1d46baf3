import { describe, expect, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import type { Page } from 'playwright-core'
import { openAppPage } from './harness/app-page'
import { useBrowserAndServer, DIST } from './harness/suite'
import { settle, projectStructure } from './harness/scene-probe'
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  scriptHashSource,
} from '../../src/pwa/content-security-policy'
import { OPENING_LINK_SCRIPT } from '../../src/app/opening-link'

declare global {
  interface Window {
    /** `securitypolicyviolation` events since the first script, recorded by `recordViolations`. */
    __cspViolations?: string[]
  }
}

/** Records every CSP violation from before the app's first script: the page can't hide one. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}`)
    })
  })
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? ['the recorder was not installed'])

describe('the Content-Security-Policy of the built site', () => {
  const suite = useBrowserAndServer()

  it('is in the built index.html as a meta tag, before any script, with one inline script that it names by hash', async () => {
    const html = await (await fetch(`${suite.server.url}/`)).text()
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    // frame-ancestors in a meta tag is ignored with a console error: it belongs in the header only.
    expect(meta?.[1]).not.toContain('frame-ancestors')
    const scripts = [...html.matchAll(/<script\b[^>]*>([^<]*)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    // The opening link's few lines (src/app/opening-link.ts); every other script is a file.
    const inline = scripts.filter(([tag]) => !/\bsrc=/.test(tag)).map(([, body]) => body)
    expect(inline).toEqual([OPENING_LINK_SCRIPT])
    expect(meta?.[1]).toContain(scriptHashSource(OPENING_LINK_SCRIPT))
  })

  it('lets a whole visit run without a single violation or console error', async () => {
    const app = await openAppPage(suite.browser, suite.server.url)
    await recordViolations(app.page)
    const workers: string[] = []
    const requested: string[] = []
    app.page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname))
    app.page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await app.open()
    await app.waitForMark('first-model-frame')
    // The model was decoded in the app's own worker, its WebAssembly allowed there: the page never
    // needed the main thread's copy of the decoder (loaded only if the worker fails).
    expect(workers.filter((path) => path.includes('meshopt-worker'))).toHaveLength(1)
    expect(requested.filter((path) => path.includes('meshopt_decoder'))).toEqual([])
    // The policy is in force (not bypassed): the page sees it.
    expect(
      await app.page.evaluate(
        () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null
      )
    ).toBe(CONTENT_SECURITY_POLICY)

    // Select from the search, then from the tree.
    await app.page.getByRole('combobox', { name: 'Search structures and causes' }).fill('sciatic')
    await app.page.keyboard.press('Enter')
    await app.page.getByRole('heading', { level: 2, name: /Sciatic nerve/ }).waitFor()
    await app.page
      .getByRole('tree')
      .getByRole('treeitem', { name: /Sacrum$/ })
      .click()
    await app.page.getByRole('heading', { level: 2, name: 'Sacrum' }).waitFor()

    // A cause: its legend swatches and the labels in the 3D view carry inline styles.
    await app.page.getByLabel('Cause', { exact: true }).selectOption('disc-herniation')
    await app.page.locator('.legend:not(.legend--skin)').waitFor()
    await settle(app.page)

    // Hovering the model shows the hover label, positioned with a style attribute.
    const l4 = await projectStructure(app.page, 'l4-l5-disc')
    await app.page.mouse.move(l4.x, l4.y)
    await app.page.mouse.move(l4.x + 2, l4.y + 2)

    // The urgent-help dialog.
    await app.page.getByRole('button', { name: 'When to get urgent help' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'When back pain needs a clinician urgently' })
    await dialog.waitFor()
    await app.page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })

    // The picking BVHs were built in their own worker, allowed by the policy too, and none on the
    // main thread (a worker that could not start would have left them all to it).
    expect(workers.filter((path) => path.includes('bounds-tree-worker'))).toHaveLength(1)
    const builds = await app.page.evaluate(() => window.__explorer!.boundsTreeBuilds)
    expect(builds.inWorker).toBeGreaterThan(100)
    expect(builds.here).toBe(0)

    expect(await violations(app.page)).toEqual([])
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
    await app.close()
  })

  it('is enforced: an inline script added to the page is refused and reported', async () => {
    // Proves the two checks above can fail: the same recorder sees a real violation.
    const app = await openAppPage(suite.browser, suite.server.url, {
      allowConsole: [/Refused to execute inline script because it violates the following Content Security Policy/],
    })
    await recordViolations(app.page)
    await app.open()
    await app.page.getByText('Education, not diagnosis.').waitFor()
    const ran = await app.page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
    })
    expect(ran).toBe(false)
    await app.page.waitForFunction(() => (window.__cspViolations ?? []).length > 0)
    expect(await violations(app.page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)])
    await app.close()
  })

  it('is sent as a header, with frame-ancestors, by `vite preview`', async () => {
    let server: PreviewServer | undefined
    try {
      server = await preview({
        logLevel: 'silent',
        build: { outDir: DIST },
        preview: { port: 0, strictPort: false, open: false },
      })
      const url = server.resolvedUrls?.local[0]
      expect(url).toBeTruthy()
      const response = await fetch(url!)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER)
      expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    } finally {
      await server?.close()
    }
  })
})
