import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openAppPage, type AppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { waitForLinkAgreement } from './harness/link-agreement'
import {
  HeapMeter,
  megabytes,
  type HeapBreakdown,
  recordUnhandledRejections,
  unhandledRejections,
} from './harness/page-health'
import { STRUCTURES } from '../../src/domain/structures'
import { seededRandom } from '../../src/domain/random'

/**
 * The monkey: random user actions from a fixed seed, with the app checked after every one of
 * them. `MONKEY_ACTIONS=1000` runs the full 1,000 (the default, ~150, fits in `npm test`);
 * `MONKEY_SEED` replays another sequence.
 */
const ACTIONS = Number(process.env.MONKEY_ACTIONS ?? 150)
const SEED = Number(process.env.MONKEY_SEED ?? 20261201)
/** The heap after all actions may be at most this much of the heap after the first 100. */
const HEAP_GROWTH_LIMIT = 1.1
const HEAP_BASELINE_AFTER = 100
const CHECKPOINT_EVERY = 100

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

/** What a person might type into the search box: ordinary words and strings meant to break it. */
const SEARCH_STRINGS = [
  '',
  ' ',
  'disc',
  'tailbone',
  'sciatica',
  'L4',
  'nerve',
  'glute',
  'é',
  '脊椎',
  'فقرة',
  '\u202Eevren',
  'l4\u200b',
  '🦴💥',
  '<script>alert(1)</script>',
  '<img src=x onerror="window.__pwned=1">',
  'a'.repeat(500),
  '.*+?^${}()|[]\\',
  '(a+)+$',
  '%E0%A4%A',
  'constructor',
  '__proto__',
]

interface Monkey {
  app: AppPage
  page: Page
  random: () => number
  pick<T>(items: readonly T[]): T
}

/**
 * A page point at the centre of a random element matching the selector that a click there would
 * really reach (shown, enabled, on top, scrolled into view), or null if there is none.
 */
async function hittablePoint(
  page: Page,
  selector: string,
  r: number
): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate(
    ({ selector, r }) => {
      const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled && !el.closest('[hidden]')
      )
      const el = shown[Math.floor(r * shown.length)]
      if (!el) return null
      el.scrollIntoView({ block: 'center', inline: 'center' })
      const rect = el.getBoundingClientRect()
      const x = rect.left + rect.width / 2
      const y = rect.top + rect.height / 2
      const top = document.elementFromPoint(x, y)
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)
      return top && (top === el || el.contains(top)) ? { x, y, text } : null
    },
    { selector, r }
  )
}

/** Clicks a random reachable element matching the selector and names it; null if none could be reached. */
async function clickSome(m: Monkey, selector: string): Promise<string | null> {
  const target = await hittablePoint(m.page, selector, m.random())
  if (!target) return null
  await m.page.mouse.click(target.x, target.y)
  return `clicked “${target.text}”`
}

/** A random point of the 3D view where a click reaches the canvas itself (not a label or toolbar). */
async function canvasPoint(m: Monkey): Promise<{ x: number; y: number } | null> {
  const [rx, ry] = [m.random(), m.random()]
  return m.page.evaluate(
    ({ rx, ry }) => {
      const canvas = document.querySelector('.viewer__canvas canvas')
      if (!canvas) return null
      const rect = canvas.getBoundingClientRect()
      const x = rect.left + 4 + rx * (rect.width - 8)
      const y = rect.top + 4 + ry * (rect.height - 8)
      return document.elementFromPoint(x, y) === canvas ? { x, y } : null
    },
    { rx, ry }
  )
}

/** Opens the structure drawer on a phone, where the tree is hidden behind the header button. */
async function showTree(m: Monkey): Promise<void> {
  const toggle = m.page.locator('.tree-toggle')
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
}

/** Does one thing and says what (for the failure log), or returns null when there was nothing to act on. */
type Action = (m: Monkey) => Promise<string | null>

