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
import { MIMICS } from '../../../src/domain/mimics'
import { isSourceId } from '../../../src/domain/sources'
import { expandToStructureIds, isStructureId } from '../../../src/domain/structures'
import { placeholderStrings } from './content-helpers'

const refs = (items: readonly { ref: string }[]) => items.map((i) => i.ref)
const all = (result: PainLookupResult) => refs(result.ranked)

describe('lookupPain: typical patterns', () => {
  it('narrows the back of the thigh and the sole to the S1 root first, then sciatica and the disc that presses on it', () => {
    const result = lookupPain(['posterior-thigh', 'sole'])
    expect(result.ranked[0]?.ref).toBe('s1-root')
    expect(result.radicular[0]?.ref).toBe('s1-root')
    expect(result.ranked[0]?.matchedAreas).toEqual(['posterior-thigh', 'sole'])
    expect(result.ranked[0]?.reason).toMatch(/S1 nerve root/)
    // The root, the cause it belongs to and the disc that presses on it are as common as sciatica.
    expect(refs(result.radicular).slice(1, 3).sort()).toEqual(['l5-s1-disc', 'sciatica'])
    expect(refs(result.radicular)).toEqual(expect.arrayContaining(['sciatica', 'disc-herniation', 'sciatic-nerve']))
  })

  it('puts the S1 root first for the buttock, the back of the thigh and the sole too', () => {
    const result = lookupPain(['mid-buttock', 'posterior-thigh', 'sole'])
    expect(refs(result.ranked)[0]).toBe('s1-root')
    expect(refs(result.ranked).slice(0, 3)).toContain('l5-s1-disc')
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

describe('lookupPain: ranked by how common, not by evidence', () => {
  it('ranks non-specific low back pain first for the centre of the low back', () => {
    const result = lookupPain(['lumbar-midline'])
    expect(result.ranked[0]?.ref).toBe('non-specific-low-back-pain')
    const causes = result.ranked.filter((i) => i.kind === 'cause').map((i) => i.ref)
    // Inflammation is real and well evidenced, but rare: it must not outrank the common kind.
    expect(causes.indexOf('non-specific-low-back-pain')).toBeLessThan(causes.indexOf('inflammation'))
  })

  it('does not put spondylolisthesis near the top when both low-back areas are picked', () => {
    const result = lookupPain(['lumbar-midline', 'lumbar-paraspinal'])
    expect(result.ranked[0]?.ref).toBe('non-specific-low-back-pain')
    const spondy = refs(result.ranked).indexOf('spondylolisthesis')
    expect(spondy).toBeGreaterThan(2)
    // Every cause listed above it is commoner.
    const share = result.ranked[spondy]?.commonness.share ?? 1
    for (const item of result.ranked.slice(0, spondy)) {
      if (item.kind === 'cause') expect(item.commonness.share, item.ref).toBeGreaterThan(share)
    }
  })

  it('orders the block-tested structures by the share of back pain they were shown to explain', () => {
    const result = lookupPain(['upper-buttock'])
    // Discs (about 42 in 100), then facet joints (31), then sacroiliac joints (18) in block studies.
    const order = ['l4-l5-disc', 'l4-l5-facet', 'sacroiliac-joint'].map((r) => refs(result.ranked).indexOf(r))
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    const share = (r: string) => result.ranked.find((i) => i.ref === r)?.commonness.share ?? 0
    expect(share('l4-l5-facet')).toBeGreaterThan(share('sacroiliac-joint'))
    expect(result.ranked.find((i) => i.ref === 'sacroiliac-joint')?.commonness.basis).toBe('study')
  })

  it('says plainly when the order is clinical convention', () => {
    const imbalance = lookupPain(['lumbar-paraspinal']).ranked.find((i) => i.ref === 'muscle-imbalance')
    expect(imbalance?.commonness.basis).toBe('convention')
    expect(imbalance?.commonness.figure).toMatch(/No figure/)
  })
})

describe('lookupPain: problems outside the spine', () => {
  it('returns the hip joint for the groin and the front of the thigh', () => {
    const result = lookupPain(['groin', 'anterior-thigh'])
    expect(refs(result.mimics)).toContain('hip-joint')
    expect(refs(result.local)).not.toContain('hip-joint')
  })

  it('ranks gluteal tendinopathy first of all for the outer hip, where a review names it the main local cause', () => {
    const result = lookupPain(['greater-trochanter'])
    expect(result.ranked[0]?.ref).toBe('gluteal-tendinopathy')
    expect(result.ranked[0]?.commonness.basis).toBe('study')
  })

  it('returns the kidney for the flank, with a warning about fever and urine symptoms', () => {
    const kidney = lookupPain(['flank']).mimics.find((i) => i.ref === 'kidney')
    expect(kidney?.urgentWhen).toMatch(/fever/)
    expect(kidney?.urgentWhen).toMatch(/urine/)
    expect(kidney?.urgentWhen).toMatch(/today/)
  })

  it('returns knee and foot causes as text-only results', () => {
    const knee = lookupPain(['medial-knee']).mimics.find((i) => i.ref === 'knee')
    const foot = lookupPain(['heel']).mimics.find((i) => i.ref === 'foot')
    for (const item of [knee, foot]) {
      expect(item?.textOnly).toBe(true)
      expect(item?.structureIds).toEqual([])
    }
    for (const mimic of MIMICS.filter((m) => m.textOnly)) expect(mimic.summary).toMatch(/Text only/)
  })
})

describe('lookupPain: every result is well formed', () => {
  const everyArea = BODY_AREA_IDS.map((a) => lookupPain([a]))

  it('gives concrete, existing structure ids, a plain reason, an evidence level and the matched areas', () => {
    for (const result of everyArea) {
      for (const item of result.ranked) {
        // A problem outside the spine may have nothing in the model to show (the knee, the foot).
        if (item.kind !== 'mimic') expect(item.structureIds.length, item.ref).toBeGreaterThan(0)
        for (const id of item.structureIds) expect(isStructureId(id), `${item.ref}: ${id}`).toBe(true)
        expect(item.commonness.figure, item.ref).toMatch(/^[A-Z].*\.$/)
        for (const id of item.commonness.sources) expect(isSourceId(id), `${item.ref}: ${id}`).toBe(true)
        expect(item.reason, item.ref).toMatch(/^[A-Z].*\.$/)
        expect(
          item.matchedAreas.every((a) => result.areas.includes(a)),
          item.ref
        ).toBe(true)
        expect(item.kind === 'mimic' ? result.mimics : result[item.painKind]).toContain(item)
      }
      expect(placeholderStrings(result.ranked.map((i) => i.reason))).toEqual([])
    }
  })

  it('lists each structure or cause once per lookup', () => {
    const result = lookupPain([...BODY_AREA_IDS])
    const keys = result.ranked.map((i) => `${i.kind}:${i.ref}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(result.local.length + result.referred.length + result.radicular.length + result.mimics.length).toBe(
      result.ranked.length
    )
  })

  it('finds every painful structure by at least one of the areas where it is felt', () => {
    const painful = STRUCTURE_CONTENT_LIST.filter(
      (c) => (c.painSource === 'common' || c.painSource === 'possible') && c.feltAt.length > 0
    )
    expect(painful.length).toBeGreaterThan(20)
    for (const content of painful) {
      const areas = content.feltAt.flatMap((f) => f.areas)
      // The hip joint, the gluteal tendons and the kidney are found as the problem outside the spine.
      const mimic = MIMICS.find((m) => m.structureIds.some((id) => expandToStructureIds(content.id).includes(id)))
      const found = areas.some((area) => refs(lookupPain([area]).ranked).includes(mimic?.id ?? content.id))
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
  it('colours every result with the neutral "can be felt here" look, never as an irritated pain source', () => {
    const roles = highlightRolesForLookup(lookupPain(['posterior-thigh', 'sole']))
    expect(roles.get('s1-root-left')).toBe('felt-here')
    expect(roles.get('l5-s1-disc')).toBe('felt-here')
    const buttock = highlightRolesForLookup(lookupPain(['upper-buttock', 'mid-buttock', 'lower-buttock']))
    expect(buttock.get('sacroiliac-joint-left')).toBe('felt-here')
    expect(buttock.get('gluteus-medius-left')).toBe('felt-here')
    const everything = highlightRolesForLookup(lookupPain([...BODY_AREA_IDS]))
    expect(new Set(everything.values())).toEqual(new Set(['felt-here', 'involved']))
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
