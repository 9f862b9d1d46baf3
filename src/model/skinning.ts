/**
 * The skeleton the model moves with: one joint per lumbar vertebra (and T12), the pelvis and each
 * thigh, and the skin weights that let every soft structure follow the bones.
 *
 * - A vertebra's joint sits where it turns on the bone below: in the disc below it, a little behind
 *   the disc's centre and toward the lower vertebra, where Pearcy & Bogduk 1988 found the axes of
 *   flexion and extension. Its frame is the vertebra's own (+Y along the spine).
 * - The pelvis turns about the line through both hip centres; each thigh about its hip centre.
 * - Bones are rigid: their nodes hang under their joint. Everything else is skinned. A soft vertex
 *   takes each nearby bone's joint in proportion to 1/d² (d: distance to that bone's surface
 *   points), so a disc blends from the vertebra above at its top to the one below at its bottom,
 *   a gluteal muscle from the pelvis to the femur, a nerve root from level to level.
 */
import { JOINT_PARENT, multiplyQuaternions, POSE_JOINTS, type PoseJoint } from '../domain/movement'
import { add, conjugate, dirToWorld, lerp, quatX, scale, toLocal, toWorld, type Pose, type Vec3 } from './math'
import { catmullRom } from './sweep'
import type { MeshData } from './mesh'
import type { SegmentPose, Skeleton } from './skeleton'
import { VERTEBRAE } from './measurements'
import { vertebraLandmarks } from './shapes/vertebra'
import type { Part } from './parts'

export interface JointFrame {
  joint: PoseJoint
  parent: PoseJoint | null
  /** Rest pose in the world, mm. */
  pose: Pose
}

/** Where the joint of each vertebra sits in its disc: fraction of the disc height from the lower plate. */
const COR_HEIGHT = 0.3
/**
 * …and how far behind the disc's centre, as a fraction of the end-plate depth: just into the back
 * half. Further back, a rigid turn about it would squeeze a flexed disc's volume by ~10 %; a real
 * disc keeps its volume and bulges instead.
 */
const COR_BEHIND = 0.03

/**
 * The disc's mid-plane: the unit direction straight back in it (world) and the end-plate depth
 * taken for the disc (mm; the S1 end plate's for L5–S1, a lumbar estimate above).
 */
function discMidPlane(segment: SegmentPose): { back: Vec3; depth: number } {
  const back = dirToWorld(
    { translation: [0, 0, 0], rotation: quatX((segment.upperTilt + segment.lowerTilt) / 2) },
    [0, 0, -1]
  )
  return { back, depth: segment.lower === 'S1' ? 35 : 40 }
}

/** The joints at rest, parents first (the order of `POSE_JOINTS`, which is the skin's joint order). */
export function jointFrames(sk: Skeleton): JointFrame[] {
  const hip = sk.pelvis.hipCentre
  return POSE_JOINTS.map((joint) => {
    const parent = JOINT_PARENT[joint]
    if (joint === 'pelvis') return { joint, parent, pose: { translation: [0, hip[1], hip[2]], rotation: [0, 0, 0, 1] } }
    if (joint === 'femur-left') return { joint, parent, pose: { translation: hip, rotation: [0, 0, 0, 1] } }
    if (joint === 'femur-right') {
      return { joint, parent, pose: { translation: [-hip[0], hip[1], hip[2]], rotation: [0, 0, 0, 1] } }
    }
    const segment = sk.segments.find((s) => s.upper === joint)
    if (!segment) throw new Error(`No disc below ${joint}`)
    const tilt = sk.tilts[joint]
    const rotation = quatX(tilt)
    const inDisc = lerp(segment.lowerPlate, segment.upperPlate, COR_HEIGHT)
    const { back, depth } = discMidPlane(segment)
    return { joint, parent, pose: { translation: add(inDisc, scale(back, depth * COR_BEHIND)), rotation } }
  })
}

/** Which joint carries each rigid bone. */
export const BONE_JOINTS: Readonly<Record<string, PoseJoint>> = {
  t12: 'T12',
  'rib-12-left': 'T12',
  'rib-12-right': 'T12',
  l1: 'L1',
  l2: 'L2',
  l3: 'L3',
  l4: 'L4',
  l5: 'L5',
  sacrum: 'pelvis',
  coccyx: 'pelvis',
  'hip-bone-left': 'pelvis',
  'hip-bone-right': 'pelvis',
  'femur-left': 'femur-left',
  'femur-right': 'femur-right',
}

/** Up to four joints per vertex (indices into POSE_JOINTS) and their weights, summing to 1. */
export interface SkinWeights {
  joints: Uint8Array<ArrayBuffer>
  weights: Float32Array<ArrayBuffer>
}

