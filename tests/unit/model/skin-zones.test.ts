// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { BODY_AREA_IDS, type BodyArea } from '../../../src/domain/body-areas'
import { ROOT_LEVELS, type RootLevel } from '../../../src/domain/structures'
import { createIO, type BuiltModel } from '../../../src/model/build'
import type { Vec3 } from '../../../src/model/math'
import type { MeshData } from '../../../src/model/mesh'
import { buildSkeleton } from '../../../src/model/skeleton'
import { classifySkinPoint, NO_ZONE, skinLandmarks } from '../../../src/model/shapes/skin-zones'
import { BUILD_TIMEOUT, builtModel, isClosedManifold, rayHits } from './model-build'

const lm = skinLandmarks(buildSkeleton())
const { knee, ankle, soleY } = lm.leg

describe('classifySkinPoint (pure)', () => {
  const cases: [string, Vec3, BodyArea, RootLevel][] = [
    ['top of the foot', [ankle[0] + 5, soleY + 45, ankle[2] + 90], 'dorsum-foot', 'l5'],
    ['sole', [ankle[0] + 8, soleY + 1, ankle[2] + 60], 'sole', 's1'],
    ['back of the heel', [ankle[0], soleY + 30, ankle[2] - 60], 'heel', 's1'],
    ['back of the thigh', [70, knee[1] + 200, knee[2] - 70], 'posterior-thigh', 's2'],
    ['outer shin', [knee[0] + 45, knee[1] - 150, knee[2]], 'lateral-leg', 'l5'],
    ['inner shin', [knee[0] - 40, knee[1] - 150, knee[2]], 'medial-leg', 'l4'],
    ['back of the knee', [knee[0], knee[1] + 10, knee[2] - 50], 'popliteal-fossa', 's2'],
    ['front of the lower thigh', [knee[0] + 5, knee[1] + 120, knee[2] + 55], 'anterior-thigh', 'l3'],
    ['right side is mirrored', [-(knee[0] + 45), knee[1] - 150, knee[2]], 'lateral-leg', 'l5'],
  ]
  for (const [what, p, area, root] of cases) {
    it(`${what} → ${area}, ${root}`, () => {
      expect(classifySkinPoint(p, lm)).toEqual({ area, dermatome: root })
    })
  }
  it('the low back midline between L1 and S1 is lumbar-midline, beside it lumbar-paraspinal', () => {
    expect(classifySkinPoint([0, 80, -100], lm).area).toBe('lumbar-midline')
    expect(classifySkinPoint([50, 80, -95], lm).area).toBe('lumbar-paraspinal')
  })
})

let model: BuiltModel
let skin: MeshData
let areas: Uint8Array
let roots: Uint8Array
beforeAll(async () => {
  model = await builtModel()
  const part = model.geometry.parts.find((p) => p.structure.id === 'skin')
  if (!part?.attributes) throw new Error('skin has no zone attributes')
  skin = part.mesh
  areas = part.attributes._BODY_AREA ?? new Uint8Array()
  roots = part.attributes._DERMATOME ?? new Uint8Array()
}, BUILD_TIMEOUT)

/** The zone of the skin vertex nearest to where a ray first meets the skin. */
function zoneWhereRayMeets(origin: Vec3, dir: Vec3): { area: string; root: string; miss: number } {
  const d = rayHits(skin, origin, dir)[0]
  if (d === undefined) throw new Error('ray missed the skin')
  const hit: Vec3 = [origin[0] + dir[0] * d, origin[1] + dir[1] * d, origin[2] + dir[2] * d]
  let best = 0
  let bestD = Infinity
  for (let i = 0; i < skin.positions.length / 3; i++) {
    const e = Math.hypot(
      (skin.positions[i * 3] ?? 0) - hit[0],
      (skin.positions[i * 3 + 1] ?? 0) - hit[1],
      (skin.positions[i * 3 + 2] ?? 0) - hit[2]
    )
    if (e < bestD) {
      bestD = e
      best = i
    }
  }
  return {
    area: BODY_AREA_IDS[areas[best] ?? NO_ZONE] ?? 'none',
    root: ROOT_LEVELS[roots[best] ?? NO_ZONE] ?? 'none',
    miss: bestD,
  }
}

