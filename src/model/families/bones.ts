/**
 * The bones family: T12 and the lumbar vertebrae, the sacrum and coccyx (each its own node, posed
 * by the skeleton), and the hip bones, femurs and 12th ribs (world frame, left built and right
 * mirrored). Each bone is an SDF (../shapes/*) meshed by manifold-3d, simplified to its triangle
 * budget and shaded with baked ambient occlusion; the SDFs stay available in world mm so the
 * muscles can be carved against them and the tests can probe them.
 */
import { conjugate, rotateByQuat, toLocal, toWorld, type Pose, type Vec3 } from '../math'
import { bakeAmbientOcclusion, isClosedManifold, meshSdf, meshSdfSimplified, type MeshData, type Sdf } from '../mesh'
import { mirrorMesh, mirrorSdf } from '../mirror'
import { simplifyMesh } from '../optimize'
import type { Skeleton } from '../skeleton'
import { coccyxSdf } from '../shapes/coccyx'
import { femurSdf } from '../shapes/femur'
import { hipBoneSdf } from '../shapes/pelvis'
import { ribPath, ribSdf } from '../shapes/rib'
import { sacrumSdf } from '../shapes/sacrum'
import { vertebraSdf, type LocalJoint } from '../shapes/vertebra'
import type { BuildContext, Shape } from './family'

/** How a bone SDF becomes a mesh (see `meshBone`). */
export interface BoneMeshOptions {
  /** Retries at a slightly larger budget when edge collapse leaves the mesh non-manifold. */
  manifoldRetries: number
  /** Budget growth per retry, as a fraction of the budget. */
  retryBudgetGrowth: number
  /** Starting tolerance of manifold-3d's own simplifier (thin plates, and the fallback), mm. */
  plateTolerance: number
}

export interface BonesOptions {
  /** SDF grid edge for T12 and the lumbar vertebrae, mm: fine enough for pedicles and facets. */
  vertebraEdge: number
  /** SDF grid edge for the sacrum, mm: 10% coarser than a vertebra's (1.1 × 1.1), it is larger. */
  sacrumEdge: number
  /** SDF grid edge for the coccyx, mm: its segments are small. */
  coccyxEdge: number
  /** SDF grid edge for the hip bones, mm. */
  hipBoneEdge: number
  /** SDF grid edge for the femurs, mm: 20% coarser than the hip bone's (2 × 1.2), context only. */
  femurEdge: number
  /** SDF grid edge for the 12th ribs, mm. */
  ribEdge: number
  /** Triangle budgets after simplification. */
  budgets: {
    lumbarVertebra: number
    /** T12 is context for the lumbar spine, so it gets about half a lumbar vertebra's triangles. */
    t12: number
    sacrum: number
    coccyx: number
    hipBone: number
    femur: number
    rib: number
  }
  meshing: BoneMeshOptions
}

export const BONE_MESH_DEFAULTS: BoneMeshOptions = { manifoldRetries: 3, retryBudgetGrowth: 0.04, plateTolerance: 0.12 }

export const BONES_DEFAULTS: BonesOptions = {
  vertebraEdge: 1.1,
  // Written as products so they stay the exact doubles the committed GLB was built with.
  sacrumEdge: 1.1 * 1.1,
  coccyxEdge: 0.9,
  hipBoneEdge: 2,
  femurEdge: 2 * 1.2,
  ribEdge: 1.2,
  budgets: { lumbarVertebra: 5400, t12: 3000, sacrum: 8000, coccyx: 1500, hipBone: 7000, femur: 3000, rib: 1200 },
  meshing: BONE_MESH_DEFAULTS,
}

/**
 * Centre of the left auricular surface in the sacrum's frame, mm (estimate, on the ala behind the
 * S1–S2 lateral mass): the hip bone's auricular surface is built to meet it.
 */
const AURICULAR_SURFACE: Vec3 = [61, -22, -10]

/** One bone to mesh: its SDF in the node's frame (world when it has no pose) and how to mesh it. */
export interface BoneShape extends Shape {
  /** Structure id; paired bones get `-left` and `-right` added. */
  id: string
  /** The node's pose; absent for the paired bones, which are built in the world frame. */
  pose?: Pose
  /** Built on the left and mirrored to the right. */
  paired: boolean
  edge: number
  budget: number
  /** A thin plate (ilium, sacrum): straight to manifold-3d's simplifier, which never pinches it. */
  thin: boolean
}

function localJoints(pose: Pose, joints: readonly { centre: Vec3; normal: Vec3; axis: Vec3 }[]): LocalJoint[] {
  const inv = conjugate(pose.rotation)
  return joints.map((j) => ({
    centre: toLocal(pose, j.centre),
    normal: rotateByQuat(j.normal, inv),
    axis: rotateByQuat(j.axis, inv),
  }))
}

/**
 * Every bone's SDF, bounds and meshing settings, in build order. Cheap (no meshing), so the SDFs
 * can be rebuilt without rebuilding the meshes.
 */
