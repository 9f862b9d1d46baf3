import { describe, expect, it } from 'vitest'
import {
  CAUDA_EQUINA_FLAGS,
  DISCLAIMER,
  DISCLAIMER_LONG,
  EMERGENCY_NUMBERS,
  RED_FLAGS,
  RED_FLAG_URGENCIES,
  redFlagsByUrgency,
} from '../../../src/domain/red-flags'
import { isSourceId } from '../../../src/domain/sources'
import { emptyStrings, placeholderStrings } from './content-helpers'

function flag(id: string) {
  const f = RED_FLAGS.find((r) => r.id === id)
  if (!f) throw new Error(`no red flag ${id}`)
  return f
}

describe('red flags', () => {
  it('lists the cauda equina signs as emergencies', () => {
    const ids = CAUDA_EQUINA_FLAGS.map((f) => f.id)
    expect(ids).toEqual(['saddle-anaesthesia', 'bladder-bowel-dysfunction', 'bilateral-leg-symptoms'])
    for (const f of CAUDA_EQUINA_FLAGS) {
      expect(f.urgency, f.id).toBe('emergency')
      expect(f.meaning, f.id).toMatch(/cauda equina/i)
    }
    expect(flag('saddle-anaesthesia').sign).toMatch(/numbness/)
    expect(flag('bladder-bowel-dysfunction').sign).toMatch(/bladder or bowel/)
    expect(flag('bilateral-leg-symptoms').sign).toMatch(/both legs/)
  })

  it('covers fever, cancer, trauma, weight loss and progressive weakness', () => {
    expect(flag('fever-infection').sign).toMatch(/fever/)
    expect(flag('cancer-history').sign).toMatch(/cancer/)
    expect(flag('trauma-fracture').sign).toMatch(/fall or accident/)
    expect(flag('unexplained-weight-loss').sign).toMatch(/weight/)
    expect(flag('progressive-neuro-deficit').sign).toMatch(/[Ww]eakness .*getting worse/)
    for (const id of ['fever-infection', 'cancer-history', 'trauma-fracture', 'progressive-neuro-deficit']) {
      expect(flag(id).urgency, id).not.toBe('soon')
    }
  })

  it('orders flags from most to least urgent, each with a source that exists', () => {
    const rank = RED_FLAG_URGENCIES.map((u) => u.id)
    const ranks = RED_FLAGS.map((f) => rank.indexOf(f.urgency))
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks)
    for (const f of RED_FLAGS) {
      expect(f.sources.length, f.id).toBeGreaterThan(0)
      expect(
        f.sources.filter((s) => !isSourceId(s)),
        f.id
      ).toEqual([])
    }
    expect(new Set(RED_FLAGS.map((f) => f.id)).size).toBe(RED_FLAGS.length)
    for (const u of RED_FLAG_URGENCIES) expect(redFlagsByUrgency(u.id).length, u.id).toBeGreaterThan(0)
  })

  it('says "go now" for emergencies, not "consider"', () => {
    const emergency = RED_FLAG_URGENCIES.find((u) => u.id === 'emergency')
    expect(emergency?.action).toMatch(/now/)
    for (const f of redFlagsByUrgency('emergency')) expect(f.action, f.id).toMatch(/now/)
    for (const f of RED_FLAGS) expect(f.action, f.id).not.toMatch(/consider/i)
  })

  it('has no empty strings and no placeholder words', () => {
    expect(emptyStrings({ RED_FLAGS, RED_FLAG_URGENCIES, DISCLAIMER, DISCLAIMER_LONG })).toEqual([])
    expect(placeholderStrings({ RED_FLAGS, RED_FLAG_URGENCIES, DISCLAIMER, DISCLAIMER_LONG })).toEqual([])
  })

  it('has a short disclaimer and a full one that say education, not diagnosis', () => {
    expect(DISCLAIMER.length).toBeLessThan(140)
    expect(DISCLAIMER).toMatch(/education/i)
    expect(DISCLAIMER).toMatch(/cannot diagnose/)
    expect(DISCLAIMER_LONG).toMatch(/does not mean it is the cause of your pain/)
    expect(DISCLAIMER_LONG).toMatch(/emergency/)
  })

  it('makes both-leg symptoms an emergency only when new or quickly worsening', () => {
    const bilateral = flag('bilateral-leg-symptoms')
    expect(bilateral.sign).toMatch(/new or getting worse quickly/)
    // The usual walking picture of spinal stenosis is named as not an emergency in itself.
    expect(bilateral.meaning).toMatch(/stenosis/)
    expect(bilateral.meaning).toMatch(/not an emergency unless it is new or getting worse fast/)
  })

  it('says the inflammatory pattern needs at least 4 of the 5 features, not one', () => {
    const inflammatory = flag('inflammatory-pattern')
    expect(inflammatory.sign).toMatch(/at least 4 of these 5 features/)
    expect(inflammatory.sign).toMatch(/One feature on its own is common/)
    for (const feature of [
      /before age 40/,
      /came on slowly/,
      /better with exercise/,
      /not get better with rest/,
      /at night/,
    ]) {
      expect(inflammatory.sign).toMatch(feature)
    }
  })

  it('names cancer, infection and fracture as well as an aneurysm for constant pain higher up the back', () => {
    const meaning = flag('thoracic-or-nonmechanical').meaning
    for (const cause of [/aneurysm/, /cancer/, /infection/, /broken/]) expect(meaning).toMatch(cause)
  })

  it('names emergency numbers for the main regions, not one country', () => {
    for (const number of ['999', '911', '112']) expect(EMERGENCY_NUMBERS).toContain(number)
    const emergency = RED_FLAG_URGENCIES.find((u) => u.id === 'emergency')
    expect(emergency?.action).toContain(EMERGENCY_NUMBERS)
    expect(RED_FLAG_URGENCIES.find((u) => u.id === 'urgent')?.action).toMatch(/111/)
  })
})
