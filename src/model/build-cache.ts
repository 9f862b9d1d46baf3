/**
 * An on-disk cache of the built model, for the model tests: a build takes minutes, so the tests
 * build once per set of inputs and load the result (GLB bytes and the geometry they inspect) in
 * about a second afterwards. `npm run model` never uses it.
 *
 * The key is a hash of every input of the build: the generator's sources (all of `src/model/` and
 * every file they import, such as `src/domain/structures.ts`), the installed versions of the
 * packages that mesh, simplify, write and validate (manifold-3d, meshoptimizer, glTF-Transform,
 * gltf-validator, and what they depend on), and the Node version and architecture. The reference
 * numbers live in `measurements.ts`, a source; the generator reads no data file at runtime. So a
 * cached GLB is the GLB a fresh build of the same inputs writes (the build is deterministic), and
 * comparing it with the committed file still proves the committed file fresh; any change to an
 * input misses the cache and rebuilds.
 *
 * SDFs are closures and are not stored: `modelSdfs` rebuilds them from the skeleton without
 * meshing, with the same functions the build meshes.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import { STRUCTURES } from '../domain/structures'
import { buildLumbarSpine, type BuiltModel } from './build'
import type { PartGeometry } from './families/family'
import { modelSdfs, type ModelGeometry, type Part } from './parts'

const NAME = 'build-cache'

/** Bump when the stored layout changes. */
const FORMAT = 1

export interface BuildCacheOptions {
  /** Repository root: sources are found and named relative to it. */
  root: string
  /** Folder of the cache files. */
  dir: string
  /** Packages whose installed versions (with their dependencies') are part of the key. */
  packages: readonly string[]
  /** Read and write the cache; when false, always build and store nothing. */
  enabled: boolean
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

export const BUILD_CACHE_DEFAULTS: BuildCacheOptions = {
  root: ROOT,
  dir: join(ROOT, 'node_modules', '.cache', 'model-build'),
  packages: [
    'manifold-3d',
    'meshoptimizer',
    '@gltf-transform/core',
    '@gltf-transform/extensions',
    '@gltf-transform/functions',
    'gltf-validator',
  ],
  // MODEL_BUILD_CACHE=off builds afresh (and stores nothing), as a cold CI run does.
  enabled: process.env.MODEL_BUILD_CACHE !== 'off',
}

/** Everything the build's output depends on, as hashed for the key. */
export interface BuildInputs {
  /** Repository-relative path → sha256 of the contents, sorted by path. */
  files: Record<string, string>
  /** Package name → installed version, sorted by name. */
  packages: Record<string, string>
  /** Node version, platform and architecture. */
  runtime: string
  format: number
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex')

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    return e.isDirectory() ? listFiles(path) : [path]
  })
}

/** Relative specifiers in a module's imports and re-exports (static and dynamic). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier)
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile())
}

/** All of `src/model/` and every file its modules import, transitively (the domain files). */
export function generatorSources(root: string = ROOT): string[] {
  const seen = new Set<string>()
  const queue = listFiles(join(root, 'src', 'model'))
  while (queue.length > 0) {
    const file = queue.pop() ?? ''
    if (seen.has(file)) continue
    seen.add(file)
    if (!/\.tsx?$/.test(file)) continue
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      // Unresolved: an example in a comment (a real import that does not resolve fails the build).
      const target = resolveImport(file, match[1] ?? '')
      if (target && !seen.has(target)) queue.push(target)
    }
  }
  return [...seen].map((f) => relative(root, f).split('\\').join('/')).sort()
}

