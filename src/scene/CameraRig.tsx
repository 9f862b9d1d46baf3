import { useCallback, useEffect, useRef } from 'react'
import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
import { Box3, MathUtils, Sphere, Vector3 } from 'three'
import { VIEW_DIRECTIONS, type ViewPreset } from '../domain/views'
import { useExplorerStore } from '../store/explorer-store'
import { prefersReducedMotion } from './motion'
import { boundsOf, type ModelIndex } from './model-index'

export interface CameraRigProps {
  /** The loaded model's index, or null while it loads. */
  index: ModelIndex | null
  /** Element that receives the keyboard controls (the canvas's focusable wrapper). */
  keyTarget: HTMLElement | null
}

/** Structures the preset views frame: the lumbar spine and the pelvis. */
const FRAMED_BY_DEFAULT = ['t12', 'l1', 'l2', 'l3', 'l4', 'l5', 'sacrum', 'coccyx', 'hip-bone-left', 'hip-bone-right']

const _box = new Box3()
const _sphere = new Sphere()
const _direction = new Vector3()

/** Degrees the arrow keys turn the model per press. */
const KEY_ROTATE_DEG = 15
/** Fraction of the distance that + and − move the camera per press. */
const KEY_DOLLY_FRACTION = 0.15

/**
 * drei's CameraControls (mouse, touch and keyboard) plus the camera moves the store asks for:
 * preset views, framing the selection and framing a set of structures.
 */
export function CameraRig({ index, keyTarget }: CameraRigProps) {
  const controls = useRef<CameraControls>(null)
  const camera = useThree((s) => s.camera)
  // With frameloop="demand" nothing renders after an imperative camera move unless asked.
  const invalidate = useThree((s) => s.invalidate)
  const modelSphere = useRef(new Sphere(new Vector3(), 0.5))
  const request = useExplorerStore((s) => s.camera)

  const goToView = useCallback(
    (view: ViewPreset, smooth: boolean) => {
      const c = controls.current
      if (!c) return
      const { center, radius } = modelSphere.current
      const fov = 'fov' in camera ? MathUtils.degToRad((camera as { fov: number }).fov) : Math.PI / 4
      const distance = (radius / Math.sin(fov / 2)) * 1.1
      _direction.set(...VIEW_DIRECTIONS[view]).normalize()
      void c.setLookAt(
        center.x + _direction.x * distance,
        center.y + _direction.y * distance,
        center.z + _direction.z * distance,
        center.x,
        center.y,
        center.z,
        smooth
      )
      invalidate()
    },
    [camera, invalidate]
  )

  const frameIds = useCallback(
    (ids: readonly string[], smooth: boolean) => {
      const c = controls.current
      if (!c || !index) return
      boundsOf(index, ids, _box)
      if (_box.isEmpty()) return
      _box.getBoundingSphere(_sphere)
      // Small structures (a facet joint) still get some context around them.
      _sphere.radius = Math.max(_sphere.radius * 1.6, 0.07)
      void c.fitToSphere(_sphere, smooth)
      invalidate()
    },
    [index, invalidate]
  )

  // Once the model is in: set the limits from its size and show the requested view.
  useEffect(() => {
    const c = controls.current
    if (!c || !index) return
    // Preset views frame the lumbar spine and pelvis, the subject; the thighs are context.
    boundsOf(index, FRAMED_BY_DEFAULT, _box)
    _box.getBoundingSphere(modelSphere.current)
    // Limits and the pan boundary come from the whole model, so nothing can be left behind.
    const all = [...index.keys()].filter((id) => id !== 'skin')
    boundsOf(index, all, _box)
    _box.getBoundingSphere(_sphere)
    c.minDistance = _sphere.radius * 0.06
    c.maxDistance = _sphere.radius * 5
    c.setBoundary(_box.clone().expandByScalar(_sphere.radius * 0.1))
    const state = useExplorerStore.getState()
    if (state.selectedId) frameIds([state.selectedId], false)
    else goToView(state.view, false)
  }, [index, goToView, frameIds])

  // Camera requests from the store (preset buttons, selection, cause framing).
  useEffect(() => {
    if (!index || request.seq === 0) return
    const smooth = !prefersReducedMotion()
    const state = useExplorerStore.getState()
    if (request.kind === 'view') goToView(state.view, smooth)
    else if (request.kind === 'frame-selection' && state.selectedId) frameIds([state.selectedId], smooth)
    else if (request.kind === 'frame-set' && request.ids) frameIds(request.ids, smooth)
  }, [request, index, goToView, frameIds])

  // Keyboard: arrows rotate, + and − zoom, 0 / Home resets to the current preset view.
  useEffect(() => {
    if (!keyTarget) return
    const onKey = (event: KeyboardEvent) => {
      const c = controls.current
      if (!c) return
      const smooth = !prefersReducedMotion()
      const step = MathUtils.degToRad(KEY_ROTATE_DEG)
      let handled = true
      switch (event.key) {
        case 'ArrowLeft':
          void c.rotate(-step, 0, smooth)
          break
        case 'ArrowRight':
          void c.rotate(step, 0, smooth)
          break
        case 'ArrowUp':
          void c.rotate(0, -step, smooth)
          break
        case 'ArrowDown':
          void c.rotate(0, step, smooth)
          break
        case '+':
        case '=':
          void c.dolly(c.distance * KEY_DOLLY_FRACTION, smooth)
          break
        case '-':
        case '_':
          void c.dolly(-c.distance * KEY_DOLLY_FRACTION, smooth)
          break
        case '0':
        case 'Home':
          goToView(useExplorerStore.getState().view, smooth)
          break
        default:
          handled = false
      }
      if (handled) {
        event.preventDefault()
        invalidate()
      }
    }
    keyTarget.addEventListener('keydown', onKey)
    return () => keyTarget.removeEventListener('keydown', onKey)
  }, [keyTarget, goToView, invalidate])

  return <CameraControls ref={controls} makeDefault smoothTime={0.3} />
}
