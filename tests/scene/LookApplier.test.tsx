import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import {
  BoxGeometry,
  BufferAttribute,
  Group,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  ShaderLib,
  Vector3,
  type Material,
} from 'three'
import { LumbarModel } from '../../src/scene/LumbarModel'
import { coverWindowOf, windowReach } from '../../src/scene/cover-window'
import { hasFibreShading } from '../../src/scene/fibre-shading'
import { BODY_AREA_ATTRIBUTE } from '../../src/scene/model-index'
import { BODY_AREA_IDS } from '../../src/domain/body-areas'
import { PULSE_STEP_SECONDS } from '../../src/store/cause-animation'
import { useExplorerStore } from '../../src/store/explorer-store'

const initial = useExplorerStore.getState()

interface TinyModel {
  root: Group
  mesh(id: string): Mesh
  /** The material each mesh had in the "GLB", before the app touched it. */
  original: Map<Mesh, Material>
}

/** A stand-in for the GLB: one node per structure with a tissue material named as the generator does. */
function tinyModel(extra: (root: Group) => void = () => undefined): TinyModel {
  const root = new Group()
  const meshes = new Map<string, Mesh>()
  const original = new Map<Mesh, Material>()
  const add = (id: string, tissue: string, x: number) => {
    const node = new Group()
    node.userData = { structureId: id }
    const material = new MeshStandardMaterial({ name: tissue })
    const mesh = new Mesh(new BoxGeometry(0.02, 0.02, 0.02), material)
    node.position.x = x
    node.add(mesh)
    root.add(node)
    meshes.set(id, mesh)
    original.set(mesh, material)
  }
  add('l4', 'bone', 0)
  add('l4-l5-disc', 'cartilage', 0.05)
  add('gluteus-maximus-left', 'muscle', 0.1)
  add('l5-root-left', 'nerve', 0.15)
  add('sciatic-nerve-left', 'nerve', 0.2)
  extra(root)
  return { root, mesh: (id) => meshes.get(id)!, original }
}

const nameOf = (mesh: Mesh) => (mesh.material as Material).name

/**
 * The stand-in with a skin box whose vertices are all tagged as the low back, then passed through
 * `retag`, and with its own (white) vertex colours.
 */
function withSkin(retag: (tags: Float32Array) => Float32Array): { model: TinyModel; skin: Mesh } {
  const geometry = new BoxGeometry(0.3, 0.3, 0.3)
  const count = geometry.getAttribute('position').count
  const tags = retag(new Float32Array(count).fill(BODY_AREA_IDS.indexOf('lumbar-midline')))
  geometry.setAttribute(BODY_AREA_ATTRIBUTE, new BufferAttribute(tags, 1))
  geometry.setAttribute('color', new BufferAttribute(new Float32Array(count * 3).fill(1), 3))
  const skin = new Mesh(geometry, new MeshStandardMaterial({ name: 'skin' }))
  const model = tinyModel((root) => {
    const node = new Group()
    node.userData = { structureId: 'skin' }
    node.add(skin)
    root.add(node)
  })
  return { model, skin }
}

