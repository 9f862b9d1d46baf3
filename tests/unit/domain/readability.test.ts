import { describe, expect, it } from 'vitest'
import { allPanelTexts } from '../../../src/domain/content'
import {
  countSyllables,
  readingGrade,
  readingStats,
  sentencesOf,
  withoutBrackets,
  wordsOf,
} from '../../../src/domain/readability'

/** The reading grade the app promises for lay text (US grade 8: about age 13 to 14). */
const MAX_GRADE = 8
/** The issue asks for sentences under about 25 words; none may be longer. */
const MAX_SENTENCE_WORDS = 25

describe('readability measure', () => {
  it('counts syllables the usual way', () => {
    expect(countSyllables('back')).toBe(1)
    expect(countSyllables('muscle')).toBe(2)
    expect(countSyllables('inflammation')).toBe(4)
    expect(countSyllables('walked')).toBe(1)
    expect(countSyllables('people')).toBe(2)
    expect(countSyllables('42')).toBe(2)
  })

  it('leaves bracketed precise terms out of the count', () => {
    expect(withoutBrackets('the disc wall (annulus fibrosus) can tear.')).toBe('the disc wall can tear.')
    const plain = readingGrade(['The wall can tear.'])
    expect(readingGrade(['The wall (annulus fibrosus, an intervertebral structure) can tear.'])).toBeCloseTo(plain)
  })

  it('splits sentences at full stops but not at decimals or "e.g."', () => {
    expect(sentencesOf('It is 2.2 cm long, e.g. here. Then it ends.')).toHaveLength(2)
    expect(wordsOf('L4–L5 is the level.')).toEqual(['L4–L5', 'is', 'the', 'level'])
  })

  it('rates long, polysyllabic text above short, plain text', () => {
    const hard = readingGrade([
      'Degenerative intervertebral discopathy, characterised by annular fissuring and desiccation, correlates inconsistently with symptomatology.',
    ])
    const easy = readingGrade(['The disc dries out with age. This is normal. It often does not hurt.'])
    expect(hard).toBeGreaterThan(12)
    expect(easy).toBeLessThan(6)
  })
})

describe('plain language in every panel', () => {
  const panels = allPanelTexts()

  it('measures every panel of the app', () => {
    const kinds = new Set(panels.map((p) => p.id.split(':')[0]))
    expect(kinds).toEqual(new Set(['structure', 'cause', 'mimic', 'guidance', 'red-flags']))
    expect(panels.length).toBeGreaterThan(90)
  })

  it(`keeps every panel at reading grade ${MAX_GRADE} or below (Flesch–Kincaid, brackets left out)`, () => {
    const over = panels
      .map((p) => ({ id: p.id, grade: Math.round(readingStats(p.texts).grade * 10) / 10 }))
      .filter((p) => p.grade > MAX_GRADE)
    expect(over).toEqual([])
  })

  it(`keeps every sentence to ${MAX_SENTENCE_WORDS} words or fewer`, () => {
    const long = panels.flatMap((p) =>
      p.texts
        .flatMap(sentencesOf)
        .filter((s) => wordsOf(s).length > MAX_SENTENCE_WORDS)
        .map((s) => `${p.id}: ${s}`)
    )
    expect(long).toEqual([])
  })

  it('writes no odds ratios or "times as common" figures in lay text', () => {
    const ratios = panels.flatMap((p) =>
      p.texts
        .filter((t) => /\bodds\b|\btimes (as|more|higher)\b|\bOR\s*[=≈]|doubled the odds/i.test(t))
        .map((t) => `${p.id}: ${t.slice(0, 80)}`)
    )
    expect(ratios).toEqual([])
  })
})
