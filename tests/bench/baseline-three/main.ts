/**
 * The floor for what three.js can do with our model: load the same GLB (same meshopt decoder),
 * render it once with the app's camera, lights and canvas size, and expose the renderer for the
 * benchmark's synchronous frame timing. No React, no controls, no picking, no panels.
 */
import {
  ACESFilmicToneMapping,
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  PerspectiveCamera,
  Scene,
  Sphere,
  Vector3,
  WebGLRenderer,
  type Object3D,
} from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { Quaternion } from 'three'
import { hiddenFromQuery, viewFromQuery, type BenchHandles } from '../page-params'
import { jointMotion, NEUTRAL_POSE, poseAngles, POSE_JOINTS, type PoseJoint } from '../../../src/domain/movement'

const MODEL_URL = '/models/lumbar-spine.glb'

function structureIdOf(object: Object3D | null): string | null {
  for (let o = object; o; o = o.parent) {
    const id = (o.userData as { structureId?: unknown }).structureId
    if (typeof id === 'string') return id
  }
  return null
}

async function main(): Promise<void> {
  performance.mark('app-start')
  const view = viewFromQuery(location.search)
  const hidden = hiddenFromQuery(location.search)
  const width = view?.width ?? innerWidth
  const height = view?.height ?? innerHeight

  // The same renderer settings as the app's <Canvas> (R3F defaults: ACES tone mapping, sRGB).
  const renderer = new WebGLRenderer({ antialias: true, powerPreference: 'high-performance' })
  renderer.setPixelRatio(Math.min(devicePixelRatio, 2))
  renderer.setSize(width, height)
  renderer.toneMapping = ACESFilmicToneMapping
  document.body.append(renderer.domElement)

  const scene = new Scene()
  scene.background = new Color('#1b2430')
  scene.add(new HemisphereLight('#f4f1ea', '#3a3f4a', 0.9))
  const key = new DirectionalLight('#ffffff', 2.2)
  key.position.set(-1.5, 2.5, -2)
  const fill = new DirectionalLight('#ffffff', 0.7)
  fill.position.set(2, 0.5, 1.5)
  scene.add(key, fill)

  const camera = new PerspectiveCamera(view?.fov ?? 35, width / height, view?.near ?? 0.005, view?.far ?? 20)
  performance.mark('canvas-created')

  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync(MODEL_URL)
  gltf.scene.traverse((object) => {
    const id = structureIdOf(object)
    if (id && hidden.has(id)) object.visible = false
  })
  scene.add(gltf.scene)

  if (view) {
    camera.position.set(...view.position)
    camera.lookAt(new Vector3(...view.target))
  } else {
    // Standalone use: the app's oblique framing of the whole model.
    const sphere = new Box3().setFromObject(gltf.scene).getBoundingSphere(new Sphere())
    const distance = (sphere.radius / Math.sin((camera.fov * Math.PI) / 360)) * 0.9
    const direction = new Vector3(-0.75, 0.35, -1).normalize()
    camera.position.copy(sphere.center).addScaledVector(direction, distance)
    camera.lookAt(sphere.center)
  }
  camera.updateMatrixWorld()
  performance.mark('model-ready')

  // The skinned model's joints, turned with the same pose functions the app uses (no React, no easing).
  const joints: { name: PoseJoint; object: Object3D; rest: Quaternion }[] = []
  gltf.scene.traverse((object) => {
    const name = (object.userData as { joint?: unknown }).joint
    if (typeof name === 'string' && (POSE_JOINTS as readonly string[]).includes(name))
      joints.push({ name: name as PoseJoint, object, rest: object.quaternion.clone() })
  })
  const turn = new Quaternion()
  const bend = (amount: number) => {
    const angles = poseAngles({ ...NEUTRAL_POSE, bend: amount })
    for (const j of joints)
      j.object.quaternion.copy(j.rest).multiply(turn.fromArray(jointMotion(j.name, angles[j.name])))
  }
  const handles: BenchHandles = { renderer, scene, camera, bend }
  window.__bench = handles
  // Like R3F: render in the next animation frame, and mark once that frame has been submitted.
  requestAnimationFrame(() => {
    renderer.render(scene, camera)
    requestAnimationFrame(() => performance.mark('first-model-frame'))
  })
}

main().catch((error: unknown) => {
  window.__benchError = error instanceof Error ? error.message : String(error)
  console.error(error)
})
