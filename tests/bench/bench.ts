/**
 * `npm run bench`: builds the app and a bare three.js page, serves them (and a model-viewer
 * page) locally, and measures all three in Debian's Chromium on the same GLB, several runs each.
 * Writes tests/bench/results/<timestamp>.json and results/latest.md, and prints the table.
 *
 *   npm run bench                  # SwiftShader (software GL), 5 runs
 *   npm run bench -- --runs 3      # fewer runs (also --frames N, --cycles N, --mv-runs N)
 *   npm run bench -- --gpu         # hardware GL on a machine with a GPU (results tagged "gpu")
 *   npm run bench -- --skip-build  # reuse the last build (while working on the bench itself)
 *   npm run bench -- --lighthouse-runs 0   # skip Lighthouse and the phone trace
 *
 * Benchmarks are not tests: nothing here fails on a slow figure; the table marks targets.
 */
import { build } from 'vite'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, arch, release, totalmem, type } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { CHROMIUM_ARGS, launchChromium } from '../e2e/harness/browser'
import { serveStatic, type StaticServer } from '../e2e/harness/server'
import { webgl2Renderer } from '../e2e/harness/app-page'
import { measureBundle, sizeOf, type BundleSizes } from './bundle'
import { viewToQuery } from './page-params'
import {
  VIEWPORT,
  installPickProbe,
  openPage,
  pickOnce,
  readAppView,
  readBvhState,
  readMemory,
  readStartup,
  runCycles,
  saveAppCamera,
  setAppScenario,
  setBvh,
  settleApp,
  timeFrames,
  timeMovingFrames,
  type MovingFrames,
  waitForMark,
  type BvhState,
  type FrameResult,
  type HeapReading,
  type PickSample,
  type StartupTimes,
} from './pages'
import { markdownReport, textReport } from './report'
import { buildProduction, measureLighthouse, servePreview } from './lighthouse'
import { traceLongTasks, traceMovement, type LongTaskRun, type MovementTrace } from './long-tasks'
import type { BenchResult, MemorySummary, ModelFigures, StartupSummary } from './result'
import { summarize } from './stats'

const HERE = import.meta.dirname
const ROOT = resolve(HERE, '..', '..')
const GLB = join(ROOT, 'public', 'models', 'lumbar-spine.glb')
const MODEL_PATH = '/models/lumbar-spine.glb'
/** Build output lives under node_modules/.cache so that lint, format and dist/ are left alone. */
const CACHE = join(ROOT, 'node_modules', '.cache', 'bench')
const APP_OUT = join(CACHE, 'app')
const THREE_OUT = join(CACHE, 'baseline-three')
const MV_DIR = join(HERE, 'model-viewer')
const MV_LIB = join(MV_DIR, 'node_modules', '@google', 'model-viewer', 'dist', 'model-viewer.min.js')
const RESULTS = join(HERE, 'results')

/** The picking page: bones only, from the front, so a click on L4's centre lands on L4. */
const PICK_ID = 'l4'
const PICK_QUERY = 'bench&hide=skin,superficial-muscle,deep-muscle,ligament,nerve&view=front'
const PICKS_PER_RUN = 3
/** During the memory cycles, render every this many cycles (software GL frames are slow). */
const DRAW_EVERY = 25

/** Hardware GL for `--gpu`: the harness's network-off flags without its SwiftShader ones. */
const GPU_ARGS = [
  ...CHROMIUM_ARGS.filter((flag) => !/swiftshader/.test(flag)),
  '--use-angle=vulkan',
  '--enable-features=Vulkan',
  '--ignore-gpu-blocklist',
  '--enable-gpu-rasterization',
]

interface Options {
  runs: number
  frames: number
  cycles: number
  /** model-viewer takes ~10 s to start on software GL, so it runs in the first few runs only. */
  mvRuns: number
  gpu: boolean
  skipBuild: boolean
  /** Lighthouse mobile runs per page (the production build; 0 skips Lighthouse and the trace). */
  lighthouseRuns: number
}

