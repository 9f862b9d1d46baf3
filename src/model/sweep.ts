/**
 * Swept tubes along centripetal Catmull–Rom splines: nerves, muscle bellies, ligaments.
 * Each tube is closed with flat or domed caps, so it is a watertight manifold.
 */
import { add, cross, dot, length, lerp, normalize, scale, sub, type Vec3 } from './math'
import type { MeshData } from './mesh'

/** The point `t` (0–1) of the way through a sampled curve's points, linear between two samples. */
export function atFraction(points: readonly Vec3[], t: number): Vec3 {
  const i = t * (points.length - 1)
  const i0 = Math.min(points.length - 2, Math.floor(i))
  return lerp(points[i0] as Vec3, points[i0 + 1] as Vec3, i - i0)
}

/** Samples a centripetal Catmull–Rom spline through the points, `n` samples in total. */
export function catmullRom(points: readonly Vec3[], n: number): Vec3[] {
  if (points.length < 2) throw new Error('catmullRom: need two points')
  const first = points[0] as Vec3
  const last = points[points.length - 1] as Vec3
  const ext: Vec3[] = [
    sub(scale(first, 2), points[1] as Vec3),
    ...points,
    sub(scale(last, 2), points[points.length - 2] as Vec3),
  ]
  const segs = points.length - 1
  // Distribute samples by chord length so sampling is even.
  const lens: number[] = []
  let total = 0
  for (let i = 0; i < segs; i++) {
    const l = length(sub(points[i + 1] as Vec3, points[i] as Vec3))
    lens.push(l)
    total += l
  }
  const out: Vec3[] = []
  for (let s = 0; s < n; s++) {
    let d = (s / (n - 1)) * total
    let i = 0
    while (i < segs - 1 && d > (lens[i] ?? 0)) {
      d -= lens[i] ?? 0
      i++
    }
    const t = Math.min(1, d / (lens[i] || 1))
    out.push(centripetal(ext[i] as Vec3, ext[i + 1] as Vec3, ext[i + 2] as Vec3, ext[i + 3] as Vec3, t))
  }
  return out
}

function centripetal(p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, u: number): Vec3 {
  const k = (a: Vec3, b: Vec3): number => Math.max(1e-4, Math.sqrt(length(sub(b, a))))
  const t0 = 0
  const t1 = t0 + k(p0, p1)
  const t2 = t1 + k(p1, p2)
  const t3 = t2 + k(p2, p3)
  const t = t1 + (t2 - t1) * u
  const l = (a: Vec3, b: Vec3, ta: number, tb: number): Vec3 =>
    add(scale(a, (tb - t) / (tb - ta)), scale(b, (t - ta) / (tb - ta)))
  const a1 = l(p0, p1, t0, t1)
  const a2 = l(p1, p2, t1, t2)
  const a3 = l(p2, p3, t2, t3)
  const b1 = l(a1, a2, t0, t2)
  const b2 = l(a2, a3, t1, t3)
  return l(b1, b2, t1, t2)
}

/** Length of a polyline, mm. */
export function polylineLength(points: readonly Vec3[]): number {
  let l = 0
  for (let i = 1; i < points.length; i++) l += length(sub(points[i] as Vec3, points[i - 1] as Vec3))
  return l
}

/** A polyline walked by length: `at(mm)` is the point that far along it from its first point. */
export function alongPolyline(points: readonly Vec3[]): { at: (mm: number) => Vec3; length: number } {
  const arc = [0]
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1] as Vec3
    const b = points[k] as Vec3
    arc.push((arc[k - 1] as number) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]))
  }
  const total = arc[arc.length - 1] as number
  const at = (mm: number): Vec3 => {
    const d = Math.min(total, Math.max(0, mm))
    let k = 1
    while (k < arc.length - 1 && (arc[k] as number) < d) k++
    const a0 = arc[k - 1] as number
    const a1 = arc[k] as number
    return lerp(points[k - 1] as Vec3, points[k] as Vec3, a1 > a0 ? (d - a0) / (a1 - a0) : 0)
  }
  return { at, length: total }
}

export interface SweepOptions {
  /** Half-width of the section along the side vector at parameter t (0..1), mm. */
  width: (t: number) => number
  /** Half-thickness of the section at t, mm. */
  thickness: (t: number) => number
  /** Preferred direction of the section's width (projected onto each section plane). */
  side: Vec3 | ((t: number, p: Vec3) => Vec3)
  /** Vertices around each ring. */
  radial: number
  /** Spacing of rings along the curve, mm. */
  step: number
  /** Superellipse exponent of the section (2 = ellipse, higher = flatter sides). */
  exponent: number
  /** Arch of the section at t, mm: its edges shift this far along the thickness axis (sheets that wrap). */
  bend?: (t: number) => number
  /** Keep `side` as given instead of squaring it to the curve: a sheared (parallelogram) sheet. */
  shear?: boolean
  /** Rings in each end's dome (0: a flat cap). A nerve ends rounded, not cut square. */
  domeRings?: number
  /**
   * Depth at t of a crease down the middle of both broad faces, mm: two bundles bound side by side
   * in one sheath (default none).
   */
  groove?: (t: number) => number
  /**
   * Bundles side by side across a flat band's width: `count` rounded ridges on both broad faces,
   * the clefts between them thinner by `depth` (a share of the thickness). The ring's vertices are
   * then spread evenly across the width, so every bundle gets its crest and clefts.
   */
  ridges?: { count: number; depth: number }
}

