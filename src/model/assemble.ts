/**
 * Turns the built parts into a glTF-Transform Document: one structure node per id (named in the
 * anatomy's words, `extras.structureId`, posture as its TRS) with a child node carrying the mesh,
 * so quantization's dequantization transform lands on the child and never moves the posture node.
 * A few shared materials named by tissue; positions in metres.
 */
import { Document, type Material, type Primitive } from '@gltf-transform/core'
import { computeNormals, type MeshData } from './mesh'
import type { TissueMaterial } from './families/family'
import type { ModelGeometry } from './parts'

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

export function assemble(geometry: ModelGeometry): Document {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('lumbar-spine')
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
  const primitive = (mesh: MeshData, material: TissueMaterial): Primitive => {
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
    return doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(normals).setBuffer(buffer))
      .setAttribute('COLOR_0', doc.createAccessor().setType('VEC4').setArray(colors).setBuffer(buffer))
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(mesh.indices)).setBuffer(buffer))
      .setMaterial(materials.get(material) ?? null)
  }
  for (const part of geometry.parts) {
    const name = nodeName(part.structure.name)
    const prim = primitive(part.mesh, part.material)
    // Custom SCALAR UNSIGNED_BYTE attributes (not normalized); compress() leaves them unquantized.
    for (const [semantic, values] of Object.entries(part.attributes ?? {})) {
      prim.setAttribute(semantic, doc.createAccessor().setType('SCALAR').setArray(values).setBuffer(buffer))
    }
    const gltfMesh = doc.createMesh(name).addPrimitive(prim).setExtras({ structureId: part.structure.id })
    const pose = part.pose ?? { translation: [0, 0, 0], rotation: [0, 0, 0, 1] }
    const node = doc
      .createNode(name)
      .setTranslation([pose.translation[0] * MM, pose.translation[1] * MM, pose.translation[2] * MM])
      .setRotation(pose.rotation)
      .setExtras({ structureId: part.structure.id })
    node.addChild(doc.createNode(`${name}_mesh`).setMesh(gltfMesh))
    scene.addChild(node)
  }
  for (const extra of geometry.extras) {
    const gltfMesh = doc.createMesh(extra.name).setExtras(extra.extras)
    for (const p of extra.primitives) gltfMesh.addPrimitive(primitive(p.mesh, p.material))
    const node = doc.createNode(extra.name).setExtras(extra.extras)
    node.addChild(doc.createNode(`${extra.name}_mesh`).setMesh(gltfMesh))
    scene.addChild(node)
  }
  return doc
}