/** The pages a shared link opens: the default view and two deep links, which must be as fast. */
const LIGHTHOUSE_PATHS = ['/', '/?structure=l4-l5-disc', '/?cause=sciatica']

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      frames: { type: 'string', default: '15' },
      cycles: { type: 'string', default: '200' },
      'mv-runs': { type: 'string', default: '2' },
      gpu: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '3' },
    },
  })
  const int = (text: string, name: string) => {
    const n = Number(text)
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number, got ${text}`)
    return n
  }
  return {
    runs: int(values.runs, 'runs'),
    frames: int(values.frames, 'frames'),
    cycles: int(values.cycles, 'cycles'),
    mvRuns: int(values['mv-runs'], 'mv-runs'),
    gpu: values.gpu,
    skipBuild: values['skip-build'],
    lighthouseRuns: values['lighthouse-runs'] === '0' ? 0 : int(values['lighthouse-runs'], 'lighthouse-runs'),
  }
}

const log = (message: string) => console.log(`bench: ${message}`)

async function buildPages(skip: boolean): Promise<void> {
  if (skip && existsSync(join(APP_OUT, 'index.html')) && existsSync(join(THREE_OUT, 'index.html'))) return
  log('building the app')
  process.env.NODE_ENV = 'production'
  // Mode e2e adds the one entry that installs the hooks the bench reads (see vite.config.ts).
  await build({ root: ROOT, mode: 'e2e', logLevel: 'warn', build: { outDir: APP_OUT, emptyOutDir: true } })
  log('building the bare three.js page')
  await build({
    root: join(HERE, 'baseline-three'),
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: THREE_OUT, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  })
}

/** Installs model-viewer into its own folder (its three peer differs from ours); a reason if not. */
function ensureModelViewer(): string | undefined {
  if (existsSync(MV_LIB)) return undefined
  log('installing @google/model-viewer into tests/bench/model-viewer (npm ci)')
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: MV_DIR, stdio: 'inherit' })
  if (result.status !== 0 || !existsSync(MV_LIB)) return 'npm ci failed in tests/bench/model-viewer'
  return undefined
}

/** three's meshopt decoder as a classic script that defines `MeshoptDecoder`, as model-viewer loads it. */
function meshoptDecoderScript(): Uint8Array {
  const source = readFileSync(
    join(ROOT, 'node_modules', 'three', 'examples', 'jsm', 'libs', 'meshopt_decoder.module.js')
  )
  return Buffer.from(source.toString('utf8').replace(/^export\s*\{\s*MeshoptDecoder\s*\};?\s*$/m, ''))
}

interface AppRun {
  startup: StartupTimes
  frames: { default: FrameResult; xraySelection: FrameResult; cause: FrameResult; moving: MovingFrames }
  memory: { afterLoad: HeapReading; afterFirstCycle: HeapReading; afterCycles: HeapReading }
}

interface BaselineRun {
  startup: StartupTimes
  frames?: FrameResult
  /** The same bend, joints turned directly (the bare three.js page only). */
  movingFrames?: MovingFrames
}

interface PickRun {
  bvh: PickSample[]
  noBvh: PickSample[]
  bvhState: BvhState
}

interface RunRecord {
  app?: AppRun
  three?: BaselineRun
  modelViewer?: BaselineRun
  pick?: PickRun
}

async function measureApp(browser: Browser, url: string, o: Options, problems: string[]): Promise<AppRun> {
  const opened = await openPage(browser, `${url}/?bench`)
  try {
    const { page } = opened
    await waitForMark(page, 'first-model-frame')
    const startup = await readStartup(page)
    await settleApp(page)
    await saveAppCamera(page)
    const afterLoad = await readMemory(opened, 'explorer')
    await setAppScenario(page, 'default')
    const byDefault = await timeFrames(page, 'explorer', o.frames)
    await setAppScenario(page, 'xray-selection')
    const xraySelection = await timeFrames(page, 'explorer', o.frames)
    await setAppScenario(page, 'cause')
    const cause = await timeFrames(page, 'explorer', o.frames)
    await setAppScenario(page, 'default')
    const moving = await timeMovingFrames(page, 'explorer', o.frames)
    await runCycles(page, 1, 1)
    const afterFirstCycle = await readMemory(opened, 'explorer', true)
    await runCycles(page, o.cycles - 1, DRAW_EVERY)
    const afterCycles = await readMemory(opened, 'explorer', true)
    return {
      startup,
      frames: { default: byDefault, xraySelection, cause, moving },
      memory: { afterLoad, afterFirstCycle, afterCycles },
    }
  } finally {
    problems.push(...opened.problems.map((p) => `app: ${p}`))
    await opened.close()
  }
}

async function measureBaseline(
  browser: Browser,
  url: string,
  name: string,
  o: Options,
  problems: string[]
): Promise<BaselineRun> {
  const opened = await openPage(browser, url)
  try {
    const { page } = opened
    await waitForMark(page, 'first-model-frame')
    const startup = await readStartup(page)
    const exposed = await page.evaluate(() => window.__bench !== undefined)
    const frames = exposed ? await timeFrames(page, 'bench', o.frames) : undefined
    const bends = await page.evaluate(() => typeof window.__bench?.bend === 'function')
    const movingFrames = bends ? await timeMovingFrames(page, 'bench', o.frames) : undefined
    return { startup, frames, movingFrames }
  } finally {
    problems.push(...opened.problems.map((p) => `${name}: ${p}`))
    await opened.close()
  }
}

async function measurePick(browser: Browser, url: string, problems: string[]): Promise<PickRun> {
  const opened = await openPage(browser, `${url}/?${PICK_QUERY}`)
  try {
    const { page } = opened
    await waitForMark(page, 'first-model-frame')
    await settleApp(page)
    await installPickProbe(page, PICK_ID)
    const bvhState = await readBvhState(page)
    const bvh: PickSample[] = []
    const noBvh: PickSample[] = []
    for (let i = 0; i < PICKS_PER_RUN; i++) bvh.push(await pickOnce(page, PICK_ID))
    await setBvh(page, false)
    for (let i = 0; i < PICKS_PER_RUN; i++) noBvh.push(await pickOnce(page, PICK_ID))
    await setBvh(page, true)
    return { bvh, noBvh, bvhState }
  } finally {
    problems.push(...opened.problems.map((p) => `pick: ${p}`))
    await opened.close()
  }
}

const startupSummary = (runs: StartupTimes[]): StartupSummary => ({
  firstContentfulPaint: summarize(runs.map((r) => r.firstContentfulPaint)),
  canvasCreated: summarize(runs.map((r) => r.marks['canvas-created'])),
  modelReady: summarize(runs.map((r) => r.marks['model-ready'])),
  firstModelFrame: summarize(runs.map((r) => r.marks['first-model-frame'])),
})

const memorySummary = (readings: HeapReading[]): MemorySummary => ({
  heapUsed: summarize(readings.map((r) => r.heapUsed)),
  compiledCode: summarize(readings.map((r) => r.compiledCode ?? Number.NaN)),
  objects: summarize(readings.map((r) => r.objects ?? Number.NaN)),
  geometries: summarize(readings.map((r) => r.geometries)),
  textures: summarize(readings.map((r) => r.textures)),
})

const modelFigures = (f: FrameResult | undefined): ModelFigures | undefined =>
  f && {
    meshes: f.meshes,
    visibleMeshes: f.visibleMeshes,
    triangles: f.triangles,
    drawCalls: f.drawCalls,
    programs: f.programs,
    drawingBuffer: f.drawingBuffer,
  }

const pooled = (frames: ({ times: number[] } | undefined)[]) => summarize(frames.flatMap((f) => f?.times ?? []))

async function main(): Promise<void> {
  const o = readOptions()
  const started = performance.now()
  if (!existsSync(GLB)) throw new Error(`${GLB} is missing: generate it with \`npm run model\` first.`)
  const glb = readFileSync(GLB)

  await buildPages(o.skipBuild)
  const bundle: { app: BundleSizes; three: BundleSizes } = {
    app: measureBundle(APP_OUT),
    three: measureBundle(THREE_OUT),
  }
  let mvSkipped = ensureModelViewer()
  const mvVersion = mvSkipped
    ? undefined
    : (
        JSON.parse(readFileSync(join(MV_DIR, 'node_modules', '@google', 'model-viewer', 'package.json'), 'utf8')) as {
          version: string
        }
      ).version

  const servers: StaticServer[] = []
  let browser: Browser | undefined
  try {
    const app = await serveStatic(APP_OUT)
    const three = await serveStatic(THREE_OUT, { [MODEL_PATH]: glb })
    const mv = await serveStatic(MV_DIR, { [MODEL_PATH]: glb, '/meshopt_decoder.js': meshoptDecoderScript() })
    servers.push(app, three, mv)

    browser = await launchChromium(o.gpu ? { args: GPU_ARGS } : {})
    const chromium = browser.version()

    // A first, untimed pass: the app's default camera and canvas, for the baselines (and a warm-up).
    const first = await openPage(browser, `${app.url}/?bench`)
    await waitForMark(first.page, 'first-model-frame')
    await settleApp(first.page)
    const glRenderer = await webgl2Renderer(first.page)
    const { view, hidden } = await readAppView(first.page)
    await first.close()
    if (!o.gpu && !/SwiftShader/i.test(glRenderer)) log(`warning: expected SwiftShader, got ${glRenderer}`)
    log(`${chromium}; ${glRenderer}`)
    const query = `${viewToQuery(view)}&hidden=${hidden.join(',')}`

    const problems: string[] = []
    const runs: RunRecord[] = []
    for (let run = 0; run < o.runs; run++) {
      const record: RunRecord = {}
      const withMv = !mvSkipped && run < o.mvRuns
      const jobs: [string, () => Promise<void>][] = [
        ['app', async () => void (record.app = await measureApp(browser!, app.url, o, problems))],
        [
          'three',
          async () =>
            void (record.three = await measureBaseline(browser!, `${three.url}/?${query}`, 'three', o, problems)),
        ],
      ]
      if (withMv)
        jobs.push([
          'model-viewer',
          async () => {
            try {
              const url = `${mv.url}/index.html?${query}`
              record.modelViewer = await measureBaseline(browser!, url, 'model-viewer', o, problems)
            } catch (error) {
              mvSkipped = `model-viewer page failed: ${error instanceof Error ? error.message : String(error)}`
              log(mvSkipped)
            }
          },
        ])
      jobs.push(['pick', async () => void (record.pick = await measurePick(browser!, app.url, problems))])
      // Rotate the order so that no page always runs first (or right after a GC-heavy one).
      const spent: string[] = []
      for (let j = 0; j < jobs.length; j++) {
        const [name, job] = jobs[(j + run) % jobs.length]!
        const start = performance.now()
        await job()
        spent.push(`${name} ${((performance.now() - start) / 1000).toFixed(0)} s`)
      }
      log(
        `run ${run + 1}/${o.runs}: ${spent.join(', ')} (${((performance.now() - started) / 1000).toFixed(0)} s in all)`
      )
      runs.push(record)
    }

    // The phone's view: Lighthouse (simulated slow 4G, 4× CPU) and an unthrottled trace of the
    // production build, each page in a fresh browser profile.
    let phone: BenchResult['phone']
    if (o.lighthouseRuns > 0) {
      log('building the production app for Lighthouse')
      await buildProduction(o.skipBuild)
      const production = await servePreview()
      try {
        const lighthouse = await measureLighthouse(production.url, LIGHTHOUSE_PATHS, o.lighthouseRuns, log)
        const traces: LongTaskRun[] = []
        for (let run = 0; run < o.lighthouseRuns; run++) {
          const trace = await traceLongTasks(browser, production.url, '/')
          log(
            `trace run ${run + 1}: longest start-up task ${trace.longestStartUp?.duration ?? 0} ms, ` +
              `longest idle task ${trace.longestIdle?.duration ?? 0} ms`
          )
          traces.push(trace)
        }
        const movements: MovementTrace[] = []
        for (let run = 0; run < o.lighthouseRuns; run++) {
          const trace = await traceMovement(browser, production.url)
          log(`movement trace run ${run + 1}: longest task while moving ${trace.longest?.duration ?? 0} ms`)
          movements.push(trace)
        }
        phone = {
          lighthouse: lighthouse.summaries,
          lighthouseRuns: lighthouse.runs,
          longTasks: traces,
          movement: movements,
        }
      } finally {
        await production.close()
      }
    }

    const apps = runs.map((r) => r.app!)
    const threes = runs.flatMap((r) => (r.three ? [r.three] : []))
    const mvs = runs.flatMap((r) => (r.modelViewer ? [r.modelViewer] : []))
    const picks = runs.map((r) => r.pick!)
    const mvFrames = mvs.some((r) => r.frames)
    const bvhState = picks[0]!.bvhState

    const notes: string[] = []
    if (bvhState.acceleratedMeshes < bvhState.pickableMeshes)
      notes.push(
        `BVH raycast active on ${bvhState.acceleratedMeshes} of ${bvhState.pickableMeshes} pickable meshes ` +
          `(firstHitOnly ${bvhState.firstHitOnly}): the rest use three's plain Mesh.raycast, so "BVH" and "no BVH" picks match.`
      )
    if (mvSkipped) notes.push(`model-viewer not measured: ${mvSkipped}`)
    else if (mvFrames)
      notes.push(
        'model-viewer exposes no renderer: its frame time renders its internal scene (found through symbol descriptions) ' +
          'synchronously like the others; its own tick also renders shadows/effects when enabled (off here).'
      )
    else notes.push('model-viewer frame time not measured (its internals were not found); startup only.')
    if (problems.length) notes.push(`${problems.length} console/page problems recorded (see problems in the JSON).`)

    const date = new Date().toISOString()
    const result: BenchResult = {
      date,
      gl: o.gpu ? 'gpu' : 'swiftshader',
      runs: o.runs,
      framesPerRun: o.frames,
      viewport: VIEWPORT,
      machine: {
        os: `${type()} ${release()}`,
        arch: arch(),
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      chromium,
      glRenderer,
      view: { ...view, hidden },
      bundle: { ...bundle, modelViewer: mvSkipped ? undefined : sizeOf(MV_LIB, 'model-viewer.min.js') },
      model: {
        glbBytes: statSync(GLB).size,
        app: modelFigures(apps[0]!.frames.default)!,
        three: modelFigures(threes[0]?.frames),
        modelViewer: modelFigures(mvs[0]?.frames),
      },
      startup: {
        app: startupSummary(apps.map((r) => r.startup)),
        three: threes.length ? startupSummary(threes.map((r) => r.startup)) : undefined,
        modelViewer: mvs.length ? startupSummary(mvs.map((r) => r.startup)) : undefined,
      },
      frames: {
        app: {
          default: pooled(apps.map((r) => r.frames.default)),
          xraySelection: pooled(apps.map((r) => r.frames.xraySelection)),
          cause: pooled(apps.map((r) => r.frames.cause)),
          moving: pooled(apps.map((r) => r.frames.moving)),
        },
        three: threes.length
          ? { default: pooled(threes.map((r) => r.frames)), moving: pooled(threes.map((r) => r.movingFrames)) }
          : undefined,
        modelViewer: mvFrames ? { default: pooled(mvs.map((r) => r.frames)) } : undefined,
      },
      picking: {
        structure: PICK_ID,
        query: PICK_QUERY,
        bvh: {
          clickToSelect: summarize(picks.flatMap((p) => p.bvh.map((s) => s.clickToSelect))),
          pointerDownToStore: summarize(picks.flatMap((p) => p.bvh.map((s) => s.pointerDownToStore))),
        },
        noBvh: {
          clickToSelect: summarize(picks.flatMap((p) => p.noBvh.map((s) => s.clickToSelect))),
          pointerDownToStore: summarize(picks.flatMap((p) => p.noBvh.map((s) => s.pointerDownToStore))),
        },
        bvhState,
      },
      memory: {
        cycles: o.cycles,
        afterLoad: memorySummary(apps.map((r) => r.memory.afterLoad)),
        afterFirstCycle: memorySummary(apps.map((r) => r.memory.afterFirstCycle)),
        afterCycles: memorySummary(apps.map((r) => r.memory.afterCycles)),
      },
      modelViewer: {
        version: mvVersion,
        runs: mvs.length,
        skipped: mvSkipped,
        frameTiming: mvFrames ? 'internal renderer via symbols' : undefined,
      },
      phone,
      problems: [...new Set(problems)],
      notes,
      durationS: Math.round((performance.now() - started) / 1000),
      raw: runs,
    }

    mkdirSync(RESULTS, { recursive: true })
    const stamp = date.replace(/[:.]/g, '-')
    const jsonPath = join(RESULTS, `${stamp}${o.gpu ? '-gpu' : ''}.json`)
    writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`)
    const mdPath = join(RESULTS, o.gpu ? 'latest-gpu.md' : 'latest.md')
    writeFileSync(mdPath, markdownReport(result))
    console.log(`\n${textReport(result)}\n`)
    log(`wrote ${jsonPath} and ${mdPath} in ${result.durationS} s`)
  } finally {
    await browser?.close()
    await Promise.all(servers.map((s) => s.close()))
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exitCode = 1
})
