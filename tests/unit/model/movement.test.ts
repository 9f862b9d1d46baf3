// @vitest-environment node
/**
 * The posed model, measured: the generator's joints and skin weights, turned by the app's own
 * pose functions, must bend each level by its cited range, open and close the nerve exits the way
 * upright MRI shows, keep vertebral bodies apart and keep each disc's volume.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { Matrix4, Object3D, Quaternion, Vector3 } from 'three'
import {
  CANAL_SECTION,
  CANAL_WALLS,
  jointMotion,
  levelBend,
  morphTargetWeight,
  poseAngles,
  POSE_JOINTS,
  SEGMENT_RANGES,
  SPINAL_JOINTS,
  type MeasuredLevel,
  type PoseJoint,
  type SpinePose,
} from '../../../src/domain/movement'
import type { CachedBuild } from '../../../src/model/build-cache'
import { toWorld, type Vec3 } from '../../../src/model/math'
import { VERTEBRAE } from '../../../src/model/measurements'
import { canalSectionArea } from '../../../src/scene/canal-section'
import {
  BONE_JOINTS,
  boneCloud,
  jointFrames,
  poseLandmarks,
  relativePose,
  skinWeights,
  tubeSkinWeights,
  type LevelLandmarks,
  type PoseLandmark,
} from '../../../src/model/skinning'
import { BUILD_TIMEOUT, modelBuild } from './model-build'
import { signedVolume } from './mesh-probes'
import { mapVertices } from '../../../src/model/mesh'

let build: CachedBuild
beforeAll(async () => {
  build = await modelBuild()
}, BUILD_TIMEOUT)

/** Each joint's motion in the world (posed world matrix × inverse rest world matrix), mm. */
function jointMotions(pose: SpinePose, thighForward = 0): Map<PoseJoint, Matrix4> {
  const frames = jointFrames(build.model.geometry.skeleton)
  const angles = poseAngles(pose, thighForward)
  const objects = new Map<PoseJoint, { object: Object3D; rest: Matrix4 }>()
  const root = new Object3D()
  for (const frame of frames) {
    const parent = frame.parent ? (frames.find((f) => f.joint === frame.parent)?.pose ?? null) : null
    const rel = relativePose(parent, frame.pose)
    const object = new Object3D()
    object.position.fromArray(rel.translation)
    object.quaternion.fromArray(rel.rotation)
    ;(frame.parent ? objects.get(frame.parent)?.object : root)?.add(object)
    objects.set(frame.joint, { object, rest: new Matrix4() })
  }
  root.updateMatrixWorld(true)
  for (const o of objects.values()) o.rest.copy(o.object.matrixWorld).invert()
  for (const [joint, o] of objects)
    o.object.quaternion.multiply(new Quaternion().fromArray(jointMotion(joint, angles[joint])))
  root.updateMatrixWorld(true)
  return new Map(
    [...objects].map(([joint, o]) => [joint, new Matrix4().multiplyMatrices(o.object.matrixWorld, o.rest)])
  )
}

const _v = new Vector3()
function moved(motions: Map<PoseJoint, Matrix4>, joint: PoseJoint, p: Vec3): Vector3 {
  return new Vector3(...p).applyMatrix4(motions.get(joint) ?? new Matrix4())
}

/** A landmark where the pose puts it (mm). */
function landmarkAt(motions: Map<PoseJoint, Matrix4>, l: PoseLandmark): Vector3 {
  const out = new Vector3()
  l.joints.forEach((j, k) =>
    out.add(moved(motions, j, [l.rest[0] * 1000, l.rest[1] * 1000, l.rest[2] * 1000]).multiplyScalar(l.weights[k] ?? 0))
  )
  return out
}

const skinOf = new Map<string, { world: Float32Array; joints: Uint8Array; weights: Float32Array }>()

/**
 * A structure's vertices in a pose (world mm), as the app draws them: a bone turns with its joint;
 * a soft structure takes its morph targets at the levels' bends, then blends its joints.
 */
