import { LAYERS, findStructure, type Structure } from '../domain/structures'

/**
 * How one structure is drawn. The scene maps each kind to one shared material; nothing is
 * cloned per mesh.
 */
export type Look =
  | { kind: 'hidden' }
  | { kind: 'base' }
  | { kind: 'hovered' }
  | { kind: 'selected' }
  /** Faint context: the skeleton around an isolated structure, or what a cause does not involve. */
  | { kind: 'faint' }
  /** Translucent because it lies in front of what the user is looking at. */
  | { kind: 'xray' }
  /** The structure the selection lies inside, drawn round it as a clear shell (a nucleus's disc). */
  | { kind: 'shell' }
  /** The sheet of muscle over the selection, drawn over it as a thin veil that keeps its fibres. */
  | { kind: 'veil' }
  /** Drawn normally but never picked: the translucent skin shell, so clicks reach what is inside. */
  | { kind: 'surface' }
  /** Coloured by the part it plays in the active cause. */
  | { kind: 'role'; role: string }
  /** Lit for a moment by the pulse that runs along a cause's nerve path. */
  | { kind: 'pulse' }

export interface LookInput {
  structures: readonly Structure[]
  selectedId: string | null
  hoveredId: string | null
  hiddenIds: ReadonlySet<string>
  hiddenLayers: ReadonlySet<string>
  isolate: boolean
  xray: boolean
  /** Pain zones are painted on the skin, so the skin shows even when its layer is peeled. */
  paintSkin?: boolean
  /** Role per structure id for the active cause, or null when no cause is active. */
  causeRoles: ReadonlyMap<string, string> | null
  /** Structures the cause's pulse lights at this moment (see `causeAnimationAt`). */
  pulseIds?: ReadonlySet<string>
  /** Structures faded because they lie in front of what was framed. */
  fadedIds?: ReadonlySet<string>
  /** Structures a tour step or a question lights in the selection colour, as if selected. */
  spotlightIds?: ReadonlySet<string>
}

/** Whether a look can be picked: hidden, faint, X-rayed, shell and veil structures let clicks through. */
export function isPickable(look: Look): boolean {
  return (
    look.kind === 'base' ||
    look.kind === 'hovered' ||
    look.kind === 'selected' ||
    look.kind === 'role' ||
    look.kind === 'pulse'
  )
}

function layerIndex(structure: Structure): number {
  return LAYERS.indexOf(structure.layer)
}

/**
 * The look of every structure, from the explorer's state alone (a pure function, unit-tested;
 * the scene only applies it).
 */
export function computeLooks(input: LookInput): Map<string, Look> {
  const {
    structures,
    selectedId,
    hoveredId,
    hiddenIds,
    hiddenLayers,
    isolate,
    xray,
    causeRoles,
    paintSkin,
    pulseIds,
    fadedIds,
    spotlightIds,
  } = input
  const looks = new Map<string, Look>()
  const selected = selectedId ? structures.find((s) => s.id === selectedId) : undefined
  // X-ray makes every layer outside the selection's layer translucent; with no selection it
  // opens everything down to the bones.
  const xrayDepth = selected ? layerIndex(selected) : LAYERS.indexOf('bone')
  // What the selection is framed with stays solid through the X-ray too: the landmarks it is
  // named by (piriformis over a gluteal nerve's exit).
  const framedWith = new Set(selected?.framedWith)

  for (const structure of structures) {
    const { id } = structure
    let look: Look
    if (paintSkin && structure.layer === 'skin' && !hiddenIds.has(id)) {
      look = { kind: 'surface' }
    } else if (isolate && selected) {
      if (id === selected.id) look = { kind: 'selected' }
      else if (id === selected.within) look = { kind: 'shell' }
      else if (id === selected.beneath) look = { kind: 'veil' }
      else if (structure.system === 'bones') look = { kind: 'faint' }
      else look = { kind: 'hidden' }
    } else if (id !== selectedId && (hiddenIds.has(id) || hiddenLayers.has(structure.layer))) {
      look = { kind: 'hidden' }
    } else if (id === selectedId || spotlightIds?.has(id)) {
      look = { kind: 'selected' }
    } else if (id === selected?.within) {
      look = { kind: 'shell' }
    } else if (id === selected?.beneath) {
      look = { kind: 'veil' }
    } else if ((xray && layerIndex(structure) < xrayDepth && !framedWith.has(id)) || fadedIds?.has(id)) {
      look = { kind: 'xray' }
    } else if (causeRoles) {
      const role = causeRoles.get(id)
      look = role ? { kind: 'role', role } : { kind: 'faint' }
    } else {
      look = structure.layer === 'skin' ? { kind: 'surface' } : { kind: 'base' }
    }
    if (id === hoveredId && (look.kind === 'base' || look.kind === 'role')) look = { kind: 'hovered' }
    // The pulse passes over whatever is drawn solidly, never over hidden or see-through parts.
    if (pulseIds?.has(id) && isPickable(look) && look.kind !== 'selected') look = { kind: 'pulse' }
    looks.set(id, look)
  }
  return looks
}

/** Whether a cause's generated illustration is on show: only while its cause is active. */
export function isIllustrationShown(illustrationCauseId: string, causeId: string | null): boolean {
  return illustrationCauseId === causeId
}

/**
 * Whether a trigger-point marker is on show: for the trigger-point cause, or while its muscle
 * (either side: the pair shares one explanation) is selected.
 */
export function isTriggerPointShown(
  muscleId: string,
  state: { causeId: string | null; selectedId: string | null }
): boolean {
  if (state.causeId === 'trigger-points') return true
  if (!state.selectedId) return false
  const selected = findStructure(state.selectedId)
  return selected !== undefined && findStructure(muscleId)?.contentId === selected.contentId
}
