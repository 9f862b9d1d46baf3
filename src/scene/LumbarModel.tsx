import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber'
import { Mesh, type Object3D } from 'three'
import { BODY_AREA_IDS } from '../domain/body-areas'
import { STRUCTURES } from '../domain/structures'
import { useExplorerStore, type ExplorerState } from '../store/explorer-store'
import { computeLooks, isPickable, type Look } from '../store/looks'
import { highlightRolesOf } from '../store/cause-roles'
import { createSceneMaterials, type SceneMaterials } from './materials'
import {
  buildBoundsTrees,
  disposeModelIndex,
  indexModel,
  noRaycast,
  structureIdOf,
  type ModelIndex,
} from './model-index'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { ROLE_PALETTE } from '../domain/palette'
import { markOnce } from './marks'
import { SelectionOutline } from './SelectionOutline'
import { CauseAnimation } from './CauseAnimation'
import { CauseIllustrations } from './CauseIllustrations'
import { BODY_AREA_ATTRIBUTE, SkinPainter, paintInputOf } from './SkinPainter'
import { skinPaintOf } from '../store/skin-paint'

export interface LumbarModelProps {
  /** The parsed glTF scene. */
  scene: Object3D
  /** Called once the model is indexed, with its structure index. */
  onIndexed?: (index: ModelIndex) => void
}

/** The body area the generator tagged the hit skin vertex with, if any. */
function bodyAreaAtHit(object: Object3D, vertex: number | undefined): string | null {
  if (!(object instanceof Mesh) || vertex === undefined) return null
  const tags = (object as Mesh).geometry.getAttribute(BODY_AREA_ATTRIBUTE)
  const tag = tags ? Math.round(tags.getX(vertex)) : -1
  return BODY_AREA_IDS[tag] ?? null
}

/** Largest pointer travel (px) that still counts as a click rather than a drag. */
const CLICK_SLOP_PX = 5

const ROLE_COLOURS = Object.fromEntries(Object.entries(ROLE_PALETTE).map(([id, r]) => [id, r.colour]))

function materialFor(look: Look, tissue: keyof SceneMaterials['tissue'], materials: SceneMaterials) {
  switch (look.kind) {
    case 'selected':
      return materials.selected
    case 'hovered':
      return materials.hovered
    case 'faint':
      return materials.faint
    case 'xray':
      return materials.xray
    case 'role':
      return materials.role.get(look.role) ?? materials.selected
    case 'base':
    case 'surface':
    case 'hidden':
      return materials.tissue[tissue]
  }
}

function looksOf(state: ExplorerState, paintSkin: boolean) {
  return computeLooks({
    paintSkin,
    structures: STRUCTURES,
    selectedId: state.selectedId,
    hoveredId: state.hoveredId,
    hiddenIds: state.hiddenIds,
    hiddenLayers: state.hiddenLayers,
    isolate: state.isolate,
    xray: state.xray,
    causeRoles: highlightRolesOf(state),
  })
}

/**
 * The generated lumbar-spine model. Applies the store's looks by swapping shared materials,
 * and turns pointer hits at its root into structure ids (one handler for the whole model).
 */
export function LumbarModel({ scene, onIndexed }: LumbarModelProps) {
  const invalidate = useThree((s) => s.invalidate)
  const materials = useMemo(() => createSceneMaterials(ROLE_COLOURS), [])
  const index = useMemo(() => indexModel(scene, materials), [scene, materials])
  const selectedId = useExplorerStore((s) => s.selectedId)
  const pointerDown = useRef<{ x: number; y: number } | null>(null)
  const firstFrame = useRef(false)

  // Report the index through a ref, so a new callback from the parent never re-runs (and
  // disposes) the model.
  const onIndexedRef = useRef(onIndexed)
  useEffect(() => {
    onIndexedRef.current = onIndexed
  }, [onIndexed])
  useEffect(() => {
    onIndexedRef.current?.(index)
    markOnce('model-ready')
    // BVHs are built once the first frame is out, when the browser is idle.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200))
    const cancel = window.cancelIdleCallback ?? window.clearTimeout
    const handle = idle(() => buildBoundsTrees(index))
    return () => {
      cancel(handle)
      disposeModelIndex(index)
    }
  }, [index])

  useEffect(() => () => materials.dispose(), [materials])

  // Apply looks whenever the state they depend on changes; render only then.
  useEffect(() => {
    // Painting needs the body-area tags the generator bakes into the skin; without them, no paint.
    const skinTagged = index.get('skin')?.meshes[0]?.geometry.getAttribute(BODY_AREA_ATTRIBUTE) !== undefined
    const apply = (state: ExplorerState) => {
      const paintSkin = skinTagged && skinPaintOf(paintInputOf(state)) !== null
      const looks = looksOf(state, paintSkin)
      for (const [id, entry] of index) {
        const look = looks.get(id) ?? { kind: 'base' }
        for (const mesh of entry.meshes) {
          mesh.visible = look.kind !== 'hidden'
          mesh.material =
            paintSkin && entry.tissue === 'skin' && look.kind === 'surface'
              ? materials.skinPainted
              : materialFor(look, entry.tissue, materials)
          // Hidden, faint and X-rayed structures let clicks through to what lies behind; the skin
          // takes clicks only while "Where does it hurt?" asks where.
          const skinTakesClicks = entry.tissue === 'skin' && look.kind === 'surface' && state.painLookupOpen
          if (isPickable(look) || skinTakesClicks) mesh.raycast = acceleratedRaycast
          else mesh.raycast = noRaycast
          mesh.renderOrder = look.kind === 'xray' || look.kind === 'faint' ? 2 : entry.tissue === 'skin' ? 3 : 0
        }
      }
      invalidate()
    }
    apply(useExplorerStore.getState())
    return useExplorerStore.subscribe((state, previous) => {
      if (
        state.selectedId !== previous.selectedId ||
        state.hoveredId !== previous.hoveredId ||
        state.causeId !== previous.causeId ||
        state.painAreas !== previous.painAreas ||
        state.painLookupOpen !== previous.painLookupOpen ||
        state.dermatomeMap !== previous.dermatomeMap ||
        state.hiddenIds !== previous.hiddenIds ||
        state.hiddenLayers !== previous.hiddenLayers ||
        state.isolate !== previous.isolate ||
        state.xray !== previous.xray
      )
        apply(state)
    })
  }, [index, materials, invalidate])

  useFrame(() => {
    if (firstFrame.current) return
    firstFrame.current = true
    // useFrame runs before the render of this frame; mark once that render has been submitted.
    requestAnimationFrame(() => {
      markOnce('first-model-frame')
      window.dispatchEvent(new Event('lumbar:first-model-frame'))
    })
  })

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

  const selectedMeshes = selectedId ? (index.get(selectedId)?.meshes ?? []) : []

  return (
    <>
      <primitive object={scene} {...handlers} />
      <CauseAnimation index={index} materials={materials} />
      <SkinPainter index={index} />
      <CauseIllustrations scene={scene} materials={materials} />
      {selectedMeshes.map((mesh) => (
        <SelectionOutline key={mesh.uuid} mesh={mesh} />
      ))}
    </>
  )
}