/** Bone surface points in a uniform hash grid, each tagged with its joint. */
export interface BoneCloud {
  cell: number
  cells: Map<number, { points: number[]; joints: number[] }>
}

/** A cell's key: three 10-bit offsets packed into one number (the model spans far less than 1024 cells). */
const cellKey = (x: number, y: number, z: number): number => ((x + 512) * 1024 + (y + 512)) * 1024 + (z + 512)

const CELL = 16
/** One surface point per this many mm is enough to tell distances apart. */
const SAMPLE = 3

/** Gathers the rigid bones' surface points (world mm), thinned to one per SAMPLE-mm cube. */
export function boneCloud(parts: readonly Part[]): BoneCloud {
  const cells: BoneCloud['cells'] = new Map()
  const seen = new Set<number>()
  for (const part of parts) {
    const joint = BONE_JOINTS[part.structure.id]
    if (joint === undefined) continue
    const j = POSE_JOINTS.indexOf(joint)
    const pose = part.pose ?? { translation: [0, 0, 0], rotation: [0, 0, 0, 1] }
    const p = part.mesh.positions
    for (let i = 0; i < p.length; i += 3) {
      const w = toWorld(pose, [p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0])
      const thin = cellKey(Math.floor(w[0] / SAMPLE), Math.floor(w[1] / SAMPLE), Math.floor(w[2] / SAMPLE)) * 16 + j
      if (seen.has(thin)) continue
      seen.add(thin)
      const key = cellKey(Math.floor(w[0] / CELL), Math.floor(w[1] / CELL), Math.floor(w[2] / CELL))
      let c = cells.get(key)
      if (!c) cells.set(key, (c = { points: [], joints: [] }))
      c.points.push(w[0], w[1], w[2])
      c.joints.push(j)
    }
  }
  return { cell: CELL, cells }
}

/** Bones further than this beyond the nearest one take no part in a vertex's weights, mm. */
const BLEND_REACH = 35
/**
 * How sharply a vertex prefers its nearest bone. 2 rather than 4: a nerve or muscle crossing the
 * hip bends over a few centimetres instead of kinking where the nearest bone changes.
 */
const WEIGHT_POWER = 2
/** Distances below this count as this (a vertex on a bone's surface still blends a little), mm. */
const NEAR = 2

/** Each joint's distance from `p` to its nearest bone point within reach of the closest bone. */
export function jointDistances(cloud: BoneCloud, p: Vec3): Float64Array {
  const best = new Float64Array(POSE_JOINTS.length).fill(Infinity)
  const ci = [Math.floor(p[0] / cloud.cell), Math.floor(p[1] / cloud.cell), Math.floor(p[2] / cloud.cell)] as const
  let nearest = Infinity
  const visit = (x: number, y: number, z: number): void => {
    const c = cloud.cells.get(cellKey(x, y, z))
    if (!c) return
    for (let k = 0; k < c.joints.length; k++) {
      const dx = (c.points[k * 3] ?? 0) - p[0]
      const dy = (c.points[k * 3 + 1] ?? 0) - p[1]
      const dz = (c.points[k * 3 + 2] ?? 0) - p[2]
      const d = Math.sqrt(dx * dx + dy * dy + dz * dz)
      const j = c.joints[k] ?? 0
      if (d < (best[j] ?? Infinity)) best[j] = d
      if (d < nearest) nearest = d
    }
  }
  // Grow shells of cells (only each shell's surface) until they reach past the nearest bone by the blend reach.
  for (let r = 0; r < 40; r++) {
    for (let x = -r; x <= r; x++) {
      for (let y = -r; y <= r; y++) {
        const onSide = Math.abs(x) === r || Math.abs(y) === r
        if (onSide) for (let z = -r; z <= r; z++) visit(ci[0] + x, ci[1] + y, ci[2] + z)
        else {
          visit(ci[0] + x, ci[1] + y, ci[2] - r)
          if (r > 0) visit(ci[0] + x, ci[1] + y, ci[2] + r)
        }
      }
    }
    if ((r - 1) * cloud.cell > nearest + BLEND_REACH) break
  }
  return best
}

/** Every joint's unnormalised pull on a point: 1/d² from each bone within reach of the nearest. */
function jointPull(cloud: BoneCloud, p: Vec3, out: Float64Array): Float64Array {
  const d = jointDistances(cloud, p)
  const nearest = Math.min(...d)
  for (let j = 0; j < out.length; j++) {
    const dj = d[j] ?? Infinity
    out[j] = dj <= nearest + BLEND_REACH ? Math.max(dj, NEAR) ** -WEIGHT_POWER : 0
  }
  return out
}

