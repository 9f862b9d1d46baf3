/**
 * Where a mesh's vertices really are. A rigid bone's geometry is its shape; a skinned mesh's
 * geometry holds quantized rest positions that only the GPU turns into the pose on screen. So each
 * skinned mesh gets a baked copy of its posed positions (same index), made after the model loads
 * and again when a pose settles: picking (its BVH), bounds, framing rays and the skin's sides all
 * read the baked copy, never the raw attribute. Baking costs one bone blend per vertex, so it runs
 * in idle slices and never during a drag.
 */
import {
  Box3,
  BufferAttribute,
  BufferGeometry,
  Matrix4,
  Skeleton,
  SkinnedMesh,
  Sphere,
  Vector3,
  type Mesh,
  type Object3D,
} from 'three'
import { writeRestPositions } from './bounds-tree-jobs'

const _v = new Vector3()
const _box = new Box3()

/** Whether the mesh is bound to the skeleton (whether or not it is skinned on the GPU now). */
export function isSkinned(object: Object3D): object is SkinnedMesh {
  return object instanceof SkinnedMesh
}

/** Every mesh of the model bound to its skeleton. */
export function skinnedMeshesOf(scene: Object3D): SkinnedMesh[] {
  const found: SkinnedMesh[] = []
  scene.traverse((object) => {
    if (isSkinned(object)) found.push(object)
  })
  return found
}

/**
 * Whether three skins these meshes on the GPU. After {@link shareOneSkeleton} every bone's matrix
 * is the identity at rest, so skinning a standing spine only recomputes each vertex's own position,
 * at four bone-texture reads per vertex: about 30 % of a frame in software GL. A standing spine is
 * drawn as plain meshes (three reads `isSkinnedMesh` each frame to choose the shader and uniforms)
 * and skinning turns back on before the spine moves. Our own code asks {@link isSkinned} instead.
 */
export function drawSkinned(meshes: readonly SkinnedMesh[], on: boolean): void {
  for (const mesh of meshes) (mesh as unknown as { isSkinnedMesh: boolean }).isSkinnedMesh = on
}

interface PosedData {
  /** Posed positions in the mesh's own frame (like a rigid geometry's), with the mesh's index. */
  geometry: BufferGeometry
  /** The pose `geometry` was baked in (a counter the pose applier bumps). */
  version: number
}

const POSED = new WeakMap<Mesh, PosedData>()

/** Bumped each time a pose settles: baked copies of an older version are stale. */
let poseVersion = 0

export function currentPoseVersion(): number {
  return poseVersion
}

/** Whether every joint is at rest (then a skinned mesh's positions are its rest transform of the raw ones). */
let atRest = true

/**
 * Marks every baked copy stale (the pose applier calls it when a new pose has settled), and
 * records whether that pose is the rest pose.
 */
export function nextPoseVersion(rest: boolean): number {
  poseVersion += 1
  atRest = rest
  return poseVersion
}

/** The rest transform of a skinned mesh's raw positions (the generator's dequantization), read at load. */
const REST = new WeakMap<Mesh, Matrix4>()

/**
 * Where a skinned mesh puts its raw positions at rest, in its own frame (before its world matrix):
 * bone 0's blend, which at rest is every joint's.
 */
function restBlend(mesh: SkinnedMesh): Matrix4 | null {
  const bone = mesh.skeleton.bones[0]
  const inverse = mesh.skeleton.boneInverses[0]
  if (!bone || !inverse) return null
  bone.updateWorldMatrix(true, false)
  return new Matrix4()
    .multiplyMatrices(bone.matrixWorld, inverse)
    .premultiply(mesh.bindMatrixInverse)
    .multiply(mesh.bindMatrix)
}

/**
 * Binds every skinned mesh of the model to one skeleton. The GLB gives each mesh its own copy of
 * the skin (quantization folds each mesh's dequantization into its inverse bind matrices), so three
 * would update and upload one bone texture per mesh on every frame the spine moves. Instead each
 * mesh takes its rest placement (the dequantization) as its own transform and bind matrix, and all
 * share the joints with their plain rest inverses. Call while the joints are at rest, before
 * anything reads the meshes' positions.
 */
