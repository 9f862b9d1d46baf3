import { Box3, Mesh, type Material, type Object3D } from 'three'
import { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh'
import { isTissueName, type SceneMaterials, type TissueName } from './materials'

/** One structure in the loaded scene: its meshes and the tissue it is drawn with. */
export interface IndexedStructure {
  id: string
  meshes: Mesh[]
  tissue: TissueName
}

export type ModelIndex = Map<string, IndexedStructure>

/** A raycast that hits nothing: hidden, faded and decorative meshes let clicks through. */
export const noRaycast = (): void => undefined

const _box = new Box3()

/**
 * The structure id carried by an object or its nearest ancestor (glTF `extras.structureId`).
 * Illustrations and trigger-point markers are not structures, even inside one.
 */
export function structureIdOf(object: Object3D | null): string | null {
  for (let o = object; o; o = o.parent) {
    const data = o.userData as { structureId?: unknown; illustrationId?: unknown; triggerPointOf?: unknown }
    if (data.illustrationId !== undefined || data.triggerPointOf !== undefined) return null
    if (typeof data.structureId === 'string') return data.structureId
  }
  return null
}

function tissueOf(material: Material | Material[]): TissueName {
  const first = Array.isArray(material) ? material[0] : material
  const name = first?.name ?? ''
  return isTissueName(name) ? name : 'bone'
}

/**
 * Indexes the loaded glTF scene by structure id, gives every mesh its shared tissue material
 * and three-mesh-bvh's accelerated raycast (see {@link buildBoundsTrees}).
 */
export function indexModel(root: Object3D, materials: SceneMaterials): ModelIndex {
  const index: ModelIndex = new Map()
  root.traverse((child) => {
    if (!(child instanceof Mesh)) return
    const object = child as Mesh
    const id = structureIdOf(object)
    if (!id) return
    const tissue = tissueOf(object.material)
    const old = object.material
    for (const m of Array.isArray(old) ? old : [old]) m.dispose()
    object.material = materials.tissue[tissue]
    object.raycast = acceleratedRaycast
    const entry = index.get(id)
    if (entry) entry.meshes.push(object)
    else index.set(id, { id, meshes: [object], tissue })
  })
  return index
}

/**
 * Builds one BVH per geometry (dedup may share a geometry between meshes) so picking is fast.
 * Run after the first frame: until then acceleratedRaycast falls back to a plain raycast.
 */
export function buildBoundsTrees(index: ModelIndex): void {
  for (const entry of index.values()) {
    for (const mesh of entry.meshes) mesh.geometry.boundsTree ??= new MeshBVH(mesh.geometry)
  }
}

export function disposeModelIndex(index: ModelIndex): void {
  const geometries = new Set([...index.values()].flatMap((s) => s.meshes.map((m) => m.geometry)))
  for (const geometry of geometries) {
    geometry.boundsTree = undefined
    geometry.dispose()
  }
}

/** World-space bounds of the given structures (empty box if none are known). */
export function boundsOf(index: ModelIndex, ids: Iterable<string>, target = new Box3()): Box3 {
  target.makeEmpty()
  for (const id of ids) {
    for (const mesh of index.get(id)?.meshes ?? []) {
      mesh.updateWorldMatrix(true, false)
      if (!mesh.geometry.boundingBox) mesh.geometry.computeBoundingBox()
      const local = mesh.geometry.boundingBox
      if (local) target.union(_box.copy(local).applyMatrix4(mesh.matrixWorld))
    }
  }
  return target
}
