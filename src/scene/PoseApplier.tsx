import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Matrix4, Quaternion, Vector3, type Object3D } from 'three'
import {
  jointMotion,
  poseAngles,
  POSE_JOINTS,
  thighForwardOf,
  type JointAngles,
  type MeasuredLevel,
  type PoseAngles,
  type PoseJoint,
  type PosedDistance,
  type PoseMeasurements,
} from '../domain/movement'
import { useExplorerStore } from '../store/explorer-store'
import { buildBoundsTreesWhenIdle, type ModelIndex } from './model-index'
import { nextPoseVersion } from './posed-geometry'
import { prefersReducedMotion } from './motion'
import { publishScene } from './scene-inspection'

interface Joint {
  object: Object3D
  rest: Quaternion
  /** Inverse of the joint's world matrix at rest: takes a rest world point into the joint's frame. */
  restInverse: Matrix4
}

/** A point that moves with the pose (generator: src/model/skinning.ts `PoseLandmark`). */
interface Landmark {
  rest: [number, number, number]
  joints: PoseJoint[]
  weights: number[]
}

interface LevelLandmarks {
  foramen: Record<'left' | 'right', { upper: Landmark; lower: Landmark }>
  canal: { disc: Landmark; lamina: Landmark }
}

type Landmarks = Partial<Record<MeasuredLevel, LevelLandmarks>>

function isPoseJoint(value: unknown): value is PoseJoint {
  return typeof value === 'string' && (POSE_JOINTS as readonly string[]).includes(value)
}

/** The model's joints by name, with their rest state (read while the model is still at rest). */
function findJoints(scene: Object3D): Map<PoseJoint, Joint> {
  const joints = new Map<PoseJoint, Joint>()
  scene.updateMatrixWorld(true)
  scene.traverse((object) => {
    const name = (object.userData as { joint?: unknown }).joint
    if (!isPoseJoint(name)) return
    joints.set(name, {
      object,
      rest: object.quaternion.clone(),
      restInverse: object.matrixWorld.clone().invert(),
    })
  })
  return joints
}

function findLandmarks(scene: Object3D): Landmarks {
  let found: Landmarks = {}
  scene.traverse((object) => {
    const data = (object.userData as { poseLandmarks?: unknown }).poseLandmarks
    if (data && typeof data === 'object') found = data
  })
  return found
}

const _q = new Quaternion()
const _m = new Matrix4()
const _p = new Vector3()
const _sum = new Vector3()

/** Where a landmark is in the current pose (world, metres). */
function posed(landmark: Landmark, joints: ReadonlyMap<PoseJoint, Joint>, target: Vector3): Vector3 {
  target.set(0, 0, 0)
  landmark.joints.forEach((name, k) => {
    const joint = joints.get(name)
    if (!joint) return
    _m.multiplyMatrices(joint.object.matrixWorld, joint.restInverse)
    _sum
      .fromArray(landmark.rest)
      .applyMatrix4(_m)
      .multiplyScalar(landmark.weights[k] ?? 0)
    target.add(_sum)
  })
  return target
}

const _a = new Vector3()
const _b = new Vector3()

/** Foramen heights and canal depths, at rest and as posed now (mm). */
function measure(landmarks: Landmarks, joints: ReadonlyMap<PoseJoint, Joint>): PoseMeasurements {
  const foramenHeight: PosedDistance[] = []
  const canalDepth: PosedDistance[] = []
  const distance = (a: Landmark, b: Landmark) => ({
    neutralMm: Math.round(_a.fromArray(a.rest).distanceTo(_b.fromArray(b.rest)) * 10000) / 10,
    posedMm: Math.round(posed(a, joints, _a).distanceTo(posed(b, joints, _b)) * 10000) / 10,
  })
  for (const level of ['L4-L5', 'L5-S1'] as const) {
    const at = landmarks[level]
    if (!at) continue
    for (const side of ['left', 'right'] as const) {
      foramenHeight.push({ level, side, ...distance(at.foramen[side].upper, at.foramen[side].lower) })
    }
    canalDepth.push({ level, side: 'middle', ...distance(at.canal.disc, at.canal.lamina) })
  }
  return { foramenHeight, canalDepth }
}

