/**
 * What the family builders share. `buildGeometry` (../parts.ts) makes one `BuildContext`, hands it
 * to each family in turn (bones first: the muscles are carved against them), and each family adds
 * its structures' meshes by structure id plus whatever later families and the tests need (SDFs,
 * centre lines). A family never reads another family's meshes, only these shared maps.
 */
import type { Pose, Vec3 } from '../math'
import type { Bounds, MeshData, Sdf } from '../mesh'
import type { Skeleton } from '../skeleton'
import type { Frames } from '../shapes/landmarks'

/** Tissue materials; the app picks colours by these names. */
export type TissueMaterial = 'bone' | 'cartilage' | 'nerve' | 'muscle' | 'ligament' | 'skin'

/** One structure's geometry, before it is matched to its STRUCTURES entry. */
export interface PartGeometry {
  material: TissueMaterial
  /** Mesh in the node's frame, mm. */
  mesh: MeshData
  /** Node pose in world mm; identity when absent. */
  pose?: Pose
  /** Custom per-vertex SCALAR UNSIGNED_BYTE attributes (glTF semantic → values), kept exact. */
  attributes?: Record<string, Uint8Array<ArrayBuffer>>
  /** Shape changes the pose plays (glTF morph targets), in the mesh's frame, mm. */
  morphTargets?: MorphTarget[]
}

/**
 * A change of shape skinning cannot make (a disc bulging, a ligament folding): every vertex's
 * displacement when the target is fully on, named by `morphTargetName` (domain/movement.ts).
 */
export interface MorphTarget {
  name: string
  deltas: Float32Array<ArrayBuffer>
}

/** An SDF with the box it is meshed in. */
export interface Shape {
  sdf: Sdf
  bounds: Bounds
}

export interface BuildContext {
  readonly skeleton: Skeleton
  readonly frames: Frames
  /** The body's outline: muscles and the abdominal wall keep under it, the skin family meshes it. */
  readonly skin: Shape
  /** Each structure's geometry by structure id; every STRUCTURES id must end up here. */
  readonly parts: Map<string, PartGeometry>
  /** Bone SDFs in world mm (negative inside), by structure id. */
  readonly boneSdfs: Map<string, Sdf>
  /**
   * The fleshy muscles' own SDFs before carving, as beds (the grooves between a muscle's parts
   * bridged, as a fascia over them bridges them; left side, world mm), by muscle id without side.
   */
  readonly ownMuscleSdfs: Map<string, Sdf>
  /** SDFs of the muscles built from fibre bundles, carved (left side, world mm), by structure id. */
  readonly muscleSdfs: Map<string, Sdf>
  /** What each of those muscles lies on (bone or muscle ids, left side). */
  readonly muscleLayers: Map<string, readonly string[]>
  /** Nerve centre lines in world mm, by structure id (all paths). */
  readonly nerveCurves: Map<string, Vec3[][]>
  /** Muscle and ligament centre lines (waypoints) in world mm, by structure id. */
  readonly softCurves: Map<string, Vec3[][]>
}

/** An SDF that an earlier family must have made (`sdfs` one of the context's maps), for `purpose`. */
export function requireSdf(sdfs: ReadonlyMap<string, Sdf>, id: string, purpose: string): Sdf {
  const sdf = sdfs.get(id)
  if (!sdf) throw new Error(`No ${id} for ${purpose}: the family that makes it runs first`)
  return sdf
}
