import { KIND_NAMES, STRUCTURES, type Structure } from './structures'

/** One search hit. */
export interface SearchResult {
  id: string
  /** What to show for the hit. */
  label: string
  /** Why it matched when not by name (e.g. the synonym "tailbone"). */
  matchedBy?: string
  score: number
}

export interface SearchEntry {
  id: string
  label: string
  /** Names that count as the item's own name. */
  names: readonly string[]
  /** Other words people use for it. */
  synonyms: readonly string[]
}

/** Lowercase, strip accents, unify dashes and drop punctuation, so "L4–L5" matches "l4-l5". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^a-z0-9\- ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function words(text: string): string[] {
  return normalise(text)
    .split(/[\s-]+/)
    .filter(Boolean)
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const prev2: number[] = new Array<number>(b.length + 1).fill(0)
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (prev2[j - 2] ?? 0) + 1)
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > max) return max + 1
    prev2.splice(0, prev2.length, ...prev)
    prev = row
  }
  return prev[b.length] ?? max + 1
}

/** How well one query token matches one candidate phrase (0 = not at all). */
function tokenScore(token: string, phrase: string): number {
  const normalised = normalise(phrase)
  if (normalised === token) return 100
  if (normalised.startsWith(token)) return 80
  const phraseWords = words(phrase)
  if (phraseWords.some((w) => w === token)) return 70
  if (phraseWords.some((w) => w.startsWith(token))) return 60
  if (token.length >= 3 && normalised.includes(token)) return 35
  if (token.length >= 4) {
    const allowed = token.length >= 7 ? 2 : 1
    if (phraseWords.some((w) => editDistance(token, w.slice(0, token.length + 1), allowed) <= allowed)) return 25
  }
  return 0
}

function phraseScore(query: string, tokens: readonly string[], phrase: string): number {
  const whole = normalise(phrase)
  if (whole === query) return 120
  if (whole.startsWith(query)) return 95
  let total = 0
  for (const token of tokens) {
    const score = tokenScore(token, phrase)
    if (score === 0) return 0
    total += score
  }
  return total / tokens.length
}

/**
 * Ranks entries for a query: exact and prefix matches of the name first, then synonyms
 * ("tailbone" → coccyx), then word prefixes and small typos ("piriformos"). Every query word
 * must match. Pure; fast enough to run on each keystroke for a few hundred entries.
 */
export function searchEntries(entries: readonly SearchEntry[], query: string, limit = 12): SearchResult[] {
  const q = normalise(query)
  if (!q) return []
  const tokens = words(query)
  const results: SearchResult[] = []
  for (const entry of entries) {
    let best = 0
    let matchedBy: string | undefined
    for (const name of entry.names) best = Math.max(best, phraseScore(q, tokens, name))
    for (const synonym of entry.synonyms) {
      // A synonym counts a little less than the name itself.
      const score = phraseScore(q, tokens, synonym) * 0.9
      if (score > best) {
        best = score
        matchedBy = synonym
      }
    }
    if (best > 0) results.push({ id: entry.id, label: entry.label, score: best, ...(matchedBy ? { matchedBy } : {}) })
  }
  results.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
  return results.slice(0, limit)
}

/** The search entries for structures: name, id, kind and synonyms. */
export function structureSearchEntries(structures: readonly Structure[] = STRUCTURES): SearchEntry[] {
  return structures.map((s) => ({
    id: s.id,
    label: s.name,
    names: [s.name, s.id, s.id.replace(/-(left|right)$/, '')],
    synonyms: [...(s.synonyms ?? []), KIND_NAMES[s.kind]],
  }))
}
