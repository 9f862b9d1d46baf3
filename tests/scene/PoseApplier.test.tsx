import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { BoxGeometry, Float32BufferAttribute, Group, Mesh, MeshStandardMaterial } from 'three'
import { PoseApplier } from '../../src/scene/PoseApplier'
import { indexModel } from '../../src/scene/model-index'
import { useExplorerStore } from '../../src/store/explorer-store'
import { NEUTRAL_POSE } from '../../src/domain/movement'

const initial = useExplorerStore.getState()

/** A disc with one morph target, as the generator names it. */
function discWithMorph(): { scene: Group; disc: Mesh } {
  const scene = new Group()
  const geometry = new BoxGeometry(0.04, 0.01, 0.03)
  const count = geometry.getAttribute('position').count
  geometry.morphAttributes.position = [new Float32BufferAttribute(new Float32Array(count * 3).fill(0.001), 3)]
  geometry.morphTargetsRelative = true
  const disc = new Mesh(geometry, new MeshStandardMaterial())
  disc.userData = { structureId: 'l4-l5-disc' }
  disc.updateMorphTargets()
  disc.morphTargetDictionary = { 'L4-L5:extension': 0 }
  scene.add(disc)
  return { scene, disc }
}

describe('PoseApplier', () => {
  beforeEach(() => useExplorerStore.setState(initial, true))
  afterEach(() => useExplorerStore.setState(initial, true))

  it('keeps morph targets off a standing spine, readies them when the movement panel opens, and weights them by the bend', async () => {
    const { scene, disc } = discWithMorph()
    const renderer = await ReactThreeTestRenderer.create(<PoseApplier scene={scene} index={indexModel(scene)} />)
    // Standing: no morph attributes, so no morph shader variant or texture on the first frame.
    expect(disc.geometry.morphAttributes.position).toBeUndefined()
    await ReactThreeTestRenderer.act(() => Promise.resolve(useExplorerStore.getState().setMovementOpen(true)))
    expect(disc.geometry.morphAttributes.position).toHaveLength(1)
    // Leaning back all the way: the L4–L5 extension shape is fully on once the pose has eased there.
    await ReactThreeTestRenderer.act(() =>
      Promise.resolve(useExplorerStore.getState().setPose({ pose: { ...NEUTRAL_POSE, bend: -1 }, presetId: null }))
    )
    await renderer.advanceFrames(120, 0.05)
    expect(disc.morphTargetInfluences?.[0]).toBeCloseTo(1, 3)
    // Bending forward plays it backward (the back of the disc draws in).
    await ReactThreeTestRenderer.act(() =>
      Promise.resolve(useExplorerStore.getState().setPose({ pose: { ...NEUTRAL_POSE, bend: 1 }, presetId: null }))
    )
    await renderer.advanceFrames(120, 0.05)
    expect(disc.morphTargetInfluences?.[0]).toBeCloseTo(-1, 3)
    await renderer.unmount()
    // The model is given back as it was loaded: shapes attached, weights at rest.
    expect(disc.geometry.morphAttributes.position).toHaveLength(1)
    expect(disc.morphTargetInfluences?.[0]).toBeCloseTo(0, 9)
  })
})
