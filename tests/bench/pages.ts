/**
 * What the benchmark does inside each page. Everything is timed in the page with
 * `performance.now()`; the Node side only drives and collects.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core'
import type { BaselineView } from './page-params'
import { settle } from '../e2e/harness/scene-probe'
import { heapSnapshotBreakdown } from '../e2e/harness/page-health'

export type Mark = 'app-start' | 'canvas-created' | 'model-ready' | 'first-model-frame'

/** Which page's objects to render: the app's R3F state or a baseline's `window.__bench`. */
export type HandleSource = 'explorer' | 'bench'

export const VIEWPORT = { width: 1280, height: 800 }

export interface OpenedPage {
  context: BrowserContext
  page: Page
  cdp: CDPSession
  /** Page errors, console errors and requests to another host seen so far. */
  problems: string[]
  close(): Promise<void>
}

/**
 * A fresh context (its own HTTP cache) with the CDP Performance domain enabled before
 * navigation, as §3.7 asks, so the heap metrics are live.
 */
export async function openPage(browser: Browser, url: string): Promise<OpenedPage> {
  const { context, page } = await newTabAt(
    browser,
    { viewport: VIEWPORT, deviceScaleFactor: 1, reducedMotion: 'reduce' },
    url,
    // tsx (esbuild keepNames) wraps named functions in __name(); the evaluated copies need it too.
    (context) => context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f)')
  )
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await cdp.send('HeapProfiler.enable')
  const problems: string[] = []
  const origin = new URL(url).origin
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  context.on('request', (request) => {
    const target = request.url()
    if (!target.startsWith('data:') && !target.startsWith('blob:') && new URL(target).origin !== origin)
      problems.push(`request to another host: ${target}`)
  })
  await page.waitForLoadState('domcontentloaded')
  return { context, page, cdp, problems, close: () => context.close() }
}

/**
 * A new browser context with one tab opened straight at `url`, as a shared link opens in a new
 * tab; `prepare` runs on the context first (init scripts). Not Playwright's newPage() and goto():
 * newPage() first makes an about:blank document in the renderer the page then navigates in, and
 * Chromium shuts that document's widget down a second later (WidgetBase::Shutdown). Its compositor
 * waits there for the GPU process, which SwiftShader keeps busy drawing the page: the phone traces
 * had a main-thread task of 0.5–1.4 s at about 1 s after navigation, in start-up or idle time,
 * depending on when the page was drawing. Opened directly, no trace had it.
 */
export async function newTabAt(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
  url: string,
  prepare: (context: BrowserContext) => Promise<unknown> = () => Promise.resolve()
): Promise<{ context: BrowserContext; page: Page }> {
  const cdp = await browser.newBrowserCDPSession()
  try {
    const before = new Set((await cdp.send('Target.getBrowserContexts')).browserContextIds)
    const context = await browser.newContext(options)
    await prepare(context)
    const created = (await cdp.send('Target.getBrowserContexts')).browserContextIds.filter((id) => !before.has(id))
    if (created.length !== 1) throw new Error(`expected one new browser context, found ${created.length}`)
    const opened = context.waitForEvent('page')
    await cdp.send('Target.createTarget', { url, browserContextId: created[0] })
    return { context, page: await opened }
  } finally {
    await cdp.detach()
  }
}

export async function waitForMark(page: Page, mark: Mark, timeoutMs = 90_000): Promise<void> {
  await page.waitForFunction(
    // The app's hooks load their scene probes just after the canvas: wait for them as well.
    (name) =>
      (performance.getEntriesByName(name, 'mark').length > 0 &&
        (window.__explorer === undefined || window.__explorer.ready || name !== 'first-model-frame')) ||
      window.__benchError !== undefined,
    mark,
    { timeout: timeoutMs, polling: 50 }
  )
  const error = await page.evaluate(() => window.__benchError)
  if (error) throw new Error(`The page could not show the model: ${error}`)
}

export interface StartupTimes {
  /** ms from navigation start; NaN when the page never set the mark. */
  marks: Record<Mark, number>
  firstContentfulPaint: number
}

export async function readStartup(page: Page): Promise<StartupTimes> {
  return page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
    return {
      marks: {
        'app-start': at('app-start'),
        'canvas-created': at('canvas-created'),
        'model-ready': at('model-ready'),
        'first-model-frame': at('first-model-frame'),
      },
      firstContentfulPaint: fcp?.startTime ?? Number.NaN,
    }
  })
}

export interface FrameResult {
  /** ms per synchronous render + 1×1 readPixels. */
  times: number[]
  drawCalls: number
  triangles: number
  programs: number
  /** Meshes in the scene and how many of them are visible. */
  meshes: number
  visibleMeshes: number
  geometries: number
  textures: number
  drawingBuffer: [number, number]
}

