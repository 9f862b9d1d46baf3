/**
 * Picking BVHs built off the main thread. A job carries copies of one mesh's positions and index
 * (never the scene's own arrays: mirrored structures share index accessors, and the renderer and
 * the framing rays read the positions meanwhile); the answer is three-mesh-bvh's own serialized
 * tree, which the main thread wraps round its geometry with `MeshBVH.deserialize`. For a skinned
 * mesh at rest the job also bakes its posed positions (the same sum as `bakePose`), which come
 * back as the mesh's baked copy. three-mesh-bvh's `GenerateMeshBVHWorker` does the first half for
 * one geometry at a time by lending the geometry's arrays to the worker, which the shared index
 * rules out here.
 */
import {
  BufferAttribute,
  BufferGeometry,
  InterleavedBuffer,
  InterleavedBufferAttribute,
  Matrix4,
  Vector3,
  type TypedArray,
} from 'three'
import { MeshBVH, type SerializedBVH } from 'three-mesh-bvh'

/**
 * `indirect`: the BVH keeps its own triangle order instead of reordering the geometry's index in
 * place. Mirrored left and right structures share one index accessor in the GLB, so reordering it
 * for one side's BVH left the other side's BVH pointing at the wrong triangles (rays missed it).
 */
export const BVH_OPTIONS = { indirect: true } as const

/** A position attribute as plain data: its own array, or the interleaved buffer it reads from. */
export interface PositionData {
  array: TypedArray
  itemSize: number
  normalized: boolean
  /** Interleaved: the buffer's stride and the attribute's offset, in elements. */
  interleaved?: { stride: number; offset: number }
}

export interface BoundsTreeJob {
  id: number
  positions: PositionData
  index: TypedArray | null
  /** A skinned mesh at rest: its rest transform (column-major), to bake its posed positions with. */
  rest: number[] | null
}

export interface BoundsTreeAnswer {
  id: number
  tree: SerializedBVH
  /** The baked posed positions, when the job had a rest transform. */
  posed: Float32Array | null
  /** The positions' bounds (posed ones when baked), as `computeBoundingBox` / `Sphere` give them. */
  box: { min: [number, number, number]; max: [number, number, number] }
  sphere: { center: [number, number, number]; radius: number }
}

export type BoundsTreeReply = BoundsTreeAnswer | { id: number; error: string }

/** Copies what a job needs of an attribute (one copy of the interleaved buffer, if it is one). */
export function positionDataOf(attribute: BufferAttribute | InterleavedBufferAttribute): PositionData {
  if (attribute instanceof InterleavedBufferAttribute) {
    return {
      array: attribute.data.array.slice(),
      itemSize: attribute.itemSize,
      normalized: attribute.normalized,
      interleaved: { stride: attribute.data.stride, offset: attribute.offset },
    }
  }
  return { array: attribute.array.slice(), itemSize: attribute.itemSize, normalized: attribute.normalized }
}

function attributeOf(data: PositionData): BufferAttribute | InterleavedBufferAttribute {
  return data.interleaved
    ? new InterleavedBufferAttribute(
        new InterleavedBuffer(data.array, data.interleaved.stride),
        data.itemSize,
        data.interleaved.offset,
        data.normalized
      )
    : new BufferAttribute(data.array, data.itemSize, data.normalized)
}

const _v = new Vector3()

/**
 * A skinned mesh's positions at rest: its rest transform applied to each raw (quantized) one. At
 * rest every joint's blend is that one matrix, so no bone blending is needed. Used here and by
 * `bakePose`, so both give the same numbers.
 */
export function writeRestPositions(
  source: BufferAttribute | InterleavedBufferAttribute,
  rest: Matrix4,
  target: Float32Array
): void {
  for (let i = 0; i < source.count; i++) {
    _v.fromBufferAttribute(source, i).applyMatrix4(rest)
    target[i * 3] = _v.x
    target[i * 3 + 1] = _v.y
    target[i * 3 + 2] = _v.z
  }
}

/** Builds one job's tree (in the worker; a test runs it directly). */
export function answerBoundsTreeJob(job: BoundsTreeJob): BoundsTreeAnswer {
  const source = attributeOf(job.positions)
  let posed: Float32Array | null = null
  const geometry = new BufferGeometry()
  if (job.rest) {
    posed = new Float32Array(source.count * 3)
    writeRestPositions(source, new Matrix4().fromArray(job.rest), posed)
    geometry.setAttribute('position', new BufferAttribute(posed, 3))
  } else geometry.setAttribute('position', source)
  if (job.index) geometry.setIndex(new BufferAttribute(job.index, 1))
  geometry.computeBoundingBox()
  geometry.computeBoundingSphere()
  const tree = MeshBVH.serialize(new MeshBVH(geometry, BVH_OPTIONS), { cloneBuffers: false })
  // The main thread keeps its own index (the tree is indirect): no need to send this copy back.
  tree.index = null
  const box = geometry.boundingBox!
  const sphere = geometry.boundingSphere!
  return {
    id: job.id,
    tree,
    posed,
    box: { min: box.min.toArray(), max: box.max.toArray() },
    sphere: { center: sphere.center.toArray(), radius: sphere.radius },
  }
}

/** What an answer hands over rather than copies. */
export function transfersOf(answer: BoundsTreeAnswer): Transferable[] {
  const buffers: ArrayBufferLike[] = [...answer.tree.roots]
  if (answer.tree.indirectBuffer) buffers.push(answer.tree.indirectBuffer.buffer)
  if (answer.posed) buffers.push(answer.posed.buffer)
  // A SharedArrayBuffer cannot be transferred (the BVH only uses one when asked to).
  return buffers.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)
}
