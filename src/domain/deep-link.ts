import { LAYERS, type StructureLayer } from './structures'
import { DEFAULT_VIEW, isViewPreset, type ViewPreset } from './views'
import { isQuizKind, isTourId, MAX_SEED, randomSeed, type Activity } from './activities'
import { formatPoseLink, NEUTRAL_POSE_STATE, parsePoseLink, type PoseState } from './movement'
import { EMBED_KEY, isEmbedded, OWNED_KEYS } from './link-keys'

export { EMBED_KEY, isEmbedded } from './link-keys'

/** The part of the explorer's state that a shared link carries. */
export interface LinkState {
  structureId: string | null
  causeId: string | null
  view: ViewPreset
  hiddenLayers: readonly StructureLayer[]
  xray: boolean
  isolate: boolean
  /** How the spine is bent (`?pose=`); standing writes no parameter. */
  pose: PoseState
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
  pose: NEUTRAL_POSE_STATE,
}

export interface LinkValidators {
  isStructureId(id: string): boolean
  isCauseId(id: string): boolean
}

export interface ParsedLink {
  state: LinkState
  /**
   * `?embed=1`: the page is inside another site's frame, so it shows the 3D view and the
   * explanation only. Not part of `LinkState`: a shared link always opens the full explorer.
   */
  embed: boolean
  /** A tour or self-test the link opens (`?tour=…&step=…`, `?quiz=…&seed=…`), or null. */
  activity: Activity | null
  /** Plain-language problems with the link, shown politely; the rest of the link still applies. */
  problems: string[]
}

export interface ParseOptions {
  /** Where a self-test link without a seed gets one, so the run can be repeated. default: random */
  newSeed?: () => number
}

/** How much of a link's value a message echoes, in characters. */
const MAX_ID_SHOWN = 40
/** How many unknown layers a message names before it only counts the rest. */
const MAX_LAYERS_NAMED = 3

/**
 * Invisible and direction-changing characters (controls, zero-width spaces, bidi overrides): echoed
 * as they are, they would make "l4\u200b" read as the "l4" we do have, or flip the sentence around
 * them, so the message shows each as "\uFFFD" instead.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** Echoes part of a link in a message: clipped by characters (never half an emoji), invisibles shown. */
function quote(value: string): string {
  const chars = Array.from(value.replace(INVISIBLE, '\uFFFD'))
  const clipped = chars.length > MAX_ID_SHOWN ? `${chars.slice(0, MAX_ID_SHOWN).join('')}…` : chars.join('')
  return `“${clipped}”`
}

/** The first value of a parameter; a second one is dropped with a note (links name one of each). */
function first(params: URLSearchParams, key: string, noun: string, problems: string[]): string | null {
  const values = params.getAll(key)
  if (values.length > 1) problems.push(`The link names more than one ${noun}, so only the first is used.`)
  return values[0] ?? null
}

/**
 * Reads `?structure=l4&cause=sciatica&view=back&hide=skin,superficial-muscle&xray=1&isolate=1`
 * (`hide=none` shows every layer; no `hide` means the default, skin hidden) and a pose
 * (`pose=sitting-slumped`, `pose=extension&amount=0.8`, `pose=flexion:0.6,side-left:0.3`).
 */
