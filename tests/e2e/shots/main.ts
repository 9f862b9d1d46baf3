/**
 * A tiny standalone three.js page that renders the generated GLB for `npm run shots`.
 * It exposes `window.shot(view, system)` which frames the camera and renders one image.
 * Besides the structure systems it has three modes: `illustrations` (bones, discs, nerves and the
 * cause illustrations and trigger-point markers), and `areas` / `dermatomes` (the skin alone,
 * opaque, coloured by its `_BODY_AREA` or `_DERMATOME` vertex attribute).
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { findStructure, type StructureSystem } from '../../../src/domain/structures'

export type View = 'front' | 'back' | 'left' | 'above' | 'oblique' | 'back-oblique'
export type Mode = StructureSystem | 'all' | 'illustrations' | 'illustrations-close' | 'areas' | 'dermatomes' | 'spine'

declare global {
  interface Window {
    shot: (view: View, system: Mode) => void
    shotsReady: boolean
  }
}

const canvas = document.getElementById('c') as HTMLCanvasElement
const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true })
renderer.setSize(canvas.width, canvas.height, false)
renderer.setClearColor(0x1b1f24)
const scene = new THREE.Scene()
scene.add(new THREE.HemisphereLight(0xffffff, 0x404050, 1.6))
const sun = new THREE.DirectionalLight(0xffffff, 2.2)
scene.add(sun)
const camera = new THREE.PerspectiveCamera(30, canvas.width / canvas.height, 0.01, 20)

const COLOURS: Record<string, number> = {
  bone: 0xe8dcc0,
  cartilage: 0x7fb3d5,
  nerve: 0xf5d000,
  muscle: 0xb0413e,
  ligament: 0xd8d8c8,
  skin: 0xe8b8a0,
}

const url = new URLSearchParams(location.search).get('model') ?? '/model.glb'
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
const root = new THREE.Group()
scene.add(root)
const bySystem: { object: THREE.Object3D; system: StructureSystem }[] = []
const extras: THREE.Object3D[] = []
let skinMesh: THREE.Mesh | undefined
let skinMaterial: THREE.Material | undefined
const zoneMaterial = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.8 })

/** A distinct colour per index (golden-ratio hues); index 255 (none) is dark grey. */
function zoneColours(values: ArrayLike<number>): Float32Array {
  const out = new Float32Array(values.length * 3)
  const c = new THREE.Color()
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 255
    if (v === 255) c.setRGB(0.15, 0.15, 0.15)
    else c.setHSL((v * 0.618034) % 1, 0.75, 0.5)
    out.set([c.r, c.g, c.b], i * 3)
  }
  return out
}

loader.load(url, (gltf) => {
  root.add(gltf.scene)
  gltf.scene.traverse((o) => {
    const data = o.userData as { structureId?: string; illustrationId?: string; triggerPointOf?: string }
    const id = data.structureId
    const s = id ? findStructure(id) : undefined
    if (s) bySystem.push({ object: o, system: s.system })
    if (o.parent === gltf.scene && (data.illustrationId || data.triggerPointOf)) {
      extras.push(o)
      // Illustrations magenta, active trigger points red, latent ones orange, so they stand out.
      const kind = (data as { triggerPointKind?: string }).triggerPointKind
      const colour = data.illustrationId ? 0xff33cc : kind === 'active' ? 0xff2020 : 0xffa020
      o.traverse((m) => {
        if (m instanceof THREE.Mesh) m.userData.shotColour = colour
      })
    }
    if (id === 'skin') o.traverse((m) => (m instanceof THREE.Mesh ? (skinMesh = m) : undefined))
    if (o instanceof THREE.Mesh) {
      const name = (o.material as THREE.Material).name
      const skin = name === 'skin'
      const shotColour = (o.userData as { shotColour?: number }).shotColour
      o.material = new THREE.MeshStandardMaterial({
        color: shotColour ?? COLOURS[name] ?? 0xffffff,
        vertexColors: true,
        roughness: 0.75,
        transparent: skin,
        opacity: skin ? 0.28 : 1,
        depthWrite: !skin,
      })
    }
  })
  skinMaterial = skinMesh?.material as THREE.Material | undefined
  window.shotsReady = true
})

window.shot = (view, mode) => {
  const zones = mode === 'areas' || mode === 'dermatomes'
  const close = mode === 'illustrations-close'
  if (close) mode = 'illustrations'
  // The spine alone: the bones without the hip bones, femurs and ribs.
  const spine = mode === 'spine'
  if (spine) mode = 'bones'
  const illustrated: StructureSystem[] = ['bones', 'discs-joints', 'nerves']
  for (const { object, system: s } of bySystem)
    object.visible =
      mode === 'all' ||
      s === mode ||
      (zones && s === 'surface') ||
      (mode === 'illustrations' && illustrated.includes(s))
  for (const o of extras) o.visible = mode === 'illustrations'
  if (close || spine) {
    // Close-up of the spine: hide the hip bones, femurs and ribs that would sit in front of the camera.
    for (const { object } of bySystem) {
      const id = (object.userData as { structureId?: string }).structureId ?? ''
      if (/^(hip-bone|femur|rib-12)-/.test(id)) object.visible = false
    }
  }
  if (skinMesh && skinMaterial) {
    const attr = skinMesh.geometry.getAttribute(mode === 'dermatomes' ? '_dermatome' : '_body_area')
    if (zones && attr) {
      const values = Array.from({ length: attr.count }, (_, i) => attr.getX(i))
      skinMesh.geometry.setAttribute('color', new THREE.BufferAttribute(zoneColours(values), 3))
      skinMesh.material = zoneMaterial
    } else {
      skinMesh.material = skinMaterial
    }
  }
  root.updateMatrixWorld(true)
  const box = new THREE.Box3()
  // Frame the skeleton and soft tissue, not the skin that now reaches the feet (unless it is the subject).
  const framed = bySystem.filter(
    ({ object, system: s }) => object.visible && (s !== 'surface' || mode === 'surface' || zones)
  )
  for (const { object } of framed) box.expandByObject(object)
  if (mode === 'illustrations') {
    box.makeEmpty()
    for (const o of extras) {
      const { illustrationId } = o.userData as { illustrationId?: string }
      if (illustrationId && !(close && illustrationId.startsWith('pull-lines'))) box.expandByObject(o)
    }
    box.expandByScalar(close ? 0.02 : 0.03)
  }
  const centre = box.getCenter(new THREE.Vector3())
  const size = box.getSize(new THREE.Vector3())
  const dirs: Record<View, THREE.Vector3> = {
    front: new THREE.Vector3(0, 0, 1),
    back: new THREE.Vector3(0, 0, -1),
    left: new THREE.Vector3(1, 0, 0),
    above: new THREE.Vector3(0, 1, 0.001),
    oblique: new THREE.Vector3(0.8, 0.35, 0.8),
    'back-oblique': new THREE.Vector3(0.75, 0.35, -0.9),
  }
  const dir = dirs[view].clone().normalize()
  const radius = size.length() / 2
  const dist = (radius / Math.sin(THREE.MathUtils.degToRad(camera.fov / 2))) * (zones || mode === 'surface' ? 1 : 0.82)
  camera.position.copy(centre).addScaledVector(dir, dist)
  camera.up.set(0, view === 'above' ? 0 : 1, view === 'above' ? -1 : 0)
  camera.lookAt(centre)
  camera.near = dist / 50
  camera.far = dist * 3
  camera.updateProjectionMatrix()
  sun.position.copy(camera.position).add(new THREE.Vector3(0.3, 0.6, 0.2))
  renderer.render(scene, camera)
}
