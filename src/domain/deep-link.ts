import { LAYERS, type StructureLayer } from './structures'
import { DEFAULT_VIEW, isViewPreset, type ViewPreset } from './views'

/** The part of the explorer's state that a shared link carries. */
export interface LinkState {
  structureId: string | null
  causeId: string | null
  view: ViewPreset
  hiddenLayers: readonly StructureLayer[]
  xray: boolean
  isolate: boolean
}

/** The skin is hidden at first: it is a translucent shell, shown on request or for pain maps. */
export const DEFAULT_HIDDEN_LAYERS: readonly StructureLayer[] = ['skin']

export const DEFAULT_LINK_STATE: LinkState = {
  structureId: null,
  causeId: null,
  view: DEFAULT_VIEW,
  hiddenLayers: DEFAULT_HIDDEN_LAYERS,
  xray: false,
  isolate: false,
}

export interface LinkValidators {
  isStructureId(id: string): boolean
  isCauseId(id: string): boolean
}

export interface ParsedLink {
  state: LinkState
  /** Plain-language problems with the link, shown politely; the rest of the link still applies. */
  problems: string[]
}

const MAX_ID_SHOWN = 40

function quote(value: string): string {
  const clipped = value.length > MAX_ID_SHOWN ? `${value.slice(0, MAX_ID_SHOWN)}…` : value
  return `“${clipped}”`
}

/**
 * Reads `?structure=l4&cause=sciatica&view=back&hide=skin,superficial-muscle&xray=1&isolate=1`
 * (`hide=none` shows every layer; no `hide` means the default, skin hidden).
 */
export function parseDeepLink(search: string, validators: LinkValidators): ParsedLink {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const state: LinkState = { ...DEFAULT_LINK_STATE }

  const structure = params.get('structure')
  if (structure !== null && structure !== '') {
    const id = structure.trim().toLowerCase()
    if (validators.isStructureId(id)) state.structureId = id
    else problems.push(`The link names a structure we don't have (${quote(structure)}), so the default view is shown.`)
  }

  const cause = params.get('cause')
  if (cause !== null && cause !== '') {
    const id = cause.trim().toLowerCase()
    if (validators.isCauseId(id)) state.causeId = id
    else problems.push(`The link names a cause we don't have (${quote(cause)}), so no cause is highlighted.`)
  }

  const view = params.get('view')
  if (view !== null && view !== '') {
    if (isViewPreset(view)) state.view = view
    else problems.push(`The link names a view we don't have (${quote(view)}), so the default view is shown.`)
  }

  const hide = params.get('hide')
  if (hide === 'none') state.hiddenLayers = []
  else if (hide) {
    const layers: StructureLayer[] = []
    for (const part of hide.split(',')) {
      const layer = LAYERS.find((l) => l === part.trim())
      if (layer) layers.push(layer)
      else if (part.trim()) problems.push(`The link hides a layer we don't have (${quote(part.trim())}).`)
    }
    state.hiddenLayers = layers
  }

  state.xray = params.get('xray') === '1'
  state.isolate = params.get('isolate') === '1' && state.structureId !== null
  return { state, problems }
}

/**
 * Writes the link state as a query string (leading "?", or "" for the default state), keeping
 * any parameters the explorer does not own (such as `e2e`).
 */
export function formatDeepLink(state: LinkState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams()
  for (const [key, value] of keep) {
    if (!OWNED_KEYS.has(key)) params.append(key, value)
  }
  if (state.structureId) params.set('structure', state.structureId)
  if (state.causeId) params.set('cause', state.causeId)
  if (state.view !== DEFAULT_VIEW) params.set('view', state.view)
  // Canonical order, so equal states give equal URLs.
  const hidden = LAYERS.filter((l) => state.hiddenLayers.includes(l))
  const defaultHidden = LAYERS.filter((l) => DEFAULT_HIDDEN_LAYERS.includes(l))
  if (hidden.join() !== defaultHidden.join()) params.set('hide', hidden.length ? hidden.join(',') : 'none')
  if (state.xray) params.set('xray', '1')
  if (state.isolate && state.structureId) params.set('isolate', '1')
  const text = params.toString().replaceAll('%2C', ',')
  return text ? `?${text}` : ''
}

const OWNED_KEYS = new Set(['structure', 'cause', 'view', 'hide', 'xray', 'isolate'])
