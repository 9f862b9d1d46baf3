/**
 * A tiny standalone three.js page that renders the generated GLB for `npm run shots`.
 * It exposes `window.shot(view, system)` which frames the camera and renders one image.
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { findStructure, type StructureSystem } from '../../../src/domain/structures'

export type View = 'front' | 'back' | 'left' | 'above' | 'oblique' | 'back-oblique'

declare global {
  interface Window {
    shot: (view: View, system: StructureSystem | 'all') => void
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
loader.load(url, (gltf) => {
  root.add(gltf.scene)
  gltf.scene.traverse((o) => {
    const id = (o.userData as { structureId?: string }).structureId
    const s = id ? findStructure(id) : undefined
    if (s) bySystem.push({ object: o, system: s.system })
    if (o instanceof THREE.Mesh) {
      const name = (o.material as THREE.Material).name
      const skin = name === 'skin'
      o.material = new THREE.MeshStandardMaterial({
        color: COLOURS[name] ?? 0xffffff,
        vertexColors: true,
        roughness: 0.75,
        transparent: skin,
        opacity: skin ? 0.28 : 1,
        depthWrite: !skin,
      })
    }
  })
  window.shotsReady = true
})

window.shot = (view, system) => {
  for (const { object, system: s } of bySystem) object.visible = system === 'all' || s === system
  root.updateMatrixWorld(true)
  const box = new THREE.Box3()
  for (const { object } of bySystem) if (object.visible) box.expandByObject(object)
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
  const dist = (radius / Math.sin(THREE.MathUtils.degToRad(camera.fov / 2))) * 0.82
  camera.position.copy(centre).addScaledVector(dir, dist)
  camera.up.set(0, view === 'above' ? 0 : 1, view === 'above' ? -1 : 0)
  camera.lookAt(centre)
  camera.near = dist / 50
  camera.far = dist * 3
  camera.updateProjectionMatrix()
  sun.position.copy(camera.position).add(new THREE.Vector3(0.3, 0.6, 0.2))
  renderer.render(scene, camera)
}
