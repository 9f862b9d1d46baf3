import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import type { Mesh, Object3D } from 'three'
import { BODY_AREA_IDS } from '../domain/body-areas'
import { useExplorerStore } from '../store/explorer-store'
import {
  BODY_AREA_ATTRIBUTE,
  buildBoundsTreesWhenIdle,
  disposeBoundsTrees,
  findModelExtras,
  modelIndexOf,
  structureIdOf,
  type ModelIndex,
} from './model-index'
import { markOnce } from './marks'
import { publishScene } from './scene-inspection'
import { SelectionOutline } from './SelectionOutline'
import { LookApplier } from './LookApplier'
import { ModelLighting } from './ModelLighting'
import { PoseApplier } from './PoseApplier'
import { prepareRestPose } from './posed-geometry'

export interface LumbarModelProps {
  /** The parsed glTF scene. */
  scene: Object3D
  /** Called once the model is indexed, with its structure index. */
  onIndexed?: (index: ModelIndex) => void
}

/** The body area the generator tagged the hit skin vertex with, if any. */
function bodyAreaAtHit(object: Object3D, vertex: number | undefined): string | null {
  if (!(object as Mesh).isMesh || vertex === undefined) return null
  const tags = (object as Mesh).geometry.getAttribute(BODY_AREA_ATTRIBUTE)
  const tag = tags ? Math.round(tags.getX(vertex)) : -1
  return BODY_AREA_IDS[tag] ?? null
}

/** Largest pointer travel (px) that still counts as a click rather than a drag. */
const CLICK_SLOP_PX = 5

/**
 * The generated lumbar-spine model. It indexes the scene (read only), hands mesh state to
 * {@link LookApplier}, and turns pointer hits at its root into structure ids (one handler for
 * the whole model).
 */
export function LumbarModel({ scene, onIndexed }: LumbarModelProps) {
  // Usually made already, in a task of its own (ExplorerCanvas readies the model before mounting it).
  const index = useMemo(() => modelIndexOf(scene), [scene])
  const extras = useMemo(() => findModelExtras(scene), [scene])
  const pointerDown = useRef<{ x: number; y: number } | null>(null)

  // Report the index through a ref, so a new callback from the parent never re-runs this effect.
  const onIndexedRef = useRef(onIndexed)
  useEffect(() => {
    onIndexedRef.current = onIndexed
  }, [onIndexed])
  // Before the first frame, while the skeleton is at rest: each skinned mesh's rest bounds.
  useLayoutEffect(() => prepareRestPose(scene), [scene])
  useEffect(() => {
    onIndexedRef.current?.(index)
    markOnce('model-ready')
    return () => {
      disposeBoundsTrees(index)
      publishScene({ boundsTreesBuilt: false })
    }
  }, [index])
  // The picking BVHs are built once the model is on screen (never in the way of its first frame),
  // in a worker or short slices. Watched through the store rather than a hook: a re-render here
  // re-renders the whole scene, in the task right after the first frame.
  useEffect(() => {
    let stop: (() => void) | undefined
    const buildOnceOnScreen = (onScreen: boolean) => {
      if (onScreen) stop ??= buildBoundsTreesWhenIdle(index, () => publishScene({ boundsTreesBuilt: true }))
    }
    buildOnceOnScreen(useExplorerStore.getState().modelOnScreen)
    const unsubscribe = useExplorerStore.subscribe((state) => buildOnceOnScreen(state.modelOnScreen))
    return () => {
      unsubscribe()
      stop?.()
    }
  }, [index])

  const handlers = useMemo(
    () => ({
      onPointerDown(e: ThreeEvent<PointerEvent>) {
        pointerDown.current = { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY }
      },
      onClick(e: ThreeEvent<MouseEvent>) {
        e.stopPropagation()
        const start = pointerDown.current
        if (start && Math.hypot(e.nativeEvent.clientX - start.x, e.nativeEvent.clientY - start.y) > CLICK_SLOP_PX)
          return
        const id = structureIdOf(e.object)
        const state = useExplorerStore.getState()
        if (id === 'skin' && state.painLookupOpen) {
          const area = bodyAreaAtHit(e.object, e.face?.a)
          if (area) state.togglePainArea(area)
          return
        }
        if (id) state.select(id)
      },
      onPointerMove(e: ThreeEvent<PointerEvent>) {
        if (e.nativeEvent.pointerType !== 'mouse') return
        e.stopPropagation()
        useExplorerStore.getState().hover(structureIdOf(e.object))
      },
      onPointerOut() {
        useExplorerStore.getState().hover(null)
      },
    }),
    []
  )

  return (
    <>
      <primitive object={scene} {...handlers} />
      <ModelLighting scene={scene} />
      <LookApplier index={index} extras={extras} />
      <PoseApplier scene={scene} index={index} />
      <SelectedOutlines index={index} />
    </>
  )
}

/**
 * The outline round each mesh of the selected structure: a component of its own, so a new
 * selection re-renders the outlines alone, not the whole model. Drawn from the model's first frame:
 * deferred to the next, its shader program's link waited behind the GPU drawing the first frame,
 * and the second frame took 0.7–1.1 s on a structure link (software GL, phone-sized page).
 */
function SelectedOutlines({ index }: { index: ModelIndex }) {
  const selectedId = useExplorerStore((s) => s.selectedId)
  const meshes = selectedId ? (index.get(selectedId)?.meshes ?? []) : []
  return meshes.map((mesh) => <SelectionOutline key={mesh.uuid} mesh={mesh} />)
}
