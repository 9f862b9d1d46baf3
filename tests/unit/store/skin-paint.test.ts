import { describe, expect, it } from 'vitest'
import { skinPaintOf, DERMATOME_VIEW_ROOTS, type SkinPaintInput } from '../../../src/store/skin-paint'
import { DERMATOME_PALETTE } from '../../../src/domain/palette'

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

  it('lets a selection win over a cause', () => {
    const paint = skinPaintOf({ ...none, causeId: 'sciatica', selectedId: 'l5-root-left' })!
    expect(paint.title).toContain('L5 nerve root')
  })
})