/**
 * Times `frames` synchronous renders of the page's scene, each followed by a 1×1 readPixels so
 * the GPU (or SwiftShader) has finished. rAF deltas would only show the vsync cadence (§3.7).
 */
export async function timeFrames(page: Page, source: HandleSource, frames: number): Promise<FrameResult> {
  return page.evaluate(
    ({ source, frames }) => {
      const handles =
        source === 'bench'
          ? window.__bench
          : (() => {
              const state = window.__explorer?.r3f?.get()
              return state ? { renderer: state.gl, scene: state.scene, camera: state.camera } : undefined
            })()
      if (!handles) throw new Error(`No renderer exposed by the page (${source})`)
      const { renderer, scene, camera } = handles
      const gl = renderer.getContext()
      const pixel = new Uint8Array(4)
      const sceneToneMapping = (scene as { toneMapping?: unknown }).toneMapping
      const once = () => {
        // model-viewer sets these per scene before each of its renders; do the same.
        if (typeof sceneToneMapping === 'number') renderer.toneMapping = sceneToneMapping as never
        renderer.setRenderTarget(null)
        renderer.render(scene, camera)
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel)
      }
      for (let i = 0; i < 2; i++) once()
      const times: number[] = []
      for (let i = 0; i < frames; i++) {
        const start = performance.now()
        once()
        times.push(performance.now() - start)
      }
      let meshes = 0
      let visibleMeshes = 0
      scene.traverse((object) => {
        if (!(object as { isMesh?: boolean }).isMesh) return
        meshes++
        let visible = true
        for (let o: typeof object | null = object; o; o = o.parent) visible &&= o.visible
        if (visible) visibleMeshes++
      })
      const { info } = renderer
      return {
        times,
        drawCalls: info.render.calls,
        triangles: info.render.triangles,
        programs: info.programs?.length ?? 0,
        meshes,
        visibleMeshes,
        geometries: info.memory.geometries,
        textures: info.memory.textures,
        drawingBuffer: [gl.drawingBufferWidth, gl.drawingBufferHeight] as [number, number],
      }
    },
    { source, frames }
  )
}

/** Frame times while the spine moves (the scene's counts are the default view's, timed apart). */
export interface MovingFrames {
  times: number[]
}

/**
 * Frame time while the spine moves: a bend from −1 to 1 over `frames` frames. The baseline turns its
 * joints and renders; the app is given each new pose through its store, lets React commit it (a
 * task), then runs one frame of its own loop (`advance`: the pose applier turns the joints, R3F
 * renders). Only that frame is timed, like the baseline's; the React work shows in the long-task trace.
 */
export async function timeMovingFrames(page: Page, source: HandleSource, frames: number): Promise<MovingFrames> {
  return page.evaluate(
    async ({ source, frames }) => {
      const amount = (i: number) => -1 + (2 * i) / Math.max(1, frames - 1)
      const bench = window.__bench
      const hooks = window.__explorer
      const r3f = hooks?.r3f
      if (source === 'bench' ? !bench?.bend : !hooks || !r3f) throw new Error(`The page cannot bend (${source})`)
      const gl = (source === 'bench' ? bench!.renderer : r3f!.get().gl).getContext()
      const pixel = new Uint8Array(4)
      const setBend = (value: number) =>
        hooks?.store.getState().setPose({ pose: { bend: value, sideBend: 0, twist: 0, pelvicTilt: 0 }, presetId: null })
      const times: number[] = []
      // The app's own loop stays out of the way: a frame it drew between two timed ones would be
      // finished by the GPU inside the next timed frame's readPixels.
      r3f?.get().setFrameloop('never')
      for (let i = -2; i < frames; i++) {
        const value = amount(Math.max(0, i))
        if (source === 'explorer') {
          setBend(value)
          // Let React commit the pose and run its effects (a separate task), as between two real frames.
          await new Promise((done) => setTimeout(done, 0))
        }
        const start = performance.now()
        if (source === 'bench') {
          bench!.bend!(value)
          bench!.renderer.render(bench!.scene, bench!.camera)
        } else r3f!.get().advance(performance.now())
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel)
        if (i >= 0) times.push(performance.now() - start)
      }
      if (source === 'explorer') {
        setBend(0)
        r3f?.get().setFrameloop('demand')
      }
      return { times }
    },
    { source, frames }
  )
}

