import { describe, expect, it } from 'vitest'
import { Matrix4, Plane, Vector3 } from 'three'
import { fitCoverWindow, WINDOW_MARGIN } from '../../../src/scene/cover-window'

/** Cut as `clipIntersection` cuts: only where every plane has the point on its negative side. */
const isCut = (planes: readonly Plane[], p: Vector3): boolean => planes.every((plane) => plane.distanceToPoint(p) < 0)

describe('the window in the sheet over a picked deeper one', () => {
  // A sheet 200 mm wide and 100 mm high, seen from in front by a camera turned 90° about the
  // vertical (its right is the world's -z), so the window must follow the camera, not the axes.
  const camera = new Matrix4().makeRotationY(Math.PI / 2)
  const samples: Vector3[] = []
  for (let i = 0; i <= 10; i++) for (let j = 0; j <= 10; j++) samples.push(new Vector3(0.03, j * 0.01, -i * 0.02))
  const planes = [new Plane(), new Plane(), new Plane(), new Plane()]
  fitCoverWindow(planes, samples, camera)

  it('cuts the middle of the sheet away, at any depth along the line of sight', () => {
    expect(isCut(planes, new Vector3(0.03, 0.05, -0.1))).toBe(true)
    expect(isCut(planes, new Vector3(0.2, 0.05, -0.1))).toBe(true)
    expect(isCut(planes, new Vector3(-0.2, 0.05, -0.1))).toBe(true)
  })

  it('leaves a margin of the sheet round the window on every side', () => {
    const inset = WINDOW_MARGIN / 2
    expect(isCut(planes, new Vector3(0.03, 0.05, -0.2 * inset))).toBe(false)
    expect(isCut(planes, new Vector3(0.03, 0.05, -0.2 * (1 - inset)))).toBe(false)
    expect(isCut(planes, new Vector3(0.03, 0.1 * inset, -0.1))).toBe(false)
    expect(isCut(planes, new Vector3(0.03, 0.1 * (1 - inset), -0.1))).toBe(false)
    // Just inside the margin on each side it is open.
    const open = WINDOW_MARGIN * 1.2
    expect(isCut(planes, new Vector3(0.03, 0.05, -0.2 * open))).toBe(true)
    expect(isCut(planes, new Vector3(0.03, 0.1 * (1 - open), -0.1))).toBe(true)
  })
})
