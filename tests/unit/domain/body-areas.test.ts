import { describe, expect, it } from 'vitest'
import {
  BODY_AREA_GROUPS,
  BODY_AREA_IDS,
  BODY_AREAS,
  DERMATOMES,
  bodyAreasInGroup,
  findDermatome,
  isBodyArea,
} from '../../../src/domain/body-areas'
import { findStructureContent } from '../../../src/domain/content'
import { emptyStrings, placeholderStrings } from './content-helpers'

describe('body areas', () => {
  it('defines the 32 areas of the clinical vocabulary, each with a plain name and a group', () => {
    expect(BODY_AREA_IDS).toHaveLength(32)
    expect(Object.keys(BODY_AREAS).sort()).toEqual([...BODY_AREA_IDS].sort())
    for (const id of BODY_AREA_IDS) {
      expect(BODY_AREAS[id].id).toBe(id)
      expect(BODY_AREA_GROUPS.map((g) => g.id)).toContain(BODY_AREAS[id].group)
    }
    expect(BODY_AREAS['posterior-thigh'].name).toBe('Back of the thigh')
    expect(emptyStrings(BODY_AREAS)).toEqual([])
    expect(placeholderStrings(BODY_AREAS)).toEqual([])
  })

  it('puts every area in exactly one non-empty group', () => {
    const grouped = BODY_AREA_GROUPS.flatMap((g) => bodyAreasInGroup(g.id).map((a) => a.id))
    expect(grouped.sort()).toEqual([...BODY_AREA_IDS].sort())
    for (const g of BODY_AREA_GROUPS) expect(bodyAreasInGroup(g.id).length, g.id).toBeGreaterThan(0)
    expect(BODY_AREAS['perineum-saddle'].group).toBe('saddle')
  })

  it('recognises area ids', () => {
    expect(isBodyArea('sole')).toBe(true)
    expect(isBodyArea('elbow')).toBe(false)
    expect(isBodyArea('constructor')).toBe(false)
  })
})

describe('dermatomes', () => {
  it('covers each root once with real areas and root content', () => {
    expect(new Set(DERMATOMES.map((d) => d.root)).size).toBe(DERMATOMES.length)
    for (const d of DERMATOMES) {
      expect(d.areas.length, d.label).toBeGreaterThan(0)
      expect(
        d.areas.filter((a) => !isBodyArea(a)),
        d.label
      ).toEqual([])
      expect(findStructureContent(d.contentId)?.dermatome, d.label).toBe(d.root)
      expect(d.label).toBe(d.root.toUpperCase())
    }
    expect(emptyStrings(DERMATOMES)).toEqual([])
  })

  it('finds a dermatome by root or content id', () => {
    expect(findDermatome('l5')?.label).toBe('L5')
    expect(findDermatome('s1-root')?.label).toBe('S1')
    expect(findDermatome('t12')).toBeUndefined()
  })

  it('has the textbook key points and reflexes', () => {
    expect(findDermatome('l4')?.keySensoryPoint).toMatch(/inner ankle/)
    expect(findDermatome('l5')?.keySensoryPoint).toMatch(/top of the foot/)
    expect(findDermatome('s1')?.keySensoryPoint).toMatch(/heel/)
    expect(findDermatome('l4')?.reflex).toMatch(/Knee jerk/)
    expect(findDermatome('s1')?.reflex).toMatch(/Ankle jerk/)
    expect(findDermatome('l2')?.areas).toContain('anterior-thigh')
  })
})