export const SWEEP_DEFAULTS: SweepOptions = {
  width: () => 2,
  thickness: () => 2,
  side: [1, 0, 0],
  radial: 10,
  step: 4,
  exponent: 2,
}

/** A point of the unit superellipse section at angle `a`: (across its width, across its thickness). */
function superellipseSection(a: number, exponent: number): [number, number] {
  const e = 2 / exponent
  const ca = Math.cos(a)
  const sa = Math.sin(a)
  return [Math.sign(ca) * Math.pow(Math.abs(ca), e), Math.sign(sa) * Math.pow(Math.abs(sa), e)]
}

/**
 * A point of a ridged band's section at angle `a` (see SweepOptions.ridges): evenly across the
 * width, each face's height from the superellipse, less in the clefts between bundles.
 */
function ridgedSection(a: number, exponent: number, ridges: { count: number; depth: number }): [number, number] {
  const cx = a <= Math.PI ? 1 - (2 * a) / Math.PI : -3 + (2 * a) / Math.PI
  const crest = 0.5 - 0.5 * Math.cos(Math.PI * ridges.count * (cx + 1))
  const face = Math.pow(Math.max(0, 1 - Math.pow(Math.abs(cx), exponent)), 1 / exponent)
  return [cx, Math.sign(Math.sin(a)) * face * (1 - ridges.depth + ridges.depth * Math.sqrt(crest))]
}

/** Sweeps a section along a spline through `points`. */
export function sweep(points: readonly Vec3[], options: Partial<SweepOptions> = {}): MeshData {
  const o: SweepOptions = { ...SWEEP_DEFAULTS, ...options }
  const rough = catmullRom(points, Math.max(8, points.length * 6))
  const n = Math.max(4, Math.ceil(polylineLength(rough) / o.step) + 1)
  const c = catmullRom(points, n)
  const R = o.radial
  // Rings in order along the tube: D dome rings before the tube's n, D after; then the two poles.
  const D = o.domeRings ?? 0
  const ringCount = n + 2 * D
  const positions = new Float32Array((ringCount * R + 2) * 3)
  const indices: number[] = []
  let prevSide: Vec3 | undefined
  for (let i = 0; i < n; i++) {
    const p = c[i] as Vec3
    const t = i / (n - 1)
    const tangent = normalize(sub(c[Math.min(n - 1, i + 1)] as Vec3, c[Math.max(0, i - 1)] as Vec3))
    const want = typeof o.side === 'function' ? o.side(t, p) : o.side
    let s = o.shear ? want : sub(want, scale(tangent, dot(want, tangent)))
    if (length(s) < 1e-3) s = prevSide ?? normalize(cross(tangent, [0, 0, 1]))
    s = normalize(s)
    if (prevSide && dot(s, prevSide) < 0 && typeof o.side !== 'function') s = scale(s, -1)
    prevSide = s
    const u = normalize(cross(tangent, s))
    const w = o.width(t)
    const h = o.thickness(t)
    const arch = o.bend ? o.bend(t) : 0
    const crease = o.groove ? o.groove(t) : 0
    for (let j = 0; j < R; j++) {
      const a = (j / R) * Math.PI * 2
      const sa = Math.sin(a)
      const [cx, cy] = o.ridges ? ridgedSection(a, o.exponent, o.ridges) : superellipseSection(a, o.exponent)
      const dip = crease * Math.sign(sa) * Math.exp(-((cx / 0.35) ** 2))
      const q = add(p, add(scale(s, cx * w), scale(u, cy * h - dip + arch * cx * cx)))
      positions.set(q, ((i + D) * R + j) * 3)
    }
  }
  // Domes: rings shrinking on a quarter circle beyond each end, then a pole on the axis.
  const poles = [
    { tubeRing: D, domeRing: (k: number) => D - k, away: normalize(sub(c[0] as Vec3, c[1] as Vec3)), t: 0 },
    {
      tubeRing: D + n - 1,
      domeRing: (k: number) => D + n - 1 + k,
      away: normalize(sub(c[n - 1] as Vec3, c[n - 2] as Vec3)),
      t: 1,
    },
  ].map(({ tubeRing, domeRing, away, t }) => {
    const centre = c[tubeRing - D] as Vec3
    const radius = Math.min(o.width(t), o.thickness(t))
    for (let k = 1; k <= D; k++) {
      const phi = (k / (D + 1)) * (Math.PI / 2)
      for (let j = 0; j < R; j++) {
        const at = (tubeRing * R + j) * 3
        const offset = sub([positions[at] ?? 0, positions[at + 1] ?? 0, positions[at + 2] ?? 0], centre)
        const q = add(add(centre, scale(offset, Math.cos(phi))), scale(away, radius * Math.sin(phi)))
        positions.set(q, (domeRing(k) * R + j) * 3)
      }
    }
    return D > 0 ? add(centre, scale(away, radius)) : centre
  })
  for (let i = 0; i < ringCount - 1; i++) {
    for (let j = 0; j < R; j++) {
      const a = i * R + j
      const b = i * R + ((j + 1) % R)
      const cI = (i + 1) * R + j
      const d = (i + 1) * R + ((j + 1) % R)
      indices.push(a, cI, b, b, cI, d)
    }
  }
  const start = ringCount * R
  const end = ringCount * R + 1
  positions.set(poles[0] as Vec3, start * 3)
  positions.set(poles[1] as Vec3, end * 3)
  const last = (ringCount - 1) * R
  for (let j = 0; j < R; j++) {
    indices.push(start, j, (j + 1) % R)
    indices.push(end, last + ((j + 1) % R), last + j)
  }
  return orient({ positions, indices: new Uint32Array(indices) })
}