/** The app's default view, read once so the baselines can use the same camera and canvas. */
export async function readAppView(page: Page): Promise<{ view: BaselineView; hidden: string[] }> {
  return page.evaluate(() => {
    const hooks = window.__explorer
    const state = hooks?.r3f?.get()
    if (!hooks?.index || !state) throw new Error('The app exposes no scene (is ?bench on?)')
    const camera = state.camera as typeof state.camera & { fov: number; near: number; far: number }
    const controls = state.controls as { getTarget?(out: unknown): { x: number; y: number; z: number } } | null
    const target = controls?.getTarget?.(camera.position.clone())
    if (!target) throw new Error('The app has no camera controls to read the target from')
    const rect = state.gl.domElement.getBoundingClientRect()
    const hidden = [...hooks.index.values()].filter((s) => s.meshes.every((m) => !m.visible)).map((s) => s.id)
    return {
      view: {
        position: [camera.position.x, camera.position.y, camera.position.z] as [number, number, number],
        target: [target.x, target.y, target.z] as [number, number, number],
        fov: camera.fov,
        near: camera.near,
        far: camera.far,
        width: Math.round(rect.width),
        height: Math.round(rect.height),
      },
      hidden,
    }
  })
}

/** Remembers the app camera's current pose, so every scenario renders from the default view. */
export async function saveAppCamera(page: Page): Promise<void> {
  await page.evaluate(() => {
    const camera = window.__explorer?.r3f?.get().camera
    if (!camera) throw new Error('No app camera')
    window.__benchPose = { position: camera.position.toArray(), quaternion: camera.quaternion.toArray() }
  })
}

/** Renders the app until its camera stops moving, drawing a frame on every tick. */
export function settleApp(page: Page): Promise<void> {
  return settle(page, { invalidate: true, stillFrames: 4, maxFrames: 300 })
}

export type AppScenario = 'default' | 'xray-selection' | 'cause'

/**
 * Puts the app in a scenario through its store, waits for React to commit (the selection
 * outline mounts) and puts the camera back to the saved default pose.
 */
export async function setAppScenario(page: Page, scenario: AppScenario): Promise<void> {
  await page.evaluate(async (scenario) => {
    const hooks = window.__explorer
    const pose = window.__benchPose
    if (!hooks?.r3f || !pose) throw new Error('No app scene or saved pose')
    const store = hooks.store.getState()
    store.setCause(null)
    store.setXray(false)
    store.select(null)
    if (scenario === 'xray-selection') {
      store.select('l4', { frame: false })
      hooks.store.getState().setXray(true)
    } else if (scenario === 'cause') {
      store.setCause('sciatica')
    }
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done))
    const camera = hooks.r3f.get().camera
    camera.position.fromArray(pose.position)
    camera.quaternion.fromArray(pose.quaternion)
    camera.updateMatrixWorld()
  }, scenario)
}

export interface HeapReading {
  /** JS heap in use after a forced GC, bytes. */
  heapUsed: number
  /**
   * The same heap from a snapshot, split into V8's compiled code (bytecode, optimised machine
   * code and their metadata, which grows as the JIT warms up to repeated work) and everything
   * else (the page's objects, strings and arrays). Only where `breakdown` was asked for.
   */
  compiledCode?: number
  objects?: number
  geometries: number
  textures: number
}

/** Forces GC through CDP, then reads JSHeapUsedSize and the renderer's resource counts. */
export async function readMemory(opened: OpenedPage, source: HandleSource, breakdown = false): Promise<HeapReading> {
  await opened.cdp.send('HeapProfiler.collectGarbage')
  await opened.cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await opened.cdp.send('Performance.getMetrics')
  const split = breakdown ? await heapSnapshotBreakdown(opened.cdp) : undefined
  const heapUsed = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN
  const gpu = await opened.page.evaluate((source) => {
    const renderer = source === 'bench' ? window.__bench?.renderer : window.__explorer?.r3f?.get().gl
    return renderer ? { ...renderer.info.memory } : { geometries: Number.NaN, textures: Number.NaN }
  }, source)
  return { heapUsed, compiledCode: split?.compiledCode, objects: split?.objects, ...gpu }
}

/**
 * `count` select / deselect / cause / no-cause cycles through the store, letting React commit
 * after each step. Every `drawEvery`-th cycle also renders while something is selected and while
 * a cause is highlighted, so outline and highlight resources reach the GPU (a leak there shows in
 * `gl.info.memory`) without paying for 400 software-GL frames.
 */
export async function runCycles(page: Page, count: number, drawEvery: number): Promise<void> {
  await page.evaluate(
    async ({ count, drawEvery }) => {
      const hooks = window.__explorer
      if (!hooks?.r3f) throw new Error('No app scene')
      const { store, r3f } = hooks
      const commit = () => new Promise((done) => setTimeout(done, 0))
      const draw = () => {
        const state = r3f.get()
        state.gl.render(state.scene, state.camera)
      }
      for (let i = 0; i < count; i++) {
        const drawing = i % drawEvery === drawEvery - 1
        store.getState().select('l4')
        await commit()
        if (drawing) draw()
        store.getState().select(null)
        await commit()
        store.getState().setCause('sciatica')
        await commit()
        if (drawing) draw()
        store.getState().setCause(null)
        await commit()
      }
    },
    { count, drawEvery }
  )
}