describe('the skin mesh', () => {
  it('is closed, reaches the feet and stays within its triangle budget', () => {
    expect(isClosedManifold(skin)).toBe(true)
    expect(skin.indices.length / 3).toBeLessThanOrEqual(14_000)
    let minY = Infinity
    let maxZ = -Infinity
    for (let i = 0; i < skin.positions.length; i += 3) {
      minY = Math.min(minY, skin.positions[i + 1] ?? 0)
      maxZ = Math.max(maxZ, skin.positions[i + 2] ?? 0)
    }
    expect(minY).toBeLessThan(soleY + 5)
    expect(maxZ).toBeGreaterThan(ankle[2] + 150)
  })
  it('every body area (but perhaps the saddle) has at least 20 vertices', () => {
    const counts = new Map<number, number>()
    for (const a of areas) counts.set(a, (counts.get(a) ?? 0) + 1)
    for (const [i, id] of BODY_AREA_IDS.entries()) {
      if (id === 'perineum-saddle') continue
      expect(counts.get(i) ?? 0, id).toBeGreaterThanOrEqual(20)
    }
  })
  it('every dermatome band L1–S2 has vertices', () => {
    for (const root of ['l1', 'l2', 'l3', 'l4', 'l5', 's1', 's2'] as const) {
      expect(roots.filter((r) => r === ROOT_LEVELS.indexOf(root)).length, root).toBeGreaterThan(20)
    }
  })
  it('spot checks on the surface: top of foot, sole, back of thigh, outer shin', () => {
    const x = ankle[0] + 4
    expect(zoneWhereRayMeets([x, soleY + 160, ankle[2] + 90], [0, -1, 0])).toMatchObject({
      area: 'dorsum-foot',
      root: 'l5',
    })
    expect(zoneWhereRayMeets([x, soleY - 60, ankle[2] + 60], [0, 1, 0])).toMatchObject({ area: 'sole', root: 's1' })
    expect(zoneWhereRayMeets([72, knee[1] + 200, -400], [0, 0, 1])).toMatchObject({
      area: 'posterior-thigh',
      root: 's2',
    })
    expect(zoneWhereRayMeets([400, knee[1] - 150, knee[2] - 5], [-1, 0, 0])).toMatchObject({
      area: 'lateral-leg',
      root: 'l5',
    })
  })
  it('the zone attributes survive the written GLB exactly (UNSIGNED_BYTE, not normalized)', async () => {
    const doc = await (await createIO()).readBinary(model.glb)
    const mesh = doc
      .getRoot()
      .listMeshes()
      .find((m) => (m.getExtras() as { structureId?: string }).structureId === 'skin')
    const prim = mesh?.listPrimitives()[0]
    if (!prim) throw new Error('no skin primitive')
    for (const [semantic, built, max] of [
      ['_BODY_AREA', areas, BODY_AREA_IDS.length],
      ['_DERMATOME', roots, ROOT_LEVELS.length],
    ] as const) {
      const acc = prim.getAttribute(semantic)
      if (!acc) throw new Error(`no ${semantic}`)
      expect(acc.getType()).toBe('SCALAR')
      expect(acc.getComponentType()).toBe(5121)
      expect(acc.getNormalized()).toBe(false)
      const values = Array.from({ length: acc.getCount() }, (_, i) => acc.getScalar(i))
      expect(values.length).toBe(built.length)
      for (const v of values) expect(Number.isInteger(v) && (v < max || v === NO_ZONE), `${semantic} ${v}`).toBe(true)
      // Vertex order changes (reorder); the multiset of values must not.
      expect([...values].sort((a, b) => a - b)).toEqual(Array.from(built).sort((a, b) => a - b))
    }
  })
})