describe('LookApplier (the one owner of mesh state)', () => {
  beforeEach(() => useExplorerStore.setState(initial, true))
  afterEach(() => {
    useExplorerStore.setState(initial, true)
    vi.restoreAllMocks()
  })

  it('under StrictMode indexes each tissue once and keeps the materials in use alive', async () => {
    const model = tinyModel()
    const disposedOriginals: string[] = []
    for (const m of model.original.values()) m.addEventListener('dispose', () => disposedOriginals.push(m.name))
    const renderer = await ReactThreeTestRenderer.create(
      <StrictMode>
        <LumbarModel scene={model.root} />
      </StrictMode>
    )
    // StrictMode mounts, unmounts and mounts again: a second indexing must not call the disc bone.
    expect(nameOf(model.mesh('l4-l5-disc'))).toBe('tissue-cartilage')
    expect(nameOf(model.mesh('gluteus-maximus-left'))).toBe('tissue-muscle')
    expect(nameOf(model.mesh('l4'))).toBe('tissue-bone')
    expect(disposedOriginals).toEqual([])

    const inUse = new Set([...model.original.keys()].map((m) => m.material as Material))
    const disposedInUse: string[] = []
    for (const m of inUse) m.addEventListener('dispose', () => disposedInUse.push(m.name))
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select('l4'))
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select(null))
    expect(disposedInUse).toEqual([])
    expect(nameOf(model.mesh('l4'))).toBe('tissue-bone')
    await renderer.unmount()
  })

  it('gives one shared material to every mesh with the same look', async () => {
    const model = tinyModel()
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model.root} />)
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().setCause('sciatica'))
    expect(nameOf(model.mesh('sciatic-nerve-left'))).toMatch(/^role-/)
    // Structures the cause does not involve share the one faint material.
    expect(model.mesh('l4').material).toBe(model.mesh('gluteus-maximus-left').material)
    expect(nameOf(model.mesh('l4'))).toBe('look-faint')
    await renderer.unmount()
  })

  it('gives every mesh back its own material, visibility and raycast when it unmounts', async () => {
    const model = tinyModel()
    const disc = model.mesh('l4-l5-disc')
    const raycast = disc.raycast
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model.root} />)
    ReactThreeTestRenderer.act(() => {
      useExplorerStore.getState().toggleHidden('l4-l5-disc')
      useExplorerStore.getState().setXray(true)
    })
    expect(disc.visible).toBe(false)
    await renderer.unmount()
    expect(disc.visible).toBe(true)
    expect(disc.material).toBe(model.original.get(disc))
    expect(disc.raycast).toBe(raycast)
    expect(model.mesh('gluteus-maximus-left').material).toBe(model.original.get(model.mesh('gluteus-maximus-left')))
  })

  it('cuts the disc round a picked nucleus open on the side of the viewer, through the nucleus, wherever the camera goes', async () => {
    const model = tinyModel((root) => {
      const node = new Group()
      node.userData = { structureId: 'l4-l5-nucleus-pulposus' }
      node.position.set(0.05, 0, 0)
      node.add(new Mesh(new BoxGeometry(0.01, 0.01, 0.01), new MeshStandardMaterial({ name: 'cartilage' })))
      root.add(node)
    })
    const camera = new PerspectiveCamera()
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model.root} />, { camera })
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select('l4-l5-nucleus-pulposus'))
    const disc = model.mesh('l4-l5-disc')
    const shell = disc.material as MeshStandardMaterial
    expect(shell.name).toBe('look-shell')
    const cut = shell.clippingPlanes?.[0]
    if (!cut) throw new Error('the shell has no cut')
    const nucleus = new Vector3(0.05, 0, 0)
    for (const eye of [new Vector3(0.05, 0, 1), new Vector3(-1, 0.3, 0)]) {
      camera.position.copy(eye)
      await ReactThreeTestRenderer.act(() => renderer.advanceFrames(1, 0.016))
      // Through the nucleus; what lies between it and the eye is cut away (negative side), the rest kept.
      expect(Math.abs(cut.distanceToPoint(nucleus))).toBeLessThan(1e-6)
      expect(cut.distanceToPoint(eye)).toBeLessThan(0)
      expect(cut.distanceToPoint(nucleus.clone().multiplyScalar(2).sub(eye))).toBeGreaterThan(0)
    }
    await renderer.unmount()
    expect(disc.material).toBe(model.original.get(disc))
  })

  it('veils a picked deeper sheet with the one over it, drawn after it, with a window cut over its middle', async () => {
    // Two flank sheets 1 cm apart in depth (the internal oblique under the external): boxes 6 cm
    // wide and high, facing +z.
    const sheets = new Map<string, Mesh>()
    const model = tinyModel((root) => {
      for (const [id, z, tissue] of [
        ['internal-oblique-left', 0, 'muscle'],
        ['external-oblique-left', 0.01, 'muscle'],
      ] as const) {
        const node = new Group()
        node.userData = { structureId: id }
        node.position.set(0.5, 0, z)
        const mesh = new Mesh(new BoxGeometry(0.06, 0.06, 0.002), new MeshStandardMaterial({ name: tissue }))
        node.add(mesh)
        root.add(node)
        sheets.set(id, mesh)
      }
    })
    const sheet = (id: string): Mesh => sheets.get(id)!
    const camera = new PerspectiveCamera()
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model.root} />, { camera })
    const cover = sheet('external-oblique-left')
    const picked = sheet('internal-oblique-left')
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select('internal-oblique-left'))
    // The cover writes no depth (the picked sheet's outline still shows through it), is drawn as a
    // translucent layer solid enough to read as one, keeps its fibres, and comes after.
    const veil = cover.material as MeshStandardMaterial
    expect(veil.name).toBe('look-veil')
    expect(veil.depthWrite).toBe(false)
    expect(veil.transparent).toBe(true)
    expect(veil.opacity).toBeGreaterThan(0.6)
    expect(veil.opacity).toBeLessThan(0.9)
    expect(veil.vertexColors).toBe(true)
    expect(hasFibreShading(veil)).toBe(true)
    expect(nameOf(picked)).toBe('look-selected')
    expect(cover.renderOrder).toBeGreaterThan(picked.renderOrder)
    // A window cut in the veil over the middle of the picked sheet, kept there as the camera moves:
    // cut at any depth; the veil's margin round it stays.
    const coverWindow = coverWindowOf(veil)!
    const cutAt = (p: Vector3) => windowReach(coverWindow, p) < 1
    for (const eye of [new Vector3(0.5, 0, 1), new Vector3(0.8, 0.2, 1)]) {
      camera.position.copy(eye)
      camera.lookAt(0.5, 0, 0)
      await ReactThreeTestRenderer.act(() => renderer.advanceFrames(1, 0.016))
      expect(cutAt(new Vector3(0.5, 0, 0.01))).toBe(true)
      expect(cutAt(new Vector3(0.5, 0, 0.5))).toBe(true)
      expect(cutAt(new Vector3(0.5, 0.029, 0.01))).toBe(false)
      expect(cutAt(new Vector3(0.471, 0, 0.01))).toBe(false)
    }
    // Picking something with no sheet over it closes the window.
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select('external-oblique-left'))
    await ReactThreeTestRenderer.act(() => renderer.advanceFrames(1, 0.016))
    expect(cutAt(new Vector3(0.5, 0, 0.01))).toBe(false)
    await renderer.unmount()
    expect(nameOf(cover)).toBe('muscle')
  })

  it('runs the sciatica pulse down the nerve path step by step, then rests', async () => {
    let now = 1_000
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    const model = tinyModel()
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model.root} />)
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().setCause('sciatica'))
    const root = model.mesh('l5-root-left')
    const sciatic = model.mesh('sciatic-nerve-left')

    await ReactThreeTestRenderer.act(() => renderer.advanceFrames(1, 0.016))
    expect(nameOf(root)).toBe('look-pulse')
    expect(nameOf(sciatic)).not.toBe('look-pulse')

    // The path is l5-root, s1-root, lumbosacral-trunk, sciatic-nerve…: step 3 lights the sciatic nerve.
    now += 3.2 * PULSE_STEP_SECONDS * 1000
    await ReactThreeTestRenderer.act(() => renderer.advanceFrames(1, 0.016))
    expect(nameOf(sciatic)).toBe('look-pulse')
    expect(nameOf(root)).not.toBe('look-pulse')

    // After its runs the pulse rests and every nerve shows its role colour again.
    now += 60_000
    await ReactThreeTestRenderer.act(() => renderer.advanceFrames(1, 0.016))
    expect(nameOf(root)).toMatch(/^role-/)
    expect(nameOf(sciatic)).toMatch(/^role-/)
    await renderer.unmount()
  })

  it('shows a cause illustration and trigger-point markers only when asked, never pickable', async () => {
    const model = tinyModel((root) => {
      const illustration = new Group()
      illustration.userData = { illustrationId: 'herniation', causeId: 'disc-herniation' }
      illustration.add(new Mesh(new BoxGeometry(0.01, 0.01, 0.01), new MeshStandardMaterial()))
      root.add(illustration)
      const marker = new Group()
      marker.userData = { triggerPointOf: 'gluteus-maximus-left', triggerPointKind: 'latent' }
      marker.add(new Mesh(new BoxGeometry(0.005, 0.005, 0.005), new MeshStandardMaterial()))
      root.add(marker)
    })
    const [illustration, marker] = model.root.children.slice(-2) as [Group, Group]
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model.root} />)
    expect(illustration.visible).toBe(false)
    expect(marker.visible).toBe(false)

    ReactThreeTestRenderer.act(() => useExplorerStore.getState().setCause('disc-herniation'))
    expect(illustration.visible).toBe(true)
    expect(nameOf(illustration.children[0] as Mesh)).toBe('role-compressing')

    // The right gluteus maximus shares the left's explanation, so its markers show too.
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select('gluteus-maximus-right'))
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().setCause(null))
    expect(illustration.visible).toBe(false)
    expect(marker.visible).toBe(true)
    expect(nameOf(marker.children[0] as Mesh)).toBe('trigger-point-latent')
    await renderer.unmount()
  })

  it('paints where pain is felt on the skin and puts the skin colours back', async () => {
    // Only the first vertex lies in the low back.
    const { model, skin } = withSkin((tags) => tags.fill(255, 1))
    const ownColours = skin.geometry.getAttribute('color')
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model.root} />)
    ReactThreeTestRenderer.act(() => {
      useExplorerStore.getState().setPainLookupOpen(true)
      useExplorerStore.getState().togglePainArea('lumbar-midline')
    })
    const painted = skin.geometry.getAttribute('color')
    expect(painted).not.toBe(ownColours)
    expect(painted.itemSize).toBe(4)
    // The picked area is painted clearly; the rest of the skin is a faint shell.
    expect(painted.getW(0)).toBeGreaterThan(painted.getW(1) * 3)
    expect(nameOf(skin)).toBe('look-skin-painted')

    ReactThreeTestRenderer.act(() => useExplorerStore.getState().setPainLookupOpen(false))
    expect(skin.geometry.getAttribute('color')).toBe(ownColours)
    await renderer.unmount()
  })

  it('thins the pain map where the skin lies over what is picked, and nowhere once nothing is', async () => {
    const { model, skin } = withSkin((tags) => tags)
    const renderer = await ReactThreeTestRenderer.create(<LumbarModel scene={model.root} />)
    // The shader as three builds it, with the window's code and uniforms added.
    const compiled = () => {
      const shader = {
        uniforms: {} as Record<string, { value: unknown }>,
        vertexShader: ShaderLib.standard.vertexShader,
        fragmentShader: ShaderLib.standard.fragmentShader,
      }
      const material = skin.material as MeshStandardMaterial
      material.onBeforeCompile(shader as never, undefined as never)
      return shader
    }
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select('l4'))
    expect(nameOf(skin)).toBe('look-skin-painted')
    const shader = compiled()
    expect(shader.fragmentShader).toContain('diffuseColor.a *= vPaintWindow;')
    expect(shader.vertexShader).toContain('vPaintWindow = paintWindow(')
    // Centred on L4 (at the origin of this stand-in), and as wide as the view round a picked level.
    expect((shader.uniforms.paintWindowCentre?.value as Vector3).length()).toBeLessThan(1e-6)
    expect(shader.uniforms.paintWindowRadius?.value).toBeGreaterThanOrEqual(0.05)

    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select('sciatic-nerve-left'))
    expect((compiled().uniforms.paintWindowCentre?.value as Vector3).x).toBeCloseTo(0.2, 6)

    ReactThreeTestRenderer.act(() => useExplorerStore.getState().setPainLookupOpen(true))
    ReactThreeTestRenderer.act(() => useExplorerStore.getState().select(null))
    expect(compiled().uniforms.paintWindowRadius?.value).toBe(0)
    await renderer.unmount()
  })
})
