import { Color, type BufferAttribute, type InterleavedBufferAttribute } from 'three'
import { BODY_AREA_IDS } from '../domain/body-areas'
import { ROOT_LEVELS, type Side } from '../domain/structures'
import type { SkinPaint } from '../store/skin-paint'

type Attribute = BufferAttribute | InterleavedBufferAttribute

/** Tag value for skin outside every body area. */
const NO_AREA = 255
/** Opacity of unpainted skin while zones are painted, and of a painted zone. */
export const SKIN_ALPHA = 0.08
export const ZONE_ALPHA = 0.5
/** The skin tone of unpainted skin (the skin tissue colour). */
const SKIN_TONE = '#e7b69a'

const _colour = new Color()
const _tone = new Color()

export interface SkinTags {
  /** Body-area tag per vertex (index into BODY_AREA_IDS, 255 for none). */
  areas: Attribute
  /** Dermatome band per vertex (index into ROOT_LEVELS), when the generator baked one. */
  bands: Attribute | undefined
  /** The skin's own vertex colours (baked ambient occlusion), when present. */
  occlusion: Attribute | undefined
  /** Each vertex's world x (m; +X is the patient's left), for paint on one side of the body. */
  worldX?: Float32Array
}

/** Half-width of the midline strip that counts as both sides, m (a zone over the spine stays whole). */
export const MIDLINE_HALF_WIDTH = 0.01

/** Whether a vertex at world x lies on `side` of the body (or on the midline, which is both). */
export function isOnSide(x: number, side: Side): boolean {
  return side === 'left' ? x > -MIDLINE_HALF_WIDTH : x < MIDLINE_HALF_WIDTH
}

/**
 * Writes one RGBA colour per skin vertex for a paint: a root's dermatome band first, else the
 * vertex's body area, else faint skin tone times the baked occlusion. A one-sided paint colours
 * only its side of the body.
 */
export function writeSkinColours(tags: SkinTags, paint: SkinPaint, out: Float32Array): void {
  // Each zone's colour is parsed once, not once per vertex (a skin has thousands).
  const colourOfArea = new Map<number, Color>()
  const colourOfBand = new Map<number, Color>()
  for (const z of paint.zones) {
    if (z.area) colourOfArea.set(BODY_AREA_IDS.indexOf(z.area), new Color(z.colour))
    if (z.root) colourOfBand.set(ROOT_LEVELS.indexOf(z.root), new Color(z.colour))
  }
  _tone.set(SKIN_TONE)
  for (let i = 0; i < tags.areas.count; i++) {
    const tag = Math.round(tags.areas.getX(i))
    const band = tags.bands ? Math.round(tags.bands.getX(i)) : NO_AREA
    const onSide = !paint.side || !tags.worldX || isOnSide(tags.worldX[i] ?? 0, paint.side)
    const zone = !onSide ? undefined : (colourOfBand.get(band) ?? (tag === NO_AREA ? undefined : colourOfArea.get(tag)))
    const colour = zone ?? _colour.copy(_tone).multiplyScalar(tags.occlusion ? tags.occlusion.getX(i) : 1)
    out[i * 4] = colour.r
    out[i * 4 + 1] = colour.g
    out[i * 4 + 2] = colour.b
    out[i * 4 + 3] = zone ? ZONE_ALPHA : SKIN_ALPHA
  }
}
