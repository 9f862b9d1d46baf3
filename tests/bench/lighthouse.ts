/**
 * Lighthouse's mobile preset (simulated slow 4G and 4× CPU slowdown, Moto G Power screen) run on
 * the production build as a phone user meets it: `vite preview` serving `dist`-like output with
 * its real headers and compression, Debian's Chromium with software GL.
 *
 * A run counts only if the page reached `first-model-frame`: a page whose WebGL failed scores
 * well and proves nothing.
 *
 *   npx tsx tests/bench/lighthouse.ts --runs 1 [--path '/?structure=l4-l5-disc'] [--skip-build]
 *
 * `LIGHTHOUSE_DUMP=<file>` also writes each run's full report there (the last run wins), for
 * reading the network waterfall and every audit.
 */
import { build, preview, type PreviewServer } from 'vite'
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { launch, type LaunchedChrome } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_PATH } from '../e2e/harness/browser'
import { summarize, type Summary } from './stats'

const ROOT = resolve(import.meta.dirname, '..', '..')
export const PRODUCTION_OUT = join(ROOT, 'node_modules', '.cache', 'bench', 'production')

/** Headless, no sandbox (container), software GL as in the other bench pages; no network but ours. */
const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface LighthouseRun {
  path: string
  performance: number
  accessibility: number
  bestPractices: number
  /** Milliseconds, except cumulativeLayoutShift (unitless). */
  firstContentfulPaint: number
  largestContentfulPaint: number
  totalBlockingTime: number
  cumulativeLayoutShift: number
  timeToInteractive: number
  speedIndex: number
  /** When the page marked first-model-frame (observed, unthrottled), or undefined if it never did. */
  firstModelFrameMark?: number
  /** What Lighthouse took as the largest contentful paint element, in its own words. */
  largestContentfulElement?: string
  /** The longest main-thread tasks Lighthouse saw (observed ms), with the script they ran. */
  longTasks: { duration: number; url: string }[]
  failedAudits: string[]
}

export interface LighthouseSummary {
  path: string
  runs: number
  counted: number
  performance: Summary
  accessibility: Summary
  bestPractices: Summary
  firstContentfulPaint: Summary
  largestContentfulPaint: Summary
  totalBlockingTime: Summary
  cumulativeLayoutShift: Summary
  timeToInteractive: Summary
  speedIndex: Summary
}

/** A production build (no e2e hooks) into the bench cache, so dist/ is left alone. */
export async function buildProduction(skip: boolean): Promise<void> {
  if (skip && existsSync(join(PRODUCTION_OUT, 'index.html'))) return
  process.env.NODE_ENV = 'production'
  await build({
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: PRODUCTION_OUT, emptyOutDir: true },
  })
}

/** `vite preview` of the production build on a free port, with the project's preview headers. */
export async function servePreview(): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: PRODUCTION_OUT },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  })
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  if (!url) throw new Error('vite preview did not report its address')
  return { url, close: () => server.close() }
}

interface AuditDetails {
  items?: Record<string, unknown>[]
}
interface Audit {
  score: number | null
  numericValue?: number
  details?: AuditDetails
  scoreDisplayMode?: string
}

