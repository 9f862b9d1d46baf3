/**
 * "Where does it hurt?": from the places a person feels pain to the structures and causes whose
 * pain can be felt there. A pure function over the domain data: each structure's `feltAt` zones,
 * its trigger-point referral zones and its dermatome, and each cause's `feltAt`. The scene colours
 * the results with {@link highlightRolesForLookup}; the panel lists them.
 *
 * This is an educational map, not a diagnosis: the same place can hurt for many reasons. Results
 * are ordered by how common each explanation is in people with pain there (see `commonness.ts`),
 * never by how strong its evidence is: a rare, well-proven condition must not outrank the common,
 * harmless kind of back pain. Problems outside the spine that are often taken for back pain (the
 * hip, the outer hip tendons, the kidney, the knee and the foot) are listed too.
 */

import {
  BODY_AREA_GROUPS,
  BODY_AREAS,
  DERMATOMES,
  bodyAreasInGroup,
  isBodyArea,
  type BodyArea,
  type BodyAreaGroup,
  type BodyAreaGroupInfo,
  type BodyAreaInfo,
} from './body-areas'
import { CAUSES, findCause, type Cause } from './causes'
import { NERVE_PAIN_COMMONNESS, PAIN_SOURCE_CONVENTION, STRUCTURE_COMMONNESS, type Commonness } from './commonness'
import { STRUCTURE_CONTENT_LIST, findStructureContent } from './content'
import type { PainKind, StructureContent } from './content/types'
import type { EvidenceLevel } from './evidence'
import { MIMICS, type Mimic } from './mimics'
import type { RoleId } from './roles'
import { expandToStructureIds, findStructure, refName, type StructureKind } from './structures'

/** One structure or cause whose pain can be felt in some of the chosen areas. */
export interface PainLookupItem {
  /** `mimic`: a problem outside the spine often taken for back pain (see `mimics.ts`). */
  readonly kind: 'structure' | 'cause' | 'mimic'
  /** The structure content id (shared by both sides, e.g. `s1-root`), the cause id or the mimic id. */
  readonly ref: string
  /** The concrete structure ids to highlight; for a cause, every structure it involves. */
  readonly structureIds: readonly string[]
  /** Display name, e.g. "S1 nerve root" or "Sciatica (radiculopathy)". */
  readonly name: string
  /** The group it is listed under: how its pain reaches most of the chosen areas. */
  readonly painKind: PainKind
  /** One plain sentence on why it can be felt there. */
  readonly reason: string
  /** For a structure: how sure we are it can hurt. For a cause or mimic: that it is real and can hurt. */
  readonly evidence: EvidenceLevel
  /** For a cause or mimic: how well it explains back pain in general. */
  readonly explains?: EvidenceLevel
  /** How common it is, the first key of the order after the number of places it fits. */
  readonly commonness: Commonness
  /** For a mimic that can need quick care (the kidney): when, in one sentence. */
  readonly urgentWhen?: string
  /** For a mimic the model cannot show (below the thigh). */
  readonly textOnly?: boolean
  /** The chosen areas its pain can reach, in the order they were chosen. */
  readonly matchedAreas: readonly BodyArea[]
  /** Higher is a better fit. See {@link lookupPain} for how it is made. */
  readonly score: number
  /** True when it was matched through a trigger point's referral zone (muscles only). */
  readonly viaTriggerPoint: boolean
}

export interface PainLookupResult {
  /** The chosen areas, de-duplicated, in the order given. */
  readonly areas: readonly BodyArea[]
  /** Best first, across all groups. */
  readonly ranked: readonly PainLookupItem[]
  /** Felt right at the structure. Best first. */
  readonly local: readonly PainLookupItem[]
  /** Felt away from the source, as a deep ache that follows no nerve strip. Best first. */
  readonly referred: readonly PainLookupItem[]
  /** Nerve pain along a root's strip of skin or a nerve's course. Best first. */
  readonly radicular: readonly PainLookupItem[]
  /** Problems outside the spine often taken for back pain. Best first. */
  readonly mimics: readonly PainLookupItem[]
  /** True when an area was chosen where new symptoms can be an emergency (the saddle area). */
  readonly urgent: boolean
}

/** The groups in the order the reference sheet explains them. */
export const PAIN_KINDS: readonly PainKind[] = ['local', 'referred', 'radicular']

