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
  involved: { colour: '#8E9AAF', symbol: '○' },
}