async function runOnce(chrome: LaunchedChrome, url: string, path: string): Promise<LighthouseRun> {
  const result = await lighthouse(`${url}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  })
  if (!result) throw new Error('Lighthouse returned no result')
  const lhr = result.lhr
  if (process.env.LIGHTHOUSE_DUMP) writeFileSync(process.env.LIGHTHOUSE_DUMP, JSON.stringify(lhr))
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const audits = lhr.audits as Record<string, Audit>
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN
  const marks = (audits['user-timings']?.details?.items ?? []) as { name: string; startTime: number }[]
  const lcpElement = audits['largest-contentful-paint-element']?.details?.items?.[0] as
    { items?: { node?: { snippet?: string; nodeLabel?: string } }[] } | undefined
  const lcpNode = lcpElement?.items?.[0]?.node
  const tasks = (audits['long-tasks']?.details?.items ?? []) as { duration: number; url: string }[]
  const failedAudits = Object.entries(audits)
    .filter(([, a]) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map(([id]) => id)
  return {
    path,
    performance: lhr.categories.performance?.score ?? 0,
    accessibility: lhr.categories.accessibility?.score ?? 0,
    bestPractices: lhr.categories['best-practices']?.score ?? 0,
    firstContentfulPaint: value('first-contentful-paint'),
    largestContentfulPaint: value('largest-contentful-paint'),
    totalBlockingTime: value('total-blocking-time'),
    cumulativeLayoutShift: value('cumulative-layout-shift'),
    timeToInteractive: value('interactive'),
    speedIndex: value('speed-index'),
    firstModelFrameMark: marks.find((m) => m.name === 'first-model-frame')?.startTime,
    largestContentfulElement: lcpNode?.nodeLabel ?? lcpNode?.snippet,
    longTasks: tasks.slice(0, 8).map((t) => ({ duration: Math.round(t.duration), url: t.url })),
    failedAudits,
  }
}

/**
 * Runs Lighthouse `runs` times on each path, each in a fresh Chromium (a cold cache, as a first
 * visit from a shared link). Runs without the first-model-frame mark are kept but not counted.
 */
export async function measureLighthouse(
  url: string,
  paths: string[],
  runs: number,
  log: (message: string) => void
): Promise<{ runs: LighthouseRun[]; summaries: LighthouseSummary[] }> {
  const all: LighthouseRun[] = []
  for (let run = 0; run < runs; run++) {
    for (const path of paths) {
      const chrome = await launch({
        chromePath: CHROMIUM_PATH,
        chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
        logLevel: 'error',
      })
      try {
        const started = performance.now()
        const measured = await runOnce(chrome, url, path)
        all.push(measured)
        log(
          `lighthouse ${path} run ${run + 1}/${runs}: performance ${measured.performance.toFixed(2)}, ` +
            `FCP ${ms(measured.firstContentfulPaint)}, LCP ${ms(measured.largestContentfulPaint)}, ` +
            `TBT ${ms(measured.totalBlockingTime)}, CLS ${measured.cumulativeLayoutShift.toFixed(3)}, ` +
            `first-model-frame ${measured.firstModelFrameMark === undefined ? 'never' : ms(measured.firstModelFrameMark)} ` +
            `(${((performance.now() - started) / 1000).toFixed(0)} s)`
        )
      } finally {
        chrome.kill()
      }
    }
  }
  const summaries = paths.map((path) => {
    const counted = all.filter((r) => r.path === path && r.firstModelFrameMark !== undefined)
    const of = (pick: (r: LighthouseRun) => number) => summarize(counted.map(pick))
    return {
      path,
      runs: all.filter((r) => r.path === path).length,
      counted: counted.length,
      performance: of((r) => r.performance),
      accessibility: of((r) => r.accessibility),
      bestPractices: of((r) => r.bestPractices),
      firstContentfulPaint: of((r) => r.firstContentfulPaint),
      largestContentfulPaint: of((r) => r.largestContentfulPaint),
      totalBlockingTime: of((r) => r.totalBlockingTime),
      cumulativeLayoutShift: of((r) => r.cumulativeLayoutShift),
      timeToInteractive: of((r) => r.timeToInteractive),
      speedIndex: of((r) => r.speedIndex),
    }
  })
  return { runs: all, summaries }
}

const ms = (value: number) => `${Math.round(value)} ms`

async function cli(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      path: { type: 'string', multiple: true, default: ['/'] },
      'skip-build': { type: 'boolean', default: false },
    },
  })
  await buildProduction(values['skip-build'])
  const server = await servePreview()
  try {
    const { runs } = await measureLighthouse(server.url, values.path, Number(values.runs), console.log)
    for (const run of runs) console.log(JSON.stringify(run, null, 2))
  } finally {
    await server.close()
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await cli()
