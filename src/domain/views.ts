import type { Structure } from './structures'

/**
 * Preset camera views, as directions from the model's centre in the model frame
 * (+Y superior, +Z anterior, +X the patient's left). Plain data; the scene turns them into poses.
 */
export type ViewPreset = 'front' | 'back' | 'left' | 'right' | 'top' | 'oblique'

export const VIEW_PRESETS: readonly ViewPreset[] = ['oblique', 'front', 'back', 'left', 'right', 'top']

export const DEFAULT_VIEW: ViewPreset = 'oblique'

export const VIEW_NAMES: Record<ViewPreset, string> = {
  front: 'Front',
  back: 'Back',
  left: 'Left side',
  right: 'Right side',
  top: 'From above',
  oblique: 'Back, oblique',
}

/** Unit-free direction from target to camera for each preset. */
export const VIEW_DIRECTIONS: Record<ViewPreset, readonly [number, number, number]> = {
  front: [0, 0.05, 1],
  back: [0, 0.05, -1],
  left: [1, 0.05, 0],
  right: [-1, 0.05, 0],
  top: [0, 1, -0.02],
  // A posterolateral view from the patient's right and slightly above: the classic
  // atlas view of the lumbar spine, pelvis and gluteal region.
  oblique: [-0.75, 0.35, -1],
}

export function isViewPreset(value: string): value is ViewPreset {
  return (VIEW_PRESETS as readonly string[]).includes(value)
}

/** How each view reads in a sentence ("seen from the back"). */
export const VIEW_PHRASES: Record<ViewPreset, string> = {
  front: 'from the front',
  back: 'from the back',
  left: "from the patient's left side",
  right: "from the patient's right side",
  top: 'from above',
  oblique: 'from behind, to the right and slightly above',
}

/**
 * The views an atlas shows structures from: the presets, from in front and to one side, from in
 * front and below, and from behind and to one side.
 */
export type AtlasDirection =
  | ViewPreset
  | 'front-left'
  | 'front-right'
  | 'front-below'
  | 'back-left'
  | 'back-right'
  | 'left-turned-back'
  | 'right-turned-back'

/**
 * Direction from target to camera for each atlas view. The anterolateral ones look 35° round
 * from the side toward the front: the front of the trunk shows, and the flank is not foreshortened.
 * The one from in front and below looks 25° up, square to the front of the lumbosacral disc, which
 * faces forward and down on the sloping sacrum. The posterolateral ones look 35° round from the
 * side toward the back and a little down onto it: a facet joint's capsule between its articular
 * processes, with the joint's curve at its flank. The side views turned back look 20° round from
 * the side toward the back: the hip bone's wing faces that way, and its greater sciatic notch shows
 * in profile while the acetabulum still shows.
 */
export const ATLAS_DIRECTIONS: Record<AtlasDirection, readonly [number, number, number]> = {
  ...VIEW_DIRECTIONS,
  'front-left': [0.82, 0.1, 0.57],
  'front-right': [-0.82, 0.1, 0.57],
  'front-below': [0, -0.47, 1],
  'back-left': [0.82, 0.25, -0.57],
  'back-right': [-0.82, 0.25, -0.57],
  'left-turned-back': [0.94, 0.1, -0.34],
  'right-turned-back': [-0.94, 0.1, -0.34],
}

/**
 * The view an atlas would show a structure from, if it names one: its own side is the patient's
 * left for a left structure (the `left` view looks from +X, the patient's left).
 */
export function atlasViewOf(structure: Pick<Structure, 'atlasView' | 'side'>): AtlasDirection | undefined {
  switch (structure.atlasView) {
    case 'back':
    case 'front':
    case 'front-below':
      return structure.atlasView
    case 'own-side':
      return structure.side === 'right' ? 'right' : 'left'
    case 'own-side-turned-back':
      return structure.side === 'right' ? 'right-turned-back' : 'left-turned-back'
    case 'own-front-side':
      return structure.side === 'right' ? 'front-right' : 'front-left'
    case 'own-back-side':
      return structure.side === 'right' ? 'back-right' : 'back-left'
    default:
      return undefined
  }
}
