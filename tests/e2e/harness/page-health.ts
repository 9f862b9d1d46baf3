import type { CDPSession, Page } from 'playwright-core'

declare global {
  interface Window {
    /** Reasons of promise rejections nobody handled, recorded by the init script below. */
    __rejections?: string[]
  }
}

/**
 * Records every unhandled promise rejection from the first script on, in the page itself:
 * Playwright's `pageerror` reports uncaught exceptions, and this makes rejections just as loud
 * whatever the browser does with them.
 */
export async function recordUnhandledRejections(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__rejections = []
    window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
      const reason: unknown = event.reason
      window.__rejections!.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason))
    })
  })
}

export async function unhandledRejections(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__rejections ?? ['the rejection recorder was not installed'])
}

/** Reads the JS heap after forced garbage collections, so what is left is what the page holds. */
export class HeapMeter {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<HeapMeter> {
    return new HeapMeter(await page.context().newCDPSession(page))
  }

  /** Used JS heap in bytes after two full collections (the second frees what finalisers released). */
  async usedAfterGc(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage')
    await this.cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await this.cdp.send('Runtime.getHeapUsage')
    return usedSize
  }

  /** The heap split into V8's compiled code and the page's objects (see {@link heapSnapshotBreakdown}). */
  async breakdown(): Promise<HeapBreakdown> {
    return heapSnapshotBreakdown(this.cdp)
  }

  async detach(): Promise<void> {
    await this.cdp.detach()
  }
}

/** Node types of a V8 heap snapshot that are compiled code rather than the page's data. */
const CODE_NODE_TYPES = new Set(['code'])

export interface HeapBreakdown {
  compiledCode: number
  objects: number
  /** Self size by node type and name (constructor, or "(type)" for code, strings and arrays). */
  byName: Map<string, number>
}

/** Sums a heap snapshot's self sizes into compiled code and the rest, and by constructor. */
export async function heapSnapshotBreakdown(cdp: CDPSession): Promise<HeapBreakdown> {
  const chunks: string[] = []
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  }
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
    nodes: number[]
    strings: string[]
  }
  const fields = snapshot.snapshot.meta.node_fields
  const typeNames = snapshot.snapshot.meta.node_types[0]
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const nameAt = fields.indexOf('name')
  let compiledCode = 0
  let objects = 0
  const byName = new Map<string, number>()
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const size = snapshot.nodes[i + sizeAt] ?? 0
    const type = typeNames[snapshot.nodes[i + typeAt] ?? 0] ?? ''
    if (CODE_NODE_TYPES.has(type)) compiledCode += size
    else objects += size
    const name = snapshot.strings[snapshot.nodes[i + nameAt] ?? 0] ?? ''
    const key =
      type === 'object' || type === 'closure'
        ? `${type} ${name}`
        : type === 'native' || type === 'hidden' || (type === 'code' && name.startsWith('system'))
          ? `(${type}) ${name.slice(0, 48)}`
          : `(${type})`
    byName.set(key, (byName.get(key) ?? 0) + size)
  }
  return { compiledCode, objects, byName }
}

/** Bytes as MB with one decimal, for test output. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
