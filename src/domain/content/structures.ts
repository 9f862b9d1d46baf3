/**
 * The explanation for every structure content id: what it is, whether and how it hurts, where
 * it is felt, its causes, related structures, evidence and sources. Both sides of a pair share
 * one entry (see `contentId` in `structures.ts`).
 */

import { CAUSE_IDS, CAUSES, type CauseId } from '../causes'
import { expandToStructureIds, findStructure } from '../structures'
import { BEYOND_THE_SPINE_CONTENT } from './beyond-the-spine'
import { BONE_CONTENT } from './bones'
import { DISC_JOINT_CONTENT } from './discs-joints'
import { LIGAMENT_CONTENT } from './ligaments'
import { MUSCLE_CONTENT } from './muscles'
import { NERVE_CONTENT } from './nerves'
import type { StructureContent, StructureContentSeed } from './types'

/** Content ids of the structures each cause's highlight covers. */
function contentIdsOfCause(causeIndex: number): Set<string> {
  const cause = CAUSES[causeIndex]
  const ids = new Set<string>()
  for (const { ref } of cause?.involved ?? []) {
    for (const structureId of expandToStructureIds(ref)) {
      const structure = findStructure(structureId)
      if (structure) ids.add(structure.contentId)
    }
  }
  return ids
}

const CAUSE_CONTENT_IDS: readonly (readonly [CauseId, Set<string>])[] = CAUSES.map((c, i) => [
  c.id,
  contentIdsOfCause(i),
])

/** The causes whose highlight includes a structure with this content id, in `CAUSES` order. */
export function causesInvolvingContent(contentId: string): CauseId[] {
  return CAUSE_CONTENT_IDS.filter(([, ids]) => ids.has(contentId)).map(([id]) => id)
}

function withCauses({ alsoInvolvedIn = [], ...seed }: StructureContentSeed): StructureContent {
  const causes = new Set<CauseId>([...causesInvolvingContent(seed.id), ...alsoInvolvedIn])
  return { ...seed, causes: CAUSE_IDS.filter((id) => causes.has(id)) }
}

/** Every entry, in tree order: bones, discs and joints, nerves, muscles, ligaments and skin, then beyond the spine. */
export const STRUCTURE_CONTENT_LIST: readonly StructureContent[] = [
  ...BONE_CONTENT,
  ...DISC_JOINT_CONTENT,
  ...NERVE_CONTENT,
  ...MUSCLE_CONTENT,
  ...LIGAMENT_CONTENT,
  ...BEYOND_THE_SPINE_CONTENT,
].map(withCauses)

/** Every entry by content id. */
export const STRUCTURE_CONTENT: Readonly<Record<string, StructureContent>> = Object.fromEntries(
  STRUCTURE_CONTENT_LIST.map((c) => [c.id, c])
)

/** The entry for a content id, or undefined. */
export function findStructureContent(contentId: string): StructureContent | undefined {
  return Object.prototype.hasOwnProperty.call(STRUCTURE_CONTENT, contentId) ? STRUCTURE_CONTENT[contentId] : undefined
}

/** The entry for a structure id (e.g. `sciatic-nerve-left`), through its content id. */
export function contentForStructure(structureId: string): StructureContent | undefined {
  const structure = findStructure(structureId)
  return structure ? findStructureContent(structure.contentId) : undefined
}