/** Writes a vertex's four strongest joints, strongest first, normalised (ties by joint order: deterministic). */
function writeTopFour(raw: Float64Array, v: number, out: SkinWeights): void {
  const order = [...raw.keys()].sort((a, b) => (raw[b] ?? 0) - (raw[a] ?? 0) || a - b).slice(0, 4)
  const total = order.reduce((s, j) => s + (raw[j] ?? 0), 0)
  order.forEach((j, k) => {
    const w = total > 0 ? (raw[j] ?? 0) / total : k === 0 ? 1 : 0
    // glTF: a slot with no weight names joint 0.
    out.joints[v * 4 + k] = w > 0 ? j : 0
    out.weights[v * 4 + k] = w
  })
}

/** The skin weights of one soft mesh (world mm positions). */
export function skinWeights(cloud: BoneCloud, mesh: MeshData): SkinWeights {
  const n = mesh.positions.length / 3
  const out: SkinWeights = { joints: new Uint8Array(n * 4), weights: new Float32Array(n * 4) }
  const raw = new Float64Array(POSE_JOINTS.length)
  for (let v = 0; v < n; v++) {
    const p: Vec3 = [mesh.positions[v * 3] ?? 0, mesh.positions[v * 3 + 1] ?? 0, mesh.positions[v * 3 + 2] ?? 0]
    writeTopFour(jointPull(cloud, p, raw), v, out)
  }
  return out
}

/**
 * How far a nerve's weights are smoothed, mm (the Gaussian's sigma): a nerve crossing from the
 * pelvis's reach to the thigh's bends over several centimetres, as a real one slides in its bed.
 */
const NERVE_SMOOTHING = 20
/** Centre-line samples per waypoint (the waypoints are a few centimetres apart). */
const SAMPLES_PER_WAYPOINT = 16

/**
 * The skin weights of a tube swept along centre lines (a nerve and its branches, world mm). The
 * centre lines' own weights are smoothed over every centre-line point of the nerve nearby (so a
 * branch leaves its trunk with the trunk's weights), and each vertex takes those of the nearest
 * centre-line point. A whole ring of the tube then moves together (no shear across the nerve), and
 * the nerve curves where it passes from one bone's reach to the next instead of kinking, as
 * per-vertex weights let it at the hip in a full forward bend.
 */
export function tubeSkinWeights(cloud: BoneCloud, mesh: MeshData, centreLines: readonly Vec3[][]): SkinWeights {
  const joints = POSE_JOINTS.length
  const points = centreLines.filter((l) => l.length >= 2).flatMap((l) => catmullRom(l, l.length * SAMPLES_PER_WAYPOINT))
  const raw = points.map((p) => {
    const pull = jointPull(cloud, p, new Float64Array(joints))
    const total = pull.reduce((s, w) => s + w, 0)
    return total > 0 ? pull.map((w) => w / total) : pull
  })
  const reach2 = (3 * NERVE_SMOOTHING) ** 2
  const samples = points.map((at) => {
    const pull = new Float64Array(joints)
    let total = 0
    points.forEach((q, k) => {
      const d2 = (q[0] - at[0]) ** 2 + (q[1] - at[1]) ** 2 + (q[2] - at[2]) ** 2
      if (d2 > reach2) return
      const g = Math.exp((-0.5 * d2) / NERVE_SMOOTHING ** 2)
      total += g
      const r = raw[k] as Float64Array
      for (let j = 0; j < joints; j++) pull[j] = (pull[j] ?? 0) + g * (r[j] ?? 0)
    })
    return { at, pull: pull.map((w) => w / total) }
  })
  if (samples.length === 0) return skinWeights(cloud, mesh)
  const n = mesh.positions.length / 3
  const out: SkinWeights = { joints: new Uint8Array(n * 4), weights: new Float32Array(n * 4) }
  for (let v = 0; v < n; v++) {
    const p: Vec3 = [mesh.positions[v * 3] ?? 0, mesh.positions[v * 3 + 1] ?? 0, mesh.positions[v * 3 + 2] ?? 0]
    let best = samples[0] as (typeof samples)[number]
    let nearest = Infinity
    for (const s of samples) {
      const d = (s.at[0] - p[0]) ** 2 + (s.at[1] - p[1]) ** 2 + (s.at[2] - p[2]) ** 2
      if (d < nearest) {
        nearest = d
        best = s
      }
    }
    writeTopFour(best.pull, v, out)
  }
  return out
}

/** A point of the model that moves with the pose: its rest position and the joints it follows. */
export interface PoseLandmark {
  /** World position at rest, metres. */
  rest: Vec3
  joints: PoseJoint[]
  weights: number[]
}