/** Areas where new numbness or pain is a warning sign of cauda equina syndrome. */
export const URGENT_AREAS: readonly BodyArea[] = ['perineum-saddle']

/** One heading of the region picker with its areas, in list order. */
export interface PainRegionGroup {
  readonly group: BodyAreaGroupInfo
  readonly choices: readonly BodyAreaInfo[]
}

/**
 * The region picker's list: every body area the model can paint, grouped from the low back down
 * to the foot. It offers the same places as clicking on the body, so keyboard and screen-reader
 * users can ask the same questions.
 */
export const PAIN_REGION_CHOICES: readonly PainRegionGroup[] = BODY_AREA_GROUPS.map((group) => ({
  group,
  choices: bodyAreasInGroup(group.id),
})).filter((g) => g.choices.length > 0)

const EMPTY_RESULT: PainLookupResult = {
  areas: [],
  ranked: [],
  local: [],
  referred: [],
  radicular: [],
  mimics: [],
  urgent: false,
}

/**
 * Weights of the score. Each matched area counts 1, so an item that explains more of the chosen
 * areas always ranks above one that explains fewer; the rest only orders items that explain the
 * same number, and sums to less than 1. How common it is outweighs the other two together, so
 * among items that fit equally the commoner comes first.
 */
const SCORE_WEIGHTS = {
  /** How common it is (`Commonness.share`), 0–1. */
  commonness: 0.6,
  /** A structure whose own pain (or, for nerve pain, the nerve itself) is felt there, 0–1. */
  direct: 0.1,
  /** The share of the item's whole zone that was chosen, 0–1: a tight fit beats a vague one. */
  specificity: 0.1,
} as const

/** Areas at or below the knee: nerve-root pain often reaches them, referred pain usually stops above. */
const BELOW_KNEE_GROUPS: ReadonlySet<BodyAreaGroup> = new Set(['knee-leg', 'foot'])

/** Areas above the knee along a leg nerve's course, which root pain shares with the nerve. */
const NERVE_COURSE_GROUPS: ReadonlySet<BodyAreaGroup> = new Set(['buttock-hip', 'thigh'])

const NERVE_KINDS: ReadonlySet<StructureKind> = new Set(['nerve-root', 'peripheral-nerve', 'cauda-equina'])

/** Cause roles whose structure's own (local) pain is part of the cause's pain. */
const SOURCE_ROLES: ReadonlySet<RoleId> = new Set([
  'pain-source',
  'possible-source',
  'degenerated',
  'unstable',
  'overloaded',
  'trigger-point',
])

/** Cause roles that put a structure on the path of nerve pain. */
const NERVE_ROLES: ReadonlySet<RoleId> = new Set(['compressed-nerve', 'pain-pathway'])

/** Where one candidate's pain can be felt, by kind. */
interface Zones {
  readonly local: ReadonlySet<BodyArea>
  readonly referred: ReadonlySet<BodyArea>
  readonly radicular: ReadonlySet<BodyArea>
  /** Referred areas that come from a trigger point's map. */
  readonly triggerPoint: ReadonlySet<BodyArea>
}

type Reason = (kind: PainKind, areas: readonly BodyArea[], viaTriggerPoint: boolean, also: boolean) => string

interface Candidate {
  readonly kind: 'structure' | 'cause' | 'mimic'
  readonly ref: string
  readonly name: string
  readonly structureIds: readonly string[]
  /** For structures: whether it is a nerve, whose own pain is nerve pain. */
  readonly isNerve: boolean
  readonly zones: Zones
  readonly allAreas: ReadonlySet<BodyArea>
  readonly evidence: EvidenceLevel
  readonly explains?: EvidenceLevel
  /** How common its own pain is (local and referred matches). */
  readonly commonness: Commonness
  /** How common it is as nerve pain, for structures that press on or carry an irritated nerve. */
  readonly nerveCommonness?: Commonness
  readonly urgentWhen?: string
  readonly textOnly?: boolean
  /** Where a source names it the commonest cause of pain in that place, and the commonness there. */
  readonly commonestAt?: { readonly areas: ReadonlySet<BodyArea>; readonly commonness: Commonness }
  readonly reason: Reason
}

