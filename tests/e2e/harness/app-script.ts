/**
 * The frame of the scripts that draw pictures from the app (`npm run poster`, `gallery`, `views`):
 * the e2e build (its hooks let a script wait for the model and read the scene) in `outDir`, served
 * locally, and headless Chromium. Both are closed however the work ends, and a failure is printed
 * and sets the exit code.
 */
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import { launchChromium } from './browser'
import { serveStatic } from './server'

const ROOT = resolve(import.meta.dirname, '..', '..', '..')

export function runAppScript(outDir: string, work: (browser: Browser, url: string) => Promise<void>): void {
  const run = async (): Promise<void> => {
    process.env.NODE_ENV = 'production'
    await build({ root: ROOT, mode: 'e2e', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
    const server = await serveStatic(outDir)
    const browser = await launchChromium()
    try {
      await work(browser, server.url)
    } finally {
      await browser.close()
      await server.close()
    }
  }
  run().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}

/**
 * The 3D view drawn once more and read in the same task, while its drawing buffer is valid, as
 * `type` (an image MIME type) at `quality`; with its size in pixels.
 */
export async function canvasPicture(
  page: Page,
  type: 'image/webp' | 'image/jpeg',
  quality: number
): Promise<{ bytes: Buffer; width: number; height: number }> {
  const picture = await page.evaluate(
    ([type, quality]) => {
      const { gl, scene, camera } = window.__explorer!.r3f!.get()
      gl.render(scene, camera)
      const canvas = gl.domElement
      return { url: canvas.toDataURL(type, quality), width: canvas.width, height: canvas.height }
    },
    [type, quality] as const
  )
  const bytes = Buffer.from(picture.url.slice(picture.url.indexOf(',') + 1), 'base64')
  return { bytes, width: picture.width, height: picture.height }
}
