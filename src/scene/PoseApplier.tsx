import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Matrix4, Quaternion, Vector3, type BufferGeometry, type Mesh, type Object3D } from 'three'
import {
  CANAL_SECTION,
  CANAL_WALLS,
  jointMotion,
  levelBend,
  morphTargetWeight,
  poseAngles,
  POSE_JOINTS,
  thighForwardOf,
  type JointAngles,
  type MeasuredLevel,
  type PoseAngles,
  type PoseJoint,
  type PosedArea,
  type PosedDistance,
  type PoseMeasurements,
} from '../domain/movement'
import { useExplorerStore } from '../store/explorer-store'
import { canalSectionArea, type Point3 } from './canal-section'
import { buildBoundsTreesWhenIdle, type ModelIndex } from './model-index'
import { drawSkinned, nextPoseVersion, skinnedMeshesOf, worldPositions } from './posed-geometry'
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
  canal: { centre: Landmark; left: Landmark; back: Landmark; halfWidth: number }
}

/** A mesh with morph targets and, for each target, its index and name (`levelBend` drives them). */
interface Morphing {
  mesh: Mesh
  targets: [number, string][]
  /** The geometry's morph attributes while they are detached (the spine has not moved yet). */
  detached: BufferGeometry['morphAttributes'] | null
}

/**
 * Morph targets cost a shader variant per material and a texture per mesh on the first frame, and
 * a standing spine needs none of them: they are detached until the movement panel opens or the
 * spine first moves (a link, a tour step), so the shaders compile then, not on load or mid-drag.
 */
function detachMorphs(morphing: readonly Morphing[]): void {
  for (const m of morphing) {
    if (m.detached) continue
    m.detached = m.mesh.geometry.morphAttributes
    m.mesh.geometry.morphAttributes = {}
  }
}

function attachMorphs(morphing: readonly Morphing[]): void {
  for (const m of morphing) {
    if (!m.detached) continue
    m.mesh.geometry.morphAttributes = m.detached
    m.detached = null
  }
}

