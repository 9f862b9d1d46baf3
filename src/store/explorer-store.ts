import { create } from 'zustand'
import { LAYERS, findStructure, layersOutside, type StructureLayer } from '../domain/structures'
import { DEFAULT_VIEW, type ViewPreset } from '../domain/views'
import { DEFAULT_HIDDEN_LAYERS, type LinkState } from '../domain/deep-link'
import { findCause } from '../domain/causes'
import { causeRolesOf } from './cause-roles'
import type { Activity, GuidedScene } from '../domain/activities'
import { isNeutralPose, NEUTRAL_POSE_STATE, type PoseMeasurements, type PoseState } from '../domain/movement'

/** Why the model could not be shown; each has its own message. */
export type ModelErrorKind = 'missing' | 'corrupt' | 'network'

export type ModelStatus =
  | { state: 'idle' }
  | { state: 'loading'; loaded: number; total: number | null }
  | { state: 'ready' }
  | { state: 'error'; kind: ModelErrorKind; detail: string }

/**
 * `failed`: the 3D view stopped with an error (its code could not be downloaded, or a bug), and
 * its error boundary says so in its place.
 */
export type GraphicsStatus = 'checking' | 'ok' | 'unavailable' | 'context-lost' | 'failed'

/** What the camera should do next; `seq` makes repeated requests distinct. */
export interface CameraRequest {
  /** 'back' returns to the view before the last framing. */
  kind: 'frame-selection' | 'view' | 'frame-set' | 'back'
  seq: number
  /** For 'frame-set': the structures to frame. */
  ids?: readonly string[]
  /** For 'frame-set': frame them from this named direction instead of the least hidden one. */
  from?: ViewPreset
}

export type LabelMode = 'selection' | 'layer'

/**
 * Where the patient's left side is on screen: on the screen's left or right, facing the viewer
 * (seen from the patient's left) or facing away (seen from the right).
 */
export type PatientLeftOnScreen = 'screen-left' | 'screen-right' | 'toward-viewer' | 'away-from-viewer'

/**
 * The one store the scene and the panels read. It holds ids and flags only: never three.js
 * objects (the scene resolves ids to meshes).
 */
export interface ExplorerState {
  selectedId: string | null
  hoveredId: string | null
  causeId: string | null
  /** Structures hidden one by one (the tree's eye toggles). */
  hiddenIds: ReadonlySet<string>
  /** Whole layers hidden (layer controls peel from the skin inwards). */
  hiddenLayers: ReadonlySet<StructureLayer>
  /** Show the selection alone, with the skeleton faint for orientation. */
  isolate: boolean
  /** Make what lies in front of the selection translucent. */
  xray: boolean
  labels: LabelMode
  view: ViewPreset
  /**
   * Whether the camera still looks from `view`'s direction: false once a framing or the user has
   * turned it elsewhere, so the view menu does not name a side the camera is not on.
   */
  viewAligned: boolean
  camera: CameraRequest
  /**
   * Structures faded because they lie in front of what was just framed (the scene measures this
   * with rays; a new selection, cause or view clears it).
   */
  fadedIds: ReadonlySet<string>
  /** Whether there is a view to go back to (the view before the last framing). */
  canGoBack: boolean
  patientLeft: PatientLeftOnScreen
  /**
   * CSS pixels of the 3D view hidden by the explanation panel over its bottom (the bottom sheet
   * on a narrow screen; 0 where the panel sits beside the view): the scene centres and frames in
   * the part above it.
   */
  viewerCoveredBelow: number
  /** A short, polite message (e.g. an unknown id in a link), or null. */
  notice: string | null
  /** A screen-reader announcement of the last change. */
  announcement: string
  model: ModelStatus
  graphics: GraphicsStatus
  /**
   * The browser asked to save data (or the line is very slow), so the 3D model waits for the
   * user's tap; everything else works meanwhile.
   */
  modelDeferred: boolean
  /** The model's first frame is on screen (the poster picture that stood in for it goes). */
  modelOnScreen: boolean
  redFlagsOpen: boolean
  /** "Where does it hurt?": the body areas the user picked (body-area ids), in pick order. */
  painAreas: readonly string[]
  /** Whether the "Where does it hurt?" lookup is the panel's current content. */
  painLookupOpen: boolean
  /** Show every dermatome (L1–S2) on the skin at once. */
  dermatomeMap: boolean
  /** The sources page: closed (null), open at the top (''), or open at one source id. */
  sourcesAt: string | null
  /** The tour or self-test under way (it owns the URL while it runs), or null. */
  activity: Activity | null
  /**
   * Structures a tour step or a question lights in the selection colour (several at once, unlike
   * the selection). Anything the user picks next clears it.
   */
  spotlightIds: ReadonlySet<string>
  /** How the spine is bent (the movement controls, `?pose=`); standing by default. */
  pose: PoseState
  /** What the scene measured on the posed model (null until the model is loaded and posed once). */
  poseMeasurements: PoseMeasurements | null
  /** Whether the movement controls ("Move the spine") are open in the side panel. */
  movementOpen: boolean