export interface PickSample {
  /** ms from the click event (capture, on window) to the app calling select('l4'). */
  clickToSelect: number
  /** ms from pointerdown to the store holding the selection (includes the input round trip). */
  pointerDownToStore: number
}

/** Installs the listeners that time a pick: event capture on window, a wrapped select, a subscription. */
export async function installPickProbe(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const hooks = window.__explorer
    if (!hooks) throw new Error('No app hooks')
    const probe = { down: 0, click: 0, select: 0, stored: 0 }
    window.__pickProbe = probe
    addEventListener('pointerdown', () => (probe.down = performance.now()), { capture: true })
    addEventListener('click', () => (probe.click = performance.now()), { capture: true })
    // The store's actions are closures over set/get, so the original can be called on its own.
    const original = hooks.store.getState()
    hooks.store.setState({
      select: (selected, options) => {
        if (selected === id && !probe.select) probe.select = performance.now()
        original.select(selected, options)
      },
    })
    hooks.store.subscribe((state, previous) => {
      if (state.selectedId === id && previous.selectedId !== id && !probe.stored) probe.stored = performance.now()
    })
  }, id)
}

/** Turns the BVH off (three's plain raycast) or back on for every indexed geometry. */
export async function setBvh(page: Page, on: boolean): Promise<void> {
  await page.evaluate((on) => {
    const index = window.__explorer?.index
    if (!index) throw new Error('No model index')
    const stash = (window.__benchBvh ??= new Map<unknown, unknown>())
    for (const { meshes } of index.values()) {
      for (const { geometry } of meshes) {
        if (!on && geometry.boundsTree) {
          stash.set(geometry, geometry.boundsTree)
          geometry.boundsTree = undefined
        } else if (on && stash.has(geometry)) {
          geometry.boundsTree = stash.get(geometry) as typeof geometry.boundsTree
          stash.delete(geometry)
        }
      }
    }
  }, on)
}

export interface BvhState {
  pickableMeshes: number
  /** Pickable meshes whose geometry has a BVH and whose raycast is the mesh's own (accelerated) one. */
  acceleratedMeshes: number
  firstHitOnly: boolean
}

/** Whether the BVH is actually in use for the meshes a click can hit. */
export async function readBvhState(page: Page): Promise<BvhState> {
  return page.evaluate(() => {
    const hooks = window.__explorer
    if (!hooks?.index || !hooks.r3f) throw new Error('No model index')
    const meshes = [...hooks.index.values()].flatMap((s) => s.meshes).filter((m) => m.visible)
    const base = (mesh: object) => (Object.getPrototypeOf(mesh) as { raycast: unknown }).raycast
    const pickable = meshes.filter((m) => m.raycast.length > 0)
    const accelerated = pickable.filter(
      (m) => Object.prototype.hasOwnProperty.call(m, 'raycast') && m.raycast !== base(m) && m.geometry.boundsTree
    )
    const raycaster = hooks.r3f.get().raycaster as { firstHitOnly?: boolean }
    return {
      pickableMeshes: pickable.length,
      acceleratedMeshes: accelerated.length,
      firstHitOnly: raycaster.firstHitOnly === true,
    }
  })
}

/**
 * One pick: back to the front view with nothing selected, hover the structure's projected
 * centre, then click it and read the probe.
 */
export async function pickOnce(page: Page, id: string): Promise<PickSample> {
  await page.evaluate(() => {
    const store = window.__explorer?.store.getState()
    store?.select(null)
    store?.setView('front')
  })
  await settleApp(page)
  const point = await page.evaluate((id) => window.__explorer?.project(id) ?? null, id)
  if (!point) throw new Error(`${id} is not in the loaded model`)
  await page.mouse.move(point.x, point.y)
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  await page.evaluate(() => {
    const probe = window.__pickProbe
    if (probe) Object.assign(probe, { down: 0, click: 0, select: 0, stored: 0 })
  })
  await page.mouse.click(point.x, point.y)
  await page.waitForFunction(() => (window.__pickProbe?.stored ?? 0) > 0, undefined, { timeout: 10_000 })
  return page.evaluate(() => {
    const p = window.__pickProbe
    if (!p) throw new Error('No pick probe')
    return { clickToSelect: p.select - p.click, pointerDownToStore: p.stored - p.down }
  })
}

declare global {
  interface Window {
    __benchPose?: { position: number[]; quaternion: number[] }
    __pickProbe?: { down: number; click: number; select: number; stored: number }
    __benchBvh?: Map<unknown, unknown>
  }
}