/** Installed versions of the packages and, transitively, of their dependencies. */
export function packageVersions(root: string, names: readonly string[]): Record<string, string> {
  const versions = new Map<string, string>()
  const visit = (name: string, from: string): void => {
    // Node's lookup: the nearest node_modules first, up to the root's.
    let dir = from
    let manifest: string | undefined
    for (;;) {
      const candidate = join(dir, 'node_modules', name, 'package.json')
      if (existsSync(candidate)) {
        manifest = candidate
        break
      }
      if (dir === root || dirname(dir) === dir) break
      dir = dirname(dir)
    }
    const key = manifest ? relative(root, dirname(manifest)).split('\\').join('/') : `${name} (not installed)`
    if (versions.has(key)) return
    if (!manifest) {
      versions.set(key, 'absent')
      return
    }
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as {
      version: string
      dependencies?: Record<string, string>
    }
    versions.set(key, json.version)
    for (const dep of Object.keys(json.dependencies ?? {})) visit(dep, dirname(manifest))
  }
  for (const name of names) visit(name, root)
  return Object.fromEntries([...versions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export function buildInputs(options: BuildCacheOptions = BUILD_CACHE_DEFAULTS): BuildInputs {
  const files = Object.fromEntries(
    generatorSources(options.root).map((f) => [f, sha256(readFileSync(join(options.root, f)))])
  )
  return {
    files,
    packages: packageVersions(options.root, options.packages),
    runtime: `node ${process.version} ${process.platform} ${process.arch}`,
    format: FORMAT,
  }
}

export function buildCacheKey(inputs: BuildInputs): string {
  return sha256(JSON.stringify(inputs)).slice(0, 32)
}

/** What is stored: the built model without its SDFs, parts by structure id. */
interface Stored {
  format: number
  key: string
  glb: Uint8Array
  validation: BuiltModel['validation']
  triangles: number
  meshes: number
  geometry: Omit<ModelGeometry, 'boneSdfs' | 'muscleSdfs' | 'parts'> & {
    parts: (PartGeometry & { id: string })[]
  }
}

/** The built model as bytes (v8 serialization: typed arrays, maps and plain data). */
export function serializeModel(model: BuiltModel, key: string): Uint8Array {
  const g = model.geometry
  const stored: Stored = {
    format: FORMAT,
    key,
    glb: model.glb,
    validation: model.validation,
    triangles: model.triangles,
    meshes: model.meshes,
    geometry: {
      skeleton: g.skeleton,
      parts: g.parts.map(({ structure, ...part }) => ({ id: structure.id, ...part })),
      muscleLayers: g.muscleLayers,
      nerveCurves: g.nerveCurves,
      softCurves: g.softCurves,
      extras: g.extras,
    },
  }
  return serialize(stored)
}

/** The model back from `serializeModel`'s bytes, with its parts linked to STRUCTURES and its SDFs rebuilt. */
export function deserializeModel(bytes: Uint8Array, key: string): BuiltModel {
  const stored = deserialize(bytes) as Stored
  if (stored.format !== FORMAT || stored.key !== key) throw new Error(`${NAME}: stored for another key`)
  const byId = new Map(STRUCTURES.map((s) => [s.id, s]))
  const parts: Part[] = stored.geometry.parts.map(({ id, ...part }) => {
    const structure = byId.get(id)
    if (!structure) throw new Error(`${NAME}: no structure ${id}`)
    return { structure, ...part }
  })
  const geometry: ModelGeometry = {
    ...stored.geometry,
    parts,
    ...modelSdfs(stored.geometry.skeleton),
  }
  const { glb, validation, triangles, meshes } = stored
  return { glb: new Uint8Array(glb), geometry, validation, triangles, meshes }
}

/** Builds kept besides the newest (switching branches back and forth stays cached), about 5 MB each. */
const KEEP = 3

/** Removes all but the `keep` newest stored builds. */
function pruneCache(dir: string, keep: number): void {
  const stored = readdirSync(dir)
    .filter((f) => f.endsWith('.bin'))
    .map((f) => ({ path: join(dir, f), time: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.time - a.time)
  for (const { path } of stored.slice(keep + 1)) rmSync(path, { force: true })
}

export interface CachedBuild {
  model: BuiltModel
  /** True when the model came from the cache, false when it was built now. */
  hit: boolean
  key: string
  /** Seconds to load or build. */
  seconds: number
}

/**
 * The model for these sources: from the cache when a build of exactly these inputs is stored,
 * else built now and stored (older entries are removed).
 */
export async function cachedBuild(options: BuildCacheOptions = BUILD_CACHE_DEFAULTS): Promise<CachedBuild> {
  const started = performance.now()
  const key = buildCacheKey(buildInputs(options))
  const file = join(options.dir, `${key}.bin`)
  const seconds = () => (performance.now() - started) / 1000
  if (options.enabled && existsSync(file)) {
    try {
      return { model: deserializeModel(readFileSync(file), key), hit: true, key, seconds: seconds() }
    } catch (error) {
      // A torn or foreign file: rebuild and overwrite it.
      console.warn(`${NAME}: ignoring ${file}: ${String(error)}`)
    }
  }
  const model = await buildLumbarSpine()
  if (options.enabled) {
    mkdirSync(options.dir, { recursive: true })
    const partial = `${file}.${process.pid}.tmp`
    writeFileSync(partial, serializeModel(model, key))
    renameSync(partial, file)
    pruneCache(options.dir, KEEP)
  }
  return { model, hit: false, key, seconds: seconds() }
}