export function shareOneSkeleton(meshes: readonly SkinnedMesh[]): void {
  const first = meshes[0]
  if (!first || meshes.every((m) => m.skeleton === first.skeleton)) return
  const bones = first.skeleton.bones
  for (const bone of bones) bone.updateWorldMatrix(true, false)
  const shared = new Skeleton(
    bones,
    bones.map((b) => b.matrixWorld.clone().invert())
  )
  const parentInverse = new Matrix4()
  for (const mesh of meshes) {
    const blend = restBlend(mesh)
    if (!blend) continue
    mesh.updateWorldMatrix(true, false)
    const rest = blend.premultiply(mesh.matrixWorld)
    const own = mesh.skeleton
    parentInverse.copy(mesh.parent?.matrixWorld ?? parentInverse.identity()).invert()
    mesh.matrix.multiplyMatrices(parentInverse, rest)
    mesh.matrix.decompose(mesh.position, mesh.quaternion, mesh.scale)
    mesh.updateMatrixWorld(true)
    mesh.bind(shared, mesh.matrixWorld)
    own.dispose()
  }
}

/**
 * Records each skinned mesh's rest transform while the skeleton is still at rest, and gives it a
 * bounding sphere from that (three would otherwise blend every vertex for it on the first frame).
 */
export function recordRest(mesh: SkinnedMesh): void {
  if (REST.has(mesh)) return
  const rest = restBlend(mesh)
  if (!rest) return
  REST.set(mesh, rest)
  const geometry = mesh.geometry
  if (!geometry.boundingBox) geometry.computeBoundingBox()
  mesh.boundingBox = (geometry.boundingBox ?? new Box3()).clone().applyMatrix4(rest)
  mesh.boundingSphere = mesh.boundingBox.getBoundingSphere(new Sphere())
}

/** Scenes whose skinned meshes already share one skeleton and know their rest bounds. */
const AT_REST_READY = new WeakSet<Object3D>()

/**
 * Readies a loaded model's skinned meshes while the skeleton is at rest: one shared skeleton
 * (`shareOneSkeleton`) and each mesh's rest bounds (`recordRest`). Runs once per scene; later calls
 * return at once, so the app can do it in a task of its own before React mounts the model.
 */
export function prepareRestPose(scene: Object3D): void {
  if (AT_REST_READY.has(scene)) return
  scene.updateMatrixWorld(true)
  const skinned = skinnedMeshesOf(scene)
  shareOneSkeleton(skinned)
  for (const mesh of skinned) recordRest(mesh)
  AT_REST_READY.add(scene)
}

/** Bakes (or re-bakes) a skinned mesh's posed positions; returns the baked geometry. */
export function bakePose(mesh: SkinnedMesh, version: number): BufferGeometry {
  const known = POSED.get(mesh)
  if (known && known.version === version) return known.geometry
  const source = mesh.geometry.getAttribute('position')
  const geometry = known?.geometry ?? new BufferGeometry()
  let position = geometry.getAttribute('position') as BufferAttribute | undefined
  if (!position) {
    position = new BufferAttribute(new Float32Array(source.count * 3), 3)
    geometry.setAttribute('position', position)
    if (mesh.geometry.index) geometry.setIndex(mesh.geometry.index)
  }
  const rest = restTransformAtRest(mesh)
  if (rest) {
    // One transform per vertex, no bone blending (several times cheaper).
    writeRestPositions(source, rest, position.array as Float32Array)
  } else {
    mesh.skeleton.update()
    for (let i = 0; i < source.count; i++) {
      mesh.getVertexPosition(i, _v)
      position.setXYZ(i, _v.x, _v.y, _v.z)
    }
  }
  position.needsUpdate = true
  geometry.computeBoundingBox()
  geometry.computeBoundingSphere()
  // Culling and three's own raycast read these: keep them on the pose.
  mesh.boundingBox = (geometry.boundingBox ?? new Box3()).clone()
  mesh.boundingSphere = (geometry.boundingSphere ?? new Sphere()).clone()
  POSED.set(mesh, { geometry, version })
  return geometry
}

