import { describe, expect, it } from 'vitest'
import { MAX_SEED, activityKey, isQuizKind, isTourId, randomSeed } from '../../../src/domain/activities'

describe('activities', () => {
  it('knows the tour ids and quiz kinds, and nothing else', () => {
    expect(isTourId('sciatica')).toBe(true)
    expect(isTourId('constructor')).toBe(false)
    expect(isQuizKind('find-it')).toBe(true)
    expect(isQuizKind('toString')).toBe(false)
  })

  it('keys an activity so that moving between a tour’s steps keeps the key and anything else changes it', () => {
    const step2 = activityKey({ kind: 'tour', tourId: 'sciatica', step: 2 })
    expect(activityKey({ kind: 'tour', tourId: 'sciatica', step: 3 })).toBe(step2)
    expect(activityKey({ kind: 'tour', tourId: 'stenosis', step: 2 })).not.toBe(step2)
    expect(activityKey({ kind: 'quiz', quiz: 'find-it', seed: 1 })).not.toBe(
      activityKey({ kind: 'quiz', quiz: 'find-it', seed: 2 })
    )
    expect(activityKey(null)).toBe('')
  })

  it('draws seeds across the whole unsigned 32-bit range', () => {
    expect(randomSeed(() => 0)).toBe(0)
    expect(randomSeed(() => 0.999999999999)).toBe(MAX_SEED)
  })
})
