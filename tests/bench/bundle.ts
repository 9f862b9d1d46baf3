import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

export interface ChunkSize {
  file: string
  bytes: number
  gzip: number
}

export interface BundleSizes {
  /** JS the page loads before anything else: the entry script and what it statically imports. */
  entry: ChunkSize[]
  /** Stylesheets linked from index.html. */
  css: ChunkSize[]
  /** JS loaded later with `import()` (the 3D scene: three, R3F, drei). */
  lazy: ChunkSize[]
  entryGzip: number
  cssGzip: number
  lazyGzip: number
  totalGzip: number
  /** Whether three.js's renderer is in the entry chunk (it should load lazily). */
  threeInEntry: boolean
}

const sum = (chunks: readonly ChunkSize[]) => chunks.reduce((total, c) => total + c.gzip, 0)

export function sizeOf(path: string, file = path): ChunkSize {
  const bytes = readFileSync(path)
  return { file, bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength }
}

/**
 * Gzip sizes of a Vite build, split by what index.html loads up front (entry script, its
 * modulepreloads and script preloads, stylesheets) and what is left for `import()`.
 */
export function measureBundle(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/^\.?\//, ''))
  // Links by their attributes, in any order: the prerender plugin writes `as` after `href`.
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => ({
    rel: /\brel="([^"]+)"/.exec(tag)?.[1],
    as: /\bas="([^"]+)"/.exec(tag)?.[1],
    href: (/\bhref="([^"]+)"/.exec(tag)?.[1] ?? '').replace(/^\.?\//, ''),
  }))
  const entryFiles = new Set([
    ...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    // The interface's code, preloaded for the entry to import after the first paint.
    ...links.filter((l) => l.rel === 'modulepreload' || (l.rel === 'preload' && l.as === 'script')).map((l) => l.href),
  ])
  const cssFiles = links.filter((l) => l.rel === 'stylesheet').map((l) => l.href)
  const assets = readdirSync(join(distDir, 'assets')).map((name) => `assets/${name}`)
  const entry = [...entryFiles].map((file) => sizeOf(join(distDir, file), file))
  const css = cssFiles.map((file) => sizeOf(join(distDir, file), file))
  const lazy = assets
    .filter((file) => file.endsWith('.js') && !entryFiles.has(file))
    .map((file) => sizeOf(join(distDir, file), file))
  const threeInEntry = entry.some((c) => readFileSync(join(distDir, c.file), 'utf8').includes('WebGLRenderer'))
  return {
    entry,
    css,
    lazy,
    entryGzip: sum(entry),
    cssGzip: sum(css),
    lazyGzip: sum(lazy),
    totalGzip: sum(entry) + sum(css) + sum(lazy),
    threeInEntry,
  }
}
