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
 * The chunks an entry imports with \`import()\`, as Vite lists them for its preload helper
 * (\`__vite__mapDeps\`): the entry's one such import is the interface (\`src/app/main.tsx\`).
 */
export function dynamicImportChunks(entrySource: string): string[] {
  const list = /__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/.exec(entrySource)?.[1]
  if (!list)
    throw new Error(
      'The entry script lists no chunks for import(): the bench cannot tell what the page needs to start.'
    )
  return (JSON.parse(list) as string[]).filter((file) => file.endsWith('.js'))
}

/**
 * Gzip sizes of a Vite build, split by what index.html loads up front (entry script, its
 * modulepreloads and script preloads, the interface it imports, stylesheets) and what is left
 * for the 3D view's `import()`.
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
  const entryScripts = refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)
  const entryFiles = new Set([
    ...entryScripts,
    ...links.filter((l) => l.rel === 'modulepreload' || (l.rel === 'preload' && l.as === 'script')).map((l) => l.href),
    ...entryScripts.flatMap((file) => dynamicImportChunks(readFileSync(join(distDir, file), 'utf8'))),
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
