import { useEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Box3, BufferAttribute, Sphere, Vector3, type Camera, type Material, type Mesh } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { findCause } from '../domain/causes'
import { STRUCTURES, expandToStructureIds } from '../domain/structures'
import { ILLUSTRATION_ROLE, ROLE_PALETTE, TRIGGER_POINT_PALETTE } from '../domain/palette'
import { useExplorerStore, type ExplorerState } from '../store/explorer-store'
import { highlightRolesOf } from '../store/cause-roles'
import { computeLooks, isIllustrationShown, isPickable, isTriggerPointShown, type Look } from '../store/looks'
import { skinPaintOf, type SkinPaintInput } from '../store/skin-paint'
import { ANIMATION_AT_REST, causeAnimationAt, GLOW_REST, type CauseAnimationFrame } from '../store/cause-animation'
import { createSceneMaterials, type SceneMaterials, type TissueName } from './materials'
import { BODY_AREA_ATTRIBUTE, DERMATOME_ATTRIBUTE, noRaycast, type ModelExtras, type ModelIndex } from './model-index'
import { writeSkinColours, type SkinTags } from './skin-colours'
import { paintWindowRadius, type PaintWindow } from './paint-window'
import { closeCoverWindow, fitCoverWindow } from './cover-window'
import { surfaceSamples } from './reveal'
import { markOnce } from './marks'
import { skinWorldX } from './prepare-model'
import { prefersReducedMotion } from './motion'

/** Points of the selection the window in the veil over it is fitted to. */
const WINDOW_SAMPLES = 96
const _towardCut = new Vector3()

/** The sphere round a structure's meshes as drawn (world space); its centre is their box's middle. */
function boundingSphereOf(meshes: readonly Mesh[]): Sphere {
  const box = new Box3()
  for (const mesh of meshes) box.expandByObject(mesh)
  return box.getBoundingSphere(new Sphere())
}

/** Opens the painted skin's window over the picked structure (closes it when there is none). */
function placePaintWindow(paintWindow: PaintWindow, picked: Sphere | null): void {
  if (!picked) {
    paintWindow.radius.value = 0
    return
  }
  paintWindow.centre.copy(picked.center)
  paintWindow.radius.value = paintWindowRadius(picked.radius)
}

export interface LookApplierProps {
  index: ModelIndex
  extras: ModelExtras
}

const ROLE_COLOURS = Object.fromEntries(Object.entries(ROLE_PALETTE).map(([id, r]) => [id, r.colour]))
const TRIGGER_POINT_COLOURS = {
  active: TRIGGER_POINT_PALETTE.active.colour,
  latent: TRIGGER_POINT_PALETTE.latent.colour,
}

/**
 * Draw order: solid tissue first, then see-through tissue, then the skin shell, then the
 * selection (over the skin's paint), then the veil of muscle over it, then markers.
 */
const RENDER_ORDER = { solid: 0, seeThrough: 2, skin: 3, selected: 4, veil: 5, marker: 10 } as const

function renderOrderOf(look: Look, isSkin: boolean): number {
  switch (look.kind) {
    case 'selected':
      return RENDER_ORDER.selected
    case 'veil':
      return RENDER_ORDER.veil
    case 'xray':
    case 'faint':
    case 'shell':
      return RENDER_ORDER.seeThrough
    default:
      return isSkin ? RENDER_ORDER.skin : RENDER_ORDER.solid
  }
}

/** The cause whose pain sources glow (an inflamed joint swells with light). */
const GLOWING_CAUSE = 'inflammation'

export function paintInputOf(state: ExplorerState): SkinPaintInput {
  return {
    selectedId: state.selectedId,
    causeId: state.causeId,
    painLookupOpen: state.painLookupOpen,
    painAreas: state.painAreas,
    dermatomeMap: state.dermatomeMap,
  }
}

function materialFor(look: Look, tissue: TissueName, materials: SceneMaterials): Material {
  switch (look.kind) {
    case 'selected':
      return materials.selected
    case 'hovered':
      return materials.hovered
    case 'faint':
      return materials.faint
    case 'xray':
      return materials.xray
    case 'shell':
      return materials.shell
    case 'veil':
      return materials.veil
    case 'pulse':
      return materials.pulse
    case 'role':
      return materials.role.get(look.role) ?? materials.selected
    case 'base':
    case 'surface':
    case 'hidden':
      return materials.tissue[tissue]
  }
}

/** What a mesh looked like before the applier touched it, so unmounting gives it back. */
interface SavedMesh {
  mesh: Mesh
  material: Mesh['material']
  visible: boolean
  raycast: Mesh['raycast']
  renderOrder: number
}

/** The structure ids of each step of a cause's nerve path (the pulse lights one step at a time). */
function pathStepsOf(causeId: string | null): readonly (readonly string[])[] {
  const cause = causeId ? findCause(causeId) : undefined
  return (cause?.path ?? []).map((ref) => expandToStructureIds(ref))
}

