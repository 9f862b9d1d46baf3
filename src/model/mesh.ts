/**
 * Triangle meshes as plain typed arrays, and the SDF mesher (manifold-3d level sets).
 */
import Module from 'manifold-3d'
import type { Vec3 } from './math'

/** An indexed triangle mesh in millimetres. */
export interface MeshData {
  positions: Float32Array
  indices: Uint32Array
  /** Per-vertex RGB in 0..1 (baked ambient occlusion); optional. */
  colors?: Float32Array
  /** Per-vertex unit fibre direction, same frame as the positions (muscles and ligaments, ./fibres.ts). */
  fibres?: Float32Array
  /** Per-vertex share of tendon or aponeurosis, 0 (muscle belly) … 1 (muscles and ligaments, ./fibres.ts). */
  tendon?: Float32Array
  /**
   * Per-vertex coordinate across the fibres, mm, whose level lines run along them (./fibres.ts
   * `fibreAcross`): the app draws its streaks from it where a mesh has one.
   */
  fibreAcross?: Float32Array
}

/** A signed distance function: negative inside, mm. */
export type Sdf = (p: Vec3) => number

type ManifoldModule = Awaited<ReturnType<typeof Module>>
type Manifold = InstanceType<ManifoldModule['Manifold']>
let manifoldModule: Promise<ManifoldModule> | undefined

/** The manifold-3d WASM module, loaded once. */
export function loadManifold(): Promise<ManifoldModule> {
  manifoldModule ??= Module().then((m) => {
    m.setup()
    return m
  })
  return manifoldModule
}

export interface LevelSetOptions {
  /** Grid edge length, mm. */
  edgeLength: number
  /**
   * Pieces smaller than this share of the largest one's volume are dropped: specks left where a
   * carved muscle's thin end lies between bones. default: keep every piece
   */
  dropSpecksUnder?: number
}

/** Bounding box, mm. */
export interface Bounds {
  min: Vec3
  max: Vec3
}

/** Meshes an SDF (negative inside) into a closed manifold triangle mesh. */
export async function meshSdf(sdf: Sdf, bounds: Bounds, options: LevelSetOptions): Promise<MeshData> {
  return meshSdfSimplified(sdf, bounds, options, 0, Infinity)
}

/** The manifold without its pieces under `share` of the largest piece's volume. */
function withoutSpecks(wasm: ManifoldModule, manifold: Manifold, share: number): Manifold {
  const pieces = manifold.decompose()
  const largest = Math.max(...pieces.map((m) => m.volume()))
  const kept = pieces.filter((m) => m.volume() >= largest * share)
  if (kept.length === pieces.length) {
    for (const m of pieces) m.delete()
    return manifold
  }
  const result = wasm.Manifold.compose(kept)
  for (const m of pieces) m.delete()
  return result
}

/**
 * Meshes an SDF, then (when over `maxTriangles`) lets manifold-3d simplify it with growing
 * tolerance; manifold's simplification never breaks the manifold, unlike free edge collapse.
 */
export async function meshSdfSimplified(
  sdf: Sdf,
  bounds: Bounds,
  options: LevelSetOptions,
  startTolerance: number,
  maxTriangles: number
): Promise<MeshData> {
  const wasm = await loadManifold()
  const p: Vec3 = [0, 0, 0]
  const manifold = wasm.Manifold.levelSet(
    (q) => {
      p[0] = q[0]
      p[1] = q[1]
      p[2] = q[2]
      return -sdf(p)
    },
    { min: bounds.min, max: bounds.max },
    options.edgeLength
  )
  let result = options.dropSpecksUnder ? withoutSpecks(wasm, manifold, options.dropSpecksUnder) : manifold
  for (let tol = startTolerance; result.numTri() > maxTriangles && tol < 3; tol *= 1.6) {
    const next = result.simplify(tol)
    if (result !== manifold) result.delete()
    result = next
  }
  const mesh = result.getMesh()
  if (result !== manifold) result.delete()
  const numProp = mesh.numProp
  const count = mesh.vertProperties.length / numProp
  const positions = new Float32Array(count * 3)
  for (let i = 0; i < count; i++) {
    positions[i * 3] = mesh.vertProperties[i * numProp] ?? 0
    positions[i * 3 + 1] = mesh.vertProperties[i * numProp + 1] ?? 0
    positions[i * 3 + 2] = mesh.vertProperties[i * numProp + 2] ?? 0
  }
  const indices = new Uint32Array(mesh.triVerts)
  manifold.delete()
  return { positions, indices }
}

