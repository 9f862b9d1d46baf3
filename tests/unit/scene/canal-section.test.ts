/**
 * The canal-section measure on shapes whose area is known: it must find the walls a plane cuts,
 * close the open sides with the oval, and give the polygon's area.
 */
import { describe, expect, it } from 'vitest'
import { canalSectionArea, sectionSegments, type SectionMesh } from '../../../src/scene/canal-section'

/** An open box tube along z (no end caps): walls at x = ±a and y = ±b, from z = −1 to 1. */
function tube(a: number, b: number): SectionMesh {
  const corners = [
    [-a, -b],
    [a, -b],
    [a, b],
    [-a, b],
  ] as const
  const positions: number[] = []
  for (const [x, y] of corners) positions.push(x, y, -1, x, y, 1)
  const index: number[] = []
  for (let i = 0; i < 4; i++) {
    const j = (i + 1) % 4
    index.push(i * 2, j * 2, j * 2 + 1, i * 2, j * 2 + 1, i * 2 + 1)
  }
  return { positions, index }
}

/** Two flat plates across the tube's front and back only (the sides open). */
function plates(b: number, halfWidth: number): SectionMesh {
  const positions: number[] = []
  const index: number[] = []
  for (const y of [-b, b]) {
    const o = positions.length / 3
    positions.push(-halfWidth, y, -1, halfWidth, y, -1, halfWidth, y, 1, -halfWidth, y, 1)
    index.push(o, o + 1, o + 2, o, o + 2, o + 3)
  }
  return { positions, index }
}

const FRAME = { centre: [0, 0, 0] as const, left: [1, 0, 0] as const, back: [0, 1, 0] as const }

describe('the canal section', () => {
  it('cuts a closed tube into its four walls and measures its rectangle', () => {
    expect(sectionSegments([tube(6, 4)], FRAME).length / 4).toBe(8)
    // 12 × 8; a side limit far out leaves the oval flat where it meets the front and back walls.
    const area = canalSectionArea([tube(6, 4)], FRAME, { halfWidth: 1e6, maxRadius: 50, rays: 720 })
    expect(area).toBeGreaterThan(96 * 0.99)
    expect(area).toBeLessThan(96 * 1.001)
  })

  it('closes open sides with the oval through the side limits and the front and back walls', () => {
    // Front and back plates 8 mm apart, open to the sides, 12 mm to each side: half an ellipse of
    // semi-axes 12 and 4 either way, cut by the plates only where they are nearer: here never.
    const area = canalSectionArea([plates(4, 30)], FRAME, { halfWidth: 12, maxRadius: 50, rays: 720 })
    expect(area).toBeCloseTo(Math.PI * 12 * 4, 0)
  })

  it('shrinks when a wall moves in, and is measured the same in any plane and units', () => {
    const wide = canalSectionArea([tube(6, 4)], FRAME, { halfWidth: 1e6, maxRadius: 50, rays: 360 })
    const narrow = canalSectionArea([tube(6, 3)], FRAME, { halfWidth: 1e6, maxRadius: 50, rays: 360 })
    expect(narrow / wide).toBeCloseTo(0.75, 2)
    // The same tube lying along x, measured in metres.
    const t = tube(6, 4)
    const turned = Array.from(t.positions).map((v) => v / 1000)
    for (let i = 0; i < turned.length; i += 3) [turned[i], turned[i + 2]] = [turned[i + 2] ?? 0, -(turned[i] ?? 0)]
    const area = canalSectionArea(
      [{ positions: turned, index: t.index }],
      { centre: [0, 0, 0], left: [0, 0, -1], back: [0, 1, 0] },
      { halfWidth: 1e3, maxRadius: 0.05, rays: 360 }
    )
    expect(area * 1e6).toBeCloseTo(wide, 3)
  })

  it('refuses a fan that has no ray straight ahead', () => {
    expect(() => canalSectionArea([tube(6, 4)], FRAME, { halfWidth: 20, maxRadius: 50, rays: 90 })).toThrow(
      /multiple of 4/
    )
  })
})