/**
 * The rest transform to bake a skinned mesh with elsewhere (a worker, ./bounds-tree-jobs.ts), or
 * null when the spine is not at rest: then only a bone blend here gives its positions.
 */
export function restTransformAtRest(mesh: SkinnedMesh): Matrix4 | null {
  return atRest ? (REST.get(mesh) ?? null) : null
}

/**
 * Takes positions baked elsewhere, by the same sum as {@link bakePose} at rest, as the mesh's baked
 * copy for `version`, with their bounds. Returns the baked copy, or null when the pose has moved on
 * since (the positions are stale). A copy already baked here for `version` is kept as it is.
 */
export function adoptPose(
  mesh: SkinnedMesh,
  version: number,
  positions: Float32Array,
  box: Box3,
  sphere: Sphere
): BufferGeometry | null {
  if (version !== poseVersion) return null
  const known = POSED.get(mesh)
  if (known?.version === version) return known.geometry
  const geometry = known?.geometry ?? new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  if (mesh.geometry.index) geometry.setIndex(mesh.geometry.index)
  geometry.boundingBox = box
  geometry.boundingSphere = sphere
  mesh.boundingBox = box.clone()
  mesh.boundingSphere = sphere.clone()
  POSED.set(mesh, { geometry, version })
  return geometry
}

/** The geometry whose positions are where the mesh is drawn (in the mesh's frame), as far as known. */
export function shapeOf(mesh: Mesh): BufferGeometry {
  return (isSkinned(mesh) ? POSED.get(mesh)?.geometry : undefined) ?? mesh.geometry
}

/** A vertex's world position as drawn (the last baked pose for a skinned mesh). */
export function worldVertex(mesh: Mesh, i: number, target: Vector3): Vector3 {
  const posed = isSkinned(mesh) ? POSED.get(mesh)?.geometry : undefined
  if (posed) return target.fromBufferAttribute(posed.getAttribute('position'), i).applyMatrix4(mesh.matrixWorld)
  if (isSkinned(mesh)) {
    const rest = REST.get(mesh)
    target.fromBufferAttribute(mesh.geometry.getAttribute('position'), i)
    if (rest) return target.applyMatrix4(rest).applyMatrix4(mesh.matrixWorld)
    return mesh.getVertexPosition(i, target).applyMatrix4(mesh.matrixWorld)
  }
  return target.fromBufferAttribute(mesh.geometry.getAttribute('position'), i).applyMatrix4(mesh.matrixWorld)
}

/** The mesh's world bounds as drawn (the last baked pose, or rest before any bake). */
export function worldBounds(mesh: Mesh, target: Box3): Box3 {
  mesh.updateWorldMatrix(true, false)
  if (isSkinned(mesh)) {
    const local = POSED.get(mesh)?.geometry.boundingBox ?? mesh.boundingBox
    if (local) return target.copy(local).applyMatrix4(mesh.matrixWorld)
    mesh.computeBoundingBox()
    return target.copy(mesh.boundingBox ?? _box.makeEmpty()).applyMatrix4(mesh.matrixWorld)
  }
  if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox()
  return target.copy(mesh.geometry.boundingBox ?? _box.makeEmpty()).applyMatrix4(mesh.matrixWorld)
}

/** Frees a mesh's baked copy (the index belongs to the loaded scene). */
export function disposePosed(mesh: Mesh): void {
  const posed = POSED.get(mesh)
  if (!posed) return
  posed.geometry.setIndex(null)
  posed.geometry.dispose()
  POSED.delete(mesh)
}

/**
 * Every vertex of the mesh where it is drawn now, in the world (a skinned mesh is baked in the
 * current pose first): for measuring the posed model.
 */
export function worldPositions(mesh: Mesh): Float32Array {
  if (isSkinned(mesh)) bakePose(mesh, poseVersion)
  mesh.updateWorldMatrix(true, false)
  const source = shapeOf(mesh).getAttribute('position')
  const out = new Float32Array(source.count * 3)
  for (let i = 0; i < source.count; i++) {
    _v.fromBufferAttribute(source, i).applyMatrix4(mesh.matrixWorld)
    out[i * 3] = _v.x
    out[i * 3 + 1] = _v.y
    out[i * 3 + 2] = _v.z
  }
  return out
}
