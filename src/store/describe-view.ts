import { LAYER_NAMES, LAYERS, findStructure, type StructureLayer } from '../domain/structures'
import { VIEW_PHRASES, type ViewPreset } from '../domain/views'

export interface DescribeViewInput {
  view: ViewPreset
  selectedId: string | null
  hiddenLayers: ReadonlySet<StructureLayer>
  isolate: boolean
  xray: boolean
  causeName: string | null
  /** How the spine is bent, in words ("Standing" when it is not). */
  poseName?: string
}

/** A text alternative for the 3D view: what is shown, from where, and what stands out. */
export function describeView(input: DescribeViewInput): string {
  const parts = [
    `3D model of the lower back: lumbar spine, sacrum, pelvis, hips, nerves and muscles, seen ${VIEW_PHRASES[input.view]}.`,
  ]
  const hidden = LAYERS.filter((l) => input.hiddenLayers.has(l)).map((l) => LAYER_NAMES[l].toLowerCase())
  if (hidden.length) parts.push(`Hidden layers: ${hidden.join(', ')}.`)
  const selected = input.selectedId ? findStructure(input.selectedId) : undefined
  if (selected) parts.push(`Selected: ${selected.name}${input.isolate ? ', shown alone' : ''}.`)
  if (input.xray) parts.push('X-ray is on: outer layers are see-through.')
  if (input.poseName && input.poseName !== 'Standing') parts.push(`The spine is posed: ${input.poseName}.`)
  if (input.causeName) parts.push(`Highlighting the structures involved in ${input.causeName}.`)
  parts.push('Use the arrow keys to turn the model, plus and minus to zoom, and 0 to reset.')
  return parts.join(' ')
}