/** The meshes whose shape the pose changes (discs, nuclei, the ligamentum flavum). */
function findMorphing(scene: Object3D): Morphing[] {
  const found: Morphing[] = []
  scene.traverse((object) => {
    const mesh = object as Mesh
    if (!mesh.isMesh || !mesh.morphTargetDictionary || !mesh.morphTargetInfluences) return
    found.push({
      mesh,
      targets: Object.entries(mesh.morphTargetDictionary).map(([name, i]) => [i, name]),
      detached: null,
    })
  })
  return found
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
const _c = new Vector3()

const point = (v: Vector3): Point3 => [v.x, v.y, v.z]

/** The canal's cross-sectional area at a level as the model stands now, mm² (./canal-section.ts). */
function canalArea(
  level: MeasuredLevel,
  canal: LevelLandmarks['canal'],
  joints: ReadonlyMap<PoseJoint, Joint>,
  index: ModelIndex
): number {
  const centre = posed(canal.centre, joints, _a)
  const left = posed(canal.left, joints, _b).sub(centre)
  const back = posed(canal.back, joints, _c).sub(centre)
  const walls = CANAL_WALLS[level].flatMap((id) =>
    (index.get(id)?.meshes ?? []).map((mesh) => ({
      positions: worldPositions(mesh),
      index: mesh.geometry.index?.array ?? null,
    }))
  )
  const m2 = canalSectionArea(
    walls,
    { centre: point(centre), left: point(left), back: point(back) },
    { halfWidth: canal.halfWidth, maxRadius: CANAL_SECTION.maxRadiusM, rays: CANAL_SECTION.rays }
  )
  return Math.round(m2 * 1e7) / 10
}

/** Foramen heights and canal areas, at rest and as posed now (mm, mm²). */
function measure(
  landmarks: Landmarks,
  joints: ReadonlyMap<PoseJoint, Joint>,
  index: ModelIndex,
  restAreas: ReadonlyMap<MeasuredLevel, number>
): PoseMeasurements {
  const foramenHeight: PosedDistance[] = []
  const areas: PosedArea[] = []
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
    const neutralMm2 = restAreas.get(level)
    if (neutralMm2 !== undefined) areas.push({ level, neutralMm2, posedMm2: canalArea(level, at.canal, joints, index) })
  }
  return { foramenHeight, canalArea: areas }
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

/** Sets every morph target's weight for the levels' bends (0 at rest). */
function applyMorphs(morphing: readonly Morphing[], angles: PoseAngles): void {
  if (!sameAngles(angles, REST_ANGLES)) attachMorphs(morphing)
  const bends = levelBend(angles)
  for (const { mesh, targets } of morphing) {
    const influences = mesh.morphTargetInfluences
    if (!influences) continue
    for (const [i, name] of targets) influences[i] = morphTargetWeight(name, bends) ?? 0
  }
}

/**
 * Bends the model to the store's pose: each joint turns from its rest by the pose's angles
 * (domain/movement.ts), and the discs, nuclei and ligamentum flavum change shape by their morph
 * targets, easing there unless the user prefers reduced motion. When a pose settles it re-bakes
 * the skinned meshes' positions and refits their BVHs in idle slices (never per frame, so a drag
 * stays smooth and picking is exact again once it ends), and reports the foramen heights and canal
 * areas measured on the posed model. Its cleanup puts every joint back at rest.
 */
export function PoseApplier({ scene, index }: { scene: Object3D; index: ModelIndex }) {
  const joints = useMemo(() => findJoints(scene), [scene])
  const landmarks = useMemo(() => findLandmarks(scene), [scene])
  const morphing = useMemo(() => findMorphing(scene), [scene])
  const skinned = useMemo(() => skinnedMeshesOf(scene), [scene])
  const pose = useExplorerStore((s) => s.pose)
  const movementOpen = useExplorerStore((s) => s.movementOpen)
  const invalidate = useThree((s) => s.invalidate)
  const current = useRef<PoseAngles>(restAngles())
  const target = useRef<PoseAngles>(restAngles())
  const moving = useRef(false)
  const stopRebake = useRef<() => void>(() => undefined)
  // The canal's areas at rest: measured once, the first time they are wanted, while the model stands.
  const restAreas = useRef<Map<MeasuredLevel, number> | null>(null)

  // GPU skinning only while the spine is off rest, or may move at any moment (the movement panel
  // is open: its shaders compile then, not on the first drag).
  const skinWhen = (angles: PoseAngles, panelOpen: boolean) =>
    drawSkinned(skinned, panelOpen || !sameAngles(angles, REST_ANGLES))

  const apply = (angles: PoseAngles) => {
    skinWhen(angles, useExplorerStore.getState().movementOpen)
    for (const [name, joint] of joints) {
      joint.object.quaternion.copy(joint.rest).multiply(_q.fromArray(jointMotion(name, angles[name])))
    }
    applyMorphs(morphing, angles)
    scene.updateMatrixWorld(true)
  }

  /** Call only while the model stands at rest. */
  const measureRestAreas = () => {
    if (restAreas.current) return
    const areas = new Map<MeasuredLevel, number>()
    for (const level of ['L4-L5', 'L5-S1'] as const) {
      const at = landmarks[level]
      if (at) areas.set(level, canalArea(level, at.canal, joints, index))
    }
    restAreas.current = areas
  }
  const measureNow = () => measure(landmarks, joints, index, restAreas.current ?? new Map())

  const settle = () => {
    moving.current = false
    skinWhen(current.current, useExplorerStore.getState().movementOpen)
    nextPoseVersion(sameAngles(current.current, REST_ANGLES))
    stopRebake.current()
    publishScene({ boundsTreesBuilt: false })
    stopRebake.current = buildBoundsTreesWhenIdle(index, () => {
      publishScene({ boundsTreesBuilt: true })
      // Framing casts rays against the posed meshes, so it waits for their BVHs.
      useExplorerStore.getState().followSelection()
    })
    useExplorerStore.getState().setPoseMeasurements(measureNow())
    invalidate()
  }

  useEffect(() => {
    target.current = poseAngles(pose.pose, thighForwardOf(pose))
    const atRest = sameAngles(current.current, REST_ANGLES)
    // The rest areas cost a few milliseconds: taken when the spine first moves or the panel opens, not on load.
    if (atRest && (movementOpen || !sameAngles(target.current, REST_ANGLES))) measureRestAreas()
    if (sameAngles(target.current, current.current)) {
      // Nothing to move (the model at rest on load, or the panel opening): report the figures as they stand.
      useExplorerStore.getState().setPoseMeasurements(measureNow())
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
  }, [pose, movementOpen, joints, invalidate])

  // Before the first frame draws the standing model; given back when the model goes.
  useLayoutEffect(() => {
    detachMorphs(morphing)
    return () => attachMorphs(morphing)
  }, [morphing])
  useLayoutEffect(() => {
    skinWhen(current.current, useExplorerStore.getState().movementOpen)
    return () => drawSkinned(skinned, true)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- skinWhen reads refs and the stable list
  }, [skinned])

  // Opening the movement panel readies the shapes, so the first drag does not wait for shaders;
  // closing it on a standing spine goes back to plain drawing.
  useEffect(() => {
    skinWhen(current.current, movementOpen)
    invalidate()
    if (movementOpen) attachMorphs(morphing)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- skinWhen reads refs and the stable list
  }, [movementOpen, morphing, invalidate])

  // Back to rest when the model goes (or StrictMode re-runs effects).
  useEffect(
    () => () => {
      stopRebake.current()
      for (const joint of joints.values()) joint.object.quaternion.copy(joint.rest)
      applyMorphs(morphing, REST_ANGLES)
      scene.updateMatrixWorld(true)
      current.current = restAngles()
      useExplorerStore.getState().setPoseMeasurements(null)
    },
    [joints, morphing, scene]
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
