import { describe, expect, it } from 'vitest'
import { prefersDataSaving } from '../../../src/app/data-saving'

const browserWith = (connection?: object) => ({ connection }) as unknown as Navigator

describe('waiting for a tap before the 3D model downloads', () => {
  it('waits when the browser asks to save data', () => {
    expect(prefersDataSaving(browserWith({ saveData: true, effectiveType: '4g' }))).toBe(true)
  })

  it('waits on a very slow connection', () => {
    expect(prefersDataSaving(browserWith({ saveData: false, effectiveType: '2g' }))).toBe(true)
    expect(prefersDataSaving(browserWith({ effectiveType: 'slow-2g' }))).toBe(true)
  })

  it('loads at once on an ordinary connection, or where the browser does not say', () => {
    expect(prefersDataSaving(browserWith({ saveData: false, effectiveType: '4g' }))).toBe(false)
    expect(prefersDataSaving(browserWith({ effectiveType: '3g' }))).toBe(false)
    expect(prefersDataSaving(browserWith(undefined))).toBe(false)
  })
})
