/**
 * Small vector, rotation and signed-distance helpers for the generator. Millimetres throughout;
 * `assemble.ts` converts to metres. Plain tuples keep the SDF hot paths allocation-light.
 */

export type Vec3 = [number, number, number]
/** Quaternion [x, y, z, w]. */
export type Quat = [number, number, number, number]

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2])
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a) || 1
  return [a[0] / l, a[1] / l, a[2] / l]
}
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]
export const mirrorX = (a: Vec3): Vec3 => [-a[0], a[1], a[2]]
export const deg = (d: number): number => (d * Math.PI) / 180
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))
/**
 * The piecewise-linear value at x through the points (xs[i], ys[i]), with xs running either up or
 * down; beyond either end, the value at the nearer end.
 */
export function piecewiseLinear(xs: readonly number[], ys: readonly number[], x: number): number {
  for (let i = 1; i < xs.length; i++) {
    const a = xs[i - 1] ?? 0
    const b = xs[i] ?? 0
    if ((x - a) * (x - b) <= 0) {
      const t = (x - a) / (b - a || 1)
      return (ys[i - 1] ?? 0) + ((ys[i] ?? 0) - (ys[i - 1] ?? 0)) * t
    }
  }
  const last = xs.length - 1
  return Math.abs(x - (xs[0] ?? 0)) < Math.abs(x - (xs[last] ?? 0)) ? (ys[0] ?? 0) : (ys[last] ?? 0)
}

/** Hermite step from 0 at a to 1 at b. */
export const smoothstep = (a: number, b: number, x: number): number => {
  const t = clamp((x - a) / (b - a), 0, 1)
  return t * t * (3 - 2 * t)
}

/** Rotation about +X by `angle` radians: positive tilts +Y toward +Z (anterior). */
export function quatX(angle: number): Quat {
  return [Math.sin(angle / 2), 0, 0, Math.cos(angle / 2)]
}

export function rotateByQuat(v: Vec3, q: Quat): Vec3 {
  const [qx, qy, qz, qw] = q
  const tx = 2 * (qy * v[2] - qz * v[1])
  const ty = 2 * (qz * v[0] - qx * v[2])
  const tz = 2 * (qx * v[1] - qy * v[0])
  return [
    v[0] + qw * tx + (qy * tz - qz * ty),
    v[1] + qw * ty + (qz * tx - qx * tz),
    v[2] + qw * tz + (qx * ty - qy * tx),
  ]
}

export function conjugate(q: Quat): Quat {
  return [-q[0], -q[1], -q[2], q[3]]
}

/** A rigid pose: local point p maps to world as `rotate(p) + translation`. */
export interface Pose {
  translation: Vec3
  rotation: Quat
}

export function toWorld(pose: Pose, p: Vec3): Vec3 {
  return add(rotateByQuat(p, pose.rotation), pose.translation)
}

export function toLocal(pose: Pose, p: Vec3): Vec3 {
  return rotateByQuat(sub(p, pose.translation), conjugate(pose.rotation))
}

export function dirToWorld(pose: Pose, d: Vec3): Vec3 {
  return rotateByQuat(d, pose.rotation)
}

// ---- Signed distance functions. Negative inside (Inigo Quilez's convention); the mesher flips the sign.

/** Polynomial smooth minimum (union) with blend radius k, mm. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0 || a === Infinity || b === Infinity) return Math.min(a, b)
  const h = clamp(0.5 + (0.5 * (b - a)) / k, 0, 1)
  return b + (a - b) * h - k * h * (1 - h)
}

/** Smooth maximum (intersection / subtraction with `-b`). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k)
}

export function sdSphere(p: Vec3, c: Vec3, r: number): number {
  return Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]) - r
}

/** Approximate ellipsoid distance (good near the surface), radii r. */
export function sdEllipsoid(p: Vec3, c: Vec3, r: Vec3): number {
  const x = (p[0] - c[0]) / r[0]
  const y = (p[1] - c[1]) / r[1]
  const z = (p[2] - c[2]) / r[2]
  const k0 = Math.hypot(x, y, z)
  const k1 = Math.hypot(x / r[0], y / r[1], z / r[2])
  if (k1 === 0) return -Math.min(r[0], r[1], r[2])
  return (k0 * (k0 - 1)) / k1
}

