// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { STRUCTURES } from '../../../src/domain/structures'
import type { BuiltModel } from '../../../src/model/build'
import {
  BUILD_CACHE_DEFAULTS,
  buildCacheKey,
  buildInputs,
  cachedBuild,
  deserializeModel,
  generatorSources,
  packageVersions,
  serializeModel,
} from '../../../src/model/build-cache'
import { buildSkeleton } from '../../../src/model/skeleton'
import { tetrahedron } from './mesh-probes'

const scratch = mkdtempSync(join(tmpdir(), 'model-build-cache-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A stand-in for a built model: two parts, one extra, real skeleton; no build needed. */
function tinyModel(): BuiltModel {
  const [a, b] = STRUCTURES
  if (!a || !b) throw new Error('no structures')
  const pose = {
    translation: [1, 2, 3] as [number, number, number],
    rotation: [0, 0, 0, 1] as [number, number, number, number],
  }
  return {
    glb: new Uint8Array([103, 108, 84, 70, 2, 0, 0, 0]),
    validation: { numErrors: 0, numWarnings: 0, numInfos: 1, numHints: 0, messages: ['info'] },
    triangles: 12,
    meshes: 3,
    geometry: {
      skeleton: buildSkeleton(),
      parts: [
        { structure: a, material: 'bone', mesh: { ...tetrahedron(), colors: new Float32Array(12).fill(0.5) }, pose },
        {
          structure: b,
          material: 'skin',
          mesh: tetrahedron(),
          pose,
          attributes: { _BODY_AREA: new Uint8Array([1, 2, 3, 255]) },
        },
      ],
      boneSdfs: new Map(),
      muscleSdfs: new Map(),
      muscleLayers: new Map([['iliacus-left', ['hip-bone-left']]]),
      nerveCurves: new Map([
        [
          'l5-root-left',
          [
            [
              [1, 2, 3],
              [4, 5, 6],
            ],
          ],
        ],
      ]),
      softCurves: new Map([
        [
          'piriformis-left',
          [
            [
              [7, 8, 9],
              [1, 1, 1],
            ],
          ],
        ],
      ]),
      extras: [
        {
          name: 'marker',
          extras: { triggerPointOf: 'piriformis-left' },
          primitives: [{ material: 'muscle', mesh: tetrahedron() }],
        },
      ],
    },
  }
}

describe('the cache key', () => {
  it('covers the generator and the domain files it imports, and nothing of the app', () => {
    const files = generatorSources()
    for (const f of [
      'src/model/parts.ts',
      'src/model/families/bones.ts',
      'src/model/measurements.ts',
      'src/domain/structures.ts',
      'src/domain/body-areas.ts',
    ]) {
      expect(files, f).toContain(f)
    }
    expect(files.filter((f) => !f.startsWith('src/model/') && !f.startsWith('src/domain/'))).toEqual([])
  })
  it('names the installed versions of the WASM and glTF packages', () => {
    const { packages, runtime } = buildInputs()
    for (const name of [
      'manifold-3d',
      'meshoptimizer',
      '@gltf-transform/core',
      '@gltf-transform/functions',
      'gltf-validator',
    ]) {
      expect(packages[`node_modules/${name}`], name).toMatch(/^\d+\.\d+\.\d+/)
    }
    expect(runtime).toContain(process.version)
  })
  it('changes when any one input changes', () => {
    const inputs = buildInputs()
    const key = buildCacheKey(inputs)
    expect(buildCacheKey(buildInputs())).toBe(key)
    const [first] = Object.keys(inputs.files)
    expect(buildCacheKey({ ...inputs, files: { ...inputs.files, [first ?? '']: 'edited' } })).not.toBe(key)
    expect(
      buildCacheKey({ ...inputs, packages: { ...inputs.packages, 'node_modules/meshoptimizer': '9.9.9' } })
    ).not.toBe(key)
    expect(buildCacheKey({ ...inputs, runtime: 'node v99' })).not.toBe(key)
  })
  it('follows dependencies through nested node_modules, and notes a missing one', () => {
    const root = join(scratch, 'packages')
    const manifest = (dir: string, json: object) => {
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, 'package.json'), JSON.stringify(json))
    }
    manifest(join(root, 'node_modules', 'wasm'), { version: '1.0.0', dependencies: { helper: '^2', gone: '^1' } })
    manifest(join(root, 'node_modules', 'wasm', 'node_modules', 'helper'), { version: '2.1.0' })
    manifest(join(root, 'node_modules', 'helper'), { version: '3.0.0' })
    expect(packageVersions(root, ['wasm'])).toEqual({
      'gone (not installed)': 'absent',
      'node_modules/wasm': '1.0.0',
      'node_modules/wasm/node_modules/helper': '2.1.0',
    })
  })
})

describe('stored models', () => {
  it('round-trip: bytes, meshes, curves and extras come back equal, parts linked to STRUCTURES, SDFs rebuilt', () => {
    const model = tinyModel()
    const back = deserializeModel(serializeModel(model, 'k'), 'k')
    expect(back.glb).toEqual(model.glb)
    expect(back.validation).toEqual(model.validation)
    expect(back.geometry.parts[0]?.structure).toBe(STRUCTURES[0])
    expect(back.geometry.parts[1]?.mesh).toEqual(model.geometry.parts[1]?.mesh)
    expect(back.geometry.parts[1]?.attributes).toEqual(model.geometry.parts[1]?.attributes)
    expect(back.geometry.parts[0]?.mesh.colors).toEqual(model.geometry.parts[0]?.mesh.colors)
    expect(back.geometry.skeleton).toEqual(model.geometry.skeleton)
    expect(back.geometry.nerveCurves).toEqual(model.geometry.nerveCurves)
    expect(back.geometry.softCurves).toEqual(model.geometry.softCurves)
    expect(back.geometry.muscleLayers).toEqual(model.geometry.muscleLayers)
    expect(back.geometry.extras).toEqual(model.geometry.extras)
    expect(back.geometry.boneSdfs.get('l3')?.(back.geometry.skeleton.vertebrae.L3.translation)).toBeLessThan(0)
    expect(back.geometry.muscleSdfs.has('gluteus-maximus-left')).toBe(true)
  })
  it('a file stored for another key is refused', () => {
    expect(() => deserializeModel(serializeModel(tinyModel(), 'old'), 'new')).toThrow(/another key/)
  })
  it('cachedBuild loads a stored build of the current inputs without building', async () => {
    const dir = join(scratch, 'cache')
    mkdirSync(dir, { recursive: true })
    const key = buildCacheKey(buildInputs())
    writeFileSync(join(dir, `${key}.bin`), serializeModel(tinyModel(), key))
    const got = await cachedBuild({ ...BUILD_CACHE_DEFAULTS, dir, enabled: true })
    expect(got.hit).toBe(true)
    expect(got.key).toBe(key)
    expect(got.model.triangles).toBe(12)
  })
})