/** Each kind of action, with how often it is drawn. */
const ACTIONS_BY_KIND: Record<string, { weight: number; run: Action }> = {
  'canvas click': {
    weight: 10,
    async run(m) {
      const p = await canvasPoint(m)
      if (!p) return null
      await m.page.mouse.click(p.x, p.y)
      return `at ${p.x.toFixed(0)},${p.y.toFixed(0)}`
    },
  },
  'canvas drag': {
    weight: 8,
    async run(m) {
      const p = await canvasPoint(m)
      if (!p) return null
      const [dx, dy] = [(m.random() - 0.5) * 300, (m.random() - 0.5) * 200]
      await m.page.mouse.move(p.x, p.y)
      await m.page.mouse.down()
      await m.page.mouse.move(p.x + dx, p.y + dy, { steps: 5 })
      await m.page.mouse.up()
      return `from ${p.x.toFixed(0)},${p.y.toFixed(0)} by ${dx.toFixed(0)},${dy.toFixed(0)}`
    },
  },
  'click a structure in 3D': {
    weight: 5,
    async run(m) {
      const id = m.pick(STRUCTURES).id
      const p = await m.page.evaluate((structureId) => window.__explorer?.visiblePoint(structureId) ?? null, id)
      if (!p) return null
      await m.page.mouse.click(p.x, p.y)
      return id
    },
  },
  'tree: expand or collapse a group': {
    weight: 5,
    async run(m) {
      await showTree(m)
      return clickSome(m, '[role="treeitem"][aria-level="1"] .tree__label')
    },
  },
  'tree: select': {
    weight: 8,
    async run(m) {
      await showTree(m)
      return clickSome(m, '[role="treeitem"][aria-level="2"] .tree__label')
    },
  },
  'tree: eye toggle': {
    weight: 6,
    async run(m) {
      await showTree(m)
      return clickSome(m, '.tree__eye')
    },
  },
  'tree: keys': {
    weight: 4,
    async run(m) {
      await showTree(m)
      const rows = m.page.getByRole('treeitem')
      const count = await rows.count()
      if (count === 0) return null
      const row = rows.nth(Math.floor(m.random() * count))
      if (!(await row.isVisible())) return null
      await row.focus()
      // H hides or shows the focused row; the rest move, open, close and select.
      const key = m.pick(['h', 'h', 'ArrowDown', 'ArrowRight', 'ArrowLeft', 'Enter'])
      await m.page.keyboard.press(key)
      return `${key} on “${(await row.textContent())?.trim()}”`
    },
  },
  'search: type and pick': {
    weight: 10,
    async run(m) {
      const box = m.page.getByRole('combobox', { name: 'Search structures and causes' })
      if (!(await box.isVisible())) return null
      const text = m.pick(SEARCH_STRINGS)
      await box.fill(text)
      const how = m.pick(['Enter', 'ArrowDown Enter', 'click an option', 'Escape', 'leave it'])
      let picked = ''
      if (how === 'click an option') picked = (await clickSome(m, '[role="option"]:not([aria-disabled])')) ?? 'none'
      else if (how !== 'leave it') for (const key of how.split(' ')) await m.page.keyboard.press(key)
      return `${JSON.stringify(text.slice(0, 40))}, then ${how} ${picked}`
    },
  },
  'cause select': {
    weight: 7,
    async run(m) {
      const select = m.page.locator('#cause-picker')
      if (!(await select.isVisible())) return null
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
      const value = m.pick(values)
      await select.selectOption(value)
      return value || '(none)'
    },
  },
  'view or layer select': {
    weight: 6,
    async run(m) {
      const id = m.pick(['#view-preset', '#layer-depth'])
      const select = m.page.locator(id)
      if (!(await select.isVisible())) return null
      // Not the view menu's "Turned view", which only says where the camera is.
      const values = await select
        .locator('option:not([disabled])')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
      const value = m.pick(values)
      await select.selectOption(value)
      return `${id} ${value}`
    },
  },
  'toolbar button': {
    weight: 10,
    async run(m) {
      return clickSome(m, '.toolbar button')
    },
  },
  'where does it hurt': {
    weight: 8,
    async run(m) {
      const toggle = m.page.getByRole('button', { name: 'Where does it hurt?', exact: true })
      const open = (await toggle.getAttribute('aria-pressed')) === 'true'
      // Closed, it has nothing to tick: open it (and now and then close it again).
      if (!open || m.random() < 0.15) {
        if (!(await toggle.isVisible())) return null
        await toggle.click()
        return open ? 'closed the lookup' : 'opened the lookup'
      }
      if (m.random() < 0.7) return clickSome(m, '.pain-picker input[type="checkbox"]')
      return clickSome(m, '.pain-results button')
    },
  },
  'back or forward': {
    weight: 8,
    async run(m) {
      const back = m.random() < 0.6
      // Only within the app's own entries: never back out of the page to about:blank.
      const can = await m.page.evaluate((back) => {
        const nav = (window as unknown as { navigation?: NavigationLike }).navigation
        if (!nav?.currentEntry) return false
        const target = nav.entries()[nav.currentEntry.index + (back ? -1 : 1)]
        return target?.sameDocument === true
      }, back)
      if (!can) return null
      if (back) await m.page.goBack()
      else await m.page.goForward()
      return back ? 'back' : 'forward'
    },
  },
  resize: {
    weight: 4,
    async run(m) {
      const size = m.page.viewportSize()?.width === DESKTOP.width ? PHONE : DESKTOP
      await m.page.setViewportSize(size)
      return `${size.width}×${size.height}`
    },
  },
  'camera keys': {
    weight: 6,
    async run(m) {
      const viewer = m.page.locator('.viewer__canvas')
      if (!(await viewer.isVisible())) return null
      await viewer.focus()
      const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '0', 'Home']
      const pressed = Array.from({ length: 1 + Math.floor(m.random() * 3) }, () => m.pick(keys))
      for (const key of pressed) await m.page.keyboard.press(key)
      return pressed.join(' ')
    },
  },
  Escape: {
    weight: 3,
    async run(m) {
      await m.page.keyboard.press('Escape')
      return 'pressed'
    },
  },
  'Alt+U and close': {
    weight: 3,
    async run(m) {
      // What happens to the key and the dialog during this step, for the message if it fails.
      await m.page.evaluate(() => {
        const events: string[] = []
        ;(window as { __altU?: string[] }).__altU = events
        const note = (e: Event) =>
          events.push(
            e instanceof KeyboardEvent
              ? `${e.type} ${e.key} alt=${e.altKey} prevented=${e.defaultPrevented} on ${(e.target as Element).tagName}`
              : `${e.type} on dialog`
          )
        window.addEventListener('keydown', note, { capture: true })
        setTimeout(() => window.removeEventListener('keydown', note, { capture: true }), 10_000)
        const dialog = document.querySelector('dialog.red-flags')
        dialog?.addEventListener('close', note, { once: true })
        dialog?.addEventListener('cancel', note, { once: true })
        const stop = window.__explorer?.store.subscribe((s, prev) => {
          if (s.redFlagsOpen !== prev.redFlagsOpen) events.push(`store redFlagsOpen ${String(s.redFlagsOpen)}`)
        })
        setTimeout(() => stop?.(), 10_000)
      })
      await m.page.keyboard.press('Alt+U')
      const dialog = m.page.locator('dialog.red-flags[open]')
      await dialog.waitFor({ timeout: 5_000 }).catch(async (error: unknown) => {
        const state = await m.page.evaluate(() => ({
          redFlagsOpen: window.__explorer?.store.getState().redFlagsOpen,
          dialogOpen: document.querySelector('dialog.red-flags')?.hasAttribute('open'),
          focus: document.activeElement?.outerHTML.slice(0, 120),
          events: (window as { __altU?: string[] }).__altU,
        }))
        throw new Error(`Alt+U opened no dialog: ${JSON.stringify(state)}`, { cause: error })
      })
      const how = m.random() < 0.5 ? 'Escape' : 'the Close button'
      if (how === 'Escape') await m.page.keyboard.press('Escape')
      else await dialog.getByRole('button', { name: 'Close' }).click()
      await m.page.locator('dialog.red-flags:not([open])').waitFor({ state: 'attached', timeout: 5_000 })
      // The store learns of the close from the dialog's asynchronous 'close' event; until then a
      // second Alt+U would find it "open" already and do nothing (RedFlagsDialog syncs in onClose).
      await m.page.waitForFunction(() => window.__explorer?.store.getState().redFlagsOpen === false, undefined, {
        timeout: 5_000,
      })
      return `closed with ${how}`
    },
  },
}