function structureKindOf(contentId: string): StructureKind | undefined {
  const [first] = expandToStructureIds(contentId)
  return first ? findStructure(first)?.kind : undefined
}

/**
 * The leg nerves a root feeds: peripheral nerves that the root's entry and the nerve's entry
 * name as related to each other (e.g. `s1-root` and `sciatic-nerve`).
 */
function nervesFedBy(root: StructureContent): StructureContent[] {
  return root.related
    .map((ref) => findStructureContent(ref))
    .filter(
      (nerve): nerve is StructureContent =>
        nerve !== undefined && structureKindOf(nerve.id) === 'peripheral-nerve' && nerve.related.includes(root.id)
    )
}

/**
 * The areas of one structure entry, by kind: its `feltAt` zones, its trigger-point maps (as
 * referred pain) and, for a nerve root, its dermatome plus the part of each leg nerve's course
 * above the knee that the root feeds (root pain runs through the buttock and thigh along the
 * nerve before it reaches the root's own strip of skin).
 */
function structureZones(content: StructureContent): Zones {
  const local = new Set<BodyArea>()
  const referred = new Set<BodyArea>()
  const radicular = new Set<BodyArea>()
  const triggerPoint = new Set<BodyArea>()
  const byKind: Record<PainKind, Set<BodyArea>> = { local, referred, radicular }
  for (const felt of content.feltAt) for (const area of felt.areas) byKind[felt.kind].add(area)
  for (const tp of content.triggerPoints ?? []) {
    for (const area of tp.referral) {
      triggerPoint.add(area)
      if (!local.has(area)) referred.add(area)
    }
  }
  if (structureKindOf(content.id) === 'nerve-root') {
    for (const dermatome of DERMATOMES) {
      if (dermatome.contentId === content.id || dermatome.root === content.dermatome) {
        for (const area of dermatome.areas) radicular.add(area)
      }
    }
    for (const nerve of nervesFedBy(content)) {
      for (const felt of nerve.feltAt) {
        if (felt.kind !== 'radicular') continue
        for (const area of felt.areas) if (NERVE_COURSE_GROUPS.has(BODY_AREAS[area].group)) radicular.add(area)
      }
    }
  }
  return { local, referred, radicular, triggerPoint }
}

function union(zones: Zones): Set<BodyArea> {
  return new Set([...zones.local, ...zones.referred, ...zones.radicular])
}

/** "the back of the thigh, the calf and the sole of the foot" */
function areaList(areas: readonly BodyArea[]): string {
  const names = areas.map((a) => `the ${lowerFirst(BODY_AREAS[a].name)}`)
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
}

