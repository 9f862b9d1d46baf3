/**
 * Shapes of the explanation content: one entry per structure content id and one per cause.
 * Plain data, written once per pair of structures (both sides share an entry).
 */

import type { BodyArea } from '../body-areas'
import type { CauseId } from '../causes'
import type { EvidenceLevel } from '../evidence'
import type { RootLevel } from '../structures'

/**
 * How often a structure is a source of back or leg pain: `common` (a recognised, frequent
 * source), `possible` (can hurt, but less often or less certainly), `rare` (seldom hurts itself)
 * or `context` (shown so the back makes sense, not as a pain source).
 */
export type PainSourceLikelihood = 'common' | 'possible' | 'rare' | 'context'

export const PAIN_SOURCE_NAMES: Record<PainSourceLikelihood, string> = {
  common: 'A common source of pain',
  possible: 'A possible source of pain',
  rare: 'Rarely a source of pain',
  context: 'Shown for context',
}

/**
 * `local`: felt at the structure. `referred`: a deep, vague ache felt away from the source,
 * through shared nerve cells in the spinal cord. `radicular`: a sharp band of pain along a
 * nerve root's strip of skin, from an irritated root or nerve.
 */
export type PainKind = 'local' | 'referred' | 'radicular'

export const PAIN_KIND_NAMES: Record<PainKind, string> = {
  local: 'Local pain',
  referred: 'Referred pain',
  radicular: 'Nerve (radicular) pain',
}

export interface FeltAt {
  readonly kind: PainKind
  readonly areas: readonly BodyArea[]
  /** Where and how it is felt, in plain words. */
  readonly description: string
}

/** A typical trigger-point site in a muscle and where its pain is said to be felt. */
export interface TriggerPoint {
  /** Where in the muscle, in plain words. */
  readonly location: string
  readonly referral: readonly BodyArea[]
  readonly note: string
}

export interface StructureEvidence {
  readonly level: EvidenceLevel
  /** What the level covers, in one or two plain sentences. */
  readonly note: string
}

export interface StructureContent {
  /** The content id (see `contentId` in `structures.ts`). */
  readonly id: string
  /** What it is and what it does: two or three sentences. */
  readonly whatItIs: string
  readonly painSource: PainSourceLikelihood
  /** Whether and how it can hurt: its nerve supply and the mechanism, in plain words. */
  readonly howItHurts: string
  /** The nerves that supply it (or, for a nerve, the roots it comes from). */
  readonly nerveSupply: string
  /** Where its pain is felt. Empty only for structures that are not pain sources. */
  readonly feltAt: readonly FeltAt[]
  /** Causes whose highlight includes this structure (derived from `CAUSES`). */
  readonly causes: readonly CauseId[]
  /** Related structures: structure ids, content ids or group ids. */
  readonly related: readonly string[]
  readonly evidence: StructureEvidence
  /** Source ids (see `sources.ts`). */
  readonly sources: readonly string[]
  /** For muscles: where it starts and ends, and what it does. */
  readonly attachments?: MuscleAttachments
  /** Typical trigger-point sites, for the muscles that have published referral maps. */
  readonly triggerPoints?: readonly TriggerPoint[]
  /** For nerve roots: the root level whose dermatome (see `DERMATOMES`) its pain follows. */
  readonly dermatome?: RootLevel
  /** For nerves: the roots whose fibres form it, cranio-caudal (e.g. femoral: L2–L4). */
  readonly roots?: readonly RootLevel[]
  /** ISO date the text was last checked against its sources; defaults to `CONTENT_REVIEWED`. */
  readonly reviewed?: string
  /** For discs: which root content id a herniation in each direction usually affects. */
  readonly herniationAffects?: Readonly<Partial<Record<HerniationDirection, string>>>
}

/**
 * Where a muscle attaches and what it does, as the panel shows it. The bones are the model's own
 * (structure ids without the side: `hip-bone`, `femur`, `l3`), so a test can check that the muscle's
 * mesh reaches each one; attachments to parts the model leaves out (the upper ribs, the shin
 * bones) are named in the text only.
 */
export interface MuscleAttachments {
  /** Where it starts, in plain words. */
  readonly origin: string
  readonly originBones: readonly string[]
  /** Where it ends, in plain words. */
  readonly insertion: string
  readonly insertionBones: readonly string[]
  /** What it does, in plain words. */
  readonly action: string
}

/**
 * `posterolateral`: out to the back and side, the usual direction; hits the traversing root.
 * `far-lateral`: out into the exit hole; hits the exiting root. `central`: straight backwards.
 */
export type HerniationDirection = 'posterolateral' | 'far-lateral' | 'central'

/**
 * A structure entry as written. `causes` is filled in from `CAUSES`, plus `alsoInvolvedIn`: causes
 * the structure can take part in although the cause's highlight leaves it out to stay focused
 * (for example the rarely herniated upper discs in disc herniation).
 */
export type StructureContentSeed = Omit<StructureContent, 'causes'> & { readonly alsoInvolvedIn?: readonly CauseId[] }

export interface EvidenceSummary {
  /** What is well supported. */
  readonly established: string
  /** What is disputed or unproven. */
  readonly contested: string
}

/**
 * What to expect and what is a warning sign, for causes whose usual symptoms look like an
 * emergency sign (spinal stenosis: both legs on walking is typical, new weakness is not).
 */
export interface SafetyNet {
  /** The usual picture, one item each. */
  readonly expected: readonly string[]
  /** What is not expected and needs help now, one item each. */
  readonly notExpected: readonly string[]
}

export interface CauseContent {
  readonly id: CauseId
  readonly whatItIs: string
  /** How it produces pain. */
  readonly howItHurts: string
  /** Who gets it and how common it is, with figures. */
  readonly whoGetsIt: string
  /** Typical symptoms, one per item. */
  readonly symptoms: readonly string[]
  /** Where the pain is typically felt, in words (the areas are on the cause). */
  readonly whereFelt: string
  readonly evidenceSummary: EvidenceSummary
  /** What guidelines say generally helps. Not personal advice. */
  readonly whatHelps: string
  readonly whenToSeeClinician: string
  /** What is expected and what is an emergency, where the usual symptoms resemble a warning sign. */
  readonly safetyNet?: SafetyNet
  /** Source ids for the entry as a whole. */
  readonly sources: readonly string[]
  /** ISO date the text was last checked against its sources; defaults to `CONTENT_REVIEWED`. */
  readonly reviewed?: string
}
