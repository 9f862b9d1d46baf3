/**
 * The benchmark's figures as one table (text for the terminal, markdown for the README), with
 * ratios to the baselines measured in the same run and the targets marked met or missed.
 */
import { ratio, type Summary } from './stats'
import type { BenchResult } from './result'

export interface Row {
  figure: string
  app: string
  three: string
  vsThree: string
  modelViewer: string
  vsModelViewer: string
}

export interface Target {
  name: string
  goal: string
  value: string
  met: boolean
}

const kb = (bytes: number | undefined) => (bytes === undefined ? '' : `${(bytes / 1024).toFixed(1)} KB`)
const count = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : n.toLocaleString('en-US'))
const ms = (s: Summary | undefined) =>
  !s || Number.isNaN(s.median) ? '' : `${s.median.toFixed(1)} ms (p95 ${s.p95.toFixed(1)})`
const mb = (s: Summary | undefined) => (!s || Number.isNaN(s.median) ? '' : `${(s.median / 2 ** 20).toFixed(2)} MB`)
const times = (r: number) => (Number.isNaN(r) ? '' : `${r.toFixed(2)}×`)

export function buildRows(r: BenchResult): Row[] {
  const mvNote = r.modelViewer.skipped ? `(not measured: ${r.modelViewer.skipped})` : ''
  const row = (
    figure: string,
    app: string,
    three = '',
    vsThree = Number.NaN,
    modelViewer = '',
    vsModelViewer = Number.NaN
  ): Row => ({
    figure,
    app,
    three,
    vsThree: times(vsThree),
    modelViewer: modelViewer || (mvNote && figure.startsWith('Startup') ? mvNote : modelViewer),
    vsModelViewer: times(vsModelViewer),
  })
  const { bundle, startup, frames, model, picking, memory } = r
  // A renderer count on the three pages, with the app's ratio to each.
  const modelCountRow = (figure: string, key: 'triangles' | 'drawCalls' | 'programs'): Row =>
    row(
      figure,
      count(model.app[key]),
      count(model.three?.[key]),
      ratio(model.app[key], model.three?.[key]),
      count(model.modelViewer?.[key]),
      ratio(model.app[key], model.modelViewer?.[key])
    )
  const fmf = startup.app.firstModelFrame
  const frameApp = frames.app.default
  const frame3 = frames.three?.default
  const frameMv = frames.modelViewer?.default
  return [
    row(
      'Bundle: entry JS (gzip)',
      `${kb(bundle.app.entryGzip)}${bundle.app.threeInEntry ? ' (three inside!)' : ''}`,
      kb(bundle.three.totalGzip),
      ratio(bundle.app.entryGzip, bundle.three.totalGzip)
    ),
    row('Bundle: CSS (gzip)', kb(bundle.app.cssGzip)),
    row('Bundle: lazy 3D chunk(s) (gzip)', kb(bundle.app.lazyGzip)),
    row(
      'Bundle: total (gzip)',
      kb(bundle.app.totalGzip),
      kb(bundle.three.totalGzip),
      ratio(bundle.app.totalGzip, bundle.three.totalGzip),
      kb(bundle.modelViewer?.gzip),
      ratio(bundle.app.totalGzip, bundle.modelViewer?.gzip)
    ),
    row('Model: GLB', kb(model.glbBytes), kb(model.glbBytes), 1, kb(model.glbBytes), 1),
    row(
      'Model: meshes (visible)',
      `${count(model.app.meshes)} (${count(model.app.visibleMeshes)})`,
      `${count(model.three?.meshes)} (${count(model.three?.visibleMeshes)})`,
      Number.NaN,
      model.modelViewer ? `${count(model.modelViewer.meshes)} (${count(model.modelViewer.visibleMeshes)})` : ''
    ),
    modelCountRow('Model: triangles, default view', 'triangles'),
    modelCountRow('Model: draw calls, default view', 'drawCalls'),
    modelCountRow('Model: shader programs', 'programs'),
    row('Startup: first paint of the UI (FCP)', ms(startup.app.firstContentfulPaint)),
    row('Startup: 3D canvas created', ms(startup.app.canvasCreated)),
    row(
      'Startup: first-model-frame',
      ms(fmf),
      ms(startup.three?.firstModelFrame),
      ratio(fmf.median, startup.three?.firstModelFrame.median),
      ms(startup.modelViewer?.firstModelFrame),
      ratio(fmf.median, startup.modelViewer?.firstModelFrame.median)
    ),
    row(
      'Frame: default view',
      ms(frameApp),
      ms(frame3),
      ratio(frameApp.median, frame3?.median),
      frameMv ? ms(frameMv) : r.modelViewer.skipped ? '' : 'not measured',
      ratio(frameApp.median, frameMv?.median)
    ),
    row(
      'Frame: L4 selected + X-ray',
      ms(frames.app.xraySelection),
      '',
      ratio(frames.app.xraySelection.median, frame3?.median)
    ),
    row('Frame: cause highlight (sciatica)', ms(frames.app.cause), '', ratio(frames.app.cause.median, frame3?.median)),
    row(
      'Frame: spine moving (bend −1 → 1)',
      ms(frames.app.moving),
      frames.three ? ms(frames.three.moving) : '',
      ratio(frames.app.moving.median, frames.three?.moving.median)
    ),
    row('Pick L4, BVH: click → select()', ms(picking.bvh.clickToSelect)),
    row('Pick L4, no BVH: click → select()', ms(picking.noBvh.clickToSelect)),
    row('Pick L4, BVH: pointerdown → store', ms(picking.bvh.pointerDownToStore)),
    row('Heap: after load', mb(memory.afterLoad.heapUsed)),
    row('Heap: after 1 cycle', mb(memory.afterFirstCycle.heapUsed)),
    row(`Heap: after ${memory.cycles} cycles`, mb(memory.afterCycles.heapUsed)),
    row(
      'Heap snapshot: objects, 1 cycle → all cycles',
      `${mb(memory.afterFirstCycle.objects)} → ${mb(memory.afterCycles.objects)}`
    ),
    row(
      'Heap snapshot: compiled code, 1 cycle → all cycles',
      `${mb(memory.afterFirstCycle.compiledCode)} → ${mb(memory.afterCycles.compiledCode)}`
    ),
    row(
      'GPU: geometries / textures, load → 1 cycle → all cycles',
      `${count(memory.afterLoad.geometries.median)} / ${count(memory.afterLoad.textures.median)} → ` +
        `${count(memory.afterFirstCycle.geometries.median)} / ${count(memory.afterFirstCycle.textures.median)} → ` +
        `${count(memory.afterCycles.geometries.median)} / ${count(memory.afterCycles.textures.median)}`
    ),
  ]
}

