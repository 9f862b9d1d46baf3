import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

export interface ChunkSize {
  file: string
  bytes: number
  gzip: number
}

export interface BundleSizes {
  /**
   * JS the page needs before it answers a tap: the entry script, what it statically imports, and
   * the interface it imports once the page has painted (with that import's chunks).
   */
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
 * The interface's chunks, which the app's entry imports once the page has painted
 * (`src/app/main.tsx` imports `start-app`), as Vite lists them for its preload helper
 * (`__vite__mapDeps`). Other imports (the e2e build's scene probes) are left out. An entry with
 * no such import (the bare three.js page) has none.
 */
export function interfaceChunks(entrySource: string): string[] {
  const call = /import\(`\.\/start-app-[^`]+`\),__vite__mapDeps\(\[([\d,]+)\]\)/.exec(entrySource)
  if (!call) return []
  const list = /__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/.exec(entrySource)?.[1]
  if (!list) throw new Error("The entry imports the interface, but Vite's list of its chunks was not found.")
  const files = JSON.parse(list) as string[]
  return (call[1] ?? '')
    .split(',')
    .map((index) => files[Number(index)] ?? '')
    .filter((file) => file.endsWith('.js'))
}

/**
 * Gzip sizes of a Vite build, split by what index.html loads up front (entry script, its
 * modulepreloads, the interface it imports, stylesheets) and what is left for the 3D view's
 * `import()`.
 */
export function measureBundle(distDir: string): BundleSizes {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/^\.?\//, ''))
  // Links by their attributes, in any order (Vite and the prerender plugin write them differently).
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => ({
    rel: /\brel="([^"]+)"/.exec(tag)?.[1],
    href: (/\bhref="([^"]+)"/.exec(tag)?.[1] ?? '').replace(/^\.?\//, ''),
  }))
  const entryScripts = refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)
  const entryFiles = new Set([
    ...entryScripts,
    ...links.filter((l) => l.rel === 'modulepreload').map((l) => l.href),
    ...entryScripts.flatMap((file) => interfaceChunks(readFileSync(join(distDir, file), 'utf8'))),
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