/** Lower-cases a leading capital unless it starts an abbreviation ("L5 nerve root", "SI joint"). */
function lowerFirst(text: string): string {
  if (/^[A-Z][A-Z0-9]/.test(text)) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function structureReason(contentId: string, name: string): Reason {
  const structureKind = structureKindOf(contentId)
  const the = `the ${lowerFirst(name)}`
  return (kind, areas, viaTriggerPoint, also) => {
    const where = areaList(areas)
    if (also) {
      if (kind === 'local') return `It can also hurt right where it lies, in ${where}.`
      if (kind === 'referred') return `It can also ache in ${where}.`
      if (structureKind && NERVE_KINDS.has(structureKind)) return `It can also cause nerve pain in ${where}.`
      return `If it presses on a nerve, the pain can also reach ${where}.`
    }
    if (kind === 'local') return `Pain from ${the} is felt right where it lies, in ${where}.`
    if (kind === 'referred') {
      if (viaTriggerPoint) return `Trigger points in ${the} are said to send pain to ${where}.`
      return `Pain from ${the} can be felt away from it, as a deep ache in ${where}.`
    }
    if (structureKind === 'nerve-root') return `An irritated ${lowerFirst(name)} can send nerve pain to ${where}.`
    if (structureKind === 'cauda-equina') {
      return `When the whole bundle of roots is squeezed, nerve pain can reach ${where}.`
    }
    if (structureKind === 'peripheral-nerve') {
      return `Pain from an irritated ${lowerFirst(name)} is felt along its course, in ${where}.`
    }
    return `When ${the} presses on a nerve, the nerve pain can be felt in ${where}.`
  }
}

/** Cause roles in which a structure is where nerve pain starts: what presses, or the squeezed nerve. */
const NERVE_PAIN_ROLES: ReadonlySet<RoleId> = new Set(['compressing', 'compressed-nerve'])

let nerveCommonnessCache: ReadonlyMap<string, Commonness> | undefined

/**
 * For each structure content id, the commonness of the commonest cause in which it presses on a
 * nerve or is the squeezed nerve: the L5–S1 disc and the S1 root are as common as sciatica when
 * nerve pain is what matched. A leg nerve that only carries the pain (`pain-pathway`) gets none.
 */
function nerveCommonness(): ReadonlyMap<string, Commonness> {
  if (nerveCommonnessCache) return nerveCommonnessCache
  const map = new Map<string, Commonness>()
  for (const cause of CAUSES) {
    for (const { ref, role } of cause.involved) {
      if (!NERVE_PAIN_ROLES.has(role)) continue
      for (const id of expandToStructureIds(ref)) {
        const contentId = findStructure(id)?.contentId ?? id
        const current = map.get(contentId)
        if (!current || current.share < cause.commonness.share) map.set(contentId, cause.commonness)
      }
    }
  }
  nerveCommonnessCache = map
  return map
}

/** Content ids of the structures that a mimic lists: the mimic stands for them in the results. */
const MIMIC_CONTENT_IDS: ReadonlySet<string> = new Set(
  MIMICS.flatMap((m) => m.structureIds.map((id) => findStructure(id)?.contentId ?? id))
)

function structureCandidate(content: StructureContent): Candidate | undefined {
  if (content.painSource === 'context') return undefined
  // The hip joint, the gluteal tendons and the kidney are listed once, as the problem outside the spine.
  if (MIMIC_CONTENT_IDS.has(content.id)) return undefined
  const zones = structureZones(content)
  const allAreas = union(zones)
  if (allAreas.size === 0) return undefined
  const name = refName(content.id)
  const structureKind = structureKindOf(content.id)
  return {
    kind: 'structure',
    ref: content.id,
    name,
    structureIds: expandToStructureIds(content.id),
    isNerve: structureKind !== undefined && NERVE_KINDS.has(structureKind),
    zones,
    allAreas,
    evidence: content.evidence.level,
    commonness:
      STRUCTURE_COMMONNESS[content.id] ??
      NERVE_PAIN_COMMONNESS[content.id] ??
      PAIN_SOURCE_CONVENTION[content.painSource],
    nerveCommonness: NERVE_PAIN_COMMONNESS[content.id] ?? nerveCommonness().get(content.id),
    reason: structureReason(content.id, name),
  }
}

/**
 * A cause's areas carry no kind, so each is sorted by the structures the cause involves: an area
 * where a structure that hurts in this cause (a pain source, a worn or overloaded part, a
 * trigger-point muscle) is felt locally is local; one on the path of a squeezed or irritated nerve
 * is radicular; the rest is referred. Nerve causes (sciatica) are radicular throughout.
 */
function causeZones(cause: Cause): Zones {
  const local = new Set<BodyArea>()
  const referred = new Set<BodyArea>()
  const radicular = new Set<BodyArea>()
  const ownLocal = new Set<BodyArea>()
  const nervePath = new Set<BodyArea>()
  for (const { ref, role } of cause.involved) {
    const contentIds = new Set(expandToStructureIds(ref).map((id) => findStructure(id)?.contentId ?? id))
    for (const contentId of contentIds) {
      const content = findStructureContent(contentId)
      if (!content) continue
      const zones = structureZones(content)
      if (NERVE_ROLES.has(role)) zones.radicular.forEach((a) => nervePath.add(a))
      else if (SOURCE_ROLES.has(role)) zones.local.forEach((a) => ownLocal.add(a))
    }
  }
  for (const area of cause.feltAt) {
    if (cause.group === 'nerve') radicular.add(area)
    else if (ownLocal.has(area)) local.add(area)
    else if (nervePath.has(area)) radicular.add(area)
    else referred.add(area)
  }
  return { local, referred, radicular, triggerPoint: new Set() }
}

function causeReason(cause: Cause): Reason {
  const name = lowerFirst(cause.name)
  // "Non-specific low back pain is …", not "Pain from non-specific low back pain is …".
  const subject = /pain$/i.test(cause.name) ? cause.name : `Pain from ${name}`
  return (kind, areas, _viaTriggerPoint, also) => {
    const where = areaList(areas)
    if (also) return kind === 'radicular' ? `Nerve pain can also reach ${where}.` : `It can also be felt in ${where}.`
    if (kind === 'radicular') return `With ${name}, nerve pain can run down to ${where}.`
    if (kind === 'local') return `${subject} is typically felt in ${where}.`
    return `${subject} can spread to ${where}.`
  }
}

function causeCandidate(cause: Cause): Candidate {
  const zones = causeZones(cause)
  return {
    kind: 'cause',
    ref: cause.id,
    name: cause.name,
    structureIds: [...new Set(cause.involved.flatMap((i) => expandToStructureIds(i.ref)))],
    isNerve: false,
    zones,
    allAreas: union(zones),
    evidence: cause.evidence.exists,
    explains: cause.evidence.explains,
    commonness: cause.commonness,
    reason: causeReason(cause),
  }
}

function mimicReason(mimic: Mimic): Reason {
  return (_kind, areas, _viaTriggerPoint, also) => {
    const where = areaList(areas)
    if (also) return `It can also be felt in ${where}.`
    return `${mimic.summary} It can be felt in ${where}.`
  }
}

/** A mimic's pain is its own (local) pain wherever it is felt; it is listed apart from the spine. */
function mimicCandidate(mimic: Mimic): Candidate {
  const local = new Set<BodyArea>(mimic.feltAt)
  return {
    kind: 'mimic',
    ref: mimic.id,
    name: mimic.name,
    structureIds: mimic.structureIds,
    isNerve: false,
    zones: { local, referred: new Set(), radicular: new Set(), triggerPoint: new Set() },
    allAreas: local,
    evidence: mimic.evidence.exists,
    explains: mimic.evidence.explains,
    commonness: mimic.commonness,
    urgentWhen: mimic.urgentWhen,
    textOnly: mimic.textOnly,
    ...(mimic.commonestAt
      ? { commonestAt: { areas: new Set(mimic.commonestAt.areas), commonness: mimic.commonestAt.commonness } }
      : {}),
    reason: mimicReason(mimic),
  }
}

let candidatesCache: readonly Candidate[] | undefined

/** Every structure entry and cause that has somewhere to be felt; built once, on first use. */
function candidates(): readonly Candidate[] {
  candidatesCache ??= [
    ...STRUCTURE_CONTENT_LIST.map(structureCandidate).filter((c): c is Candidate => c !== undefined),
    ...CAUSES.map(causeCandidate),
    ...MIMICS.map(mimicCandidate),
  ]
  return candidatesCache
}

/**
 * The kind that explains most of the matched areas. On a tie, nerve pain wins if it is what
 * reaches an area below the knee; otherwise the plainer explanation wins: local, then referred.
 */
function primaryKind(candidate: Candidate, matched: readonly BodyArea[]): PainKind {
  const counts = PAIN_KINDS.map((kind) => matched.filter((a) => candidate.zones[kind].has(a)).length)
  const best = Math.max(...counts)
  const tied = PAIN_KINDS.filter((_, i) => counts[i] === best)
  const radicularBelowKnee = matched.some(
    (a) => candidate.zones.radicular.has(a) && BELOW_KNEE_GROUPS.has(BODY_AREAS[a].group)
  )
  if (tied.includes('radicular') && radicularBelowKnee) return 'radicular'
  return tied[0] ?? 'local'
}

function match(candidate: Candidate, areas: readonly BodyArea[]): PainLookupItem | undefined {
  const matchedAreas = areas.filter((a) => candidate.allAreas.has(a))
  if (matchedAreas.length === 0) return undefined
  const painKind = primaryKind(candidate, matchedAreas)
  const kindAreas = matchedAreas.filter((a) => candidate.zones[painKind].has(a))
  const viaTriggerPoint = painKind === 'referred' && kindAreas.some((a) => candidate.zones.triggerPoint.has(a))
  const sentences = [candidate.reason(painKind, kindAreas, viaTriggerPoint, false)]
  let rest = matchedAreas.filter((a) => !kindAreas.includes(a))
  for (const kind of PAIN_KINDS) {
    const more = rest.filter((a) => candidate.zones[kind].has(a))
    if (more.length === 0) continue
    sentences.push(candidate.reason(kind, more, false, true))
    rest = rest.filter((a) => !more.includes(a))
  }
  const direct = candidate.kind === 'structure' && (painKind !== 'radicular' || candidate.isNerve) ? 1 : 0.5
  const specificity = matchedAreas.length / candidate.allAreas.size
  const commonness =
    candidate.commonestAt && matchedAreas.every((a) => candidate.commonestAt?.areas.has(a))
      ? candidate.commonestAt.commonness
      : painKind === 'radicular' && candidate.nerveCommonness
        ? candidate.nerveCommonness
        : candidate.commonness
  const score =
    matchedAreas.length +
    SCORE_WEIGHTS.commonness * commonness.share +
    SCORE_WEIGHTS.direct * direct +
    SCORE_WEIGHTS.specificity * specificity
  return {
    kind: candidate.kind,
    ref: candidate.ref,
    structureIds: candidate.structureIds,
    name: candidate.name,
    painKind,
    reason: sentences.join(' '),
    evidence: candidate.evidence,
    ...(candidate.explains ? { explains: candidate.explains } : {}),
    commonness,
    ...(candidate.urgentWhen ? { urgentWhen: candidate.urgentWhen } : {}),
    ...(candidate.textOnly ? { textOnly: true } : {}),
    matchedAreas,
    score,
    viaTriggerPoint,
  }
}

const KIND_ORDER: Readonly<Record<PainLookupItem['kind'], number>> = { structure: 0, cause: 1, mimic: 2 }

function byScore(a: PainLookupItem, b: PainLookupItem): number {
  // On a tie, structures before causes (the list is about what can hurt), then by name, so the order is stable.
  return b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name)
}