export function parseDeepLink(search: string, validators: LinkValidators, options: ParseOptions = {}): ParsedLink {
  const params = new URLSearchParams(search)
  const problems: string[] = []
  const state: LinkState = { ...DEFAULT_LINK_STATE }

  const structure = first(params, 'structure', 'structure', problems)
  if (structure !== null && structure !== '') {
    const id = structure.trim().toLowerCase()
    if (validators.isStructureId(id)) state.structureId = id
    else problems.push(`The link names a structure we don't have (${quote(structure)}), so the default view is shown.`)
  }

  const cause = first(params, 'cause', 'cause', problems)
  if (cause !== null && cause !== '') {
    const id = cause.trim().toLowerCase()
    if (validators.isCauseId(id)) state.causeId = id
    else problems.push(`The link names a cause we don't have (${quote(cause)}), so no cause is highlighted.`)
  }

  const view = first(params, 'view', 'view', problems)
  if (view !== null && view !== '') {
    if (isViewPreset(view)) state.view = view
    else problems.push(`The link names a view we don't have (${quote(view)}), so the default view is shown.`)
  }

  const hide = first(params, 'hide', 'set of hidden layers', problems)
  if (hide === 'none') state.hiddenLayers = []
  else if (hide) {
    const layers: StructureLayer[] = []
    const unknown = new Set<string>()
    for (const part of hide.split(',')) {
      const name = part.trim()
      const layer = LAYERS.find((l) => l === name)
      if (layer) layers.push(layer)
      else if (name) unknown.add(name)
    }
    // A link that names no layer we know keeps the default (skin hidden): only `hide=none` shows all.
    if (layers.length) state.hiddenLayers = layers
    // One message however many unknown names a (hand-edited or hostile) link carries.
    if (unknown.size) {
      const named = [...unknown].slice(0, MAX_LAYERS_NAMED).map(quote).join(', ')
      const more = unknown.size > MAX_LAYERS_NAMED ? ` and ${unknown.size - MAX_LAYERS_NAMED} more` : ''
      const noun = unknown.size === 1 ? 'a layer' : 'layers'
      problems.push(`The link hides ${noun} we don't have (${named}${more}).`)
    }
  }

  state.pose = parsePose(params, problems)

  state.xray = params.get('xray') === '1'
  state.isolate = params.get('isolate') === '1' && state.structureId !== null

  const embedValue = first(params, EMBED_KEY, 'embed setting', problems)
  const embed = isEmbedded(search)
  if (embedValue !== null && embedValue !== '1' && embedValue !== '0') {
    problems.push(`The link's embed setting (${quote(embedValue)}) is not one we know, so the full explorer is shown.`)
  }
  const activity = parseActivity(params, problems, options.newSeed ?? randomSeed)
  return { state, embed, activity, problems }
}

/**
 * The pose a link asks for, or standing with a note when it cannot be read. The note never echoes
 * more than `quote` allows; the reason comes from `parsePoseLink` and is our own text.
 */
function parsePose(params: URLSearchParams, problems: string[]): PoseState {
  const pose = first(params, 'pose', 'movement', problems)
  const amount = first(params, 'amount', 'movement amount', problems)
  if (pose === null || pose === '') {
    if (amount !== null && amount !== '') {
      problems.push(
        `The link gives a movement amount (${quote(amount)}) but no movement, so the spine is shown standing.`
      )
    }
    return NEUTRAL_POSE_STATE
  }
  const parsed = parsePoseLink(pose, amount)
  if (parsed.ok) return parsed.state
  if (parsed.problem === 'unknown movement') {
    problems.push(`The link asks for a movement we don't have (${quote(pose)}), so the spine is shown standing.`)
  } else {
    const asked = amount !== null && amount !== '' ? `${pose}, amount ${amount}` : pose
    problems.push(
      `The link's movement (${quote(asked)}) could not be used (${parsed.problem}), so the spine is shown standing.`
    )
  }
  return NEUTRAL_POSE_STATE
}

/** A whole number in [min, max] written in digits only ("03" reads as 3), or null. */
function wholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d{1,10}$/.test(value)) return null
  const n = Number(value)
  return n >= min && n <= max ? n : null
}

/**
 * Reads `?tour=sciatica&step=3` (steps count from 1; none means 1) or `?quiz=find-it&seed=42`
 * (no seed means a new one). Whether the step exists is checked when the tour loads: the tours'
 * steps are not part of the page's first download.
 */
