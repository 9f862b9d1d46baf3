/**
 * Builds every structure's mesh (mm) with its node pose, material and triangle budget, one family
 * at a time (./families/*): bones, discs and joints, nerves, muscles, fascia and ligaments, beyond
 * the spine (hip joints, gluteal tendons, kidneys), skin, then the illustration extras. The parts
 * follow STRUCTURES order, so iteration (and the GLB) is stable.
 */
import { STRUCTURES, type Structure } from '../domain/structures'
import type { Pose, Vec3 } from './math'
import type { Sdf } from './mesh'
import { buildSkeleton, type Skeleton } from './skeleton'
import { frames } from './shapes/landmarks'
import type { ExtraNode } from './shapes/illustrations'
import { BEYOND_THE_SPINE_DEFAULTS, buildBeyondTheSpine, type BeyondTheSpineOptions } from './families/beyond-the-spine'
import { boneShapes, boneSdfs, buildBones, BONES_DEFAULTS, type BonesOptions } from './families/bones'
import { buildDiscsAndJoints, DISCS_AND_JOINTS_DEFAULTS, type DiscsAndJointsOptions } from './families/discs-and-joints'
import { buildExtras, EXTRAS_DEFAULTS, type ExtrasOptions } from './families/extras'
import {
  buildFasciaAndLigaments,
  FASCIA_AND_LIGAMENTS_DEFAULTS,
  type FasciaAndLigamentsOptions,
} from './families/fascia-and-ligaments'
import type { BuildContext, PartGeometry } from './families/family'
import { buildMuscles, fleshyMuscleShapes, MUSCLES_DEFAULTS, type MusclesOptions } from './families/muscles'
import { buildNerves, NERVES_DEFAULTS, type NervesOptions } from './families/nerves'
import { buildSkin, skinShape, SKIN_MESH_DEFAULTS, type SkinMeshOptions } from './families/skin'

export type { TissueMaterial } from './families/family'

export interface Part extends PartGeometry {
  structure: Structure
}

export interface ModelGeometry {
  skeleton: Skeleton
  parts: Part[]
  /** Bone SDFs in world mm (negative inside), by structure id. */
  boneSdfs: Map<string, Sdf>
  /** SDFs of the muscles built from fibre bundles (left side, world mm), by structure id. */
  muscleSdfs: Map<string, Sdf>
  /** What each of those muscles lies on (bone or muscle ids, left side). */
  muscleLayers: Map<string, readonly string[]>
  /** Nerve centre lines in world mm, by structure id (all paths). */
  nerveCurves: Map<string, Vec3[][]>
  /** Muscle and ligament centre lines (waypoints) in world mm, by structure id. */
  softCurves: Map<string, Vec3[][]>
  /** Nodes that are not structures (cause illustrations, trigger-point markers), world mm. */
  extras: ExtraNode[]
}

/** Every edge length, triangle budget and resolution of the generator, by family. */
export interface BuildOptions {
  bones: BonesOptions
  discsAndJoints: DiscsAndJointsOptions
  nerves: NervesOptions
  muscles: MusclesOptions
  fasciaAndLigaments: FasciaAndLigamentsOptions
  beyondTheSpine: BeyondTheSpineOptions
  skin: SkinMeshOptions
  extras: ExtrasOptions
}

export const BUILD_DEFAULTS: BuildOptions = {
  bones: BONES_DEFAULTS,
  discsAndJoints: DISCS_AND_JOINTS_DEFAULTS,
  nerves: NERVES_DEFAULTS,
  muscles: MUSCLES_DEFAULTS,
  fasciaAndLigaments: FASCIA_AND_LIGAMENTS_DEFAULTS,
  beyondTheSpine: BEYOND_THE_SPINE_DEFAULTS,
  skin: SKIN_MESH_DEFAULTS,
  extras: EXTRAS_DEFAULTS,
}

const IDENTITY: Pose = { translation: [0, 0, 0], rotation: [0, 0, 0, 1] }

/** An empty build context on the skeleton: what each family builder starts from (or a test of one). */
export function createBuildContext(skeleton: Skeleton = buildSkeleton()): BuildContext {
  return {
    skeleton,
    frames: frames(skeleton),
    skin: skinShape(skeleton),
    parts: new Map(),
    boneSdfs: new Map(),
    ownMuscleSdfs: new Map(),
    muscleSdfs: new Map(),
    muscleLayers: new Map(),
    nerveCurves: new Map(),
    softCurves: new Map(),
  }
}

/** Computes all meshes and the geometry the tests inspect. */
export async function buildGeometry(options: BuildOptions = BUILD_DEFAULTS): Promise<ModelGeometry> {
  const ctx = createBuildContext()
  const skeleton = ctx.skeleton
  // Bones first: the muscles are carved against them. Muscles before the fascia, which wraps them.
  await buildBones(ctx, options.bones)
  buildDiscsAndJoints(ctx, options.discsAndJoints)
  buildNerves(ctx, options.nerves)
  await buildMuscles(ctx, options.muscles)
  buildFasciaAndLigaments(ctx, options.fasciaAndLigaments)
  await buildBeyondTheSpine(ctx, options.beyondTheSpine)
  await buildSkin(ctx, options.skin)
  const extras = buildExtras(ctx, options.extras)

  const ids = new Set(STRUCTURES.map((s) => s.id))
  for (const id of ctx.parts.keys()) if (!ids.has(id)) throw new Error(`Geometry for ${id}, which is not in STRUCTURES`)
  const parts: Part[] = STRUCTURES.map((structure) => {
    const got = ctx.parts.get(structure.id)
    if (!got) throw new Error(`No geometry for structure ${structure.id}`)
    const part: Part = { structure, material: got.material, mesh: got.mesh, pose: got.pose ?? IDENTITY }
    if (got.attributes) part.attributes = got.attributes
    if (got.morphTargets) part.morphTargets = got.morphTargets
    return part
  })
  const { boneSdfs, muscleSdfs, muscleLayers, nerveCurves, softCurves } = ctx
  return { skeleton, parts, boneSdfs, muscleSdfs, muscleLayers, nerveCurves, softCurves, extras }
}

/**
 * The bone and fleshy-muscle SDFs alone, without meshing anything (milliseconds): the same
 * functions `buildGeometry` meshes, for geometry restored from the build cache.
 */
export function modelSdfs(
  skeleton: Skeleton,
  options: BuildOptions = BUILD_DEFAULTS
): Pick<ModelGeometry, 'boneSdfs' | 'muscleSdfs'> {
  const bones = boneSdfs(boneShapes(skeleton, options.bones))
  const skin = skinShape(skeleton)
  const muscleSdfs = new Map<string, Sdf>()
  for (const m of fleshyMuscleShapes(frames(skeleton), bones, skin.sdf)) muscleSdfs.set(`${m.muscle.id}-left`, m.sdf)
  return { boneSdfs: bones, muscleSdfs }
}