function posedPositions(id: string, pose: SpinePose, thighForward = 0): Float32Array {
  const part = build.model.geometry.parts.find((p) => p.structure.id === id)
  if (!part) throw new Error(`no ${id}`)
  const motions = jointMotions(pose, thighForward)
  const world = part.pose ? mapVertices(part.mesh, (p) => toWorld(part.pose!, p)).positions : part.mesh.positions
  const out = new Float32Array(world.length)
  const rigid = BONE_JOINTS[id]
  if (rigid) {
    const m = motions.get(rigid) ?? new Matrix4()
    for (let v = 0; v < world.length; v += 3) _v.fromArray(world, v).applyMatrix4(m).toArray(out, v)
    return out
  }
  let skin = skinOf.get(id)
  if (!skin) {
    // As the GLB weights it (assemble.ts): a nerve by its centre lines, anything else per vertex.
    const cloud = boneCloud(build.model.geometry.parts)
    const lines = part.material === 'nerve' ? build.model.geometry.nerveCurves.get(id) : undefined
    const mesh = { positions: world, indices: part.mesh.indices }
    skin = { world, ...(lines ? tubeSkinWeights(cloud, mesh, lines) : skinWeights(cloud, mesh)) }
    skinOf.set(id, skin)
  }
  const bends = levelBend(poseAngles(pose, thighForward))
  const shaped = Float32Array.from(world)
  for (const target of part.morphTargets ?? []) {
    const w = morphTargetWeight(target.name, bends) ?? 0
    for (let i = 0; i < shaped.length; i++) shaped[i] = (shaped[i] ?? 0) + w * (target.deltas[i] ?? 0)
  }
  const sum = new Vector3()
  for (let v = 0; v < world.length / 3; v++) {
    sum.set(0, 0, 0)
    for (let k = 0; k < 4; k++) {
      const w = skin.weights[v * 4 + k] ?? 0
      if (w === 0) continue
      const joint = POSE_JOINTS[skin.joints[v * 4 + k] ?? 0] as PoseJoint
      sum.add(
        _v
          .fromArray(shaped, v * 3)
          .applyMatrix4(motions.get(joint) ?? new Matrix4())
          .multiplyScalar(w)
      )
    }
    sum.toArray(out, v * 3)
  }
  return out
}

function centroid(positions: Float32Array): Vector3 {
  const c = new Vector3()
  for (let v = 0; v < positions.length; v += 3) c.add(_v.fromArray(positions, v))
  return c.divideScalar(positions.length / 3)
}

/** The canal's cross-sectional area at a level in a pose, mm², measured as the app measures it. */
function canalAreaMm2(level: MeasuredLevel, canal: LevelLandmarks['canal'], pose: SpinePose): number {
  const m = jointMotions(pose)
  const centre = landmarkAt(m, canal.centre)
  const walls = CANAL_WALLS[level].map((id) => {
    const part = build.model.geometry.parts.find((p) => p.structure.id === id)
    if (!part) throw new Error(`no ${id}`)
    return { positions: posedPositions(id, pose), index: part.mesh.indices }
  })
  return canalSectionArea(
    walls,
    {
      centre: centre.toArray(),
      left: landmarkAt(m, canal.left).sub(centre).toArray(),
      back: landmarkAt(m, canal.back).sub(centre).toArray(),
    },
    { halfWidth: canal.halfWidth * 1000, maxRadius: CANAL_SECTION.maxRadiusM * 1000, rays: CANAL_SECTION.rays }
  )
}

const NEUTRAL: SpinePose = { bend: 0, sideBend: 0, twist: 0, pelvicTilt: 0 }
const FLEXION: SpinePose = { ...NEUTRAL, bend: 1 }
const EXTENSION: SpinePose = { ...NEUTRAL, bend: -1 }

/** The sagittal angle of a vertebra's long axis after a pose, degrees (forward positive). */
function sagittalTilt(motions: Map<PoseJoint, Matrix4>, joint: PoseJoint | 'sacrum'): number {
  const sk = build.model.geometry.skeleton
  const pose = joint === 'sacrum' ? sk.sacrum : sk.vertebrae[joint as 'L1']
  const axis = new Vector3(...toWorld(pose, [0, 1, 0])).sub(new Vector3(...pose.translation))
  const m = motions.get(joint === 'sacrum' ? 'pelvis' : joint) ?? new Matrix4()
  axis.transformDirection(m)
  return (Math.atan2(axis.z, axis.y) * 180) / Math.PI
}

