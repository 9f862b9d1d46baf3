import type { RoleId } from './roles'

/**
 * Colours and patterns for the roles a structure plays in a cause, shared by the 3D highlight
 * and the legend. Okabe–Ito colours, chosen to stay distinguishable with the common colour-vision
 * deficiencies; each role also has a symbol and a label, so colour is never the only cue.
 */
export interface RoleSwatch {
  /** sRGB hex colour. */
  colour: string
  /** A symbol shown beside the label in the legend and on labels in the scene. */
  symbol: string
}

export const ROLE_PALETTE: Readonly<Record<RoleId, RoleSwatch>> = {
  'pain-source': { colour: '#D55E00', symbol: '✸' },
  'possible-source': { colour: '#F4A582', symbol: '✳' },
  'compressed-nerve': { colour: '#E7298A', symbol: '⚡' },
  'pain-pathway': { colour: '#009E73', symbol: '⋯' },
  compressing: { colour: '#0072B2', symbol: '▶' },
  degenerated: { colour: '#A6761D', symbol: '▦' },
  unstable: { colour: '#7570B3', symbol: '↯' },
  overloaded: { colour: '#B8E186', symbol: '⇊' },
  'trigger-point': { colour: '#CC79A7', symbol: '●' },
  tight: { colour: '#E69F00', symbol: '⇆' },
  weak: { colour: '#56B4E9', symbol: '◌' },
  // A calm teal (Tol's muted scheme) for "Where does it hurt?": neutral, not the warm alarm colour of a pain source.
  'felt-here': { colour: '#44AA99', symbol: '◎' },
  involved: { colour: '#8E9AAF', symbol: '○' },
}

/** How pain in a painted skin zone reaches it. */
export type PaintKind = 'local' | 'referred' | 'radicular' | 'picked' | 'felt'

/** Colours of the skin zones where pain is felt. */
export const PAINT_PALETTE: Readonly<Record<PaintKind, RoleSwatch & { label: string }>> = {
  local: { colour: '#FF6B3D', symbol: '●', label: 'Felt right there (local)' },
  referred: { colour: '#FFB000', symbol: '◍', label: 'Felt away from the source (referred)' },
  radicular: { colour: '#E7298A', symbol: '⚡', label: 'Nerve pain along a strip of skin (radicular)' },
  picked: { colour: '#FF6B3D', symbol: '✚', label: 'Where you said it hurts' },
  felt: { colour: '#FF6B3D', symbol: '●', label: 'Where this pain is usually felt' },
}

/** One colour per dermatome in the dermatome view (Tol's bright scheme, colour-blind safe). */
export const DERMATOME_PALETTE: Readonly<Record<string, string>> = {
  l1: '#4477AA',
  l2: '#66CCEE',
  l3: '#228833',
  l4: '#CCBB44',
  l5: '#EE6677',
  s1: '#AA3377',
  s2: '#BBBBBB',
}

/**
 * Trigger-point markers. The generated model still tags each marker "active" or "latent" after the
 * manual it was drawn from, but active and latent are clinical states (whether pressing the spot
 * brings on the person's own pain), not places in a muscle (Fernández-de-las-Peñas & Dommerholt,
 * Delphi consensus, 2018). So both kinds are drawn alike and named for what they are: places where
 * trigger points have been described.
 */
const TRIGGER_POINT_MARKER: RoleSwatch & { label: string } = {
  colour: '#CC79A7',
  symbol: '●',
  label: 'Where trigger points have been described (a map from expert opinion)',
}

export const TRIGGER_POINT_PALETTE: Readonly<Record<'active' | 'latent', RoleSwatch & { label: string }>> = {
  active: TRIGGER_POINT_MARKER,
  latent: TRIGGER_POINT_MARKER,
}

/** The role whose colour each cause's illustration is drawn in. */
export const ILLUSTRATION_ROLE: Readonly<Record<string, RoleId>> = {
  'disc-herniation': 'compressing',
  'spinal-stenosis': 'compressing',
  'degenerative-disc': 'degenerated',
  spondylolisthesis: 'unstable',
  'muscle-imbalance': 'tight',
}