/** Counts of things a leak would pile up: DOM nodes, performance entries, three's programs and buffers. */
/** The names whose total self size grew most between two snapshots, as report lines. */
function largestGrowth(before: Map<string, number>, after: Map<string, number>, count: number): string[] {
  return [...after]
    .map(([name, size]) => ({ name, growth: size - (before.get(name) ?? 0) }))
    .sort((a, b) => b.growth - a.growth)
    .slice(0, count)
    .map(({ name, growth }) => `  ${(growth / 1024).toFixed(0).padStart(6)} KB  ${name}`)
}

async function pageCounts(page: Page): Promise<string> {
  return page.evaluate(() => {
    const gl = window.__explorer?.r3f?.gl
    return [
      `${document.getElementsByTagName('*').length} nodes`,
      `${performance.getEntries().length} perf entries`,
      `${gl?.info.programs?.length ?? '?'} programs`,
      `${gl?.info.memory.geometries ?? '?'} geometries`,
      `${gl?.info.memory.textures ?? '?'} textures`,
      `${history.length} history`,
    ].join(', ')
  })
}

interface NavigationLike {
  currentEntry: { index: number } | null
  entries(): { sameDocument: boolean }[]
}

/** Draws a kind of action by weight. */
function drawKind(random: () => number): string {
  const kinds = Object.entries(ACTIONS_BY_KIND)
  const total = kinds.reduce((sum, [, k]) => sum + k.weight, 0)
  let r = random() * total
  for (const [name, k] of kinds) {
    r -= k.weight
    if (r < 0) return name
  }
  return kinds[0]![0]
}

