/**
 * Main-thread long tasks from a Chromium trace of a page load, each with what ran in it (the
 * functions that took most of its sampled CPU time), so a slow start can be pinned on code.
 */
import type { Browser, Page } from 'playwright-core'
import { newTabAt } from './pages'

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
]

export interface LongTask {
  /** Milliseconds after navigation start. */
  start: number
  duration: number
  /** Before or after the page marked first-model-frame. */
  phase: 'start-up' | 'idle'
  /** The functions with the most sampled time inside the task, "name file:line ms". */
  where: string[]
  /** The trace events (script, style, layout, paint…) that took most of the task, "name ms". */
  events: string[]
}

interface TraceEvent {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  id?: string
  args?: {
    data?: {
      frame?: string
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }
      timeDeltas?: number[]
      isLoadingMainFrame?: boolean
      documentLoaderURL?: string
    }
    frame?: string
    name?: string
  }
}

interface ProfileNode {
  id: number
  parent?: number
  callFrame: { functionName: string; url?: string; lineNumber?: number }
}

/** Starts tracing `page`; call the returned function after the part to look at. */
export async function startTrace(browser: Browser, page?: Page): Promise<() => Promise<TraceEvent[]>> {
  await browser.startTracing(page, { categories: CATEGORIES })
  return async () =>
    (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
}

/**
 * Top-level tasks of the page's main thread longer than `minMs`, with sampled attribution.
 * Times are relative to the navigation start; `firstModelFrame` (ms, same base) splits
 * start-up from idle.
 */
export function longTasks(events: TraceEvent[], minMs: number): { tasks: LongTask[]; firstModelFrame?: number } {
  const navigation = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame &&
      /^https?:/.test(e.args.data.documentLoaderURL ?? '')
  )
  if (!navigation) return { tasks: [] }
  const { pid, tid } = navigation
  const origin = navigation.ts
  const mark = events.find((e) => e.name === 'first-model-frame' && e.pid === pid)
  const firstModelFrame = mark ? (mark.ts - origin) / 1000 : undefined

  // The sampled CPU profile of the renderer: nodes and samples arrive in chunks.
  const nodes = new Map<number, ProfileNode>()
  const samples: { ts: number; node: number }[] = []
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid)
  let clock = profile ? ((profile.args?.data as { startTime?: number } | undefined)?.startTime ?? 0) : 0
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile?.id)) {
    const data = chunk.args?.data
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node)
    const ids = data?.cpuProfile?.samples ?? []
    const deltas = data?.timeDeltas ?? []
    ids.forEach((node, i) => {
      clock += deltas[i] ?? 0
      samples.push({ ts: clock, node })
    })
  }
  samples.sort((a, b) => a.ts - b.ts)

  const label = (node: ProfileNode) => {
    const file = node.callFrame.url?.split('/').pop() || '(native)'
    return `${node.callFrame.functionName || '(anonymous)'} ${file}:${(node.callFrame.lineNumber ?? 0) + 1}`
  }
  const ignored = new Set(['(root)', '(program)', '(idle)', '(garbage collector)'])

  const thread = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
  const tasks = thread
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) / 1000 >= minMs)
    .filter((e) => e.ts >= origin)
    .map((task): LongTask => {
      const end = task.ts + (task.dur ?? 0)
      // Inclusive time per function over the samples inside the task.
      const inclusive = new Map<string, number>()
      let previous = task.ts
      for (const sample of samples) {
        if (sample.ts < task.ts) continue
        if (sample.ts > end) break
        const weight = (sample.ts - previous) / 1000
        previous = sample.ts
        const seen = new Set<string>()
        for (let node = nodes.get(sample.node); node; node = node.parent ? nodes.get(node.parent) : undefined) {
          if (ignored.has(node.callFrame.functionName)) continue
          const name = label(node)
          if (seen.has(name)) continue
          seen.add(name)
          inclusive.set(name, (inclusive.get(name) ?? 0) + weight)
        }
      }
      const byName = new Map<string, number>()
      for (const e of thread) {
        if (e.ts < task.ts || e.ts > end || e === task || e.name === 'RunTask') continue
        byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
      }
      const start = (task.ts - origin) / 1000
      return {
        start: Math.round(start),
        duration: Math.round((task.dur ?? 0) / 1000),
        phase: firstModelFrame !== undefined && start >= firstModelFrame ? 'idle' : 'start-up',
        where: [...inclusive]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 12)
          .map(([name, ms]) => `${name} ${Math.round(ms)} ms`),
        events: [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([name, ms]) => `${name} ${Math.round(ms)} ms`),
      }
    })
  return { tasks, firstModelFrame }
}

/** How long the page is watched after its first model frame, sitting idle. */
const IDLE_WATCH_MS = 5000
/** A phone-sized page, as Lighthouse's mobile preset uses. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }

export interface LongTaskRun {
  path: string
  firstModelFrame?: number
  /** Tasks of 50 ms or more, in order. */
  tasks: LongTask[]
  longestStartUp?: LongTask
  longestIdle?: LongTask
}

/** Loads `url` in a phone-sized page under a trace, waits for the model and then 5 s of idling. */
export async function traceLongTasks(browser: Browser, url: string, path: string): Promise<LongTaskRun> {
  // Traced from before the tab exists, which opens straight at the page (see `newTabAt`).
  const stop = await startTrace(browser)
  const { context, page } = await newTabAt(browser, PHONE, `${url}${path}`)
  try {
    await page.waitForFunction(() => performance.getEntriesByName('first-model-frame').length > 0, null, {
      timeout: 120_000,
    })
    await page.waitForTimeout(IDLE_WATCH_MS)
    const { tasks, firstModelFrame } = longTasks(await stop(), 50)
    const longest = (phase: LongTask['phase']) =>
      tasks.filter((t) => t.phase === phase).sort((a, b) => b.duration - a.duration)[0]
    return { path, firstModelFrame, tasks, longestStartUp: longest('start-up'), longestIdle: longest('idle') }
  } finally {
    await context.close()
  }
}

export interface MovementTrace {
  /** Tasks of 50 ms or more from the first slider step until 4 s after the last (the settle and refit included). */
  tasks: LongTask[]
  longest?: LongTask
  steps: number
}

/**
 * Loads the app at desktop size, waits for the model and its picking index, opens "Move the spine"
 * and drags the bend slider by keyboard (a step every 60 ms, as a held arrow key repeats), then
 * waits for the pose to settle and the skinned meshes to be re-baked. Reports the long tasks from
 * the first step on.
 */
export async function traceMovement(browser: Browser, url: string, steps = 30): Promise<MovementTrace> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const stop = await startTrace(browser, page)
    await page.goto(`${url}/`)
    await page.waitForFunction(() => performance.getEntriesByName('first-model-frame').length > 0, null, {
      timeout: 120_000,
    })
    await page.waitForTimeout(3000)
    await page.getByRole('button', { name: 'Move the spine' }).click()
    const slider = page.getByRole('slider', { name: /Bend forward or back/ })
    await slider.focus()
    const from = await page.evaluate(() => performance.now())
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press(i < steps / 2 ? 'ArrowRight' : 'ArrowLeft')
      await page.waitForTimeout(60)
    }
    await page.waitForTimeout(4000)
    const { tasks } = longTasks(await stop(), 50)
    // Task times count from navigation start, as performance.now() does.
    const moving = tasks.filter((t) => t.start >= from)
    return { tasks: moving, longest: [...moving].sort((a, b) => b.duration - a.duration)[0], steps }
  } finally {
    await context.close()
  }
}
