/**
 * What the loaded model needs before its first frame that depends on the scene alone: the rest
 * pose, the structure index and the skin's sides. The 3D view works through these steps between
 * the parse and React mounting the model, one step per task, so that neither the task that mounts
 * it nor the one that draws its first frame carries them (under a phone's slower CPU each long
 * task blocks input). Every step is kept per scene or mesh, so the components that need one later
 * find it ready.
 */
import { Vector3, type Mesh, type Object3D } from 'three'
import { modelIndexOf } from './model-index'
import { prepareRestPose, worldVertex } from './posed-geometry'

const WORLD_X = new WeakMap<Mesh, Float32Array>()
const _vertex = new Vector3()

/** Each skin vertex's world x at rest (the side of the body it is on), read once per mesh. */
export function skinWorldX(mesh: Mesh): Float32Array {
  let out = WORLD_X.get(mesh)
  if (out) return out
  mesh.updateWorldMatrix(true, false)
  const position = mesh.geometry.getAttribute('position')
  out = new Float32Array(position.count)
  for (let i = 0; i < position.count; i++) out[i] = worldVertex(mesh, i, _vertex).x
  WORLD_X.set(mesh, out)
  return out
}

/** The steps, in order: the skin's sides are read at rest, after the rest pose is set up. */
export const MODEL_PREPARATION: readonly ((scene: Object3D) => void)[] = [
  prepareRestPose,
  modelIndexOf,
  (scene) => {
    const skin = modelIndexOf(scene).get('skin')?.meshes[0]
    if (skin) skinWorldX(skin)
  },
]