describe('the monkey', () => {
  const suite = useBrowserAndServer()

  it(
    `survives ${ACTIONS} random actions (seed ${SEED}) with no errors, the URL and store agreeing, and a flat heap`,
    { timeout: Math.max(120_000, ACTIONS * 2_000) },
    async () => {
      const started = Date.now()
      const app = await openAppPage(suite.browser, suite.server.url, { viewport: DESKTOP })
      await recordUnhandledRejections(app.page)
      const heap = await HeapMeter.attach(app.page)
      await app.open()
      await app.waitForMark('first-model-frame')

      const random = seededRandom(SEED)
      const m: Monkey = {
        app,
        page: app.page,
        random,
        pick: (items) => items[Math.floor(random() * items.length)]!,
      }
      const done: Record<string, number> = {}
      const skipped: Record<string, number> = {}
      const log: string[] = []
      let heapAt100 = 0
      let splitAt100: HeapBreakdown = { compiledCode: 0, objects: 0, byName: new Map() }
      const checkpoints: string[] = []

      for (let step = 1; step <= ACTIONS; step++) {
        const kind = drawKind(random)
        const what = await ACTIONS_BY_KIND[kind]!.run(m).catch((error: unknown) => {
          throw new Error(`step ${step} (${kind}) failed: ${(error as Error).message}\n${log.slice(-8).join('\n')}`, {
            cause: error,
          })
        })
        const tally = what === null ? skipped : done
        tally[kind] = (tally[kind] ?? 0) + 1
        log.push(`${step} ${kind}: ${what ?? 'nothing to act on'}`)
        // A link inside the lookup also opens the warning-signs dialog: close it like a person would.
        if (await m.page.locator('dialog.red-flags[open]').count()) {
          await m.page.keyboard.press('Escape')
          await m.page.waitForFunction(() => window.__explorer?.store.getState().redFlagsOpen === false, undefined, {
            timeout: 5_000,
          })
        }

        const where = `after step ${step} (${kind}); last steps:\n${log.slice(-8).join('\n')}`
        expect(app.problems, where).toEqual([])
        expect(await unhandledRejections(app.page), where).toEqual([])
        expect(await app.page.evaluate(() => (window as { __pwned?: unknown }).__pwned), where).toBeUndefined()
        try {
          await waitForLinkAgreement(app.page)
        } catch (error) {
          throw new Error(`${(error as Error).message}\n${where}`, { cause: error })
        }
        if (step === Math.min(HEAP_BASELINE_AFTER, ACTIONS)) {
          heapAt100 = await heap.usedAfterGc()
          splitAt100 = await heap.breakdown()
        }
        // Every 100 steps, what the page holds: a steady climb points at a leak, a plateau at warm-up.
        if (step % CHECKPOINT_EVERY === 0 || step === ACTIONS) {
          checkpoints.push(
            `  ${String(step).padStart(5)}: ${megabytes(await heap.usedAfterGc())}, ${await pageCounts(m.page)}`
          )
        }
      }

      const heapAtEnd = await heap.usedAfterGc()
      const ratio = heapAtEnd / heapAt100
      // What grew: V8's compiled code (the JIT warming up to the actions) or the page's objects.
      const splitAtEnd = await heap.breakdown()
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      console.log(
        [
          `monkey: seed ${SEED}, ${ACTIONS} actions in ${seconds} s`,
          `heap after ${HEAP_BASELINE_AFTER}: ${megabytes(heapAt100)}, at the end: ${megabytes(heapAtEnd)}, ratio ${ratio.toFixed(3)}`,
          `  of which objects ${megabytes(splitAt100.objects)} → ${megabytes(splitAtEnd.objects)} ` +
            `(ratio ${(splitAtEnd.objects / splitAt100.objects).toFixed(3)}), compiled code ` +
            `${megabytes(splitAt100.compiledCode)} → ${megabytes(splitAtEnd.compiledCode)}`,
          'what grew most (self size by constructor, snapshot after the first 100 → the end):',
          ...largestGrowth(splitAt100.byName, splitAtEnd.byName, 20),
          'heap after GC by step, with DOM nodes, performance entries and renderer resources:',
          ...checkpoints,
          'done:',
          ...Object.entries(done).map(([k, n]) => `  ${k}: ${n}`),
          'nothing to act on:',
          ...Object.entries(skipped).map(([k, n]) => `  ${k}: ${n}`),
        ].join('\n')
      )

      // The state the monkey left is a real state: it passes axe too.
      expect(await app.axe()).toEqual([])
      expect(ratio).toBeLessThanOrEqual(HEAP_GROWTH_LIMIT)
      await heap.detach()
      await app.close()
    }
  )
})
