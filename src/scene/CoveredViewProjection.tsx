import { useLayoutEffect } from 'react'
import { useThree } from '@react-three/fiber'
import type { PerspectiveCamera } from 'three'
import { useExplorerStore } from '../store/explorer-store'

/** At most this share of the view counts as covered, so a tall sheet still leaves the model some room. */
const MAX_COVERED_SHARE = 0.7

/**
 * When the explanation's bottom sheet covers the lower part of the view (a phone), projects the
 * scene into the part above it: the view's centre moves to that part's centre and the camera's
 * field of view spans its height, so what the camera frames (a picked structure) shows above the
 * sheet instead of under it. The rows under the sheet still draw, as the rest of the picture.
 * Camera moves, picking and labels all go through the camera's projection, so they follow.
 */
export function CoveredViewProjection() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera & { manual?: boolean }
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  const covered = useExplorerStore((s) => s.viewerCoveredBelow)

  useLayoutEffect(() => {
    if (!camera.isPerspectiveCamera || size.width <= 0 || size.height <= 0) return
    const visible = size.height - Math.min(covered, size.height * MAX_COVERED_SHARE)
    // R3F sets the aspect from the canvas on each resize; this one owns it while it runs.
    camera.manual = true
    if (visible < size.height) {
      // A virtual picture as tall as the visible part, drawn from its top: its centre (where the
      // camera looks) is the visible part's centre, and the rows below are the sheet's.
      camera.aspect = size.width / visible
      camera.setViewOffset(size.width, visible, 0, 0, size.width, size.height)
    } else {
      camera.aspect = size.width / size.height
      camera.clearViewOffset()
    }
    camera.updateProjectionMatrix()
    invalidate()
  }, [camera, size.width, size.height, covered, invalidate])

  useLayoutEffect(
    () => () => {
      camera.manual = false
      camera.clearViewOffset()
    },
    [camera]
  )
  return null
}
