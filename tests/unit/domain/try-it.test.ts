import { describe, expect, it } from 'vitest'
import { findTryIt, TRY_IT_POSES } from '../../../src/domain/try-it'
import { isCauseId } from '../../../src/domain/causes'
import { isSourceId } from '../../../src/domain/sources'
import { findPosePreset, NEUTRAL_POSE, parsePoseLink, formatPoseLink } from '../../../src/domain/movement'
import { readingStats } from '../../../src/domain/readability'
import { placeholderStrings } from './content-helpers'

describe('Try it poses', () => {
  it('names only causes and sources we have, each cause once', () => {
    for (const t of TRY_IT_POSES) {
      expect(isCauseId(t.causeId), t.causeId).toBe(true)
      for (const id of t.sources) expect(isSourceId(id), `${t.causeId}: ${id}`).toBe(true)
    }
    const ids = TRY_IT_POSES.map((t) => t.causeId)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('offers the telling pose for each cause the movement explains', () => {
    expect(findTryIt('spinal-stenosis')?.poses.map((p) => p.state.pose.bend)).toEqual([
      -0.8,
      findPosePreset('sitting-slumped')!.pose.bend,
    ])
    expect(findTryIt('disc-herniation')?.poses[0]?.state.presetId).toBe('bending-forward')
    expect(findTryIt('facet-osteoarthritis')?.poses[0]?.state.pose).toMatchObject({ bend: -1 })
    expect(findTryIt('facet-osteoarthritis')?.poses[0]?.state.pose.sideBend).not.toBe(0)
    expect(findTryIt('sciatica')?.poses[0]?.state.presetId).toBe('sitting-slumped')
    expect(findTryIt('muscle-imbalance')?.poses[0]?.state.pose).toEqual({ ...NEUTRAL_POSE, pelvicTilt: 1 })
    expect(findTryIt('scoliosis')).toBeUndefined()
  })

  it('gives muscle imbalance its proposed chain and what the studies found', () => {
    const t = findTryIt('muscle-imbalance')!
    expect(t.chain).toEqual(['Tight hip flexors', 'the pelvis tips forward', 'a deeper curve in the lower back'])
    expect(t.evidence).toMatch(/no difference in pelvic tilt/)
    expect(t.sources).toContain('LAIRD-2014')
  })

  it('uses poses a link can carry, so a shared link opens the same pose', () => {
    for (const t of TRY_IT_POSES) {
      for (const p of t.poses) {
        const link = formatPoseLink(p.state)!
        expect(parsePoseLink(link.pose, link.amount), `${t.causeId}: ${p.label}`).toEqual({ ok: true, state: p.state })
      }
    }
  })

  it('explains in plain words', () => {
    for (const t of TRY_IT_POSES) {
      const texts = [t.shows, ...(t.evidence ? [t.evidence] : [])]
      expect(readingStats(texts).grade, t.causeId).toBeLessThanOrEqual(8)
    }
    expect(placeholderStrings(TRY_IT_POSES)).toEqual([])
  })
})
