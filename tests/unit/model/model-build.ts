/**
 * Shared helper for the model tests: the built model (from the on-disk build cache when the
 * generator's inputs are unchanged, else built now and stored; see src/model/build-cache.ts) and
 * small geometry probes (ray casts, manifold checks) on the built meshes.
 */
import { cachedBuild, type CachedBuild } from '../../../src/model/build-cache'
import type { BuiltModel } from '../../../src/model/build'
import type { Vec3 } from '../../../src/model/math'
import type { MeshData } from '../../../src/model/mesh'

/** Long enough for a cold build on a busy two-core machine (about 2 minutes when idle). */
export const BUILD_TIMEOUT = 1_200_000

let build: Promise<CachedBuild> | undefined

/** The build, once per process (the model tests run in one worker, without isolation). */
export function modelBuild(): Promise<CachedBuild> {
  build ??= cachedBuild().then((b) => {
    const how = b.hit ? 'loaded from the build cache' : 'built (build cache missed or off)'
    console.log(`model ${how} in ${b.seconds.toFixed(1)} s, key ${b.key}`)
    return b
  })
  return build
}

/** The built model. */
export async function builtModel(): Promise<BuiltModel> {
  return (await modelBuild()).model
}

/** Distances along a ray to every triangle it crosses, sorted (Möller–Trumbore). */
export function rayHits(mesh: MeshData, origin: Vec3, dir: Vec3): number[] {
  const p = mesh.positions
  const ix = mesh.indices
  const hits: number[] = []
  for (let t = 0; t < ix.length; t += 3) {
    const a = (ix[t] ?? 0) * 3
    const b = (ix[t + 1] ?? 0) * 3
    const c = (ix[t + 2] ?? 0) * 3
    const e1x = (p[b] ?? 0) - (p[a] ?? 0)
    const e1y = (p[b + 1] ?? 0) - (p[a + 1] ?? 0)
    const e1z = (p[b + 2] ?? 0) - (p[a + 2] ?? 0)
    const e2x = (p[c] ?? 0) - (p[a] ?? 0)
    const e2y = (p[c + 1] ?? 0) - (p[a + 1] ?? 0)
    const e2z = (p[c + 2] ?? 0) - (p[a + 2] ?? 0)
    const px = dir[1] * e2z - dir[2] * e2y
    const py = dir[2] * e2x - dir[0] * e2z
    const pz = dir[0] * e2y - dir[1] * e2x
    const det = e1x * px + e1y * py + e1z * pz
    if (Math.abs(det) < 1e-12) continue
    const inv = 1 / det
    const tx = origin[0] - (p[a] ?? 0)
    const ty = origin[1] - (p[a + 1] ?? 0)
    const tz = origin[2] - (p[a + 2] ?? 0)
    const u = (tx * px + ty * py + tz * pz) * inv
    if (u < 0 || u > 1) continue
    const qx = ty * e1z - tz * e1y
    const qy = tz * e1x - tx * e1z
    const qz = tx * e1y - ty * e1x
    const v = (dir[0] * qx + dir[1] * qy + dir[2] * qz) * inv
    if (v < 0 || u + v > 1) continue
    const d = (e2x * qx + e2y * qy + e2z * qz) * inv
    if (d > 0) hits.push(d)
  }
  return hits.sort((x, y) => x - y)
}

export { isClosedManifold } from '../../../src/model/mesh'
