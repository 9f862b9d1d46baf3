import { Vector3, type Matrix4, type Plane } from 'three'

/**
 * A window cut in the veil over the selection (the external oblique over a picked internal
 * oblique), as an atlas opens a layer: a rectangle square to the screen over the middle of the
 * selection, leaving a margin of the veil round it, so the selection is seen as the layer beneath
 * while its own outline shows through the veil.
 */

/** Share of the selection's width and height left covered on each side of the window. */
export const WINDOW_MARGIN = 0.22

const _right = new Vector3()
const _up = new Vector3()

/**
 * Sets four clipping planes (used with `clipIntersection`, so only what all four cut is cut) to
 * the window over `samples` (points on the selection, world space) as the camera with world
 * matrix `cameraWorld` sees them: each plane is negative inside the window on its side.
 */
export function fitCoverWindow(planes: readonly Plane[], samples: readonly Vector3[], cameraWorld: Matrix4): void {
  if (planes.length < 4 || samples.length === 0) return
  _right.setFromMatrixColumn(cameraWorld, 0).normalize()
  _up.setFromMatrixColumn(cameraWorld, 1).normalize()
  ;[_right, _up].forEach((axis, k) => {
    let lo = Infinity
    let hi = -Infinity
    for (const p of samples) {
      const d = p.dot(axis)
      lo = Math.min(lo, d)
      hi = Math.max(hi, d)
    }
    const inset = (hi - lo) * WINDOW_MARGIN
    // Distance along the axis past the window's far edge, and back past its near edge.
    planes[2 * k]!.normal.copy(axis)
    planes[2 * k]!.constant = -(hi - inset)
    planes[2 * k + 1]!.normal.copy(axis).negate()
    planes[2 * k + 1]!.constant = lo + inset
  })
}
