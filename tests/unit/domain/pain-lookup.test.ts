import { describe, expect, it } from 'vitest'
import { BODY_AREA_GROUPS, BODY_AREA_IDS, DERMATOMES, isBodyArea, type BodyArea } from '../../../src/domain/body-areas'
import { CAUSES } from '../../../src/domain/causes'
import { STRUCTURE_CONTENT_LIST, findStructureContent } from '../../../src/domain/content'
import {
  PAIN_KINDS,
  PAIN_REGION_CHOICES,
  highlightRolesForLookup,
  lookupPain,
  type PainLookupResult,
} from '../../../src/domain/pain-lookup'
import { isRoleId } from '../../../src/domain/roles'
import { expandToStructureIds, isStructureId } from '../../../src/domain/structures'
import { placeholderStrings } from './content-helpers'

const refs = (items: readonly { ref: string }[]) => items.map((i) => i.ref)
const all = (result: PainLookupResult) => refs(result.ranked)

describe('lookupPain: typical patterns', () => {
  it('narrows the back of the thigh and the sole to the S1 root first, then the disc that presses on it', () => {
    const result = lookupPain(['posterior-thigh', 'sole'])
    expect(result.ranked[0]?.ref).toBe('s1-root')
    expect(result.radicular[0]?.ref).toBe('s1-root')
    expect(result.ranked[0]?.matchedAreas).toEqual(['posterior-thigh', 'sole'])
    expect(result.ranked[0]?.reason).toMatch(/S1 nerve root/)
    expect(refs(result.radicular).indexOf('l5-s1-disc')).toBe(1)
    expect(refs(result.radicular)).toEqual(expect.arrayContaining(['sciatica', 'disc-herniation', 'sciatic-nerve']))
  })

  it('puts the S1 root first for the buttock, the back of the thigh and the sole too', () => {
    const result = lookupPain(['mid-buttock', 'posterior-thigh', 'sole'])
    expect(refs(result.ranked).slice(0, 2)).toEqual(['s1-root', 'l5-s1-disc'])
  })

  it('ranks what explains every chosen area above what explains only some', () => {
    const result = lookupPain(['posterior-thigh', 'sole'])
    const counts = result.ranked.map((i) => i.matchedAreas.length)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    for (const kind of PAIN_KINDS) {
      const scores = result[kind].map((i) => i.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
    }
  })

  it('finds the femoral nerve and the L2 to L4 roots for the front of the thigh', () => {
    const result = lookupPain(['anterior-thigh'])
    expect(refs(result.radicular)).toEqual(expect.arrayContaining(['femoral-nerve', 'l2-root', 'l3-root', 'l4-root']))
  })

  it('finds the sacroiliac joint, facet joints, gluteal trigger points and piriformis for the buttock', () => {
    const buttock: BodyArea[] = ['upper-buttock', 'mid-buttock', 'lower-buttock']
    const result = lookupPain(buttock)
    expect(all(result)).toEqual(
      expect.arrayContaining([
        'sacroiliac-joint',
        'l4-l5-facet',
        'l5-s1-facet',
        'gluteus-medius',
        'gluteus-minimus',
        'piriformis',
      ])
    )
    const medius = result.ranked.find((i) => i.ref === 'gluteus-medius')
    expect(medius?.viaTriggerPoint).toBe(true)
    expect(medius?.reason).toMatch(/^Trigger points in the gluteus medius/)
    // The middle of the buttock alone still reaches the joints and piriformis.
    expect(all(lookupPain(['mid-buttock']))).toEqual(
      expect.arrayContaining(['sacroiliac-joint', 'l5-s1-facet', 'piriformis', 'gluteus-medius'])
    )
  })

  it('puts the L5 root first among nerve pain for the top of the foot', () => {
    const result = lookupPain(['dorsum-foot'])
    expect(result.radicular[0]?.ref).toBe('l5-root')
    expect(refs(result.radicular)).toContain('l4-l5-disc')
  })

  it('lists a disc as local pain for the centre of the low back', () => {
    const result = lookupPain(['lumbar-midline'])
    expect(refs(result.local)).toEqual(
      expect.arrayContaining(['l4-l5-disc', 'l5-s1-disc', 'non-specific-low-back-pain'])
    )
  })

  it('returns an empty result for no areas, and ignores unknown ids and repeats', () => {
    const empty = lookupPain([])
    expect(empty.ranked).toEqual([])
    expect(empty.local).toEqual([])
    expect(empty.referred).toEqual([])
    expect(empty.radicular).toEqual([])
    expect(empty.urgent).toBe(false)
    expect(highlightRolesForLookup(empty).size).toBe(0)
    expect(lookupPain(['no-such-place' as BodyArea]).ranked).toEqual([])
    expect(lookupPain(['sole', 'sole']).areas).toEqual(['sole'])
  })

  it('flags the saddle area as urgent and finds the cauda equina there', () => {
    const result = lookupPain(['perineum-saddle'])
    expect(result.urgent).toBe(true)
    expect(refs(result.radicular)).toContain('cauda-equina')
  })
})

describe('lookupPain: every result is well formed', () => {
  const everyArea = BODY_AREA_IDS.map((a) => lookupPain([a]))

  it('gives concrete, existing structure ids, a plain reason, an evidence level and the matched areas', () => {
    for (const result of everyArea) {
      for (const item of result.ranked) {
        expect(item.structureIds.length, item.ref).toBeGreaterThan(0)
        for (const id of item.structureIds) expect(isStructureId(id), `${item.ref}: ${id}`).toBe(true)
        expect(item.reason, item.ref).toMatch(/^[A-Z].*\.$/)
        expect(
          item.matchedAreas.every((a) => result.areas.includes(a)),
          item.ref
        ).toBe(true)
        expect(result[item.painKind]).toContain(item)
      }
      expect(placeholderStrings(result.ranked.map((i) => i.reason))).toEqual([])
    }
  })

  it('lists each structure or cause once per lookup', () => {
    const result = lookupPain([...BODY_AREA_IDS])
    const keys = result.ranked.map((i) => `${i.kind}:${i.ref}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(result.local.length + result.referred.length + result.radicular.length).toBe(result.ranked.length)
  })

  it('finds every painful structure by at least one of the areas where it is felt', () => {
    const painful = STRUCTURE_CONTENT_LIST.filter(
      (c) => (c.painSource === 'common' || c.painSource === 'possible') && c.feltAt.length > 0
    )
    expect(painful.length).toBeGreaterThan(20)
    for (const content of painful) {
      const areas = content.feltAt.flatMap((f) => f.areas)
      const found = areas.some((area) => refs(lookupPain([area]).ranked).includes(content.id))
      expect(found, content.id).toBe(true)
    }
  })

  it('finds every cause by each of the areas where it is felt', () => {
    for (const cause of CAUSES) {
      for (const area of cause.feltAt)
        expect(refs(lookupPain([area]).ranked), `${cause.id} ${area}`).toContain(cause.id)
    }
  })
})

describe('highlightRolesForLookup', () => {
  it('marks the root as the compressed nerve and the disc as what presses on it', () => {
    const roles = highlightRolesForLookup(lookupPain(['posterior-thigh', 'sole']))
    expect(roles.get('s1-root-left')).toBe('compressed-nerve')
    expect(roles.get('s1-root-right')).toBe('compressed-nerve')
    expect(roles.get('l5-s1-disc')).toBe('compressing')
  })

  it('marks joints as pain sources and muscles matched by their referral maps as trigger points', () => {
    const roles = highlightRolesForLookup(lookupPain(['upper-buttock', 'mid-buttock', 'lower-buttock']))
    expect(roles.get('sacroiliac-joint-left')).toBe('pain-source')
    expect(roles.get('l5-s1-facet-right')).toBe('pain-source')
    expect(roles.get('gluteus-medius-left')).toBe('trigger-point')
  })

  it('uses only existing structure ids and known roles', () => {
    const roles = highlightRolesForLookup(lookupPain([...BODY_AREA_IDS]))
    for (const [id, role] of roles) {
      expect(isStructureId(id), id).toBe(true)
      expect(isRoleId(role), role).toBe(true)
    }
  })
})

describe('PAIN_REGION_CHOICES', () => {
  it('offers every body area once, under its group, in the groups order', () => {
    const ids = PAIN_REGION_CHOICES.flatMap((g) => g.choices.map((c) => c.id))
    expect([...ids].sort()).toEqual([...BODY_AREA_IDS].sort())
    expect(new Set(ids).size).toBe(ids.length)
    for (const { group, choices } of PAIN_REGION_CHOICES) {
      for (const choice of choices) expect(choice.group).toBe(group.id)
    }
    expect(PAIN_REGION_CHOICES.map((g) => g.group.id)).toEqual(BODY_AREA_GROUPS.map((g) => g.id))
  })

  it('includes the places people name most often', () => {
    const names = PAIN_REGION_CHOICES.flatMap((g) => g.choices.map((c) => c.name))
    for (const name of [
      'Centre of the low back',
      'One side of the low back',
      'Groin',
      'Back of the thigh',
      'Top of the foot',
    ]) {
      expect(names).toContain(name)
    }
  })
})

describe('zone data', () => {
  const referenced: { where: string; area: string }[] = [
    ...STRUCTURE_CONTENT_LIST.flatMap((c) => [
      ...c.feltAt.flatMap((f) => f.areas.map((area) => ({ where: `${c.id} feltAt ${f.kind}`, area }))),
      ...(c.triggerPoints ?? []).flatMap((tp) => tp.referral.map((area) => ({ where: `${c.id} trigger point`, area }))),
    ]),
    ...CAUSES.flatMap((c) => c.feltAt.map((area) => ({ where: `cause ${c.id}`, area }))),
    ...DERMATOMES.flatMap((d) => d.areas.map((area) => ({ where: `dermatome ${d.label}`, area }))),
  ]

  it('references only defined body areas', () => {
    expect(referenced.length).toBeGreaterThan(100)
    expect(referenced.filter((r) => !isBodyArea(r.area))).toEqual([])
  })

  it('ties every zone to real structures', () => {
    for (const content of STRUCTURE_CONTENT_LIST) {
      if (content.feltAt.length === 0 && !content.triggerPoints) continue
      expect(expandToStructureIds(content.id).length, content.id).toBeGreaterThan(0)
    }
    for (const dermatome of DERMATOMES) {
      expect(findStructureContent(dermatome.contentId)?.dermatome, dermatome.label).toBe(dermatome.root)
      expect(expandToStructureIds(dermatome.contentId).length, dermatome.label).toBe(2)
    }
  })

  it('gives every trigger-point referral zone a place in the muscle’s own zones', () => {
    for (const content of STRUCTURE_CONTENT_LIST) {
      const felt = new Set(content.feltAt.flatMap((f) => f.areas))
      for (const tp of content.triggerPoints ?? []) {
        for (const area of tp.referral) expect(felt.has(area), `${content.id}: ${area}`).toBe(true)
      }
    }
  })
})