function parseActivity(params: URLSearchParams, problems: string[], newSeed: () => number): Activity | null {
  const tour = first(params, 'tour', 'tour', problems)
  const quiz = first(params, 'quiz', 'self-test', problems)
  if (tour && quiz) problems.push('The link names both a tour and a self-test, so only the tour opens.')
  if (tour) {
    const id = tour.trim().toLowerCase()
    if (!isTourId(id)) {
      problems.push(`The link names a tour we don't have (${quote(tour)}), so the default view is shown.`)
      return null
    }
    const value = first(params, 'step', 'tour step', problems)
    const step = value ? wholeNumber(value, 1, Number.MAX_SAFE_INTEGER) : 1
    if (value && step === null) {
      problems.push(`The link's tour step (${quote(value)}) is not a step number, so the tour starts at step 1.`)
    }
    return { kind: 'tour', tourId: id, step: step ?? 1 }
  }
  if (quiz) {
    const kind = quiz.trim().toLowerCase()
    if (!isQuizKind(kind)) {
      problems.push(`The link names a self-test we don't have (${quote(quiz)}), so the default view is shown.`)
      return null
    }
    const value = first(params, 'seed', 'self-test seed', problems)
    const seed = value ? wholeNumber(value, 0, MAX_SEED) : null
    if (value && seed === null) {
      problems.push(`The link's self-test seed (${quote(value)}) is not one we can use, so new questions are picked.`)
    }
    return { kind: 'quiz', quiz: kind, seed: seed ?? newSeed() }
  }
  return null
}

/**
 * Writes the address of an activity (`?tour=sciatica&step=3`, `?quiz=find-it&seed=42`), keeping
 * the parameters the explorer does not own (`e2e`, `embed`), as `formatDeepLink` does.
 */
export function formatActivityLink(activity: Activity, keep: URLSearchParams = new URLSearchParams()): string {
  const params = paramsNotOwned(keep)
  if (activity.kind === 'tour') {
    params.set('tour', activity.tourId)
    params.set('step', String(activity.step))
  } else {
    params.set('quiz', activity.quiz)
    params.set('seed', String(activity.seed))
  }
  return `?${params.toString()}`
}

/**
 * Writes the link state as a query string (leading "?", or "" for the default state), keeping
 * any parameters the explorer does not own (such as `e2e`).
 */
export function formatDeepLink(state: LinkState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = paramsNotOwned(keep)
  if (state.structureId) params.set('structure', state.structureId)
  if (state.causeId) params.set('cause', state.causeId)
  if (state.view !== DEFAULT_VIEW) params.set('view', state.view)
  // Canonical order, so equal states give equal URLs.
  const hidden = LAYERS.filter((l) => state.hiddenLayers.includes(l))
  const defaultHidden = LAYERS.filter((l) => DEFAULT_HIDDEN_LAYERS.includes(l))
  if (hidden.join() !== defaultHidden.join()) params.set('hide', hidden.length ? hidden.join(',') : 'none')
  if (state.xray) params.set('xray', '1')
  if (state.isolate && state.structureId) params.set('isolate', '1')
  const pose = formatPoseLink(state.pose)
  if (pose) {
    params.set('pose', pose.pose)
    if (pose.amount !== undefined) params.set('amount', pose.amount)
  }
  // Commas and colons are legal in a query and keep `pose=flexion:0.6,side-left:0.3` readable.
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')
  return text ? `?${text}` : ''
}

function paramsNotOwned(keep: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of keep) {
    if (!OWNED_KEYS.has(key)) params.append(key, value)
  }
  return params
}

/**
 * Parameters that change what the 3D view first shows: the link's own (a pose bends the model
 * away from the poster's standing spine), and tours and quizzes.
 */
const VIEW_CHANGING_KEYS = [...OWNED_KEYS]

/**
 * Whether a link opens the default view (no structure, cause, view, layers, tour…), the one the
 * poster picture shows while the model loads.
 */
export function opensDefaultView(search: string): boolean {
  const params = new URLSearchParams(search)
  return VIEW_CHANGING_KEYS.every((key) => !params.has(key))
}

/**
 * The absolute link to a state, for sharing, the QR code and "Open in the full explorer": the
 * page's own address with only the state's parameters, so a link never carries `embed` or a test
 * flag along.
 */
export function shareLink(state: LinkState, page: { origin: string; pathname: string }): string {
  return `${page.origin}${page.pathname}${formatDeepLink(state)}`
}