/** Area-weighted smooth vertex normals. */
export function computeNormals(mesh: MeshData): Float32Array<ArrayBuffer> {
  const { positions: p, indices } = mesh
  const n = new Float32Array(p.length)
  for (let t = 0; t < indices.length; t += 3) {
    const a = (indices[t] ?? 0) * 3
    const b = (indices[t + 1] ?? 0) * 3
    const c = (indices[t + 2] ?? 0) * 3
    const ux = (p[b] ?? 0) - (p[a] ?? 0)
    const uy = (p[b + 1] ?? 0) - (p[a + 1] ?? 0)
    const uz = (p[b + 2] ?? 0) - (p[a + 2] ?? 0)
    const vx = (p[c] ?? 0) - (p[a] ?? 0)
    const vy = (p[c + 1] ?? 0) - (p[a + 1] ?? 0)
    const vz = (p[c + 2] ?? 0) - (p[a + 2] ?? 0)
    const nx = uy * vz - uz * vy
    const ny = uz * vx - ux * vz
    const nz = ux * vy - uy * vx
    for (const v of [a, b, c]) {
      n[v] = (n[v] ?? 0) + nx
      n[v + 1] = (n[v + 1] ?? 0) + ny
      n[v + 2] = (n[v + 2] ?? 0) + nz
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const x = n[i] ?? 0
    const y = n[i + 1] ?? 0
    const z = n[i + 2] ?? 0
    const l = Math.hypot(x, y, z)
    if (l > 0) {
      n[i] = x / l
      n[i + 1] = y / l
      n[i + 2] = z / l
    } else {
      n[i + 1] = 1
    }
  }
  return n
}

export interface AmbientOcclusionOptions {
  /** Sample distances along the normal, mm. */
  distances: readonly number[]
  /** Strength of the darkening. */
  strength: number
  /** Base colour multiplied by the occlusion term (RGB 0..1). */
  base: Vec3
}

export const AMBIENT_OCCLUSION_DEFAULTS: AmbientOcclusionOptions = {
  distances: [1.5, 3, 6, 10],
  strength: 0.9,
  base: [1, 1, 1],
}

/**
 * Bakes SDF ambient occlusion into per-vertex colours: the more solid lies within a few mm
 * along the normal, the darker (Quilez's SDF AO). Gives depth cues at no render cost.
 */
export function bakeAmbientOcclusion(
  mesh: MeshData,
  sdf: Sdf,
  options: AmbientOcclusionOptions = AMBIENT_OCCLUSION_DEFAULTS
): Float32Array {
  const normals = computeNormals(mesh)
  const p = mesh.positions
  const colors = new Float32Array(p.length)
  const q: Vec3 = [0, 0, 0]
  for (let i = 0; i < p.length; i += 3) {
    let occ = 0
    let w = 1
    for (const d of options.distances) {
      q[0] = (p[i] ?? 0) + (normals[i] ?? 0) * d
      q[1] = (p[i + 1] ?? 0) + (normals[i + 1] ?? 0) * d
      q[2] = (p[i + 2] ?? 0) + (normals[i + 2] ?? 0) * d
      occ += (w * Math.max(0, d - sdf(q))) / d
      w *= 0.6
    }
    const ao = Math.max(0.35, 1 - (options.strength * occ) / 2.2)
    colors[i] = options.base[0] * ao
    colors[i + 1] = options.base[1] * ao
    colors[i + 2] = options.base[2] * ao
  }
  return colors
}

/** Merges meshes into one (no welding). */
export function mergeMeshes(meshes: readonly MeshData[]): MeshData {
  let vCount = 0
  let iCount = 0
  for (const m of meshes) {
    vCount += m.positions.length
    iCount += m.indices.length
  }
  const positions = new Float32Array(vCount)
  const indices = new Uint32Array(iCount)
  const hasColors = meshes.some((m) => m.colors)
  const colors = hasColors ? new Float32Array(vCount).fill(1) : undefined
  let vo = 0
  let io = 0
  for (const m of meshes) {
    positions.set(m.positions, vo)
    if (colors && m.colors) colors.set(m.colors, vo)
    const base = vo / 3
    for (let i = 0; i < m.indices.length; i++) indices[io + i] = (m.indices[i] ?? 0) + base
    vo += m.positions.length
    io += m.indices.length
  }
  return colors ? { positions, indices, colors } : { positions, indices }
}

/** Applies f to every vertex (returns a new mesh). */
export function mapVertices(mesh: MeshData, f: (p: Vec3) => Vec3): MeshData {
  const positions = new Float32Array(mesh.positions.length)
  for (let i = 0; i < positions.length; i += 3) {
    const q = f([mesh.positions[i] ?? 0, mesh.positions[i + 1] ?? 0, mesh.positions[i + 2] ?? 0])
    positions[i] = q[0]
    positions[i + 1] = q[1]
    positions[i + 2] = q[2]
  }
  return { ...mesh, positions }
}

export function triangleCount(mesh: MeshData): number {
  return mesh.indices.length / 3
}

/** True when every directed edge appears once and its reverse once: a closed, oriented 2-manifold. */
export function isClosedManifold(mesh: MeshData): boolean {
  const edges = new Map<number, number>()
  const ix = mesh.indices
  const n = mesh.positions.length / 3
  for (let t = 0; t < ix.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const key = (ix[t + k] ?? 0) * n + (ix[t + ((k + 1) % 3)] ?? 0)
      edges.set(key, (edges.get(key) ?? 0) + 1)
    }
  }
  for (const [key, count] of edges) {
    if (count !== 1) return false
    const a = Math.floor(key / n)
    const b = key % n
    if (edges.get(b * n + a) !== 1) return false
  }
  return true
}

