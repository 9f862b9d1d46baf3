import { useEffect, type RefObject } from 'react'
import { useExplorerStore } from '../store/explorer-store'

/**
 * How many CSS pixels of the 3D view an overlay panel hides at its bottom: the explanation's
 * bottom sheet on a narrow screen, measured whenever either box changes size. A panel beside the
 * view (a wide screen) or a closed sheet covers nothing.
 */
export function coveredBelow(view: DOMRect, panel: DOMRect): number {
  const across = Math.min(view.right, panel.right) - Math.max(view.left, panel.left)
  if (panel.height <= 0 || across < view.width / 2) return 0
  if (panel.top <= view.top || panel.top >= view.bottom) return 0
  return Math.round(view.bottom - panel.top)
}

/**
 * Keeps the store's `viewerCoveredBelow` up to date for these two elements, which stay mounted
 * as long as the caller does.
 */
export function useViewerCover(viewRef: RefObject<HTMLElement | null>, panelRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const view = viewRef.current
    const panel = panelRef.current
    if (!view || !panel) return
    const measure = () =>
      useExplorerStore
        .getState()
        .setViewerCoveredBelow(coveredBelow(view.getBoundingClientRect(), panel.getBoundingClientRect()))
    // Observing reports each box once after the next layout, so the first measure needs no
    // layout forced in the middle of React's commit.
    const observer = new ResizeObserver(measure)
    observer.observe(view)
    observer.observe(panel)
    // A layout change can move the sheet without resizing it (the header wrapping anew).
    window.addEventListener('resize', measure)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', measure)
      useExplorerStore.getState().setViewerCoveredBelow(0)
    }
  }, [viewRef, panelRef])
}
