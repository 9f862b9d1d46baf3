import type { Camera, Scene, WebGLRenderer } from 'three'

/**
 * What the benchmark tells its baseline pages through the query string, so that they render the
 * same model with the same camera and canvas size as the app's default view.
 */
export interface BaselineView {
  /** Camera position and the point it looks at, in model units (metres). */
  position: [number, number, number]
  target: [number, number, number]
  /** Vertical field of view, degrees. */
  fov: number
  near: number
  far: number
  /** Canvas size in CSS pixels. */
  width: number
  height: number
}

const numbers = (text: string | null, count: number): number[] | null => {
  const values = (text ?? '').split(',').map(Number)
  return values.length === count && values.every(Number.isFinite) ? values : null
}

export function viewToQuery(view: BaselineView): string {
  const params = new URLSearchParams({
    pos: view.position.join(','),
    target: view.target.join(','),
    lens: [view.fov, view.near, view.far].join(','),
    size: [view.width, view.height].join(','),
  })
  return params.toString()
}

/** Reads the view from a query string; null when it is missing or malformed. */
export function viewFromQuery(search: string): BaselineView | null {
  const params = new URLSearchParams(search)
  const pos = numbers(params.get('pos'), 3)
  const target = numbers(params.get('target'), 3)
  const lens = numbers(params.get('lens'), 3)
  const size = numbers(params.get('size'), 2)
  if (!pos || !target || !lens || !size) return null
  return {
    position: [pos[0]!, pos[1]!, pos[2]!],
    target: [target[0]!, target[1]!, target[2]!],
    fov: lens[0]!,
    near: lens[1]!,
    far: lens[2]!,
    width: size[0]!,
    height: size[1]!,
  }
}

/** Hidden structure ids (the app hides the skin layer by default), for the `hidden` parameter. */
export function hiddenFromQuery(search: string): Set<string> {
  const text = new URLSearchParams(search).get('hidden') ?? ''
  return new Set(text.split(',').filter(Boolean))
}

/** What a baseline page exposes to the benchmark (the app exposes `window.__explorer`). */
export interface BenchHandles {
  renderer: WebGLRenderer
  scene: Scene
  camera: Camera
  /** Bends the model's joints to a forward (+1) or backward (−1) bend, as the app's pose does. */
  bend?: (amount: number) => void
}

declare global {
  interface Window {
    __bench?: BenchHandles
    /** Set by a baseline page when it could not show the model. */
    __benchError?: string
  }
}
