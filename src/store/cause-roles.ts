import { findCause } from '../domain/causes'
import { expandToStructureIds } from '../domain/structures'

const cache = new Map<string, ReadonlyMap<string, string>>()

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
  const roles = new Map<string, string>()
  for (const { ref, role } of cause.involved) {
    for (const id of expandToStructureIds(ref)) if (!roles.has(id)) roles.set(id, role)
  }
  cache.set(causeId, roles)
  return roles
}
