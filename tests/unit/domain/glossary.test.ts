import { describe, expect, it } from 'vitest'
import { CAUSE_CONTENT, STRUCTURE_CONTENT_LIST } from '../../../src/domain/content'
import {
  GLOSSARY,
  findGlossaryEntry,
  findGlossaryTerms,
  glossaryMatches,
  segmentGlossaryText,
} from '../../../src/domain/glossary'
import { emptyStrings, placeholderStrings, stringsIn } from './content-helpers'

describe('glossary', () => {
  it('has unique ids, and a one-sentence definition for every term', () => {
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length)
    expect(emptyStrings(GLOSSARY)).toEqual([])
    expect(placeholderStrings(GLOSSARY)).toEqual([])
    for (const g of GLOSSARY) expect(g.definition, g.id).toMatch(/^[A-Z][^]*\.$/)
  })

  it('has no term or alias claimed by two entries', () => {
    const forms = GLOSSARY.flatMap((g) => [g.term, ...g.aliases].map((f) => f.toLowerCase()))
    expect(forms.filter((f, i) => forms.indexOf(f) !== i)).toEqual([])
  })

  it('includes the core terms', () => {
    for (const id of [
      'radicular-pain',
      'referred-pain',
      'dermatome',
      'annulus-fibrosus',
      'nucleus-pulposus',
      'facet-joint',
      'dorsal-root-ganglion',
      'sinuvertebral-nerve',
      'medial-branch',
      'ligamentum-flavum',
      'spondylolisthesis',
      'stenosis',
      'trigger-point',
      'cauda-equina',
      'lordosis',
    ]) {
      expect(findGlossaryEntry(id), id).toBeDefined()
    }
  })

  it('finds the terms in a sample text, in order, once each, ignoring case', () => {
    const text =
      'A herniation at L4–L5 irritates the dorsal root ganglion and causes Radicular pain in the L5 dermatome; the dermatome is drawn as a band.'
    expect(findGlossaryTerms(text).map((g) => g.id)).toEqual([
      'herniation',
      'dorsal-root-ganglion',
      'radicular-pain',
      'dermatome',
    ])
  })

  it('prefers the longest term and only matches whole words', () => {
    expect(findGlossaryTerms('Signs of cauda equina syndrome').map((g) => g.id)).toEqual(['cauda-equina-syndrome'])
    expect(findGlossaryTerms('the cauda equina hangs down').map((g) => g.id)).toEqual(['cauda-equina'])
    expect(findGlossaryTerms('laminate flooring and stenosisless words')).toEqual([])
    expect(findGlossaryTerms('')).toEqual([])
  })

  it('reports where each match is', () => {
    const [m] = glossaryMatches('Mild stenosis.')
    expect(m?.entry.id).toBe('stenosis')
    expect(m?.start).toBe(5)
    expect(m?.end).toBe(13)
  })

  it('splits a text into segments that rejoin to the original, marking each term once', () => {
    const text = 'Facet joints wear. Facet joints can hurt, and so can the annulus fibrosus.'
    const segments = segmentGlossaryText(text)
    expect(segments.map((s) => s.text).join('')).toBe(text)
    const marked = segments.filter((s) => 'entry' in s)
    expect(marked.map((s) => s.text)).toEqual(['Facet joints', 'annulus fibrosus'])
  })

  it('finds in every panel text what a whole-word, longest-first regular expression finds', () => {
    // The plain definition of a match, as one alternation of every form (slow, but plainly right).
    const forms = GLOSSARY.flatMap((g) => [g.term, ...g.aliases].map((f) => f.toLowerCase()))
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    const texts = [...stringsIn(STRUCTURE_CONTENT_LIST), ...stringsIn(CAUSE_CONTENT)].map((s) => s.text)
    let found = 0
    for (const text of [...texts, 'Hip ASIS; l5 disc-wall TrPs (trigger points), spondyloarthritis.']) {
      const expected = [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`)
      expect(
        glossaryMatches(text).map((m) => `${m.start}:${m.text}`),
        text
      ).toEqual(expected)
      found += expected.length
    }
    expect(found).toBeGreaterThan(100)
  })

  it('defines terms that actually appear in the content', () => {
    const allText = [...stringsIn(STRUCTURE_CONTENT_LIST), ...stringsIn(CAUSE_CONTENT)].map((s) => s.text).join('\n')
    const found = new Set(findGlossaryTerms(allText).map((g) => g.id))
    const unused = GLOSSARY.filter((g) => !found.has(g.id)).map((g) => g.id)
    expect(unused).toEqual([])
  })
})
