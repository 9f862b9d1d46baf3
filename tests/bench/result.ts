/** The shape of one benchmark run as written to tests/bench/results/<timestamp>.json. */
import type { BundleSizes, ChunkSize } from './bundle'
import type { BaselineView } from './page-params'
import type { BvhState } from './pages'
import type { Summary } from './stats'
import type { LighthouseRun, LighthouseSummary } from './lighthouse'
import type { LongTaskRun, MovementTrace } from './long-tasks'

export interface ModelFigures {
  meshes: number
  visibleMeshes: number
  triangles: number
  drawCalls: number
  programs: number
  drawingBuffer: [number, number]
}

export interface StartupSummary {
  firstContentfulPaint: Summary
  canvasCreated: Summary
  modelReady: Summary
  firstModelFrame: Summary
}

export interface MemorySummary {
  heapUsed: Summary
  /** From heap snapshots: V8's compiled code, and the page's objects (everything else). */
  compiledCode: Summary
  objects: Summary
  geometries: Summary
  textures: Summary
}

export interface BenchResult {
  date: string
  /** 'swiftshader' (software GL, the default) or 'gpu' (`--gpu`, hardware GL). */
  gl: 'swiftshader' | 'gpu'
  runs: number
  /** Synchronous renders timed per scenario and run. */
  framesPerRun: number
  viewport: { width: number; height: number }
  machine: { os: string; arch: string; cpus: number; cpuModel: string; memoryGb: number; node: string }
  chromium: string
  glRenderer: string
  /** The app's default view, given to the baselines. */
  view: BaselineView & { hidden: string[] }
  bundle: { app: BundleSizes; three: BundleSizes; modelViewer?: ChunkSize }
  model: { glbBytes: number; app: ModelFigures; three?: ModelFigures; modelViewer?: ModelFigures }
  startup: { app: StartupSummary; three?: StartupSummary; modelViewer?: StartupSummary }
  frames: {
    /** `moving`: a bend from −1 to 1, one pose per frame (the bare page turns the same joints itself). */
    app: { default: Summary; xraySelection: Summary; cause: Summary; moving: Summary }
    three?: { default: Summary; moving: Summary }
    modelViewer?: { default: Summary }
  }
  picking: {
    structure: string
    query: string
    bvh: { clickToSelect: Summary; pointerDownToStore: Summary }
    noBvh: { clickToSelect: Summary; pointerDownToStore: Summary }
    bvhState: BvhState
  }
  memory: { cycles: number; afterLoad: MemorySummary; afterFirstCycle: MemorySummary; afterCycles: MemorySummary }
  modelViewer: { version?: string; runs: number; skipped?: string; frameTiming?: string }
  /**
   * The phone's view of the production build: Lighthouse's mobile preset per page (medians of
   * the runs that reached first-model-frame) and unthrottled traces with their long tasks.
   */
  phone?: {
    lighthouse: LighthouseSummary[]
    lighthouseRuns: LighthouseRun[]
    longTasks: LongTaskRun[]
    /** Long tasks while the bend slider is dragged and the pose settles (desktop size, unthrottled). */
    movement: MovementTrace[]
  }
  /** Console errors, page errors and requests to other hosts, per page kind. */
  problems: string[]
  notes: string[]
  durationS: number
  /** Every sample, per run, for later analysis. */
  raw: unknown[]
}
