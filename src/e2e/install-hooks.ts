/**
 * The e2e and benchmark build's one extra entry (`vite build --mode e2e`): it puts
 * `window.__explorer` on the page so tests can read the store and measure the scene. The
 * production build does not include this module; every app module the tests drive is the same
 * file the production build ships.
 */
import type { RootState } from '@react-three/fiber'
import { useExplorerStore } from '../store/explorer-store'
import { onSceneChange, sceneInspection } from '../scene/scene-inspection'
import type { ModelIndex } from '../scene/model-index'
import type { SceneProbes } from './scene-probes'

/** What the end-to-end tests and the benchmark may reach. Nothing here is used by the app. */
export interface ExplorerTestHooks extends SceneProbes {
  store: typeof useExplorerStore
  /** The live R3F state (camera, gl, scene, controls), or null before the canvas exists. */
  readonly r3f: RootState | null
  /** The loaded model's structure index, or null before it is indexed. */
  readonly index: ModelIndex | null
  /** Whether the scene probes have loaded (they arrive with three.js, after the canvas). */
  readonly ready: boolean
  /** Whether a camera framing is still working out where to look: the camera has not moved yet. */
  readonly framing: boolean
  /** How many picking BVHs were built in their worker, and how many built or refitted on the main thread. */
  readonly boundsTreeBuilds: { inWorker: number; here: number }
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHooks
  }
}

let probes: SceneProbes | null = null

const hooks: ExplorerTestHooks = {
  store: useExplorerStore,
  get r3f() {
    return sceneInspection.getR3f?.() ?? null
  },
  get index() {
    return sceneInspection.index
  },
  get ready() {
    // The picking BVHs too: a camera framing waits for them, so a test measures after it.
    return probes !== null && sceneInspection.index !== null && sceneInspection.boundsTreesBuilt
  },
  get framing() {
    return sceneInspection.framing
  },
  get boundsTreeBuilds() {
    return { ...sceneInspection.boundsTreeBuilds }
  },
  project: (id, at) => probes?.project(id, at) ?? null,
  visiblePoint: (id) => probes?.visiblePoint(id) ?? null,
  areaPoint: (area, side) => probes?.areaPoint(area, side) ?? null,
  pixelAt: (x, y) => probes?.pixelAt(x, y) ?? null,
  visibleShare: (id) => probes?.visibleShare(id) ?? null,
}
window.__explorer = hooks

// The probes need three.js: load them once the canvas exists (three is on the page by then), so
// this entry never changes what the app loads, or when.
const stop = onSceneChange(() => {
  if (!sceneInspection.getR3f) return
  stop()
  void import('./scene-probes').then((m) => {
    probes = m.createSceneProbes(hooks)
  })
})