  select(id: string | null, options?: { frame?: boolean }): void
  hover(id: string | null): void
  setCause(id: string | null): void
  toggleHidden(id: string): void
  setHidden(ids: readonly string[], hidden: boolean): void
  hideSelected(): void
  showAll(): void
  setIsolate(on: boolean): void
  setXray(on: boolean): void
  setLayerHidden(layer: StructureLayer, hidden: boolean): void
  /** Hide every layer outside `layer`, so `layer` is the outermost one shown. */
  peelTo(layer: StructureLayer): void
  setLabels(mode: LabelMode): void
  setView(view: ViewPreset): void
  frameStructures(ids: readonly string[]): void
  /**
   * The spine has moved: if the camera's last framing was of the selection, frame it again where it
   * now is (the camera stays put when it is still well in view; only what hides it is re-faded).
   */
  followSelection(): void
  /** The scene reports what it faded to reveal the framed structures. */
  setFaded(ids: readonly string[]): void
  /** Back to the view before the last framing. */
  goBack(): void
  setCanGoBack(can: boolean): void
  setPatientLeft(side: PatientLeftOnScreen): void
  setViewAligned(aligned: boolean): void
  setViewerCoveredBelow(px: number): void
  setNotice(text: string | null): void
  setModel(status: ModelStatus): void
  setGraphics(status: GraphicsStatus): void
  setModelDeferred(deferred: boolean): void
  setModelOnScreen(shown: boolean): void
  setRedFlagsOpen(open: boolean): void
  togglePainArea(areaId: string): void
  clearPainAreas(): void
  setPainLookupOpen(open: boolean): void
  setDermatomeMap(on: boolean): void
  openSources(sourceId?: string): void
  closeSources(): void
  /** Replaces the link-carried part of the state (from a URL or history navigation). */
  applyLink(link: LinkState): void
  /** Starts, moves or ends a tour or self-test (null ends it and keeps what is on screen). */
  setActivity(activity: Activity | null): void
  /** Puts a tour step or a question on screen in one change (see `GuidedScene`). */
  stage(scene: GuidedScene): void
  /** Says something to screen-reader users through the live region. */
  announce(text: string): void
  setPose(pose: PoseState): void
  /** The scene reports the foramen and canal figures of the pose on screen. */
  setPoseMeasurements(measurements: PoseMeasurements | null): void
  setMovementOpen(open: boolean): void
}

/**
 * Whether a structure lies deeper than the outermost layer on show, so the layers in front would
 * hide it: selecting it turns X-ray on.
 */
function isBuried(id: string | null, hiddenLayers: ReadonlySet<StructureLayer>): boolean {
  const layer = id ? findStructure(id)?.layer : undefined
  if (!layer) return false
  return LAYERS.indexOf(layer) > LAYERS.findIndex((l) => !hiddenLayers.has(l))
}

const NONE_FADED: ReadonlySet<string> = new Set()
const NO_SPOTLIGHT: ReadonlySet<string> = new Set()

function nameOf(id: string): string {
  return findStructure(id)?.name ?? id
}