/**
 * Taubin's smoothing (λ|μ): each pass moves every vertex toward the mean of its neighbours by
 * `lambda`, then back away from it by `mu` (negative, a little larger), so lumps a few edges
 * across fade while the shape's size and its broad ridges stay (a plain Laplacian shrinks it).
 * For meshes cut from an SDF and simplified, whose faces carry the grid's ripples.
 */
export function taubinSmooth(mesh: MeshData, passes: number, lambda = 0.5, mu = -0.53): MeshData {
  const count = mesh.positions.length / 3
  const neighbours: Set<number>[] = Array.from({ length: count }, () => new Set())
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = mesh.indices[t] ?? 0
    const b = mesh.indices[t + 1] ?? 0
    const c = mesh.indices[t + 2] ?? 0
    neighbours[a]?.add(b).add(c)
    neighbours[b]?.add(a).add(c)
    neighbours[c]?.add(a).add(b)
  }
  const rings = neighbours.map((set) => [...set])
  let current = new Float32Array(mesh.positions)
  const step = (factor: number): void => {
    const next = new Float32Array(current.length)
    for (let v = 0; v < count; v++) {
      const ring = rings[v] ?? []
      for (let k = 0; k < 3; k++) {
        const own = current[v * 3 + k] ?? 0
        let mean = 0
        for (const n of ring) mean += current[n * 3 + k] ?? 0
        next[v * 3 + k] = ring.length ? own + factor * (mean / ring.length - own) : own
      }
    }
    current = next
  }
  for (let pass = 0; pass < passes; pass++) {
    step(lambda)
    step(mu)
  }
  return { ...mesh, positions: current }
}