export function buildTargets(r: BenchResult): Target[] {
  const fmf = ratio(r.startup.app.firstModelFrame.median, r.startup.three?.firstModelFrame.median)
  const frame = ratio(r.frames.app.default.median, r.frames.three?.default.median)
  const pick = r.picking.bvh.clickToSelect.p95
  const heap = ratio(r.memory.afterCycles.heapUsed.median, r.memory.afterFirstCycle.heapUsed.median)
  const objects = ratio(r.memory.afterCycles.objects.median, r.memory.afterFirstCycle.objects.median)
  const movingFrame = ratio(r.frames.app.moving.median, r.frames.three?.moving.median)
  const fcp = r.startup.app.firstContentfulPaint.median
  const canvas = r.startup.app.canvasCreated.median
  const first = r.memory.afterFirstCycle
  const after = r.memory.afterCycles
  const gpuStable = after.geometries.median <= first.geometries.median && after.textures.median <= first.textures.median
  const targets: Target[] = [
    {
      name: 'UI paints before three.js loads',
      goal: 'no three in entry; FCP < canvas-created',
      value: `${r.bundle.app.threeInEntry ? 'three in entry' : 'entry has no three'}; FCP ${fcp.toFixed(0)} ms vs canvas ${canvas.toFixed(0)} ms`,
      met: !r.bundle.app.threeInEntry && fcp < canvas,
    },
    { name: 'first-model-frame vs bare three.js', goal: '≤ 1.3×', value: times(fmf), met: fmf <= 1.3 },
    { name: 'frame time (default view) vs bare three.js', goal: '≤ 1.2×', value: times(frame), met: frame <= 1.2 },
    {
      name: 'frame time while the spine moves vs bare three.js turning the same joints',
      goal: '≤ 1.2×',
      value: times(movingFrame),
      met: movingFrame <= 1.2,
    },
    { name: 'pick with BVH (click → select, p95)', goal: '< 16 ms', value: `${pick.toFixed(1)} ms`, met: pick < 16 },
    {
      name: `heap after ${r.memory.cycles} cycles vs after the first`,
      goal: '≤ 1.10×',
      value: times(heap),
      met: heap <= 1.1,
    },
    {
      name: `heap objects (snapshot, without compiled code) after ${r.memory.cycles} cycles vs after the first`,
      goal: '≤ 1.10× (context for the line above)',
      value: times(objects),
      met: objects <= 1.1,
    },
    {
      name: 'GPU geometries/textures: after the cycles as after the first',
      goal: 'no growth',
      value:
        `geometries ${first.geometries.median} → ${after.geometries.median}, ` +
        `textures ${first.textures.median} → ${after.textures.median}`,
      met: gpuStable,
    },
  ]
  for (const page of r.phone?.lighthouse ?? []) {
    const m = (s: Summary) => s.median
    targets.push({
      name: `Lighthouse mobile ${page.path} (${page.counted} of ${page.runs} runs)`,
      goal: 'perf ≥ 0.90, a11y 1, best practices 1; FCP ≤ 1.8 s, LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS ≤ 0.1',
      value:
        `perf ${m(page.performance).toFixed(2)}, a11y ${m(page.accessibility).toFixed(2)}, ` +
        `BP ${m(page.bestPractices).toFixed(2)}; FCP ${seconds(m(page.firstContentfulPaint))}, ` +
        `LCP ${seconds(m(page.largestContentfulPaint))}, TBT ${m(page.totalBlockingTime).toFixed(0)} ms, ` +
        `CLS ${m(page.cumulativeLayoutShift).toFixed(3)}`,
      met:
        page.counted > 0 &&
        m(page.performance) >= 0.9 &&
        m(page.accessibility) >= 1 &&
        m(page.bestPractices) >= 1 &&
        m(page.firstContentfulPaint) <= 1800 &&
        m(page.largestContentfulPaint) <= 2500 &&
        m(page.totalBlockingTime) <= 200 &&
        m(page.cumulativeLayoutShift) <= 0.1,
    })
  }
  const traces = r.phone?.longTasks ?? []
  if (traces.length > 0) {
    const worst = (phase: 'start-up' | 'idle') =>
      traces
        .map((t) => (phase === 'start-up' ? t.longestStartUp : t.longestIdle))
        .filter((t) => t !== undefined)
        .sort((a, b) => b.duration - a.duration)[0]
    const startUp = worst('start-up')
    const idle = worst('idle')
    const describe = (t: typeof startUp) =>
      t ? `${t.duration} ms (${t.where[0] ?? t.events[0] ?? 'no JS sampled'})` : 'none ≥ 50 ms'
    targets.push(
      {
        name: 'longest main-thread task during start-up (unthrottled trace)',
        goal: '≤ 200 ms',
        value: describe(startUp),
        met: (startUp?.duration ?? 0) <= 200,
      },
      {
        name: 'longest main-thread task while idle after the first model frame',
        goal: '≤ 50 ms',
        value: describe(idle),
        met: (idle?.duration ?? 0) <= 50,
      }
    )
  }
  const movement = r.phone?.movement ?? []
  if (movement.length > 0) {
    const longest = movement
      .map((t) => t.longest)
      .filter((t) => t !== undefined)
      .sort((a, b) => b.duration - a.duration)[0]
    targets.push({
      name: 'longest main-thread task while the bend slider is dragged and the pose settles',
      goal: '≤ 50 ms',
      value: longest
        ? `${longest.duration} ms (${longest.where[0] ?? longest.events[0] ?? 'no JS sampled'})`
        : 'none ≥ 50 ms',
      met: (longest?.duration ?? 0) <= 50,
    })
  }
  return targets
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** Lighthouse's medians per page, for the phone table. */
export function phoneRows(r: BenchResult): string[][] {
  const m = (s: Summary) => s.median
  return (r.phone?.lighthouse ?? []).map((p) => [
    p.path,
    `${p.counted}/${p.runs}`,
    m(p.performance).toFixed(2),
    m(p.accessibility).toFixed(2),
    m(p.bestPractices).toFixed(2),
    seconds(m(p.firstContentfulPaint)),
    seconds(m(p.largestContentfulPaint)),
    `${m(p.totalBlockingTime).toFixed(0)} ms`,
    m(p.cumulativeLayoutShift).toFixed(3),
    seconds(m(p.timeToInteractive)),
    seconds(m(p.speedIndex)),
  ])
}

const PHONE_HEAD = ['Lighthouse mobile', 'Runs', 'Perf', 'A11y', 'BP', 'FCP', 'LCP', 'TBT', 'CLS', 'TTI', 'SI']

/** Observations that follow from the figures themselves. */
export function derivedNotes(r: BenchResult): string[] {
  const notes: string[] = []
  const before = r.memory.afterLoad.geometries.median
  const after = r.memory.afterCycles.geometries.median
  if (after < before)
    notes.push(
      `GPU geometries fell from ${before} to ${after} over the cycles: geometries still in the scene were ` +
        'disposed (three re-uploads them on the next render that draws them).'
    )
  return notes
}

function pad(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)))
  return cells.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  )
}