export const useExplorerStore = create<ExplorerState>()((set, get) => ({
  selectedId: null,
  hoveredId: null,
  causeId: null,
  hiddenIds: new Set(),
  hiddenLayers: new Set(DEFAULT_HIDDEN_LAYERS),
  isolate: false,
  xray: false,
  labels: 'selection',
  view: DEFAULT_VIEW,
  camera: { kind: 'view', seq: 0 },
  fadedIds: new Set(),
  canGoBack: false,
  patientLeft: 'screen-right',
  viewAligned: true,
  viewerCoveredBelow: 0,
  notice: null,
  announcement: '',
  model: { state: 'idle' },
  graphics: 'checking',
  modelDeferred: false,
  modelOnScreen: false,
  redFlagsOpen: false,
  sourcesAt: null,
  painAreas: [],
  painLookupOpen: false,
  dermatomeMap: false,
  activity: null,
  spotlightIds: NO_SPOTLIGHT,
  pose: NEUTRAL_POSE_STATE,
  poseMeasurements: null,
  movementOpen: false,

  select(id, options = {}) {
    const { frame = true } = options
    const state = get()
    if (id !== null && !findStructure(id)) return
    if (id === state.selectedId && !frame) return
    const hiddenIds = new Set(state.hiddenIds)
    const hiddenLayers = new Set(state.hiddenLayers)
    if (id !== null) {
      // Selecting a hidden structure shows it: a selection you cannot see helps nobody.
      hiddenIds.delete(id)
      const layer = findStructure(id)?.layer
      if (layer) hiddenLayers.delete(layer)
    }
    // X-ray opens the way to a buried structure (the user can turn it off again).
    set({
      selectedId: id,
      xray: state.xray || (frame && id !== state.selectedId && isBuried(id, hiddenLayers)),
      hiddenIds,
      hiddenLayers,
      isolate: id === null ? false : state.isolate,
      fadedIds: id === state.selectedId ? state.fadedIds : NONE_FADED,
      spotlightIds: id === null || id === state.selectedId ? state.spotlightIds : NO_SPOTLIGHT,
      camera: frame && id !== null ? { kind: 'frame-selection', seq: state.camera.seq + 1 } : state.camera,
      announcement: id === null ? 'Selection cleared' : `Selected ${nameOf(id)}`,
    })
  },
  hover(id) {
    if (get().hoveredId !== id) set({ hoveredId: id })
  },
  setCause(id) {
    const cause = id ? findCause(id) : undefined
    if (id !== null && !cause) return
    const state = get()
    if (!cause) {
      set({ causeId: null, fadedIds: NONE_FADED, spotlightIds: NO_SPOTLIGHT, announcement: 'Cause highlighting off' })
      return
    }
    const involved = [...(causeRolesOf(cause.id)?.keys() ?? [])]
    // Layers that would hide an involved structure peel away, so every part of the story shows.
    const hiddenLayers = new Set(state.hiddenLayers)
    const hiddenIds = new Set(state.hiddenIds)
    for (const structureId of involved) {
      const layer = findStructure(structureId)?.layer
      if (layer) hiddenLayers.delete(layer)
      hiddenIds.delete(structureId)
    }
    set({
      causeId: cause.id,
      painLookupOpen: false,
      selectedId: null,
      isolate: false,
      hiddenLayers,
      hiddenIds,
      fadedIds: NONE_FADED,
      spotlightIds: NO_SPOTLIGHT,
      camera: { kind: 'frame-set', ids: involved, seq: state.camera.seq + 1 },
      announcement: `Highlighting ${cause.name}: ${involved.length} structures`,
    })
  },
  toggleHidden(id) {
    const hiddenIds = new Set(get().hiddenIds)
    const hidden = !hiddenIds.has(id)
    if (hidden) hiddenIds.add(id)
    else hiddenIds.delete(id)
    set({ hiddenIds, announcement: `${nameOf(id)} ${hidden ? 'hidden' : 'shown'}` })
  },
  setHidden(ids, hidden) {
    const hiddenIds = new Set(get().hiddenIds)
    for (const id of ids) {
      if (hidden) hiddenIds.add(id)
      else hiddenIds.delete(id)
    }
    set({ hiddenIds })
  },
  hideSelected() {
    const { selectedId } = get()
    if (!selectedId) return
    const hiddenIds = new Set(get().hiddenIds)
    hiddenIds.add(selectedId)
    set({ hiddenIds, selectedId: null, isolate: false, announcement: `${nameOf(selectedId)} hidden` })
  },
  showAll() {
    // Back to the default layers: everything but the translucent skin shell.
    set({
      hiddenIds: new Set(),
      hiddenLayers: new Set(DEFAULT_HIDDEN_LAYERS),
      isolate: false,
      announcement: 'Everything shown',
    })
  },
  setIsolate(on) {
    const { selectedId } = get()
    const isolate = on && selectedId !== null
    set({
      isolate,
      announcement: isolate && selectedId ? `Showing ${nameOf(selectedId)} alone` : 'Showing all structures',
    })
  },
  setXray(on) {
    set({ xray: on, announcement: on ? 'X-ray on' : 'X-ray off' })
  },
  setLayerHidden(layer, hidden) {
    const hiddenLayers = new Set(get().hiddenLayers)
    if (hidden) hiddenLayers.add(layer)
    else hiddenLayers.delete(layer)
    set({ hiddenLayers })
  },
  peelTo(layer) {
    set({ hiddenLayers: new Set(layersOutside(layer)) })
  },
  setLabels(mode) {
    set({ labels: mode })
  },
  setView(view) {
    set({ view, viewAligned: true, fadedIds: NONE_FADED, camera: { kind: 'view', seq: get().camera.seq + 1 } })
  },
  frameStructures(ids) {
    set({ camera: { kind: 'frame-set', ids, seq: get().camera.seq + 1 } })
  },
  followSelection() {
    const { selectedId, camera } = get()
    if (selectedId && camera.kind === 'frame-selection')
      set({ camera: { kind: 'frame-selection', seq: camera.seq + 1 } })
  },
  setFaded(ids) {
    const current = get().fadedIds
    if (ids.length === current.size && ids.every((id) => current.has(id))) return
    set({ fadedIds: ids.length === 0 ? NONE_FADED : new Set(ids) })
  },
  goBack() {
    if (!get().canGoBack) return
    set({ fadedIds: NONE_FADED, camera: { kind: 'back', seq: get().camera.seq + 1 }, announcement: 'Previous view' })
  },
  setCanGoBack(can) {
    if (get().canGoBack !== can) set({ canGoBack: can })
  },
  setViewAligned(aligned) {
    if (get().viewAligned !== aligned) set({ viewAligned: aligned })
  },
  setPatientLeft(side) {
    if (get().patientLeft !== side) set({ patientLeft: side })
  },
  setViewerCoveredBelow(px) {
    if (get().viewerCoveredBelow !== px) set({ viewerCoveredBelow: px })
  },
  setNotice(text) {
    set({ notice: text })
  },
  setModel(status) {
    set({ model: status })
  },
  setGraphics(status) {
    set({ graphics: status })
  },
  setModelDeferred(deferred) {
    set({ modelDeferred: deferred })
  },
  setModelOnScreen(shown) {
    set({ modelOnScreen: shown })
  },
  setRedFlagsOpen(open) {
    set({ redFlagsOpen: open })
  },
  togglePainArea(areaId) {
    const areas = get().painAreas
    const painAreas = areas.includes(areaId) ? areas.filter((a) => a !== areaId) : [...areas, areaId]
    set({ painAreas, painLookupOpen: true })
  },
  clearPainAreas() {
    set({ painAreas: [] })
  },
  setPainLookupOpen(open) {
    // The lookup takes the panel: a selection or a cause would hide its results.
    set(
      open
        ? { painLookupOpen: true, selectedId: null, causeId: null, isolate: false, spotlightIds: NO_SPOTLIGHT }
        : { painLookupOpen: false }
    )
  },
  setDermatomeMap(on) {
    set({ dermatomeMap: on })
  },
  openSources(sourceId = '') {
    set({ sourcesAt: sourceId })
  },
  closeSources() {
    set({ sourcesAt: null })
  },
  applyLink(link) {
    const seq = get().camera.seq + 1
    // The same set where the layers are the same: every panel that shows the layers compares it
    // by identity, so a link that changes nothing re-renders nothing.
    const shown = get().hiddenLayers
    const sameLayers = shown.size === new Set(link.hiddenLayers).size && link.hiddenLayers.every((l) => shown.has(l))
    const hiddenLayers = sameLayers ? shown : new Set(link.hiddenLayers)
    set({
      selectedId: link.structureId,
      causeId: link.causeId,
      view: link.view,
      hiddenLayers,
      xray: link.xray || isBuried(link.structureId, hiddenLayers),
      isolate: link.isolate && link.structureId !== null,
      fadedIds: NONE_FADED,
      spotlightIds: NO_SPOTLIGHT,
      camera: link.structureId ? { kind: 'frame-selection', seq } : { kind: 'view', seq },
      pose: link.pose,
      // A link that bends the spine opens the controls, so the figures for that pose are in view.
      movementOpen: get().movementOpen || !isNeutralPose(link.pose.pose),
    })
  },
  setActivity(activity) {
    // The spotlight belongs to the tour or question that lit it; the rest of the view stays.
    set(activity ? { activity } : { activity: null, spotlightIds: NO_SPOTLIGHT })
  },
  stage(scene) {
    const seq = get().camera.seq + 1
    const view = scene.from ?? DEFAULT_VIEW
    set({
      selectedId: scene.selectedId !== null && findStructure(scene.selectedId) ? scene.selectedId : null,
      causeId: scene.causeId !== null && findCause(scene.causeId) ? scene.causeId : null,
      spotlightIds: scene.highlight.length ? new Set(scene.highlight) : NO_SPOTLIGHT,
      hiddenLayers: new Set(scene.hiddenLayers),
      hiddenIds: new Set(),
      isolate: false,
      xray: false,
      painLookupOpen: false,
      dermatomeMap: false,
      fadedIds: NONE_FADED,
      pose: scene.pose,
      view,
      camera: scene.frame.length
        ? { kind: 'frame-set', ids: scene.frame, from: scene.from ?? undefined, seq }
        : { kind: 'view', seq },
    })
  },
  announce(text) {
    set({ announcement: text })
  },
  setPose(pose) {
    set({ pose })
  },
  setPoseMeasurements(poseMeasurements) {
    set({ poseMeasurements })
  },
  setMovementOpen(open) {
    set({ movementOpen: open })
  },
}))

/** The link-carried slice of the state, for writing the URL. */
export function linkStateOf(state: ExplorerState): LinkState {
  return {
    structureId: state.selectedId,
    causeId: state.causeId,
    view: state.view,
    hiddenLayers: [...state.hiddenLayers],
    xray: state.xray,
    isolate: state.isolate,
    pose: state.pose,
  }
}
