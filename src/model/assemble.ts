/**
 * Turns the built parts into a glTF-Transform Document, positions in metres, a few shared
 * materials named by tissue.
 *
 * The model is a hierarchy that can move (./skinning.ts): a `body` root holds the joints (pelvis,
 * L5 … L1, T12 in a chain; each thigh), every rigid bone's structure node hangs under its joint
 * (posture relative to the joint as its TRS) with a child node carrying the mesh, so quantization's
 * dequantization transform lands on the child. Every other structure (and each illustration) is a
 * skinned mesh on a node at the scene's root, as glTF asks, with no transform of its own. Structure
 * nodes carry `extras.structureId`; joints carry `extras.joint`; the body carries the landmarks the
 * app measures the pose with (`extras.poseLandmarks`); the scene carries the lighting environment
 * baked into a light probe (`extras.lightProbe`, ./lighting.ts).
 */
import { Document, type Material, type Node, type Primitive, type Skin } from '@gltf-transform/core'
import { FIBRE_ACROSS_UNIT_MM, fibreLengthOf } from '../domain/fibre-encoding'
import { POSE_JOINTS, type PoseJoint } from '../domain/movement'
import { computeNormals, mapVertices, type MeshData } from './mesh'
import type { TissueMaterial } from './families/family'
import type { Pose, Vec3 } from './math'
import { conjugate, rotateByQuat, toWorld } from './math'
import type { ModelGeometry } from './parts'
import { bakeLightProbe } from './lighting'
import {
  BONE_JOINTS,
  boneCloud,
  jointFrames,
  poseLandmarks,
  relativePose,
  skinWeights,
  tubeSkinWeights,
  type BoneCloud,
  type JointFrame,
} from './skinning'

const MM = 0.001

/** Base colours per tissue (linear RGB); the app may override by material name. */
export const TISSUE_COLOURS: Record<TissueMaterial, [number, number, number, number]> = {
  bone: [0.86, 0.8, 0.68, 1],
  cartilage: [0.55, 0.7, 0.82, 1],
  nerve: [0.95, 0.8, 0.2, 1],
  muscle: [0.62, 0.16, 0.14, 1],
  ligament: [0.85, 0.85, 0.78, 1],
  skin: [0.9, 0.68, 0.58, 0.35],
}

/** "L4–L5 intervertebral disc" → "L4-L5_intervertebral_disc"; "Femur (left)" → "Femur_left". */
export function nodeName(name: string): string {
  return name
    .replace(/–/g, '-')
    .replace(/[()]/g, '')
    .trim()
    .replace(/[^A-Za-z0-9-]+/g, '_')
}

/** Unit vectors as signed normalized bytes (glTF's BYTE: value / 127); zeros where there are none. */
function fibreBytes(mesh: MeshData): Int8Array<ArrayBuffer> {
  const out = new Int8Array(mesh.positions.length)
  const { fibres, tendon } = mesh
  if (!fibres) return out
  for (let i = 0; i < out.length; i++) {
    // A tendinous vertex's direction is shortened (domain/fibre-encoding.ts): the scene pales it.
    const length = fibreLengthOf(tendon?.[Math.floor(i / 3)] ?? 0)
    out[i] = Math.round((fibres[i] ?? 0) * length * 127)
  }
  return out
}

/** The coordinate across the fibres as 16-bit integers, in FIBRE_ACROSS_UNIT_MM (domain/fibre-encoding.ts). */
function acrossShorts(across: Float32Array): Int16Array<ArrayBuffer> {
  const out = new Int16Array(across.length)
  for (let i = 0; i < out.length; i++)
    out[i] = Math.max(-32767, Math.min(32767, Math.round((across[i] ?? 0) / FIBRE_ACROSS_UNIT_MM)))
  return out
}

const IDENTITY: Pose = { translation: [0, 0, 0], rotation: [0, 0, 0, 1] }

const isIdentity = (p: Pose): boolean =>
  p.translation.every((v) => v === 0) && p.rotation[0] === 0 && p.rotation[1] === 0 && p.rotation[2] === 0

/** Column-major inverse of a rigid pose (mm → metres): what takes a world point into the joint's frame. */
function inverseBindMatrix(pose: Pose): number[] {
  const inv = conjugate(pose.rotation)
  const x = rotateByQuat([1, 0, 0], inv)
  const y = rotateByQuat([0, 1, 0], inv)
  const z = rotateByQuat([0, 0, 1], inv)
  const t = rotateByQuat([-pose.translation[0] * MM, -pose.translation[1] * MM, -pose.translation[2] * MM], inv)
  return [x[0], x[1], x[2], 0, y[0], y[1], y[2], 0, z[0], z[1], z[2], 0, t[0], t[1], t[2], 1]
}