export function boneShapes(sk: Skeleton, options: BonesOptions = BONES_DEFAULTS): BoneShape[] {
  const shapes: BoneShape[] = []
  for (const level of ['T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const) {
    const pose = sk.vertebrae[level]
    const sup = sk.segments.find((s) => s.lower === level)?.facets ?? []
    const inf = sk.segments.find((s) => s.upper === level)?.facets ?? []
    const budget = level === 'T12' ? options.budgets.t12 : options.budgets.lumbarVertebra
    const vertebra = vertebraSdf(level, localJoints(pose, sup), localJoints(pose, inf))
    shapes.push({
      id: level.toLowerCase(),
      ...vertebra,
      pose,
      paired: false,
      edge: options.vertebraEdge,
      budget,
      thin: false,
    })
  }
  // Sacrum and coccyx share the sacrum's pose (the sacral slope).
  const l5s1 = sk.segments.find((s) => s.lower === 'S1')?.facets ?? []
  shapes.push({
    id: 'sacrum',
    ...sacrumSdf(localJoints(sk.sacrum, l5s1)),
    pose: sk.sacrum,
    paired: false,
    edge: options.sacrumEdge,
    budget: options.budgets.sacrum,
    thin: true,
  })
  shapes.push({
    id: 'coccyx',
    ...coccyxSdf(),
    pose: sk.sacrum,
    paired: false,
    edge: options.coccyxEdge,
    budget: options.budgets.coccyx,
    thin: false,
  })
  const auricular = toWorld(sk.sacrum, AURICULAR_SURFACE)
  const paired = { paired: true, thin: false }
  shapes.push({
    id: 'hip-bone',
    ...hipBoneSdf(sk.pelvis, auricular),
    ...paired,
    edge: options.hipBoneEdge,
    budget: options.budgets.hipBone,
    thin: true,
  })
  shapes.push({
    id: 'femur',
    ...femurSdf(sk.pelvis),
    ...paired,
    edge: options.femurEdge,
    budget: options.budgets.femur,
  })
  shapes.push({
    id: 'rib-12',
    ...ribSdf(ribPath(sk.vertebrae.T12)),
    ...paired,
    edge: options.ribEdge,
    budget: options.budgets.rib,
  })
  return shapes
}

/** The bones' SDFs in world mm by structure id (both sides of the paired bones). */
export function boneSdfs(shapes: readonly BoneShape[]): Map<string, Sdf> {
  const sdfs = new Map<string, Sdf>()
  for (const { id, sdf, pose, paired } of shapes) {
    if (paired) {
      sdfs.set(`${id}-left`, sdf)
      sdfs.set(`${id}-right`, mirrorSdf(sdf))
    } else {
      sdfs.set(id, pose ? (p) => sdf(toLocal(pose, p)) : sdf)
    }
  }
  return sdfs
}

/**
 * Meshes a bone SDF, simplifies it to its budget and bakes ambient occlusion. Thin plates (ilium,
 * sacrum) go straight to manifold-3d's simplifier, which never pinches them into non-manifold
 * edges; so does any bone whose edge-collapse result stays non-manifold after the retries.
 */
export async function meshBone(shape: BoneShape, options: BoneMeshOptions = BONE_MESH_DEFAULTS): Promise<MeshData> {
  const { sdf, bounds, edge, budget } = shape
  let simple: MeshData | undefined
  if (!shape.thin) {
    const raw = await meshSdf(sdf, bounds, { edgeLength: edge })
    simple = await simplifyMesh(raw, budget)
    for (let attempt = 1; attempt <= options.manifoldRetries && !isClosedManifold(simple); attempt++) {
      simple = await simplifyMesh(raw, Math.round(budget * (1 + attempt * options.retryBudgetGrowth)))
    }
  }
  if (!simple || !isClosedManifold(simple))
    simple = await meshSdfSimplified(sdf, bounds, { edgeLength: edge }, options.plateTolerance, budget)
  return { ...simple, colors: bakeAmbientOcclusion(simple, sdf) }
}

/** Builds every bone into `ctx.parts` and its SDF into `ctx.boneSdfs`. */
export async function buildBones(ctx: BuildContext, options: BonesOptions = BONES_DEFAULTS): Promise<void> {
  const shapes = boneShapes(ctx.skeleton, options)
  for (const shape of shapes) {
    const mesh = await meshBone(shape, options.meshing)
    if (shape.paired) {
      ctx.parts.set(`${shape.id}-left`, { material: 'bone', mesh })
      ctx.parts.set(`${shape.id}-right`, { material: 'bone', mesh: mirrorMesh(mesh) })
    } else {
      ctx.parts.set(shape.id, { material: 'bone', mesh, ...(shape.pose ? { pose: shape.pose } : {}) })
    }
  }
  for (const [id, sdf] of boneSdfs(shapes)) ctx.boneSdfs.set(id, sdf)
}
