import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { snapshotSize, useSnapshotStore } from '../store/snapshot-store'

/**
 * Answers the print handout's snapshot requests: renders the scene once, from the current camera,
 * at print size (longer side `SNAPSHOT_MAX_SIDE` px), copies the pixels out and puts the renderer
 * back as it was, all in one task, so the screen never shows the large frame. The image is the
 * 3D view alone, not a capture of the page: labels and panels are DOM and stay out of it.
 */
export function SnapshotTaker() {
  const request = useSnapshotStore((s) => s.request)
  const get = useThree((s) => s.get)

  useEffect(() => {
    if (!request) return
    const { seq } = request
    const { gl, scene, camera, size, invalidate } = get()
    const { deliverSnapshot } = useSnapshotStore.getState()
    if (gl.getContext().isContextLost()) {
      deliverSnapshot({ seq, state: 'failed', reason: 'The 3D view is restoring; try again in a moment.' })
      return
    }
    const [width, height] = snapshotSize(size.width, size.height)
    const copy = document.createElement('canvas')
    copy.width = width
    copy.height = height
    const context = copy.getContext('2d')
    if (!context) {
      deliverSnapshot({ seq, state: 'failed', reason: 'This browser cannot copy the 3D view.' })
      return
    }
    const pixelRatio = gl.getPixelRatio()
    try {
      // Same shape as the view, so the camera's aspect and framing stay as they are.
      gl.setPixelRatio(1)
      gl.setSize(width, height, false)
      gl.render(scene, camera)
      // A synchronous copy: the WebGL drawing buffer is cleared once the page composites.
      context.drawImage(gl.domElement, 0, 0)
    } finally {
      gl.setPixelRatio(pixelRatio)
      gl.setSize(size.width, size.height, false)
      invalidate()
    }
    copy.toBlob((blob) => {
      if (blob) deliverSnapshot({ seq, state: 'ready', url: URL.createObjectURL(blob), width, height })
      else deliverSnapshot({ seq, state: 'failed', reason: 'This browser could not encode the picture.' })
    }, 'image/png')
  }, [request, get])

  return null
}