const HEAD = ['Figure', 'App', 'Bare three.js', 'App ÷ three', 'model-viewer', 'App ÷ m-v']
const cellsOf = (rows: Row[]) => rows.map((r) => [r.figure, r.app, r.three, r.vsThree, r.modelViewer, r.vsModelViewer])

export function headerLines(r: BenchResult): string[] {
  return [
    `${r.date} · ${r.gl} · ${r.runs} runs (model-viewer ${r.modelViewer.runs}) × ${r.framesPerRun} frames · ` +
      `viewport ${r.viewport.width}×${r.viewport.height}, canvas ${r.view.width}×${r.view.height}`,
    `${r.machine.os}, ${r.machine.cpus}× ${r.machine.cpuModel}, Node ${r.machine.node}, ${r.chromium}`,
    `GL: ${r.glRenderer}`,
  ]
}

export function textReport(r: BenchResult): string {
  const rows = buildRows(r)
  const targets = buildTargets(r)
  const lines = [...headerLines(r), '', ...pad([HEAD, ...cellsOf(rows)]), '']
  const phone = phoneRows(r)
  if (phone.length > 0) lines.push(...pad([PHONE_HEAD, ...phone]), '')
  lines.push('Targets:')
  lines.push(...pad(targets.map((t) => [t.met ? 'met   ' : 'MISSED', t.name, t.goal, t.value])))
  lines.push(...[...r.notes, ...derivedNotes(r)].map((n) => `note: ${n}`))
  return lines.join('\n')
}

