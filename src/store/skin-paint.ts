import { BODY_AREAS, DERMATOMES, isBodyArea, type BodyArea } from '../domain/body-areas'
import { findCause } from '../domain/causes'
import { STRUCTURE_CONTENT } from '../domain/content'
import { findStructure, type RootLevel, type Side } from '../domain/structures'
import { DERMATOME_PALETTE, PAINT_PALETTE, type PaintKind } from '../domain/palette'

/**
 * One painted zone on the skin: a body area, or a nerve root's dermatome band (the generator
 * tags every skin vertex with both), with its colour and what the colour means.
 */
export interface PaintedZone {
  area?: BodyArea
  root?: RootLevel
  colour: string
  /** Legend key: a paint kind, or a dermatome's root ("l5"). */
  key: string
}

export interface SkinPaint {
  /** What the painting shows, for the legend's title. */
  title: string
  /**
   * The title in a few words, for the legend folded on a phone, where the full one wrapped onto
   * four lines over the model; the panel beside it names what is painted.
   */
  shortTitle: string
  zones: PaintedZone[]
  /** Legend entries, in order: key, colour and words. */
  legend: { key: string; colour: string; label: string }[]
  /**
   * The side of the body the zones are on, for a structure of one side (the left L5 root's
   * dermatome runs down the left leg only); absent when both sides (or the midline) are meant.
   */
  side?: Side
}

export interface SkinPaintInput {
  selectedId: string | null
  causeId: string | null
  painLookupOpen: boolean
  painAreas: readonly string[]
  dermatomeMap: boolean
}

/** Dermatomes shown in the dermatome view (L1–S2, as clinical charts do). */
export const DERMATOME_VIEW_ROOTS = ['l1', 'l2', 'l3', 'l4', 'l5', 's1', 's2'] as const

function paint(
  title: string,
  shortTitle: string,
  entries: [BodyArea, PaintKind][],
  root?: RootLevel
): SkinPaint | null {
  const zones: PaintedZone[] = []
  // A root's pain follows its own dermatome band, finer than the body areas.
  if (root) zones.push({ root, colour: PAINT_PALETTE.radicular.colour, key: 'radicular' })
  const seen = new Set<BodyArea>()
  // The first kind named for an area wins (local before referred before radicular).
  for (const [area, kind] of entries) {
    if (seen.has(area) || (root && kind === 'radicular')) continue
    seen.add(area)
    zones.push({ area, colour: PAINT_PALETTE[kind].colour, key: kind })
  }
  if (zones.length === 0) return null
  const kinds = [...new Set(zones.map((z) => z.key as PaintKind))]
  return {
    title,
    shortTitle,
    zones,
    legend: kinds.map((k) => ({ key: k, colour: PAINT_PALETTE[k].colour, label: PAINT_PALETTE[k].label })),
  }
}

/**
 * Which skin zones to paint, from the explorer's state alone: the selected structure's pain
 * zones (its referral zone, or a root's dermatome), else the places picked in "Where does it
 * hurt?", else the active cause's zones, else the dermatome view. Null when nothing is painted.
 */
export function skinPaintOf(input: SkinPaintInput): SkinPaint | null {
  const structure = input.selectedId ? findStructure(input.selectedId) : undefined
  if (structure) {
    const content = STRUCTURE_CONTENT[structure.contentId]
    if (content && content.painSource !== 'context') {
      const entries: [BodyArea, PaintKind][] = content.feltAt.flatMap((f) =>
        f.areas.map((a): [BodyArea, PaintKind] => [a, f.kind])
      )
      const painted = paint(
        `Where pain from the ${structure.name} is felt`,
        'Where it is felt',
        entries,
        content.dermatome
      )
      if (painted) return structure.side ? { ...painted, side: structure.side } : painted
    }
  }
  if (input.painLookupOpen) {
    // The skin shows as soon as the lookup opens, so the user can click where it hurts.
    return (
      paint(
        'Where you said it hurts',
        'Where it hurts',
        input.painAreas.filter(isBodyArea).map((a): [BodyArea, PaintKind] => [a, 'picked'])
      ) ?? { title: 'Click the body where it hurts', shortTitle: 'Click where it hurts', zones: [], legend: [] }
    )
  }
  const cause = input.causeId ? findCause(input.causeId) : undefined
  if (cause) {
    return paint(
      `Where ${cause.name.toLowerCase()} is usually felt`,
      'Where it is felt',
      cause.feltAt.map((a): [BodyArea, PaintKind] => [a, 'felt'])
    )
  }
  if (input.dermatomeMap) {
    const zones: PaintedZone[] = []
    const legend: SkinPaint['legend'] = []
    for (const root of DERMATOME_VIEW_ROOTS) {
      const dermatome = DERMATOMES.find((d) => d.root === root)
      const colour = DERMATOME_PALETTE[root]
      if (!dermatome || !colour) continue
      zones.push({ root, colour, key: root })
      legend.push({ key: root, colour, label: `${dermatome.label}: ${dermatome.keySensoryPoint}` })
    }
    return { title: 'Dermatomes: the skin strip each nerve root supplies', shortTitle: 'Dermatomes', zones, legend }
  }
  return null
}

/** Plain names of the painted areas, for screen readers. */
export function describePaint(p: SkinPaint): string {
  const names = p.zones.map((z) =>
    z.area ? BODY_AREAS[z.area].name.toLowerCase() : `the ${z.root?.toUpperCase() ?? ''} dermatome`
  )
  return `${p.title}: ${names.join(', ')}.`
}