/** Degrees per second is not the unit: the remaining angle shrinks by this factor per second. */
const EASE_RATE = 7
/** Below this gap (degrees) the pose has arrived. */
const SETTLED_DEG = 0.02

const ZERO: JointAngles = { flexion: 0, sideBend: 0, twist: 0 }

function sameAngles(a: PoseAngles, b: PoseAngles): boolean {
  return POSE_JOINTS.every(
    (j) => a[j].flexion === b[j].flexion && a[j].sideBend === b[j].sideBend && a[j].twist === b[j].twist
  )
}

function restAngles(): PoseAngles {
  return Object.fromEntries(POSE_JOINTS.map((j) => [j, { ...ZERO }])) as PoseAngles
}

const REST_ANGLES = restAngles()

/**
 * Bends the model to the store's pose: each joint turns from its rest by the pose's angles
 * (domain/movement.ts), easing there unless the user prefers reduced motion. When a pose settles
 * it re-bakes the skinned meshes' positions and refits their BVHs in idle slices (never per frame,
 * so a drag stays smooth and picking is exact again once it ends), and reports the foramen and
 * canal figures measured on the posed model. Its cleanup puts every joint back at rest.
 */
export function PoseApplier({ scene, index }: { scene: Object3D; index: ModelIndex }) {
  const joints = useMemo(() => findJoints(scene), [scene])
  const landmarks = useMemo(() => findLandmarks(scene), [scene])
  const pose = useExplorerStore((s) => s.pose)
  const invalidate = useThree((s) => s.invalidate)
  const current = useRef<PoseAngles>(restAngles())
  const target = useRef<PoseAngles>(restAngles())
  const moving = useRef(false)
  const stopRebake = useRef<() => void>(() => undefined)

  const apply = (angles: PoseAngles) => {
    for (const [name, joint] of joints) {
      joint.object.quaternion.copy(joint.rest).multiply(_q.fromArray(jointMotion(name, angles[name])))
    }
    scene.updateMatrixWorld(true)
  }

  const settle = () => {
    moving.current = false
    nextPoseVersion(sameAngles(current.current, REST_ANGLES))
    stopRebake.current()
    publishScene({ boundsTreesBuilt: false })
    stopRebake.current = buildBoundsTreesWhenIdle(index, () => publishScene({ boundsTreesBuilt: true }))
    useExplorerStore.getState().setPoseMeasurements(measure(landmarks, joints))
    invalidate()
  }

  useEffect(() => {
    target.current = poseAngles(pose.pose, thighForwardOf(pose))
    if (sameAngles(target.current, current.current)) {
      // Nothing to move (the model at rest on load): the figures are the rest figures.
      useExplorerStore.getState().setPoseMeasurements(measure(landmarks, joints))
      return
    }
    // A new movement: baking the old pose's positions would be wasted work during the move.
    stopRebake.current()
    if (prefersReducedMotion()) {
      current.current = target.current
      apply(current.current)
      settle()
      return
    }
    moving.current = true
    invalidate()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- apply and settle read refs and stable props
  }, [pose, joints, invalidate])

  // Back to rest when the model goes (or StrictMode re-runs effects).
  useEffect(
    () => () => {
      stopRebake.current()
      for (const joint of joints.values()) joint.object.quaternion.copy(joint.rest)
      scene.updateMatrixWorld(true)
      current.current = restAngles()
      useExplorerStore.getState().setPoseMeasurements(null)
    },
    [joints, scene]
  )

  useFrame((_, delta) => {
    if (!moving.current) return
    const k = 1 - Math.exp(-EASE_RATE * Math.min(delta, 0.1))
    let gap = 0
    const next = restAngles()
    for (const name of POSE_JOINTS) {
      const from = current.current[name]
      const to = target.current[name]
      for (const axis of ['flexion', 'sideBend', 'twist'] as const) {
        const d = to[axis] - from[axis]
        gap = Math.max(gap, Math.abs(d))
        next[name][axis] = Math.abs(d) < SETTLED_DEG ? to[axis] : from[axis] + d * k
      }
    }
    current.current = gap < SETTLED_DEG ? target.current : next
    apply(current.current)
    if (gap < SETTLED_DEG) settle()
    else invalidate()
  })

  return null
}
