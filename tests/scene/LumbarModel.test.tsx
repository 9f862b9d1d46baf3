import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { BoxGeometry, Group, Mesh, MeshStandardMaterial, type Material } from 'three'
import { LumbarModel } from '../../src/scene/LumbarModel'
import { useExplorerStore } from '../../src/store/explorer-store'

const initial = useExplorerStore.getState()

/** A tiny stand-in for the GLB: one node per structure, tissue material named as the generator does. */
function tinyModel(): Group {
  const root = new Group()
  const add = (id: string, tissue: string, x: number) => {
    const node = new Group()
    node.userData = { structureId: id }
    const material = new MeshStandardMaterial()
    material.name = tissue
    const mesh = new Mesh(new BoxGeometry(0.02, 0.02, 0.02), material)
    node.position.x = x
    node.add(mesh)
    root.add(node)
  }
  add('l4', 'bone', 0)
  add('l3', 'bone', 0.03)
  add('l4-l5-disc', 'cartilage', 0.05)
  add('gluteus-maximus-left', 'muscle', 0.1)
  add('gluteus-maximus-right', 'muscle', -0.1)
  return root
}

function meshOf(root: Group, id: string): Mesh {
  const node = root.children.find((c) => (c.userData as { structureId?: string }).structureId === id)
  return node!.children[0] as Mesh
}

describe('LumbarModel', () => {
  beforeEach(() => useExplorerStore.setState(initial, true))
  afterEach(() => useExplorerStore.setState(initial, true))

  it('selects the structure a click lands on, by its glTF structure id', async () => {
    const model = tinyModel()
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model} />)
    const root = renderer.scene.children[0]!
    const l4 = meshOf(model, 'l4')
    await renderer.fireEvent(root, 'onPointerDown', { object: l4, nativeEvent: { clientX: 10, clientY: 10 } })
    await renderer.fireEvent(root, 'onClick', { object: l4, nativeEvent: { clientX: 11, clientY: 10 } })
    expect(useExplorerStore.getState().selectedId).toBe('l4')
    await renderer.unmount()
  })

  it('treats a drag as a camera move, not a click', async () => {
    const model = tinyModel()
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model} />)
    const root = renderer.scene.children[0]!
    const disc = meshOf(model, 'l4-l5-disc')
    await renderer.fireEvent(root, 'onPointerDown', { object: disc, nativeEvent: { clientX: 10, clientY: 10 } })
    await renderer.fireEvent(root, 'onClick', { object: disc, nativeEvent: { clientX: 80, clientY: 10 } })
    expect(useExplorerStore.getState().selectedId).toBeNull()
    await renderer.unmount()
  })

  it('applies looks by swapping shared materials, and hides structures', async () => {
    const model = tinyModel()
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model} />)
    const l4 = meshOf(model, 'l4')
    const disc = meshOf(model, 'l4-l5-disc')
    const glute = meshOf(model, 'gluteus-maximus-left')
    expect((l4.material as Material).name).toBe('tissue-bone')
    expect((disc.material as Material).name).toBe('tissue-cartilage')

    ReactThreeTestRenderer.act(() => {
      useExplorerStore.getState().select('l4')
    })
    expect((l4.material as Material).name).toBe('look-selected')

    ReactThreeTestRenderer.act(() => {
      useExplorerStore.getState().setXray(true)
    })
    // X-ray: the muscle in front of the bone is translucent and lets clicks through.
    expect((glute.material as Material).name).toBe('look-xray')
    expect(glute.raycast).not.toBe(l4.raycast)

    ReactThreeTestRenderer.act(() => {
      useExplorerStore.getState().toggleHidden('l4-l5-disc')
    })
    expect(disc.visible).toBe(false)

    ReactThreeTestRenderer.act(() => {
      useExplorerStore.getState().select(null)
    })
    expect((l4.material as Material).name).toBe('tissue-bone')
    await renderer.unmount()
  })

  it('gives meshes with the same look the very same material object, never a clone each', async () => {
    const model = tinyModel()
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model} />)
    const [l3, l4, disc, left, right] = ['l3', 'l4', 'l4-l5-disc', 'gluteus-maximus-left', 'gluteus-maximus-right'].map(
      (id) => meshOf(model, id)
    ) as [Mesh, Mesh, Mesh, Mesh, Mesh]
    // The GLB gave each mesh its own material object; the app shares one per tissue.
    expect(l3.material).toBe(l4.material)
    expect(left.material).toBe(right.material)
    expect(l4.material).not.toBe(left.material)
    expect(l4.material).not.toBe(disc.material)

    // X-ray around a selected bone: both muscles in front share the one X-ray material.
    ReactThreeTestRenderer.act(() => {
      useExplorerStore.getState().select('l3')
      useExplorerStore.getState().setXray(true)
    })
    expect(left.material).toBe(right.material)
    expect(left.material).not.toBe(l4.material)
    expect(l3.material).not.toBe(l4.material)

    // Back at rest, the bones share their tissue material again: the swap is reversible.
    ReactThreeTestRenderer.act(() => {
      useExplorerStore.getState().setXray(false)
      useExplorerStore.getState().select(null)
    })
    expect(l3.material).toBe(l4.material)
    expect(left.material).toBe(right.material)
    // Five meshes in three tissues: three material objects, however often the looks changed.
    expect(new Set([l3, l4, disc, left, right].map((m) => m.material)).size).toBe(3)
    await renderer.unmount()
  })
})
