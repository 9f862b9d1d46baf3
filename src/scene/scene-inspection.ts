import type { RootState } from '@react-three/fiber'
import type { ModelIndex } from './model-index'

/**
 * The live scene, published for tools that sit outside the app: the e2e and benchmark build adds
 * one entry module (`src/e2e/install-hooks.ts`) that reads it. The app itself never reads it, and
 * the production build has no reader, so nothing here reaches `window`.
 */
export interface SceneInspection {
  /** The R3F state getter (camera, gl, scene, controls), once the canvas exists. */
  getR3f: (() => RootState) | null
  /** The loaded model's structure index, once indexed. */
  index: ModelIndex | null
  /** Whether every mesh of the index has its picking BVH (built in slices after the first frame). */
  boundsTreesBuilt: boolean
  /** Whether a camera framing is still working out where to look (its rays run in slices). */
  framing: boolean
  /**
   * Picking BVHs built so far in their worker, and built or refitted on the main thread (a pose
   * change refits there); counted, not announced.
   */
  boundsTreeBuilds: { inWorker: number; here: number }
}

export const sceneInspection: SceneInspection = {
  getR3f: null,
  index: null,
  boundsTreesBuilt: false,
  framing: false,
  boundsTreeBuilds: { inWorker: 0, here: 0 },
}

const listeners = new Set<() => void>()

/** Updates what is published and tells the readers. */
export function publishScene(patch: Partial<SceneInspection>): void {
  Object.assign(sceneInspection, patch)
  for (const listener of listeners) listener()
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function onSceneChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
