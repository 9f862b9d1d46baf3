import { describe, expect, it } from 'vitest'
import { isBodyArea } from '../../../src/domain/body-areas'
import { CAUSE_GROUPS, CAUSE_IDS, CAUSES, causesInGroup, findCause, isCauseId } from '../../../src/domain/causes'
import { isEvidenceLevel } from '../../../src/domain/evidence'
import { ROLE_ORDER, ROLES, isRoleId } from '../../../src/domain/roles'
import { isSourceId } from '../../../src/domain/sources'
import { expandToStructureIds } from '../../../src/domain/structures'
import { emptyStrings, placeholderStrings } from './content-helpers'

function cause(id: string) {
  const c = findCause(id)
  if (!c) throw new Error(`no cause ${id}`)
  return c
}

function roleOf(causeId: string, ref: string) {
  return cause(causeId).involved.find((i) => i.ref === ref)?.role
}

describe('causes', () => {
  it('has exactly the twelve cause ids, once each', () => {
    expect(CAUSES.map((c) => c.id).sort()).toEqual([...CAUSE_IDS].sort())
    expect(CAUSE_IDS).toHaveLength(12)
  })

  it('finds causes by id and rejects unknown ids', () => {
    expect(findCause('sciatica')?.name).toMatch(/Sciatica/)
    expect(findCause('back-magic')).toBeUndefined()
    expect(isCauseId('disc-herniation')).toBe(true)
    expect(isCauseId('back-magic')).toBe(false)
  })

  it('groups causes for the picker', () => {
    expect(causesInGroup('common').map((c) => c.id)).toEqual([
      'muscle-imbalance',
      'joint-imbalance',
      'trigger-points',
      'inflammation',
    ])
    expect(causesInGroup('nerve').map((c) => c.id)).toEqual(['sciatica'])
    expect(causesInGroup('general').map((c) => c.id)).toEqual(['non-specific-low-back-pain'])
    expect(causesInGroup('less-common')).toHaveLength(6)
    for (const g of CAUSE_GROUPS) expect(causesInGroup(g.id).length, g.id).toBeGreaterThan(0)
  })

  it('has no empty strings and no placeholder words', () => {
    expect(emptyStrings(CAUSES)).toEqual([])
    expect(placeholderStrings(CAUSES)).toEqual([])
  })

  it('resolves every involved ref to at least one structure, with a known role', () => {
    for (const c of CAUSES) {
      expect(c.involved.length, c.id).toBeGreaterThan(0)
      for (const { ref, role } of c.involved) {
        expect(expandToStructureIds(ref).length, `${c.id} → ${ref}`).toBeGreaterThan(0)
        expect(isRoleId(role), `${c.id} → ${ref}: ${role}`).toBe(true)
      }
    }
  })

  it('gives each structure one role per cause, so the highlight is unambiguous', () => {
    for (const c of CAUSES) {
      const ids = c.involved.flatMap((i) => expandToStructureIds(i.ref))
      expect(new Set(ids).size, c.id).toBe(ids.length)
    }
  })

  it('uses known body areas, evidence levels and sources', () => {
    for (const c of CAUSES) {
      expect(c.feltAt.length, c.id).toBeGreaterThan(0)
      expect(
        c.feltAt.filter((a) => !isBodyArea(a)),
        c.id
      ).toEqual([])
      expect(isEvidenceLevel(c.evidence.exists), c.id).toBe(true)
      expect(isEvidenceLevel(c.evidence.explains), c.id).toBe(true)
      expect(
        c.commonness.sources.filter((s) => !isSourceId(s)),
        c.id
      ).toEqual([])
      expect(
        c.sources.filter((s) => !isSourceId(s)),
        c.id
      ).toEqual([])
    }
  })

  it('puts the L4–L5 disc pressing on a compressed L5 root in disc herniation', () => {
    expect(roleOf('disc-herniation', 'l4-l5-disc')).toBe('compressing')
    expect(roleOf('disc-herniation', 'l5-root')).toBe('compressed-nerve')
    expect(roleOf('disc-herniation', 's1-root')).toBe('compressed-nerve')
  })

  it('traces sciatica from the root down the leg, through the lumbosacral trunk', () => {
    const refs = cause('sciatica').involved.map((i) => i.ref)
    const order = ['l5-root', 'lumbosacral-trunk', 'sciatic-nerve', 'tibial-nerve']
    const positions = order.map((r) => refs.indexOf(r))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(refs.indexOf('common-fibular-nerve')).toBeGreaterThan(refs.indexOf('sciatic-nerve'))
    expect(roleOf('sciatica', 'sciatic-nerve')).toBe('pain-pathway')
    expect(roleOf('sciatica', 'lumbosacral-trunk')).toBe('pain-pathway')
    expect(roleOf('sciatica', 'l4-l5-disc')).toBe('compressing')
    expect(roleOf('sciatica', 'l5-s1-disc')).toBe('compressing')
    for (const ref of cause('sciatica').path ?? []) expect(refs).toContain(ref)
    expect(cause('sciatica').path?.[0]).toBe('l5-root')
  })

  it('puts the ligamentum flavum, facets and L4–L5 disc pressing on the cauda equina in stenosis', () => {
    expect(roleOf('spinal-stenosis', 'ligamentum-flavum')).toBe('compressing')
    expect(roleOf('spinal-stenosis', 'facet-joints')).toBe('compressing')
    expect(roleOf('spinal-stenosis', 'l4-l5-disc')).toBe('compressing')
    expect(roleOf('spinal-stenosis', 'cauda-equina')).toBe('compressed-nerve')
  })

  it('shows tight hip flexors and back extensors with weak glutes and abdominals in muscle imbalance', () => {
    for (const ref of ['psoas-major', 'iliacus', 'erector-spinae', 'rectus-femoris']) {
      expect(roleOf('muscle-imbalance', ref), ref).toBe('tight')
    }
    for (const ref of ['gluteus-maximus', 'gluteus-medius', 'abdominal-muscles']) {
      expect(roleOf('muscle-imbalance', ref), ref).toBe('weak')
    }
    expect(cause('muscle-imbalance').evidence.explains).toBe('against')
  })

  it('shows L5 slipping and the L5–S1 disc under strain in spondylolisthesis', () => {
    expect(roleOf('spondylolisthesis', 'l5')).toBe('unstable')
    expect(roleOf('spondylolisthesis', 'l5-s1-disc')).toBe('overloaded')
  })

  it('labels the contested explanations honestly', () => {
    expect(cause('trigger-points').evidence.exists).toBe('limited')
    expect(cause('non-specific-low-back-pain').evidence.explains).toBe('strong')
    expect(cause('joint-imbalance').evidence.note).toMatch(/misalignment/)
  })

  it('keeps "real and can hurt" apart from "explains back pain in general"', () => {
    // Real conditions whose scan findings are common without pain: the second label says so.
    for (const id of ['disc-herniation', 'degenerative-disc', 'facet-osteoarthritis'] as const) {
      expect(cause(id).evidence.explains, id).toBe('conflicting')
    }
    for (const id of ['spondylolisthesis', 'inflammation', 'spinal-stenosis', 'scoliosis'] as const) {
      expect(cause(id).evidence.exists, id).toBe('strong')
      expect(cause(id).evidence.explains, id).toBe('limited')
    }
    // The evidence can say no: a popular model that tests have not backed.
    expect(cause('muscle-imbalance').evidence.explains).toBe('against')
    expect(cause('joint-imbalance').evidence.explains).toBe('against')
  })

  it('rests every study-based commonness figure on a source and marks the rest as convention', () => {
    for (const c of CAUSES) {
      if (c.commonness.basis === 'convention') continue
      expect(c.commonness.sources.length, c.id).toBeGreaterThan(0)
    }
    const order = [...CAUSES].sort((a, b) => b.commonness.share - a.commonness.share).map((c) => c.id)
    expect(order[0]).toBe('non-specific-low-back-pain')
  })
})

describe('roles', () => {
  it('orders every role once in the legend, each with words', () => {
    expect([...ROLE_ORDER].sort()).toEqual(Object.keys(ROLES).sort())
    for (const id of ROLE_ORDER) {
      expect(ROLES[id].id).toBe(id)
      expect(ROLES[id].label.length).toBeGreaterThan(3)
    }
    expect(emptyStrings(ROLES)).toEqual([])
  })

  it('uses every role that causes use', () => {
    const used = new Set(CAUSES.flatMap((c) => c.involved.map((i) => i.role)))
    for (const role of used) expect(ROLE_ORDER).toContain(role)
  })
})
