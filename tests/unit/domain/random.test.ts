import { describe, expect, it } from 'vitest'
import { hashText, seededRandom, shuffled } from '../../../src/domain/random'

describe('seeded randomness', () => {
  it('repeats the same numbers for the same seed, in [0, 1), and differs between seeds', () => {
    const take = (seed: number) => Array.from({ length: 1000 }, seededRandom(seed))
    const a = take(42)
    expect(take(42)).toEqual(a)
    expect(take(43)).not.toEqual(a)
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...a)).toBeLessThan(1)
    // Spread over the range, not bunched: each tenth gets a fair share of 1000 draws.
    const tenths = Array.from({ length: 10 }, (_, i) => a.filter((x) => Math.floor(x * 10) === i).length)
    for (const n of tenths) expect(n).toBeGreaterThan(60)
  })

  it('shuffles into a permutation that depends on the seed, leaving the input as it was', () => {
    const items = Array.from({ length: 20 }, (_, i) => i)
    const once = shuffled(items, seededRandom(1))
    expect([...once].sort((x, y) => x - y)).toEqual(items)
    expect(once).not.toEqual(items)
    expect(shuffled(items, seededRandom(1))).toEqual(once)
    expect(shuffled(items, seededRandom(2))).not.toEqual(once)
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i))
  })

  it('hashes text to a 32-bit number (FNV-1a), different for different texts', () => {
    expect(hashText('')).toBe(0x811c9dc5)
    expect(hashText('a')).toBe(0xe40c292c)
    expect(hashText('which-cause:sciatica')).not.toBe(hashText('which-cause:scoliosis'))
  })
})
