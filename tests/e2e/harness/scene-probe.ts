import type { Page } from 'playwright-core'
import type { BoxPoint } from '../../../src/e2e/scene-probes'

export type Rgba = [number, number, number, number]

/** Screen point of a structure's bounding-box centre (through the app's e2e hooks). */
export async function projectStructure(
  page: Page,
  id: string,
  at: BoxPoint = 'centre'
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([structureId, where]) => window.__explorer?.project(structureId, where) ?? null, [
    id,
    at,
  ] as const)
  if (!point) throw new Error(`Structure ${id} is not in the loaded model`)
  return point
}

/** A point where the structure is visible and would be hit first by a click. */
export async function visiblePointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((structureId) => window.__explorer?.visiblePoint(structureId) ?? null, id)
  if (!point) throw new Error(`No visible point of ${id} in this view`)
  return point
}

/** A point on the skin in a body area (from the generator's tags), facing the camera. */
export async function areaPoint(page: Page, area: string, side?: 'left' | 'right'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([a, s]) => window.__explorer?.areaPoint(a, s) ?? null, [area, side] as const)
  if (!point) throw new Error(`No skin point tagged ${area} in this view`)
  return point
}

/** Renders synchronously and reads the pixel under a page point. */
export async function pixelAt(page: Page, point: { x: number; y: number }): Promise<Rgba> {
  const rgba = await page.evaluate(({ x, y }) => window.__explorer?.pixelAt(x, y) ?? null, point)
  if (!rgba) throw new Error('The 3D view is not ready')
  return rgba
}

export function colourDistance(a: Rgba, b: Rgba): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
}

/** Reads one field of the store. */
export async function storeValue<T>(page: Page, key: string): Promise<T> {
  return page.evaluate((k) => {
    const state = window.__explorer!.store.getState() as unknown as Record<string, unknown>
    const value = state[k]
    return (value instanceof Set ? [...value] : value) as never
  }, key)
}

export interface SettleOptions {
  /**
   * Ask for a frame on every tick. The app renders on demand, and its camera rig applies a preset
   * view only on a later frame; the bench, which times frames itself, needs those frames drawn.
   */
  invalidate?: boolean
  /** Ticks the camera must stay put. */
  stillFrames?: number
  /** Give up after this many ticks. */
  maxFrames?: number
}

/** Waits until the camera has stopped moving (the app renders on demand, so frames stop). */
export async function settle(page: Page, options: SettleOptions = {}): Promise<void> {
  const { invalidate = false, stillFrames = 5, maxFrames = Number.MAX_SAFE_INTEGER } = options
  await page.evaluate(
    ({ invalidate, stillFrames, maxFrames }) =>
      new Promise<void>((done) => {
        let last = ''
        let still = 0
        let frames = 0
        const tick = () => {
          const state = window.__explorer?.r3f
          if (invalidate) state?.invalidate()
          const now = state
            ? state.camera.position
                .toArray()
                .map((v) => v.toFixed(5))
                .join()
            : ''
          // A framing still working out where to look has not moved the camera yet.
          const framing = window.__explorer?.framing === true
          still = now === last && !framing ? still + 1 : 0
          last = now
          frames++
          if (still >= stillFrames || frames > maxFrames) done()
          else requestAnimationFrame(tick)
        }
        tick()
      }),
    { invalidate, stillFrames, maxFrames }
  )
}
