import { describe, expect, it } from 'vitest'
import { DERMATOMES, findDermatome, isBodyArea } from '../../../src/domain/body-areas'
import { CAUSE_IDS, CAUSES } from '../../../src/domain/causes'
import {
  CAUSE_CONTENT,
  STRUCTURE_CONTENT,
  STRUCTURE_CONTENT_LIST,
  contentForStructure,
  findStructureContent,
} from '../../../src/domain/content'
import { isEvidenceLevel } from '../../../src/domain/evidence'
import { isSourceId } from '../../../src/domain/sources'
import {
  CONTENT_IDS,
  ROOT_LEVELS,
  STRUCTURES,
  expandToStructureIds,
  findStructure,
} from '../../../src/domain/structures'
import { emptyStrings, placeholderStrings } from './content-helpers'

const entries = STRUCTURE_CONTENT_LIST

function content(id: string) {
  const c = findStructureContent(id)
  if (!c) throw new Error(`no content for ${id}`)
  return c
}

describe('structure content completeness', () => {
  it('has an entry for every content id in the model', () => {
    const missing = CONTENT_IDS.filter((id) => !findStructureContent(id))
    expect(missing).toEqual([])
  })

  it('has no entry that is not a real content id', () => {
    const extra = Object.keys(STRUCTURE_CONTENT).filter((id) => !CONTENT_IDS.includes(id))
    expect(extra).toEqual([])
    expect(entries).toHaveLength(CONTENT_IDS.length)
  })

  it('keys each entry by its own id, once', () => {
    // STRUCTURE_CONTENT is built from the list by id, so a duplicate id would silently drop an entry.
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length)
    expect(Object.keys(STRUCTURE_CONTENT)).toHaveLength(entries.length)
  })

  it('resolves every structure id to its shared entry', () => {
    expect(contentForStructure('sciatic-nerve-left')).toBe(contentForStructure('sciatic-nerve-right'))
    expect(contentForStructure('l3-l4-nucleus-pulposus')?.id).toBe('nucleus-pulposus')
    expect(contentForStructure('not-a-structure')).toBeUndefined()
  })

  it('has no empty strings and no placeholder words anywhere', () => {
    expect(emptyStrings(STRUCTURE_CONTENT)).toEqual([])
    expect(placeholderStrings(STRUCTURE_CONTENT)).toEqual([])
  })

  it('keeps "what it is" short: two to six short sentences, under 90 words', () => {
    // Long sentences were split for reading level (see readability.test.ts), so count words too.
    for (const e of entries) {
      const sentences = e.whatItIs.split(/(?<=[.!?])\s+(?=[A-Z"(])/).length
      expect(sentences, e.id).toBeGreaterThanOrEqual(2)
      expect(sentences, e.id).toBeLessThanOrEqual(6)
      expect(e.whatItIs.split(/\s+/).length, e.id).toBeLessThan(90)
    }
  })

  it('gives every entry a valid evidence label with a note and at least one real source', () => {
    for (const e of entries) {
      expect(isEvidenceLevel(e.evidence.level), e.id).toBe(true)
      expect(e.sources.length, e.id).toBeGreaterThan(0)
      expect(
        e.sources.filter((s) => !isSourceId(s)),
        e.id
      ).toEqual([])
      expect(new Set(e.sources).size, `${e.id} repeats a source`).toBe(e.sources.length)
    }
  })

  it('uses only defined body areas, and says where pain is felt for every possible pain source', () => {
    for (const e of entries) {
      for (const felt of e.feltAt) {
        expect(felt.areas.length, e.id).toBeGreaterThan(0)
        expect(
          felt.areas.filter((a) => !isBodyArea(a)),
          e.id
        ).toEqual([])
      }
      for (const tp of e.triggerPoints ?? [])
        expect(
          tp.referral.filter((a) => !isBodyArea(a)),
          e.id
        ).toEqual([])
      if (e.painSource === 'common' || e.painSource === 'possible') expect(e.feltAt.length, e.id).toBeGreaterThan(0)
      if (e.painSource === 'context') expect(e.feltAt, e.id).toEqual([])
    }
  })

  it('says plainly when a structure is rarely a pain source', () => {
    for (const e of entries.filter((c) => c.painSource === 'rare' || c.painSource === 'context')) {
      expect(e.howItHurts, e.id).toMatch(
        /\b(rare|rarely|seldom|not a (common )?(source|pain source)|little (direct )?part|not a source|not as a source|not felt itself)/i
      )
    }
  })

  it('links only to related structures that exist, never to itself', () => {
    for (const e of entries) {
      expect(e.related.length, e.id).toBeGreaterThan(0)
      for (const ref of e.related) {
        expect(expandToStructureIds(ref).length, `${e.id} → ${ref}`).toBeGreaterThan(0)
        expect(ref, e.id).not.toBe(e.id)
      }
    }
  })

  it('lists exactly the causes whose highlight includes the structure', () => {
    for (const cause of CAUSES) {
      for (const { ref } of cause.involved) {
        for (const id of expandToStructureIds(ref)) {
          const contentId = findStructure(id)?.contentId ?? ''
          expect(content(contentId).causes, `${contentId} should list ${cause.id}`).toContain(cause.id)
        }
      }
    }
    for (const e of entries) for (const c of e.causes) expect(CAUSE_IDS).toContain(c)
  })

  it('gives trigger-point sites for the trigger-point muscles', () => {
    const muscles = [
      'quadratus-lumborum',
      'psoas-major',
      'iliacus',
      'gluteus-medius',
      'gluteus-minimus',
      'piriformis',
      'multifidus',
      'iliocostalis-lumborum',
      'longissimus-thoracis',
    ]
    for (const id of muscles) {
      expect(content(id).triggerPoints?.length, id).toBeGreaterThan(0)
      expect(content(id).causes, id).toContain('trigger-points')
    }
  })

  it('gives each nerve root its dermatome and radicular pain in that dermatome', () => {
    for (const level of ROOT_LEVELS) {
      const root = content(`${level}-root`)
      expect(root.dermatome).toBe(level)
      const dermatome = findDermatome(level)
      expect(dermatome, level).toBeDefined()
      const radicular = root.feltAt.filter((f) => f.kind === 'radicular').flatMap((f) => f.areas)
      for (const area of dermatome?.areas ?? []) expect(radicular, `${level} root felt at ${area}`).toContain(area)
    }
  })
})

describe('facts that must hold', () => {
  it('forms the femoral nerve from L2 to L4', () => {
    expect(content('femoral-nerve').roots).toEqual(['l2', 'l3', 'l4'])
    expect(content('femoral-nerve').whatItIs).toMatch(/L2, L3 and L4/)
  })

  it('forms the sciatic nerve from L4 to S3', () => {
    expect(content('sciatic-nerve').roots).toEqual(['l4', 'l5', 's1', 's2', 's3'])
    expect(content('sciatic-nerve').whatItIs).toMatch(/L4 to S3/)
  })

  it('has an L4–L5 posterolateral herniation affect the L5 root', () => {
    const disc = content('l4-l5-disc')
    expect(disc.herniationAffects?.posterolateral).toBe('l5-root')
    expect(disc.herniationAffects?.['far-lateral']).toBe('l4-root')
    expect(content('l5-s1-disc').herniationAffects?.posterolateral).toBe('s1-root')
    const l4l5Radicular = disc.feltAt.find((f) => f.kind === 'radicular')?.areas ?? []
    expect(l4l5Radicular).toEqual(expect.arrayContaining(['dorsum-foot', 'big-toe']))
  })

  it('puts the top of the foot and big toe in the L5 dermatome, and the sole and outer foot in S1', () => {
    expect(findDermatome('l5')?.areas).toEqual(expect.arrayContaining(['dorsum-foot', 'big-toe', 'lateral-leg']))
    expect(findDermatome('s1')?.areas).toEqual(expect.arrayContaining(['sole', 'lateral-foot']))
    expect(findDermatome('l5')?.areas).not.toContain('sole')
    expect(findDermatome('s1')?.areas).not.toContain('dorsum-foot')
  })

  it('covers the roots L1 to S3 in the dermatome table, top to bottom', () => {
    expect(DERMATOMES.map((d) => d.root)).toEqual([...ROOT_LEVELS])
  })

  it('does not claim that disc problems are never a real cause', () => {
    const disc = content('l4-l5-disc')
    expect(disc.painSource).toBe('common')
    expect(disc.howItHurts).toMatch(/Discs can hurt/)
    expect(disc.evidence.note).toMatch(/37 %.*96 %/)
  })
})

describe('cause content', () => {
  it('has an entry for every cause and nothing else', () => {
    // CAUSE_CONTENT is keyed by each entry's own id (Object.fromEntries), so matching keys are enough.
    expect(Object.keys(CAUSE_CONTENT).sort()).toEqual([...CAUSE_IDS].sort())
  })

  it('has no empty strings and no placeholder words', () => {
    expect(emptyStrings(CAUSE_CONTENT)).toEqual([])
    expect(placeholderStrings(CAUSE_CONTENT)).toEqual([])
  })

  it('cites only sources that exist, and gives symptoms for every cause', () => {
    for (const c of Object.values(CAUSE_CONTENT)) {
      expect(
        c.sources.filter((s) => !isSourceId(s)),
        c.id
      ).toEqual([])
      expect(c.symptoms.length, c.id).toBeGreaterThan(0)
    }
  })

  it('gives figures for who gets each cause', () => {
    for (const c of Object.values(CAUSE_CONTENT)) {
      if (c.id === 'muscle-imbalance') continue // no agreed test, so no prevalence; the text says so
      expect(c.whoGetsIt, c.id).toMatch(/\d/)
    }
    expect(CAUSE_CONTENT['muscle-imbalance'].whoGetsIt).toMatch(/no reliable figures/)
  })

  it('names the emergency signs in when to see a clinician', () => {
    for (const c of Object.values(CAUSE_CONTENT)) {
      expect(c.whenToSeeClinician, c.id).toMatch(/emergency/i)
      expect(c.whenToSeeClinician, c.id).toMatch(/both legs/)
    }
  })

  it('is honest about the contested explanations', () => {
    expect(CAUSE_CONTENT['trigger-points'].evidenceSummary.contested).toMatch(/examiners agree poorly/)
    expect(CAUSE_CONTENT['muscle-imbalance'].whatItIs).toMatch(/limited scientific support/)
    expect(CAUSE_CONTENT['non-specific-low-back-pain'].whoGetsIt).toMatch(/85–95 %/)
    expect(CAUSE_CONTENT['degenerative-disc'].whoGetsIt).toMatch(/37 %.*96 %/)
    expect(CAUSE_CONTENT['disc-herniation'].evidenceSummary.established).toMatch(/^Strong/)
  })
})

describe('muscle attachments', () => {
  const muscles = [...new Set(STRUCTURES.filter((s) => s.kind === 'muscle').map((s) => s.contentId))]
  it("every muscle says where it starts and ends and what it does, named by the model's own bone ids", () => {
    expect(muscles.length).toBe(16)
    for (const id of muscles) {
      const a = findStructureContent(id)?.attachments
      expect(a, id).toBeDefined()
      for (const text of [a?.origin, a?.insertion, a?.action]) expect(text?.length, id).toBeGreaterThan(15)
      for (const bone of [...(a?.originBones ?? []), ...(a?.insertionBones ?? [])]) {
        const structure = findStructure(bone) ?? findStructure(`${bone}-left`)
        expect(structure?.kind === 'bone' || structure?.kind === 'vertebra', `${id}: ${bone}`).toBe(true)
      }
    }
  })
  it('only muscles have attachments', () => {
    for (const s of STRUCTURES)
      if (s.kind !== 'muscle') expect(findStructureContent(s.contentId)?.attachments, s.id).toBeUndefined()
  })
})