const md = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`

export function markdownReport(r: BenchResult): string {
  const rows = buildRows(r)
  const targets = buildTargets(r)
  return [
    `<!-- written by \`npm run bench\` (tests/bench/bench.ts); do not edit by hand -->`,
    ...headerLines(r).map((l) => `${l}  `),
    '',
    md(HEAD),
    md(HEAD.map(() => '---')),
    ...cellsOf(rows).map(md),
    '',
    ...(phoneRows(r).length > 0 ? [md(PHONE_HEAD), md(PHONE_HEAD.map(() => '---')), ...phoneRows(r).map(md), ''] : []),
    md(['Target', 'Goal', 'Measured', '']),
    md(['---', '---', '---', '---']),
    ...targets.map((t) => md([t.name, t.goal, t.value, t.met ? 'met' : '**missed**'])),
    '',
    'Medians with p95 in brackets. Startup and memory: one figure per run; frame times and picks: every sample of every run.',
    'Software GL (SwiftShader) figures are for ratios only; absolute milliseconds mean little there.',
    'Lighthouse: mobile preset (simulated slow 4G, 4× CPU slowdown) on the production build served by `vite preview`; a run counts only if the page reached first-model-frame.',
    ...[...r.notes, ...derivedNotes(r)].map((n) => `- ${n}`),
    '',
  ].join('\n')
}
