import { Box3, Vector3 } from 'three'
import type { RootState } from '@react-three/fiber'
import { useExplorerStore } from '../store/explorer-store'
import { boundsOf, type ModelIndex } from './model-index'

/**
 * What the end-to-end tests and the benchmark may reach, exposed only with `?e2e` or `?bench`
 * in the URL. Nothing here is used by the app itself.
 */
export interface ExplorerTestHooks {
  store: typeof useExplorerStore
  /** The live R3F state (camera, gl, scene, controls), or null before the canvas exists. */
  readonly r3f: RootState | null
  /** Set by the canvas once created. */
  getR3f: (() => RootState) | null
  index: ModelIndex | null
  /** Screen (CSS pixel, page) coordinates of a structure's bounding-box centre. */
  project(id: string): { x: number; y: number } | null
  /** Renders synchronously and reads one pixel (CSS px, page coordinates), as sRGB 0–255. */
  pixelAt(x: number, y: number): [number, number, number, number] | null
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHooks
  }
}

export function testHooksEnabled(): boolean {
  const params = new URLSearchParams(location.search)
  return params.has('e2e') || params.has('bench')
}

const _box = new Box3()
const _v = new Vector3()

/** Installs the hooks once per page (a remounted canvas reuses them). */
export function installTestHooks(): ExplorerTestHooks {
  if (window.__explorer) return window.__explorer
  const hooks: ExplorerTestHooks = {
    store: useExplorerStore,
    getR3f: null,
    get r3f() {
      return hooks.getR3f?.() ?? null
    },
    index: null,
    project(id) {
      const { r3f, index } = hooks
      if (!r3f || !index) return null
      boundsOf(index, [id], _box)
      if (_box.isEmpty()) return null
      _box.getCenter(_v).project(r3f.camera)
      const rect = r3f.gl.domElement.getBoundingClientRect()
      return { x: rect.left + ((_v.x + 1) / 2) * rect.width, y: rect.top + ((1 - _v.y) / 2) * rect.height }
    },
    pixelAt(x, y) {
      const { r3f } = hooks
      if (!r3f) return null
      const { gl, scene, camera } = r3f
      gl.render(scene, camera)
      const canvas = gl.domElement
      const rect = canvas.getBoundingClientRect()
      const px = Math.round(((x - rect.left) / rect.width) * canvas.width)
      const py = Math.round(((rect.bottom - y) / rect.height) * canvas.height)
      const out = new Uint8Array(4)
      const ctx = gl.getContext()
      ctx.readPixels(px, py, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, out)
      return [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0]
    },
  }
  window.__explorer = hooks
  return hooks
}