describe('the posed model', () => {
  it('bends each lumbar level by its in vivo range (Pearcy 1984: about 14° of flexion plus extension per level)', () => {
    const flexed = jointMotions(FLEXION)
    const extended = jointMotions(EXTENSION)
    const below: Record<string, PoseJoint | 'sacrum'> = { L1: 'L2', L2: 'L3', L3: 'L4', L4: 'L5', L5: 'sacrum' }
    for (const joint of SPINAL_JOINTS) {
      const lower = below[joint] as PoseJoint | 'sacrum'
      const flexion =
        sagittalTilt(flexed, joint) -
        sagittalTilt(flexed, lower) -
        (sagittalTilt(jointMotions(NEUTRAL), joint) - sagittalTilt(jointMotions(NEUTRAL), lower))
      const extension =
        sagittalTilt(extended, joint) -
        sagittalTilt(extended, lower) -
        (sagittalTilt(jointMotions(NEUTRAL), joint) - sagittalTilt(jointMotions(NEUTRAL), lower))
      expect(flexion, joint).toBeCloseTo(SEGMENT_RANGES[joint].flexion, 1)
      expect(-extension, joint).toBeCloseTo(SEGMENT_RANGES[joint].extension, 1)
      // Pearcy 1984's band for the sum at every level: about 13–16°.
      expect(flexion - extension, joint).toBeGreaterThanOrEqual(12)
      expect(flexion - extension, joint).toBeLessThanOrEqual(17)
    }
  })

  it('opens the L4–L5 nerve exits in flexion and narrows them in extension, more than at L5–S1 (Schmid 1999; Fredericson 2001)', () => {
    const cloud = boneCloud(build.model.geometry.parts)
    const landmarks = poseLandmarks(build.model.geometry.skeleton, cloud)
    const height = (pose: SpinePose, level: 'L4-L5' | 'L5-S1') => {
      const m = jointMotions(pose)
      const f = landmarks[level].foramen.left
      return landmarkAt(m, f.upper).distanceTo(landmarkAt(m, f.lower))
    }
    const change = (pose: SpinePose, level: 'L4-L5' | 'L5-S1') => height(pose, level) / height(NEUTRAL, level) - 1
    // Upright MRI: foramina change by up to 44 % with posture, smallest in extension.
    expect(change(FLEXION, 'L4-L5')).toBeGreaterThan(0.05)
    expect(change(FLEXION, 'L4-L5')).toBeLessThan(0.44)
    expect(change(EXTENSION, 'L4-L5')).toBeLessThan(-0.01)
    expect(change(EXTENSION, 'L4-L5')).toBeGreaterThan(-0.44)
    expect(change(FLEXION, 'L4-L5')).toBeGreaterThan(change(FLEXION, 'L5-S1'))
    // Side-bending to the left closes the left exits and opens the right ones.
    const side = { ...NEUTRAL, sideBend: 1 }
    const m = jointMotions(side)
    const f = landmarks['L4-L5'].foramen
    const leftNow = landmarkAt(m, f.left.upper).distanceTo(landmarkAt(m, f.left.lower))
    const rightNow = landmarkAt(m, f.right.upper).distanceTo(landmarkAt(m, f.right.lower))
    expect(leftNow).toBeLessThan(height(NEUTRAL, 'L4-L5'))
    expect(rightNow).toBeGreaterThan(height(NEUTRAL, 'L4-L5'))
  })

  it('narrows the canal from flexion to extension by about what upright MRI measured (Schmid 1999: 268 → 224 mm² at L4–L5)', () => {
    const landmarks = poseLandmarks(build.model.geometry.skeleton, boneCloud(build.model.geometry.parts))
    for (const level of ['L4-L5', 'L5-S1'] as const) {
      const area = (pose: SpinePose) => canalAreaMm2(level, landmarks[level].canal, pose)
      const [flexed, standing, extended] = [area(FLEXION), area(NEUTRAL), area(EXTENSION)]
      if (process.env.MOVEMENT_REPORT)
        console.log(
          `canal ${level}: flexion ${flexed.toFixed(0)}, standing ${standing.toFixed(0)}, extension ${extended.toFixed(0)} mm²`
        )
      // A lumbar canal at the disc: about 150–320 mm² in adults standing (Schmid 1999's 224–268 at L4–L5).
      expect(standing, level).toBeGreaterThan(150)
      expect(standing, level).toBeLessThan(320)
      expect(flexed, level).toBeGreaterThan(standing)
      expect(extended, level).toBeLessThan(standing)
      // Schmid 1999 (L4–L5, upright) and Schönström 1989 (L3–L4, cadavers): about −16 % from flexion to extension.
      expect(extended / flexed - 1, level).toBeLessThan(-0.08)
      expect(extended / flexed - 1, level).toBeGreaterThan(-0.3)
    }
  })

  it('shifts each nucleus back in flexion and forward in extension, inside its disc (Fennell 1996; Alexander 2007)', () => {
    const sk = build.model.geometry.skeleton
    for (const upper of ['L3', 'L4', 'L5'] as const) {
      const key = `${upper.toLowerCase()}-${upper === 'L5' ? 's1' : `l${Number(upper[1]) + 1}`}`
      const back = new Vector3(...toWorld({ ...sk.vertebrae[upper], translation: [0, 0, 0] }, [0, 0, -1]))
      // The nucleus's place in its disc, measured straight back (mm).
      const place = (pose: SpinePose) => {
        const motion = jointMotions(pose).get(upper) ?? new Matrix4()
        const direction = back.clone().transformDirection(motion)
        return centroid(posedPositions(`${key}-nucleus-pulposus`, pose))
          .sub(centroid(posedPositions(`${key}-disc`, pose)))
          .dot(direction)
      }
      const standing = place(NEUTRAL)
      expect(place(FLEXION) - standing, upper).toBeGreaterThan(0.5)
      expect(place(EXTENSION) - standing, upper).toBeLessThan(-0.05)
    }
  })

  it('keeps every nerve in one piece in a full forward bend and a slumped sit: no edge of its tube torn (over 3× its length) or collapsed', () => {
    const nerves = build.model.geometry.parts.filter((p) => p.material === 'nerve')
    const worst = new Map<string, { id: string; ratio: number }>()
    // The shortest an edge may get: a third in a forward bend (the hip flexes 50°); an eighth sitting,
    // where the hip flexes 85° and the front of it folds up (linear skinning cannot bunch tissue).
    const shortest: Record<string, number> = { 'full forward bend': 1 / 3, 'slumped sit': 1 / 8 }
    for (const [pose, thighs, name] of [
      [FLEXION, 0, 'full forward bend'],
      [{ bend: 0.7, sideBend: 0, twist: 0, pelvicTilt: -0.6 }, 85, 'slumped sit'],
    ] as const) {
      for (const part of nerves) {
        const rest = posedPositions(part.structure.id, NEUTRAL)
        const now = posedPositions(part.structure.id, pose, thighs)
        const ix = part.mesh.indices
        const length = (p: Float32Array, a: number, b: number) =>
          Math.hypot((p[a] ?? 0) - (p[b] ?? 0), (p[a + 1] ?? 0) - (p[b + 1] ?? 0), (p[a + 2] ?? 0) - (p[b + 2] ?? 0))
        let partWorst = 1
        for (let t = 0; t < ix.length; t += 3) {
          for (let k = 0; k < 3; k++) {
            const a = (ix[t + k] ?? 0) * 3
            const b = (ix[t + ((k + 1) % 3)] ?? 0) * 3
            const before = length(rest, a, b)
            if (before < 0.5) continue
            const ratio = length(now, a, b) / before
            if (Math.abs(Math.log(ratio)) > Math.abs(Math.log(partWorst))) partWorst = ratio
          }
        }
        const known = worst.get(name)
        if (!known || Math.abs(Math.log(partWorst)) > Math.abs(Math.log(known.ratio)))
          worst.set(name, { id: part.structure.id, ratio: partWorst })
        if (process.env.MOVEMENT_REPORT) console.log(`  ${name} ${part.structure.id}: ${partWorst.toFixed(2)}`)
      }
    }
    for (const [name, { id, ratio }] of worst) {
      // Linear skinning shortens what crosses the front of a flexed hip and lengthens what crosses its
      // back (the sciatic nerve does lengthen and slide in a forward bend); a tear or a collapse is a fault.
      expect(ratio, `${name}: ${id}`).toBeGreaterThan(shortest[name] ?? 1)
      expect(ratio, `${name}: ${id}`).toBeLessThan(3)
    }
  })

  it('never pushes one vertebral body into the next by more than 1 mm at the end of any range', () => {
    const { parts, boneSdfs } = build.model.geometry
    const poses: SpinePose[] = [
      FLEXION,
      EXTENSION,
      { ...NEUTRAL, sideBend: 1 },
      { ...NEUTRAL, sideBend: -1 },
      { ...NEUTRAL, twist: 1 },
      { ...NEUTRAL, bend: -1, pelvicTilt: 1 },
    ]
    const pairs: [PoseJoint, string, PoseJoint][] = [
      ['L1', 'l2', 'L2'],
      ['L2', 'l3', 'L3'],
      ['L3', 'l4', 'L4'],
      ['L4', 'l5', 'L5'],
      ['L5', 'sacrum', 'pelvis'],
    ]
    for (const pose of poses) {
      const m = jointMotions(pose)
      for (const [upper, lowerId, lowerJoint] of pairs) {
        const part = parts.find((p) => p.structure.id === upper.toLowerCase())
        const sdf = boneSdfs.get(lowerId)
        if (!part?.pose || !sdf) throw new Error(`missing ${upper} or ${lowerId}`)
        // Relative motion of the upper bone in the lower bone's rest frame.
        const relative = new Matrix4()
          .copy(m.get(lowerJoint) ?? new Matrix4())
          .invert()
          .multiply(m.get(upper) ?? new Matrix4())
        const back = -VERTEBRAE[upper as 'L1'].endplateDepth / 2
        let deepest = Infinity
        const p = part.mesh.positions
        for (let i = 0; i < p.length; i += 3) {
          const local: Vec3 = [p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0]
          // The body only: below the vertebra's centre and in front of its back wall.
          if (local[1] > 0 || local[2] < back) continue
          _v.set(...toWorld(part.pose, local)).applyMatrix4(relative)
          deepest = Math.min(deepest, sdf([_v.x, _v.y, _v.z]))
        }
        if (process.env.MOVEMENT_REPORT)
          console.log(`body gap ${upper}→${lowerId} ${JSON.stringify(pose)}: closest ${deepest.toFixed(2)} mm`)
        expect(deepest, `${upper} into ${lowerId} in ${JSON.stringify(pose)}`).toBeGreaterThan(-1)
      }
    }
  })

  it('keeps every disc within ±10 % of its volume at the end of each range', () => {
    const { parts } = build.model.geometry
    for (const id of ['l1-l2-disc', 'l2-l3-disc', 'l3-l4-disc', 'l4-l5-disc', 'l5-s1-disc']) {
      const part = parts.find((p) => p.structure.id === id)
      if (!part) throw new Error(`no ${id}`)
      const world = part.pose ? mapVertices(part.mesh, (p) => toWorld(part.pose!, p)).positions : part.mesh.positions
      const posed = (pose: SpinePose) => posedPositions(id, pose)
      const volume = (positions: Float32Array) => signedVolume({ positions, indices: part.mesh.indices })
      const rest = volume(world)
      for (const pose of [FLEXION, EXTENSION, { ...NEUTRAL, sideBend: 1 }, { ...NEUTRAL, twist: -1 }]) {
        const ratio = volume(posed(pose)) / rest
        if (process.env.MOVEMENT_REPORT) console.log(`volume ${id} ${JSON.stringify(pose)}: ${ratio.toFixed(3)}`)
        expect(ratio, `${id} ${JSON.stringify(pose)}`).toBeGreaterThan(0.9)
        expect(ratio, `${id} ${JSON.stringify(pose)}`).toBeLessThan(1.1)
      }
    }
  })
})
