import { describe, expect, it } from 'vitest'
import { BoxGeometry, Group, Mesh, MeshStandardMaterial } from 'three'
import { modelIndexOf } from '../../../src/scene/model-index'
import { MODEL_PREPARATION, skinWorldX } from '../../../src/scene/prepare-model'

/** A stand-in for the GLB: a bone and a skin shell, each under its structure's node. */
function tinyModel(): { root: Group; skin: Mesh } {
  const root = new Group()
  const node = (id: string, tissue: string, x: number): Mesh => {
    const group = new Group()
    group.userData = { structureId: id }
    group.position.x = x
    const material = new MeshStandardMaterial()
    material.name = tissue
    const mesh = new Mesh(new BoxGeometry(0.02, 0.02, 0.02), material)
    group.add(mesh)
    root.add(group)
    return mesh
  }
  node('l4', 'bone', 0)
  return { root, skin: node('skin', 'skin', 0.05) }
}

describe('readying the loaded model before React mounts it', () => {
  it('indexes the model and reads the skin’s sides once; the components then find them ready', () => {
    const { root, skin } = tinyModel()
    for (const step of MODEL_PREPARATION) step(root)
    const index = modelIndexOf(root)
    expect([...index.keys()].sort()).toEqual(['l4', 'skin'])
    // The same objects, not made again, for the model view and the look applier.
    expect(modelIndexOf(root)).toBe(index)
    const sides = skinWorldX(skin)
    expect(skinWorldX(skin)).toBe(sides)
    // World x of every vertex: the box's ±1 cm about its node's 5 cm to the patient's left.
    expect(sides.length).toBe(skin.geometry.getAttribute('position').count)
    for (const x of sides) expect(Math.abs(Math.abs(x - 0.05) - 0.01)).toBeLessThan(1e-6)
  })
  it('gives another model its own index', () => {
    const a = tinyModel().root
    const b = tinyModel().root
    expect(modelIndexOf(a)).not.toBe(modelIndexOf(b))
  })
})