/** A landmark on a rigid bone. */
function onBone(joint: PoseJoint, worldMm: Vec3): PoseLandmark {
  return { rest: scale(worldMm, 0.001), joints: [joint], weights: [1] }
}

/** A landmark in soft tissue, weighted as a skinned vertex there would be. */
function inSoftTissue(cloud: BoneCloud, worldMm: Vec3): PoseLandmark {
  const { joints, weights } = skinWeights(cloud, { positions: new Float32Array(worldMm), indices: new Uint32Array() })
  const out: PoseLandmark = { rest: scale(worldMm, 0.001), joints: [], weights: [] }
  for (let k = 0; k < 4; k++) {
    if ((weights[k] ?? 0) <= 0) continue
    out.joints.push(POSE_JOINTS[joints[k] ?? 0] as PoseJoint)
    out.weights.push(Math.round((weights[k] ?? 0) * 1e6) / 1e6)
  }
  return out
}

export interface LevelLandmarks {
  /** Bottom of the upper pedicle and top of the lower one, by side: the foramen's height. */
  foramen: Record<'left' | 'right', { upper: PoseLandmark; lower: PoseLandmark }>
  /**
   * The canal's cross-section in the disc's mid-plane: a point in the middle of the canal and points
   * 10 mm to its left and 10 mm behind it (the plane and its axes move with the pose), and how far
   * out to either side the section reaches (half the interpedicular width of the vertebra above,
   * metres): past it the canal opens into the nerve exits.
   */
  canal: { centre: PoseLandmark; left: PoseLandmark; back: PoseLandmark; halfWidth: number }
}

/** Pedicle centre (left) and height, in the vertebra's frame, mm. */
function pedicleOf(level: 'L4' | 'L5'): { centre: Vec3; height: number } {
  return { centre: vertebraLandmarks(level).pedicle, height: VERTEBRAE[level].pedicleHeight }
}

/** How far behind the back of the end plate the canal section's centre sits, mm (about half the canal's depth). */
const CANAL_CENTRE_BEHIND_DISC = 7

/**
 * The points the movement panel measures at L4–L5 and L5–S1. The S1 pedicle's top is taken 3 mm
 * below the S1 end plate, under the L5 pedicle (an estimate: the sacrum is meshed as one solid).
 */
export function poseLandmarks(sk: Skeleton, cloud: BoneCloud): Record<'L4-L5' | 'L5-S1', LevelLandmarks> {
  const level = (upper: 'L4' | 'L5'): LevelLandmarks => {
    const segment = sk.segments.find((s) => s.upper === upper)
    if (!segment) throw new Error(`No disc below ${upper}`)
    const up = pedicleOf(upper)
    const upperPose = sk.vertebrae[upper]
    const lowerJoint: PoseJoint = upper === 'L4' ? 'L5' : 'pelvis'
    const lowerPose = upper === 'L4' ? sk.vertebrae.L5 : sk.sacrum
    const lowerPedicle = upper === 'L4' ? pedicleOf('L5') : null
    const side = (sign: 1 | -1): { upper: PoseLandmark; lower: PoseLandmark } => {
      const top: Vec3 = [sign * up.centre[0], up.centre[1] - up.height / 2, up.centre[2]]
      const bottom: Vec3 = lowerPedicle
        ? [sign * lowerPedicle.centre[0], lowerPedicle.centre[1] + lowerPedicle.height / 2, lowerPedicle.centre[2]]
        : [sign * up.centre[0], -3, up.centre[2]]
      return { upper: onBone(upper, toWorld(upperPose, top)), lower: onBone(lowerJoint, toWorld(lowerPose, bottom)) }
    }
    const mid = lerp(segment.lowerPlate, segment.upperPlate, 0.5)
    const { back } = discMidPlane(segment)
    const centre = add(mid, scale(back, VERTEBRAE[upper].endplateDepth / 2 + CANAL_CENTRE_BEHIND_DISC))
    return {
      foramen: { left: side(1), right: side(-1) },
      canal: {
        centre: inSoftTissue(cloud, centre),
        left: inSoftTissue(cloud, add(centre, [10, 0, 0])),
        back: inSoftTissue(cloud, add(centre, scale(back, 10))),
        halfWidth: VERTEBRAE[upper].canalWidth / 2 / 1000,
      },
    }
  }
  return { 'L4-L5': level('L4'), 'L5-S1': level('L5') }
}

/** The pose of a joint relative to its parent's frame (for the glTF node's TRS). */
export function relativePose(parent: Pose | null, child: Pose): Pose {
  if (!parent) return child
  return {
    translation: toLocal(parent, child.translation),
    rotation: multiplyQuaternions(conjugate(parent.rotation), child.rotation),
  }
}
