import { useEffect, useState } from 'react'
import { findStructure } from '../domain/structures'
import { useExplorerStore } from '../store/explorer-store'

/** The name of the structure under the mouse pointer, shown next to the pointer (desktop). */
export function HoverLabel() {
  const hoveredId = useExplorerStore((s) => s.hoveredId)
  const [position, setPosition] = useState<{ x: number; y: number } | null>(null)

  useEffect(() => {
    const onMove = (e: PointerEvent) => {
      if (e.pointerType === 'mouse') setPosition({ x: e.clientX, y: e.clientY })
    }
    window.addEventListener('pointermove', onMove)
    return () => window.removeEventListener('pointermove', onMove)
  }, [])

  const structure = hoveredId ? findStructure(hoveredId) : undefined
  if (!structure || !position) return null
  return (
    <div className="hover-label" style={{ left: position.x + 14, top: position.y + 10 }} aria-hidden="true">
      {structure.name}
    </div>
  )
}
