import { describe, expect, it } from 'vitest'
import { DERMATOME_PALETTE, PAINT_PALETTE, ROLE_PALETTE, TRIGGER_POINT_PALETTE } from '../../src/domain/palette'
import { HOVER_COLOUR, SELECTED_COLOUR, TISSUE_COLOURS } from '../../src/scene/materials'
import { SCENE_BACKGROUND } from '../../src/scene/ExplorerCanvas'

/** CIELAB (D65) of an sRGB hex colour. */
function lab(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16)
  const linear = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const v = c / 255
    return v > 0.04045 ? ((v + 0.055) / 1.055) ** 2.4 : v / 12.92
  }) as [number, number, number]
  const [r, g, b] = linear
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)) as [number, number, number]
  const [fx, fy, fz] = xyz
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)]
}

/** ΔE*ab (CIE76) between two colours: about 2.3 is just noticeable; 50 is a different colour family. */
function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = lab(a)
  const [l2, a2, b2] = lab(b)
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2)
}

/** Every colour the model can show besides the selection, named for the failure message. */
const OTHER_COLOURS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ROLE_PALETTE).map(([id, s]) => [`role ${id}`, s.colour])),
  ...Object.fromEntries(Object.entries(PAINT_PALETTE).map(([id, s]) => [`paint ${id}`, s.colour])),
  ...Object.fromEntries(Object.entries(DERMATOME_PALETTE).map(([id, c]) => [`dermatome ${id}`, c])),
  ...Object.fromEntries(Object.entries(TRIGGER_POINT_PALETTE).map(([id, s]) => [`trigger point ${id}`, s.colour])),
  ...Object.fromEntries(Object.entries(TISSUE_COLOURS).map(([id, c]) => [`tissue ${id}`, c])),
  hover: HOVER_COLOUR,
  background: SCENE_BACKGROUND,
}

describe('the selection colour', () => {
  it('is far (ΔE ≥ 50) from every role, paint, dermatome, marker, tissue, hover and background colour', () => {
    const tooClose = Object.entries(OTHER_COLOURS)
      .map(([name, colour]) => ({ name, distance: Math.round(deltaE(SELECTED_COLOUR, colour)) }))
      .filter((c) => c.distance < 50)
    expect(tooClose).toEqual([])
  })

  it('would catch the old selection blue, which sat between two role blues', () => {
    expect(deltaE('#2f8cff', ROLE_PALETTE.compressing.colour)).toBeLessThan(50)
    expect(deltaE('#2f8cff', ROLE_PALETTE.weak.colour)).toBeLessThan(50)
  })
})
