import { findCause, structureRolesOf } from '../domain/causes'
import { highlightRolesForLookup, lookupPain } from '../domain/pain-lookup'
import { isBodyArea } from '../domain/body-areas'

const cache = new Map<string, ReadonlyMap<string, string>>()

/** Lookup results kept for quick re-highlighting; older ones are dropped so memory stays flat. */
const LOOKUP_CACHE_SIZE = 16

/**
 * Role per structure id for a cause (from the domain data alone, so a new cause is data only).
 * A structure named twice keeps its first, most specific role. Null when no cause is active.
 */
export function causeRolesOf(causeId: string | null): ReadonlyMap<string, string> | null {
  if (!causeId) return null
  const cached = cache.get(causeId)
  if (cached) return cached
  const cause = findCause(causeId)
  if (!cause) return null
  const roles = structureRolesOf(cause)
  cache.set(causeId, roles)
  return roles
}

export interface HighlightInput {
  causeId: string | null
  painLookupOpen: boolean
  painAreas: readonly string[]
}

/**
 * The role per structure that the model is coloured by: the active cause's, or else the
 * results of "Where does it hurt?" for the places picked. Null when nothing is highlighted.
 */
export function highlightRolesOf(input: HighlightInput): ReadonlyMap<string, string> | null {
  if (input.causeId) return causeRolesOf(input.causeId)
  if (!input.painLookupOpen || input.painAreas.length === 0) return null
  const key = input.painAreas.join(',')
  const cached = lookupCache.get(key)
  if (cached) return cached
  const roles = highlightRolesForLookup(lookupPain(input.painAreas.filter(isBodyArea)))
  lookupCache.set(key, roles)
  // A Map keeps insertion order: the first key is the oldest.
  if (lookupCache.size > LOOKUP_CACHE_SIZE) lookupCache.delete(lookupCache.keys().next().value!)
  return roles
}

const lookupCache = new Map<string, ReadonlyMap<string, string>>()
