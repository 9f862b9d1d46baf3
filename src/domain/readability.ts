/**
 * A small, dependency-free Flesch–Kincaid grade measure for the lay text of each panel. The app
 * promises text a 13-year-old can read (grade 8 or below), and a unit test holds every panel to
 * it. Precise terms are kept in brackets next to the plain word ("the disc wall (annulus
 * fibrosus)"), so bracketed text is left out of the count: it is there for people who want the
 * term, not to be read as part of the sentence.
 *
 * Flesch–Kincaid grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59
 * (Kincaid JP et al., Naval Technical Training Command report 8-75, 1975).
 */

export interface ReadingStats {
  readonly sentences: number
  readonly words: number
  readonly syllables: number
  /** Flesch–Kincaid grade level. */
  readonly grade: number
  /** Words in the longest sentence. */
  readonly longestSentence: number
}

/** Words that the vowel-group rule miscounts and that occur in the content. */
const SYLLABLE_EXCEPTIONS: Readonly<Record<string, number>> = {
  area: 3,
  areas: 3,
  being: 2,
  every: 2,
  everyday: 3,
  idea: 3,
  ideas: 3,
  people: 2,
  real: 1,
  really: 2,
  science: 2,
  someone: 2,
  something: 2,
  sometimes: 2,
  various: 3,
  create: 2,
  created: 3,
  diet: 2,
  quiet: 2,
  react: 2,
  reaction: 3,
  theory: 3,
}

/**
 * Syllables in one word, by the usual vowel-group rule: count runs of vowels, drop a silent final
 * "e" (but not "-le" after a consonant), drop "-ed"/"-es" that add no syllable, at least 1. A
 * number counts as two syllables, a fair average for how figures such as "42" or "2.2" are read.
 */
export function countSyllables(word: string): number {
  if (/^[0-9]/.test(word)) return 2
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length === 0) return 0
  const exception = SYLLABLE_EXCEPTIONS[w]
  if (exception !== undefined) return exception
  if (w.length <= 3) return 1
  let stem = w
  if (/[^aeiouy]e$/.test(stem) && !/[^aeiouy]le$/.test(stem)) stem = stem.slice(0, -1)
  else if (/[^aeiouy](es|ed)$/.test(stem) && !/(ted|ded|ses|ces|zes|ges|shes|ches|xes)$/.test(stem)) {
    stem = stem.slice(0, -2)
  }
  const groups = stem.match(/[aeiouy]+/g)?.length ?? 0
  return Math.max(1, groups)
}

/** Text with every bracketed part, "(…)", removed. Nested brackets go with their outer pair. */
export function withoutBrackets(text: string): string {
  let depth = 0
  let out = ''
  for (const ch of text) {
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0) out += ch
  }
  return out.replace(/\s+([,.;:!?])/g, '$1').replace(/\s{2,}/g, ' ')
}

/** Common abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(e\.g|i\.e|et al|vol|approx|vs|cf|Dr|St)\./g

/**
 * The sentences of a text (brackets removed). A sentence ends at ".", "!" or "?" followed by a
 * space or the end; list items passed as separate texts count as sentences of their own.
 */
export function sentencesOf(text: string): string[] {
  const plain = withoutBrackets(text).replace(ABBREVIATIONS, (m) => m.replace(/\./g, ''))
  return plain
    .split(/(?<=[.!?])["”’]?\s+/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0)
}

/** The words of a sentence: runs of letters, digits, apostrophes and joining hyphens. */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/[A-Za-z0-9][A-Za-z0-9'’.,–-]*/g)?.map((w) => w.replace(/[.,]+$/, '')) ?? []
}

/** Reading statistics for a set of texts read together, such as one panel. */
export function readingStats(texts: readonly string[]): ReadingStats {
  let sentences = 0
  let words = 0
  let syllables = 0
  let longestSentence = 0
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      const ws = wordsOf(sentence)
      sentences++
      words += ws.length
      longestSentence = Math.max(longestSentence, ws.length)
      for (const w of ws) syllables += w.split(/[–-]/).reduce((n, part) => n + (part ? countSyllables(part) : 0), 0)
    }
  }
  if (sentences === 0 || words === 0) return { sentences, words, syllables, grade: 0, longestSentence }
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
  return { sentences, words, syllables, grade, longestSentence }
}

/** Flesch–Kincaid grade of texts read together. */
export function readingGrade(texts: readonly string[]): number {
  return readingStats(texts).grade
}
