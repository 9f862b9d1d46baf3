import { describe, expect, it } from 'vitest'
import { skinPaintOf, DERMATOME_VIEW_ROOTS, type SkinPaintInput } from '../../../src/store/skin-paint'
import { DERMATOME_PALETTE } from '../../../src/domain/palette'
import { ROOT_LEVELS } from '../../../src/domain/structures'
import { BufferAttribute } from 'three'
import { isOnSide, SKIN_ALPHA, writeSkinColours, ZONE_ALPHA } from '../../../src/scene/skin-colours'

const none: SkinPaintInput = {
  selectedId: null,
  causeId: null,
  painLookupOpen: false,
  painAreas: [],
  dermatomeMap: false,
}
const areas = (input: Partial<SkinPaintInput>) =>
  skinPaintOf({ ...none, ...input })?.zones.flatMap((z) => (z.area ? [z.area] : [])) ?? []
const roots = (input: Partial<SkinPaintInput>) =>
  skinPaintOf({ ...none, ...input })?.zones.flatMap((z) => (z.root ? [z.root] : [])) ?? []

describe('skinPaintOf', () => {
  it('paints nothing by default', () => {
    expect(skinPaintOf(none)).toBeNull()
  })

  it('paints the dermatome band of a selected root, and its local zone', () => {
    expect(roots({ selectedId: 'l5-root-left' })).toEqual(['l5'])
    expect(roots({ selectedId: 's1-root-right' })).toEqual(['s1'])
    expect(skinPaintOf({ ...none, selectedId: 'l5-root-left' })?.legend.map((l) => l.key)).toContain('radicular')
  })

  it('paints a referral zone for a facet joint, and nothing for a context bone', () => {
    expect(areas({ selectedId: 'l4-l5-facet-left' }).length).toBeGreaterThan(0)
    expect(skinPaintOf({ ...none, selectedId: 'femur-left' })).toBeNull()
  })

  it('shows the skin for the lookup even before a place is picked, then the picked places', () => {
    expect(skinPaintOf({ ...none, painLookupOpen: true })?.zones).toEqual([])
    expect(areas({ painLookupOpen: true, painAreas: ['sole', 'not-an-area'] })).toEqual(['sole'])
  })

  it("paints a cause's zones", () => {
    expect(areas({ causeId: 'sciatica' })).toContain('posterior-thigh')
  })

  it('shows L1–S2 at once in the dermatome view, each in its own colour with a legend entry', () => {
    const paint = skinPaintOf({ ...none, dermatomeMap: true })!
    expect(paint.legend.map((l) => l.key)).toEqual([...DERMATOME_VIEW_ROOTS])
    expect(new Set(paint.zones.map((z) => z.colour)).size).toBe(DERMATOME_VIEW_ROOTS.length)
    expect(paint.zones.find((z) => z.root === 's1')?.colour).toBe(DERMATOME_PALETTE.s1)
  })

  it('gives every painting a title of a few words for its folded legend', () => {
    const inputs: Partial<SkinPaintInput>[] = [
      { selectedId: 'piriformis-left' },
      { selectedId: 'l5-root-left' },
      { causeId: 'sciatica' },
      { painLookupOpen: true },
      { painLookupOpen: true, painAreas: ['sole'] },
      { dermatomeMap: true },
    ]
    for (const input of inputs) {
      const paint = skinPaintOf({ ...none, ...input })!
      expect(paint.shortTitle.length, paint.title).toBeLessThanOrEqual(20)
      expect(paint.title.length).toBeGreaterThanOrEqual(paint.shortTitle.length)
    }
  })

  it('lets a selection win over a cause', () => {
    const paint = skinPaintOf({ ...none, causeId: 'sciatica', selectedId: 'l5-root-left' })!
    expect(paint.title).toContain('L5 nerve root')
  })
})

describe('paint on one side of the body', () => {
  it('keeps a one-sided structure to its side, and both sides for a midline one', () => {
    expect(skinPaintOf({ ...none, selectedId: 'l5-root-left' })?.side).toBe('left')
    expect(skinPaintOf({ ...none, selectedId: 'piriformis-right' })?.side).toBe('right')
    expect(skinPaintOf({ ...none, selectedId: 'l4-l5-disc' })?.side).toBeUndefined()
    expect(skinPaintOf({ ...none, causeId: 'sciatica' })?.side).toBeUndefined()
  })

  it("colours the left root's dermatome on the left leg only (+X is the patient's left)", () => {
    const paint = skinPaintOf({ ...none, selectedId: 'l5-root-left' })!
    const l5 = ROOT_LEVELS.indexOf('l5')
    // Four vertices in the L5 band: left leg, right leg, and either side of the midline strip.
    const worldX = new Float32Array([0.15, -0.15, 0.005, -0.005])
    const tags = {
      areas: new BufferAttribute(new Float32Array(4).fill(255), 1),
      bands: new BufferAttribute(new Float32Array(4).fill(l5), 1),
      occlusion: undefined,
      worldX,
    }
    const out = new Float32Array(16)
    writeSkinColours(tags, paint, out)
    const alphas = [3, 7, 11, 15].map((i) => out[i])
    expect(alphas).toEqual([ZONE_ALPHA, Math.fround(SKIN_ALPHA), ZONE_ALPHA, ZONE_ALPHA])
    expect(isOnSide(-0.15, 'right') && !isOnSide(-0.15, 'left')).toBe(true)
  })
})