/** Capsule from a to b with radius ra at a and rb at b (a round cone, approximated). */
export function sdCapsule(p: Vec3, a: Vec3, b: Vec3, ra: number, rb = ra): number {
  const pax = p[0] - a[0]
  const pay = p[1] - a[1]
  const paz = p[2] - a[2]
  const bax = b[0] - a[0]
  const bay = b[1] - a[1]
  const baz = b[2] - a[2]
  const h = clamp((pax * bax + pay * bay + paz * baz) / (bax * bax + bay * bay + baz * baz || 1), 0, 1)
  return Math.hypot(pax - bax * h, pay - bay * h, paz - baz * h) - (ra + (rb - ra) * h)
}

/**
 * Flattened capsule: segment a→b, half-thickness t along `n` (unit), half-width w across.
 * A slab with rounded rim, for laminae, spinous processes and blades.
 */
export function sdSlab(p: Vec3, a: Vec3, b: Vec3, n: Vec3, wa: number, wb: number, t: number): number {
  const ab = sub(b, a)
  const len2 = dot(ab, ab) || 1
  const ap = sub(p, a)
  const h = clamp(dot(ap, ab) / len2, 0, 1)
  const q = sub(ap, scale(ab, h))
  const dn = dot(q, n)
  const inPlane = sub(q, scale(n, dn))
  const w = wa + (wb - wa) * h
  const dw = length(inPlane) - w
  const dt = Math.abs(dn) - t
  const ox = Math.max(dw, 0)
  const oy = Math.max(dt, 0)
  return Math.min(Math.max(dw, dt), 0) + Math.hypot(ox, oy)
}

/**
 * A process that thins toward its tip: segment a→b whose sections are superellipses, half-axis
 * w across and t along `n` (unit), each going linearly from a's value to b's, rounded at the
 * ends. Exponent 2 is an ellipse (a transverse process's oval section), larger exponents square
 * it off (a spinous process's flat sides and rounded borders). An approximate distance, exact on
 * the section's axes, which is all the mesher needs near the surface.
 */
export function sdTaperedProcess(
  p: Vec3,
  a: Vec3,
  b: Vec3,
  n: Vec3,
  [wa, wb]: readonly [number, number],
  [ta, tb]: readonly [number, number],
  exponent = 2
): number {
  const ab = sub(b, a)
  const ap = sub(p, a)
  const h = clamp(dot(ap, ab) / (dot(ab, ab) || 1), 0, 1)
  const q = sub(ap, scale(ab, h))
  const dn = dot(q, n)
  const across = length(sub(q, scale(n, dn)))
  const w = wa + (wb - wa) * h
  const t = ta + (tb - ta) * h
  const k = Math.pow(Math.pow(across / w, exponent) + Math.pow(Math.abs(dn) / t, exponent), 1 / exponent)
  return (k - 1) * Math.min(w, t)
}

/** Axis-aligned rounded box centred at c with half sizes h and rounding r. */
export function sdRoundBox(p: Vec3, c: Vec3, h: Vec3, r: number): number {
  const qx = Math.abs(p[0] - c[0]) - h[0] + r
  const qy = Math.abs(p[1] - c[1]) - h[1] + r
  const qz = Math.abs(p[2] - c[2]) - h[2] + r
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0)) + Math.min(Math.max(qx, qy, qz), 0) - r
}

/** Infinite-ish plane half space: negative below the plane through c with normal n. */
export function sdPlane(p: Vec3, c: Vec3, n: Vec3): number {
  return dot(sub(p, c), n)
}

/** Deterministic hash noise in [-1, 1] (no Math.random). */
export function hashNoise(i: number): number {
  const s = Math.sin(i * 12.9898 + 78.233) * 43758.5453
  return (s - Math.floor(s)) * 2 - 1
}

export function distPointSegment(p: Vec3, a: Vec3, b: Vec3): number {
  return sdCapsule(p, a, b, 0)
}
