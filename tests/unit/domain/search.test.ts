import { describe, expect, it } from 'vitest'
import { editDistance, normalise, searchEntries, structureSearchEntries } from '../../../src/domain/search'

const entries = structureSearchEntries()
const ids = (query: string, n = 5) => searchEntries(entries, query, n).map((r) => r.id)

describe('structure search', () => {
  it('finds by prefix', () => {
    expect(ids('pirif')[0]).toMatch(/^piriformis-/)
  })

  it('ranks an exact id first', () => {
    expect(ids('l4')[0]).toBe('l4')
  })

  it('understands synonyms people use', () => {
    expect(ids('tailbone')[0]).toBe('coccyx')
    const hipFlexor = ids('hip flexor', 12)
    expect(hipFlexor.some((id) => id.startsWith('psoas-major'))).toBe(true)
    expect(hipFlexor.some((id) => id.startsWith('iliacus'))).toBe(true)
    expect(ids('sciatica')[0]).toMatch(/^sciatic-nerve-/)
    expect(ids('slipped disc')[0]).toMatch(/-disc$|-nucleus-pulposus$/)
  })

  it('forgives small typos', () => {
    expect(ids('piriformos')[0]).toMatch(/^piriformis-/)
    expect(ids('sacrun')[0]).toBe('sacrum')
  })

  it('treats an en dash like a hyphen', () => {
    expect(ids('L4–L5 disc')[0]).toBe('l4-l5-disc')
  })

  it('requires every word to match', () => {
    expect(ids('gluteus medius')[0]).toMatch(/^gluteus-medius-/)
    // The muscle, and the tendons of gluteus medius and minimus, whose name has both words too.
    expect(ids('gluteus medius').every((id) => /^(gluteus-medius|gluteal-tendons)-/.test(id))).toBe(true)
    expect(ids('gluteus medius').some((id) => id.startsWith('gluteal-tendons'))).toBe(true)
  })

  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('')).toEqual([])
    expect(ids('zzzzqqq')).toEqual([])
  })
})

describe('text helpers', () => {
  it('normalises accents, case and dashes', () => {
    expect(normalise('  Ligamentum  Flávum—L4 ')).toBe('ligamentum flavum-l4')
  })

  it('measures edit distance with transpositions', () => {
    expect(editDistance('sacrum', 'sacrum')).toBe(0)
    expect(editDistance('sacrum', 'scarum')).toBe(1)
    expect(editDistance('psoas', 'soas')).toBe(1)
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
  })
})