/**
 * The structures and causes whose pain can be felt in the given areas, grouped as local, referred
 * and radicular, best first.
 *
 * Each item is listed once, in the group that explains most of its matched areas (problems outside
 * the spine in a group of their own). Its score is the number of chosen areas it explains, plus
 * less than 1 in all for: how common it is (mostly), being the structure that hurts there (not a
 * cause, nor something pressing on a nerve), and how tightly its zone fits the choice. So choosing
 * several areas narrows the list, and among what fits equally the commonest comes first.
 *
 * ```ts
 * lookupPain(['posterior-thigh', 'sole']).ranked[0]?.ref // 's1-root'
 * ```
 */
export function lookupPain(areas: readonly BodyArea[]): PainLookupResult {
  const chosen = [...new Set(areas.filter(isBodyArea))]
  if (chosen.length === 0) return EMPTY_RESULT
  const ranked = candidates()
    .map((c) => match(c, chosen))
    .filter((item): item is PainLookupItem => item !== undefined)
    .sort(byScore)
  const spinal = ranked.filter((i) => i.kind !== 'mimic')
  return {
    areas: chosen,
    ranked,
    local: spinal.filter((i) => i.painKind === 'local'),
    referred: spinal.filter((i) => i.painKind === 'referred'),
    radicular: spinal.filter((i) => i.painKind === 'radicular'),
    mimics: ranked.filter((i) => i.kind === 'mimic'),
    urgent: chosen.some((a) => URGENT_AREAS.includes(a)),
  }
}

/**
 * The roles {@link highlightRolesForLookup} gives: a neutral "can be felt here" for every result,
 * and "part of the picture" for what a listed cause involves. A lookup result is a place the pain
 * can come from, not a finding, so it is never coloured as an irritated or inflamed source.
 */
export type PainLookupRole = Extract<RoleId, 'felt-here' | 'involved'>

/**
 * How the scene should colour a lookup's results: structure id → role. Every structure (or mimic
 * structure) in the results is `felt-here`; the structures a listed cause involves, where no
 * result has set a role, are `involved`. Empty for an empty result.
 */
export function highlightRolesForLookup(result: PainLookupResult): Map<string, PainLookupRole> {
  const roles = new Map<string, PainLookupRole>()
  for (const item of result.ranked) {
    if (item.kind !== 'cause') for (const id of item.structureIds) roles.set(id, 'felt-here')
  }
  for (const item of result.ranked) {
    if (item.kind !== 'cause') continue
    for (const { ref } of findCause(item.ref)?.involved ?? []) {
      for (const id of expandToStructureIds(ref)) if (!roles.has(id)) roles.set(id, 'involved')
    }
  }
  return roles
}