/** A part's mesh carried into the world frame by its pose (fibre directions turned with it). */
function posedMesh(mesh: MeshData, pose: Pose): MeshData {
  const moved = mapVertices(mesh, (p) => toWorld(pose, p))
  if (!mesh.fibres) return moved
  const fibres = new Float32Array(mesh.fibres.length)
  for (let i = 0; i < fibres.length; i += 3)
    fibres.set(rotateByQuat([mesh.fibres[i] ?? 0, mesh.fibres[i + 1] ?? 0, mesh.fibres[i + 2] ?? 0], pose.rotation), i)
  return { ...moved, fibres }
}

export function assemble(geometry: ModelGeometry): Document {
  const doc = new Document()
  const buffer = doc.createBuffer()
  // The lighting environment travels with the model (./lighting.ts): the app lights what it loads.
  const scene = doc.createScene('lumbar-spine').setExtras({ lightProbe: bakeLightProbe() })
  doc.getRoot().setDefaultScene(scene)
  const materials = new Map<TissueMaterial, Material>()
  for (const [name, colour] of Object.entries(TISSUE_COLOURS) as [TissueMaterial, [number, number, number, number]][]) {
    const m = doc
      .createMaterial(name)
      .setBaseColorFactor(colour)
      .setRoughnessFactor(name === 'nerve' ? 0.5 : 0.8)
      .setMetallicFactor(0)
    if (name === 'skin') m.setAlphaMode('BLEND').setDoubleSided(false)
    materials.set(name, m)
  }
  const accessor = (
    type: 'SCALAR' | 'VEC3' | 'VEC4' | 'MAT4',
    array:
      | Float32Array<ArrayBuffer>
      | Uint32Array<ArrayBuffer>
      | Uint8Array<ArrayBuffer>
      | Int8Array<ArrayBuffer>
      | Int16Array<ArrayBuffer>
  ) => doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)
  const primitive = (
    mesh: MeshData,
    material: TissueMaterial,
    cloud?: BoneCloud,
    centreLines?: readonly Vec3[][]
  ): Primitive => {
    const positions = new Float32Array(mesh.positions.length)
    for (let i = 0; i < positions.length; i++) positions[i] = (mesh.positions[i] ?? 0) * MM
    const normals = computeNormals(mesh)
    const colors = new Float32Array((mesh.positions.length / 3) * 4)
    for (let i = 0, v = 0; v < mesh.positions.length / 3; v++, i += 4) {
      colors[i] = mesh.colors?.[v * 3] ?? 1
      colors[i + 1] = mesh.colors?.[v * 3 + 1] ?? 1
      colors[i + 2] = mesh.colors?.[v * 3 + 2] ?? 1
      colors[i + 3] = 1
    }
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', accessor('VEC3', positions))
      .setAttribute('NORMAL', accessor('VEC3', normals))
      .setAttribute('COLOR_0', accessor('VEC4', colors))
      .setIndices(accessor('SCALAR', new Uint32Array(mesh.indices)))
      .setMaterial(materials.get(material) ?? null)
    // Fibre directions as signed normalized bytes (quantization leaves `_` attributes alone). Every
    // mesh has them, zero where it has no fibres: the look materials that shade them are shared
    // by all tissues, and WebGL gives a mesh without the attribute whatever value it last held.
    const fibres = fibreBytes(mesh)
    prim.setAttribute('_FIBRE', accessor('VEC3', fibres).setNormalized(true))
    // The coordinate across the fibres, where the generator fits one, in tenths of a millimetre.
    if (mesh.fibreAcross) prim.setAttribute('_FIBRE_ACROSS', accessor('SCALAR', acrossShorts(mesh.fibreAcross)))
    if (cloud) {
      const { joints, weights } = centreLines ? tubeSkinWeights(cloud, mesh, centreLines) : skinWeights(cloud, mesh)
      prim.setAttribute('JOINTS_0', accessor('VEC4', joints)).setAttribute('WEIGHTS_0', accessor('VEC4', weights))
    }
    return prim
  }

  // The skeleton: joints in a chain under the body, and one skin they all share.
  const frames = jointFrames(geometry.skeleton)
  const frameOf = (joint: PoseJoint): JointFrame => frames.find((f) => f.joint === joint) as JointFrame
  const cloud = boneCloud(geometry.parts)
  const body = doc
    .createNode('body')
    .setExtras({ poseLandmarks: JSON.parse(JSON.stringify(poseLandmarks(geometry.skeleton, cloud))) as object })
  scene.addChild(body)
  const jointNodes = new Map<PoseJoint, Node>()
  for (const frame of frames) {
    const rel = relativePose(frame.parent ? frameOf(frame.parent).pose : null, frame.pose)
    const node = doc
      .createNode(`joint_${frame.joint}`)
      .setTranslation([rel.translation[0] * MM, rel.translation[1] * MM, rel.translation[2] * MM])
      .setRotation(rel.rotation)
      .setExtras({ joint: frame.joint })
    ;(frame.parent ? (jointNodes.get(frame.parent) as Node) : body).addChild(node)
    jointNodes.set(frame.joint, node)
  }
  const skin: Skin = doc
    .createSkin('body')
    .setSkeleton(body)
    .setInverseBindMatrices(
      accessor('MAT4', new Float32Array(POSE_JOINTS.flatMap((j) => inverseBindMatrix(frameOf(j).pose))))
    )
  for (const joint of POSE_JOINTS) skin.addJoint(jointNodes.get(joint) as Node)

  for (const part of geometry.parts) {
    const name = nodeName(part.structure.name)
    const pose = part.pose ?? IDENTITY
    const joint = BONE_JOINTS[part.structure.id]
    if (joint) {
      const rel = relativePose(frameOf(joint).pose, pose)
      const gltfMesh = doc
        .createMesh(name)
        .addPrimitive(primitive(part.mesh, part.material))
        .setExtras({ structureId: part.structure.id })
      const node = doc
        .createNode(name)
        .setTranslation([rel.translation[0] * MM, rel.translation[1] * MM, rel.translation[2] * MM])
        .setRotation(rel.rotation)
        .setExtras({ structureId: part.structure.id })
      node.addChild(doc.createNode(`${name}_mesh`).setMesh(gltfMesh))
      ;(jointNodes.get(joint) as Node).addChild(node)
      continue
    }
    // A skinned node takes no transform: its vertices are in the world frame.
    const mesh = isIdentity(pose) ? part.mesh : posedMesh(part.mesh, pose)
    // A nerve's rings follow its centre line's weights (skinning.ts tubeSkinWeights).
    const centreLines =
      part.material === 'nerve' && isIdentity(pose) ? geometry.nerveCurves.get(part.structure.id) : undefined
    const prim = primitive(mesh, part.material, cloud, centreLines)
    // Custom SCALAR UNSIGNED_BYTE attributes (not normalized); compress() leaves them unquantized.
    for (const [semantic, values] of Object.entries(part.attributes ?? {}))
      prim.setAttribute(semantic, accessor('SCALAR', values))
    const targets = part.morphTargets ?? []
    for (const target of targets) {
      const deltas = new Float32Array(target.deltas.length)
      for (let i = 0; i < deltas.length; i += 3) {
        const d = rotateByQuat(
          [target.deltas[i] ?? 0, target.deltas[i + 1] ?? 0, target.deltas[i + 2] ?? 0],
          pose.rotation
        )
        deltas.set([d[0] * MM, d[1] * MM, d[2] * MM], i)
      }
      prim.addTarget(doc.createPrimitiveTarget(target.name).setAttribute('POSITION', accessor('VEC3', deltas)))
    }
    const gltfMesh = doc
      .createMesh(name)
      .addPrimitive(prim)
      // three names the morph influences from `extras.targetNames` (glTF's convention for names).
      .setExtras(
        targets.length
          ? { structureId: part.structure.id, targetNames: targets.map((t) => t.name) }
          : { structureId: part.structure.id }
      )
    if (targets.length) gltfMesh.setWeights(targets.map(() => 0))
    scene.addChild(doc.createNode(name).setMesh(gltfMesh).setSkin(skin).setExtras({ structureId: part.structure.id }))
  }
  for (const extra of geometry.extras) {
    const gltfMesh = doc.createMesh(extra.name).setExtras(extra.extras)
    for (const p of extra.primitives) gltfMesh.addPrimitive(primitive(p.mesh, p.material, cloud))
    scene.addChild(doc.createNode(extra.name).setMesh(gltfMesh).setSkin(skin).setExtras(extra.extras))
  }
  return doc
}