/**
 * The one owner of mesh state. From the store (and the time since the cause last changed, for
 * the pulse and glow) it derives every mesh's material, visibility, pickability and draw order,
 * the skin's painted vertex colours, and which illustrations and trigger-point markers show. It
 * mutates only in its effect and the render loop, and gives everything back on cleanup. The few
 * shared materials it swaps in are made by the effect and disposed by its cleanup.
 */
export function LookApplier({ index, extras }: LookApplierProps) {
  const invalidate = useThree((s) => s.invalidate)
  const onFrame = useRef<((camera: Camera) => void) | null>(null)

  useEffect(() => {
    const materials = createSceneMaterials(ROLE_COLOURS, TRIGGER_POINT_COLOURS)
    const illustrationMeshes = extras.illustrations.flatMap((i) => i.meshes)
    const markerMeshes = extras.triggerPoints.flatMap((t) => t.meshes)
    const structureMeshes = [...index.values()].flatMap((s) => s.meshes)
    const saved: SavedMesh[] = [...structureMeshes, ...illustrationMeshes, ...markerMeshes].map((mesh) => ({
      mesh,
      material: mesh.material,
      visible: mesh.visible,
      raycast: mesh.raycast,
      renderOrder: mesh.renderOrder,
    }))
    const extraNodes = [...extras.illustrations, ...extras.triggerPoints].map((x) => ({
      object: x.object,
      visible: x.object.visible,
    }))

    // Painting needs the body-area tags the generator bakes into the skin; without them, no paint.
    const skinMesh = index.get('skin')?.meshes[0]
    const skinGeometry = skinMesh?.geometry
    const skinColour = skinGeometry?.getAttribute('color')
    const areas = skinGeometry?.getAttribute(BODY_AREA_ATTRIBUTE)
    const skinTags: SkinTags | null =
      skinMesh && skinGeometry && areas
        ? {
            areas,
            bands: skinGeometry.getAttribute(DERMATOME_ATTRIBUTE),
            occlusion: skinColour,
            worldX: skinWorldX(skinMesh),
          }
        : null
    const painted = skinTags ? new BufferAttribute(new Float32Array(skinTags.areas.count * 4), 4) : null
    let paintKey: string | null = null
    let paintShown = false

    const painSource = materials.role.get('pain-source')
    const reduced = prefersReducedMotion()
    let animationStart = performance.now()
    let animation: CauseAnimationFrame = ANIMATION_AT_REST
    let pathSteps = pathStepsOf(useExplorerStore.getState().causeId)
    let firstFrameMarked = false
    // The shell is cut through the selection's middle, square to the line of sight, every frame.
    const shellCut = materials.shell.clippingPlanes?.[0]
    let cutCentre: Vector3 | null = null
    // The window in the veil over the selection is fitted to these points of it every frame;
    // sampled once per selection, not on every look change (hover included).
    let windowSamples: Vector3[] | null = null
    let windowSampledFor: string | null = null

    const paintSkin = (state: ExplorerState): boolean => {
      if (!skinGeometry || !skinTags || !painted) return false
      const input = paintInputOf(state)
      const key = JSON.stringify(input)
      if (key === paintKey) return paintShown
      paintKey = key
      const paint = skinPaintOf(input)
      paintShown = paint !== null
      if (paint) {
        writeSkinColours(skinTags, paint, painted.array as Float32Array)
        painted.needsUpdate = true
        skinGeometry.setAttribute('color', painted)
      } else if (skinColour) skinGeometry.setAttribute('color', skinColour)
      else skinGeometry.deleteAttribute('color')
      return paintShown
    }

    const apply = (state: ExplorerState) => {
      const skinPainted = paintSkin(state)
      const pulseStep = animation.pulseStep === null ? undefined : pathSteps[animation.pulseStep]
      const looks = computeLooks({
        paintSkin: skinPainted,
        structures: STRUCTURES,
        selectedId: state.selectedId,
        hoveredId: state.hoveredId,
        hiddenIds: state.hiddenIds,
        hiddenLayers: state.hiddenLayers,
        isolate: state.isolate,
        xray: state.xray,
        causeRoles: highlightRolesOf(state),
        pulseIds: pulseStep ? new Set(pulseStep) : undefined,
        fadedIds: state.fadedIds,
        spotlightIds: state.spotlightIds,
      })
      const selectedMeshes = state.selectedId ? index.get(state.selectedId)?.meshes : undefined
      const shellId = [...looks].find(([, look]) => look.kind === 'shell')?.[0]
      const shellEntry = shellId === undefined ? undefined : index.get(shellId)
      // Measured once, and only when one of them needs it: the cut through a shell and the
      // paint's window are both centred on the picked structure.
      const picked = selectedMeshes?.length && (shellEntry || skinPainted) ? boundingSphereOf(selectedMeshes) : null
      cutCentre = shellEntry && picked ? picked.center : null
      // Sampled where the selection stands when picked (a pose played later leaves the window a
      // little off).
      const veiled = [...looks.values()].some((look) => look.kind === 'veil')
      const windowFor = veiled && selectedMeshes?.length ? state.selectedId : null
      if (windowFor !== windowSampledFor) {
        windowSamples = windowFor && selectedMeshes ? surfaceSamples(selectedMeshes, WINDOW_SAMPLES) : null
        windowSampledFor = windowFor
        if (!windowSamples) closeCoverWindow(materials.coverWindow)
      }
      placePaintWindow(materials.paintWindow, skinPainted ? picked : null)
      // In the colour of the tissue it is made of: cartilage for a disc, the dura's for the sac.
      if (shellEntry) materials.shell.color.copy(materials.tissue[shellEntry.tissue].color)
      for (const [id, entry] of index) {
        const look = looks.get(id) ?? { kind: 'base' }
        const isSkin = entry.tissue === 'skin'
        // The skin takes clicks only while "Where does it hurt?" asks where.
        const pickable = isPickable(look) || (isSkin && look.kind === 'surface' && state.painLookupOpen)
        for (const mesh of entry.meshes) {
          mesh.visible = look.kind !== 'hidden'
          mesh.material =
            skinPainted && isSkin && look.kind === 'surface'
              ? materials.skinPainted
              : materialFor(look, entry.tissue, materials)
          mesh.raycast = pickable ? acceleratedRaycast : noRaycast
          mesh.renderOrder = renderOrderOf(look, isSkin)
        }
      }
      for (const illustration of extras.illustrations) {
        illustration.object.visible = isIllustrationShown(illustration.causeId, state.causeId)
        const material = materials.role.get(illustration.role ?? ILLUSTRATION_ROLE[illustration.causeId] ?? 'involved')
        for (const mesh of illustration.meshes) {
          if (material) mesh.material = material
          mesh.raycast = noRaycast
        }
      }
      for (const marker of extras.triggerPoints) {
        marker.object.visible = isTriggerPointShown(marker.muscleId, state)
        for (const mesh of marker.meshes) {
          mesh.material = materials.triggerPoint[marker.kind]
          mesh.raycast = noRaycast
          mesh.renderOrder = RENDER_ORDER.marker
        }
      }
      if (painSource) painSource.emissiveIntensity = animation.glow ?? GLOW_REST
      invalidate()
    }

    onFrame.current = (camera) => {
      if (cutCentre && shellCut) {
        _towardCut.subVectors(cutCentre, camera.position).normalize()
        // Kept beyond the plane (positive distance), cut away on the viewer's side of it.
        shellCut.setFromNormalAndCoplanarPoint(_towardCut, cutCentre)
      }
      if (windowSamples) fitCoverWindow(materials.coverWindow, windowSamples, camera.matrixWorld)
      const state = useExplorerStore.getState()
      const next = causeAnimationAt({
        pathSteps: pathSteps.length,
        glows: state.causeId === GLOWING_CAUSE,
        elapsed: (performance.now() - animationStart) / 1000,
        still: reduced || state.selectedId !== null,
      })
      const changed = next.pulseStep !== animation.pulseStep || next.glow !== animation.glow
      animation = next
      if (changed) apply(state)
      if (next.running) invalidate()
      if (!firstFrameMarked) {
        firstFrameMarked = true
        // The render loop calls this before drawing the frame; mark once that frame is submitted.
        requestAnimationFrame(() => {
          markOnce('first-model-frame')
          useExplorerStore.getState().setModelOnScreen(true)
        })
      }
    }

    apply(useExplorerStore.getState())
    const unsubscribe = useExplorerStore.subscribe((state, previous) => {
      if (state.causeId !== previous.causeId || state.selectedId !== previous.selectedId) {
        // A new story starts: the pulse and glow run again from the beginning.
        animationStart = performance.now()
        animation = ANIMATION_AT_REST
        pathSteps = pathStepsOf(state.causeId)
      }
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
        state.xray !== previous.xray ||
        state.fadedIds !== previous.fadedIds ||
        state.spotlightIds !== previous.spotlightIds
      )
        apply(state)
    })

    return () => {
      unsubscribe()
      onFrame.current = null
      for (const s of saved) {
        s.mesh.material = s.material
        s.mesh.visible = s.visible
        s.mesh.raycast = s.raycast
        s.mesh.renderOrder = s.renderOrder
      }
      for (const n of extraNodes) n.object.visible = n.visible
      if (skinGeometry) {
        if (skinColour) skinGeometry.setAttribute('color', skinColour)
        else skinGeometry.deleteAttribute('color')
      }
      materials.dispose()
      invalidate()
    }
  }, [index, extras, invalidate])

  useFrame(({ camera }) => onFrame.current?.(camera))

  return null
}
