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

  async detach(): Promise<void> {
    await this.cdp.detach()
  }
}

/** Bytes as MB with one decimal, for test output. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
