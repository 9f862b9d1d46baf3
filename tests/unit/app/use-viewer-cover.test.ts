import { describe, expect, it } from 'vitest'
import { coveredBelow } from '../../../src/app/use-viewer-cover'

const rect = (left: number, top: number, width: number, height: number): DOMRect =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect

describe('how much of the 3D view the explanation panel covers', () => {
  const view = rect(0, 150, 390, 600)

  it('is the part under a bottom sheet that spans the view', () => {
    expect(coveredBelow(view, rect(0, 420, 390, 330))).toBe(330)
  })

  it('is nothing for a panel beside the view, as on a wide screen', () => {
    expect(coveredBelow(rect(280, 60, 700, 700), rect(980, 60, 300, 700))).toBe(0)
  })

  it('is nothing for a closed (empty) sheet or one below the view', () => {
    expect(coveredBelow(view, rect(0, 750, 390, 0))).toBe(0)
    expect(coveredBelow(view, rect(0, 760, 390, 80))).toBe(0)
  })

  it('rounds to whole pixels so sub-pixel layout changes do not move the camera', () => {
    expect(coveredBelow(view, rect(0, 420.4, 390, 329.6))).toBe(330)
  })
})