/** Flips winding if the mesh's signed volume is negative, so normals face outward. */
export function orient(mesh: MeshData): MeshData {
  const p = mesh.positions
  let vol = 0
  const ix = mesh.indices
  for (let t = 0; t < ix.length; t += 3) {
    const a = (ix[t] ?? 0) * 3
    const b = (ix[t + 1] ?? 0) * 3
    const c = (ix[t + 2] ?? 0) * 3
    const A: Vec3 = [p[a] ?? 0, p[a + 1] ?? 0, p[a + 2] ?? 0]
    const B: Vec3 = [p[b] ?? 0, p[b + 1] ?? 0, p[b + 2] ?? 0]
    const C: Vec3 = [p[c] ?? 0, p[c + 1] ?? 0, p[c + 2] ?? 0]
    vol += dot(A, cross(B, C))
  }
  if (vol >= 0) return mesh
  const flipped = new Uint32Array(ix.length)
  for (let t = 0; t < ix.length; t += 3) {
    flipped[t] = ix[t] ?? 0
    flipped[t + 1] = ix[t + 2] ?? 0
    flipped[t + 2] = ix[t + 1] ?? 0
  }
  return { ...mesh, indices: flipped }
}

/** Muscle-belly radius profile: tendon at both ends, full belly in the middle. */
export function belly(tendon: number, peak: number, peakAt = 0.5, sharp = 0.7): (t: number) => number {
  return (t) => {
    const x = t < peakAt ? t / peakAt : (1 - t) / (1 - peakAt)
    return tendon + (peak - tendon) * bellyRise(x, sharp)
  }
}

/** How full a belly is at x from its end (0) to its thickest (1): a rounded rise, `sharp` its exponent. */
export function bellyRise(x: number, sharp = 0.7): number {
  return Math.pow(Math.sin((Math.PI / 2) * Math.min(1, Math.max(0, x))), sharp)
}

/** A UV ellipsoid mesh centred at c with axes ex, ey, ez (each scaled by its radius). */
export function ellipsoidMesh(c: Vec3, ex: Vec3, ey: Vec3, ez: Vec3, rings = 10, segs = 16): MeshData {
  const positions: number[] = []
  const indices: number[] = []
  positions.push(...add(c, ey))
  for (let i = 1; i < rings; i++) {
    const th = (i / rings) * Math.PI
    for (let j = 0; j < segs; j++) {
      const ph = (j / segs) * Math.PI * 2
      const q = add(
        c,
        add(
          scale(ey, Math.cos(th)),
          add(scale(ex, Math.sin(th) * Math.cos(ph)), scale(ez, Math.sin(th) * Math.sin(ph)))
        )
      )
      positions.push(...q)
    }
  }
  positions.push(...sub(c, ey))
  const bottom = positions.length / 3 - 1
  for (let j = 0; j < segs; j++) indices.push(0, 1 + ((j + 1) % segs), 1 + j)
  for (let i = 0; i < rings - 2; i++) {
    for (let j = 0; j < segs; j++) {
      const a = 1 + i * segs + j
      const b = 1 + i * segs + ((j + 1) % segs)
      const cc = 1 + (i + 1) * segs + j
      const d = 1 + (i + 1) * segs + ((j + 1) % segs)
      indices.push(a, b, cc, b, d, cc)
    }
  }
  const last = 1 + (rings - 2) * segs
  for (let j = 0; j < segs; j++) indices.push(bottom, last + j, last + ((j + 1) % segs))
  return orient({ positions: new Float32Array(positions), indices: new Uint32Array(indices) })
}
