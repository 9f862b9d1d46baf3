/**
 * The parts a structure can play in a cause. The cause picker colours each involved structure
 * by its role, and the legend names every role in words. Colours belong to the scene, not here.
 */

export type RoleId =
  | 'tight'
  | 'weak'
  | 'pain-source'
  | 'possible-source'
  | 'compressed-nerve'
  | 'compressing'
  | 'degenerated'
  | 'unstable'
  | 'overloaded'
  | 'pain-pathway'
  | 'trigger-point'
  | 'felt-here'
  | 'involved'

export interface Role {
  readonly id: RoleId
  /** Legend text, e.g. "Tight / shortened". */
  readonly label: string
  /** One plain sentence for the legend's tooltip. */
  readonly description: string
}

/** Legend order: what hurts first, then what presses, then the context roles. */
export const ROLE_ORDER: readonly RoleId[] = [
  'pain-source',
  'possible-source',
  'compressed-nerve',
  'pain-pathway',
  'compressing',
  'degenerated',
  'unstable',
  'overloaded',
  'trigger-point',
  'tight',
  'weak',
  'felt-here',
  'involved',
]

export const ROLES: Readonly<Record<RoleId, Role>> = {
  tight: {
    id: 'tight',
    label: 'Tight / shortened',
    description: 'A muscle said to be overactive or short in this explanation.',
  },
  weak: {
    id: 'weak',
    label: 'Weak / inhibited',
    description: 'A muscle said to be weak or slow to switch on in this explanation.',
  },
  'pain-source': {
    id: 'pain-source',
    label: 'Irritated or inflamed (pain source)',
    description: 'A tissue whose own nerve endings can send the pain signal.',
  },
  'possible-source': {
    id: 'possible-source',
    label: 'Possible pain source (cannot be confirmed)',
    description: 'A tissue that may add to the pain, though no test can confirm it in a given person.',
  },
  'compressed-nerve': {
    id: 'compressed-nerve',
    label: 'Compressed or irritated nerve',
    description: 'A nerve that is squeezed or inflamed, which can cause pain, tingling, numbness or weakness.',
  },
  compressing: {
    id: 'compressing',
    label: 'Pressing on a nerve',
    description: 'A structure that bulges, thickens or moves into the space a nerve needs.',
  },
  degenerated: {
    id: 'degenerated',
    label: 'Worn with age (degenerated)',
    description: 'Age-related change that is also common in people with no pain.',
  },
  unstable: {
    id: 'unstable',
    label: 'Slipped or unstable',
    description: 'A bone that has moved out of line with the one below it.',
  },
  overloaded: {
    id: 'overloaded',
    label: 'Under extra or uneven load',
    description: 'A structure said to carry more strain than usual because of the problem.',
  },
  'pain-pathway': {
    id: 'pain-pathway',
    label: 'Nerve path the pain travels along',
    description: 'A nerve that carries the signal from an irritated root, so pain is felt along its course.',
  },
  'trigger-point': {
    id: 'trigger-point',
    label: 'Muscle with described trigger points',
    description:
      'A muscle where tender spots have been described that may send pain elsewhere. Whether a spot is active or latent depends on your symptoms, not on where it is.',
  },
  'felt-here': {
    id: 'felt-here',
    label: 'Pain can be felt in the places you picked',
    description:
      'A structure whose pain can be felt where you said it hurts. This is not a finding: it does not mean this part is injured.',
  },
  involved: {
    id: 'involved',
    label: 'Part of the picture',
    description: 'A structure that takes part in this explanation without being a pain source itself.',
  },
}

export function isRoleId(value: string): value is RoleId {
  return Object.prototype.hasOwnProperty.call(ROLES, value)
}
