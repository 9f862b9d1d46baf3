import { useEffect, useMemo, useRef } from 'react'
import { Html } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { Box3, Vector3 } from 'three'
import { LAYERS, STRUCTURES, findStructure } from '../domain/structures'
import { useExplorerStore } from '../store/explorer-store'
import { computeLooks } from '../store/looks'
import { highlightRolesOf } from '../store/cause-roles'
import { boundsOf, type ModelIndex } from './model-index'

export interface StructureLabelsProps {
  index: ModelIndex
}

/** Most labels shown at once; beyond this they would only hide the model. */
const MAX_LABELS = 28
/** Vertical room one label needs, px. */
const LABEL_SPACING = 22
/** Distance of the label columns from the viewer's edges, px. */
const COLUMN_MARGIN = 12

/** How many frames to keep drawing while the labels mount (about two seconds at 60 fps). */
const LABEL_MOUNT_FRAMES = 120

/** How far a label column reaches into the view from its edge, px (a structure's name and its margin). */
const COLUMN_REACH = 190

/** The two label columns, at the view's left and right edges. */
const SIDES = ['left', 'right'] as const
type Side = (typeof SIDES)[number]
/** The rows of a label column that nothing lies over, px from the canvas's top. */
type FreeRows = Record<Side, { top: number; bottom: number }>

/**
 * The rows of each label column that the view toolbar and the legends leave free: the toolbar
 * lies over the top of the view on a phone and over the bottom on a wider screen, the legends over
 * its top corners, and a label under one is unreadable (and looks like one of its buttons). An
 * overlay in the view's upper half pushes its column's labels below it, one in the lower half
 * keeps them above it; only the columns it reaches into are affected.
 */
function freeRows(canvas: HTMLElement): FreeRows {
  const view = canvas.getBoundingClientRect()
  // With nothing over the bottom, two rows are kept clear there (the view's own edge).
  const open = view.height - 2 * LABEL_SPACING
  const free: FreeRows = { left: { top: 0, bottom: open }, right: { top: 0, bottom: open } }
  const viewer = canvas.closest('.viewer')
  const overlays = [viewer?.querySelector('.toolbar'), ...(viewer?.querySelectorAll('.legends .legend') ?? [])]
  for (const overlay of overlays) {
    const r = overlay?.getBoundingClientRect()
    if (!r || r.height === 0 || r.bottom <= view.top || r.top >= view.bottom) continue
    for (const side of SIDES) {
      const reaches = side === 'left' ? r.left < view.left + COLUMN_REACH : r.right > view.right - COLUMN_REACH
      if (!reaches) continue
      const rows = free[side]
      if (r.top - view.top < view.height / 2) rows.top = Math.max(rows.top, r.bottom - view.top)
      else rows.bottom = Math.min(rows.bottom, r.top - view.top)
    }
  }
  return free
}

function sameRows(a: FreeRows, b: FreeRows): boolean {
  return SIDES.every((side) => a[side].top === b[side].top && a[side].bottom === b[side].bottom)
}

const _box = new Box3()
const _v = new Vector3()

interface Placed {
  id: string
  anchorX: number
  anchorY: number
  side: Side
  y: number
}

/**
 * Leader-line labels: one for the selection, or (on request) one for every structure of the
 * outermost visible layer. Labels sit in two columns at the viewer's edges, sorted by height and
 * pushed apart so they never pile up; a line joins each to its structure. Positions are updated
 * in the render loop without React state.
 */
export function StructureLabels({ index }: StructureLabelsProps) {
  const mode = useExplorerStore((s) => s.labels)
  const selectedId = useExplorerStore((s) => s.selectedId)
  const hiddenIds = useExplorerStore((s) => s.hiddenIds)
  const hiddenLayers = useExplorerStore((s) => s.hiddenLayers)
  const isolate = useExplorerStore((s) => s.isolate)
  const causeId = useExplorerStore((s) => s.causeId)
  const painLookupOpen = useExplorerStore((s) => s.painLookupOpen)
  const painAreas = useExplorerStore((s) => s.painAreas)
  const size = useThree((s) => s.size)
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const invalidate = useThree((s) => s.invalidate)
  const labelRefs = useRef(new Map<string, HTMLDivElement>())
  const lineRefs = useRef(new Map<string, SVGLineElement>())
  // Measured when the view, the toolbar or the legends change, never per frame (it forces a layout).
  const open = { top: 0, bottom: size.height - 2 * LABEL_SPACING }
  const free = useRef<FreeRows>({ left: open, right: open })
  useEffect(() => {
    const measure = () => {
      const before = free.current
      free.current = freeRows(canvas)
      // The canvas draws on demand: place the labels again, if any are shown and their rows moved
      // (a frame for nothing costs a phone hundreds of milliseconds).
      if (labelRefs.current.size > 0 && !sameRows(before, free.current)) invalidate()
    }
    measure()
    const viewer = canvas.closest('.viewer')
    const toolbar = viewer?.querySelector('.toolbar')
    const legends = viewer?.querySelector('.legends')
    if (typeof ResizeObserver === 'undefined') return
    // A legend folds, unfolds, comes and goes with the selection and the cause.
    const resized = new ResizeObserver(measure)
    const changed = new MutationObserver(measure)
    if (toolbar) resized.observe(toolbar)
    if (legends) {
      resized.observe(legends)
      changed.observe(legends, { childList: true, subtree: true, attributes: true })
    }
    return () => {
      resized.disconnect()
      changed.disconnect()
    }
  }, [canvas, size, invalidate])

  const ids = useMemo(() => {
    if (mode === 'selection') return selectedId ? [selectedId] : []
    const looks = computeLooks({
      structures: STRUCTURES,
      selectedId,
      hoveredId: null,
      hiddenIds,
      hiddenLayers,
      isolate,
      xray: false,
      causeRoles: highlightRolesOf({ causeId, painLookupOpen, painAreas }),
    })
    const visible = STRUCTURES.filter((s) => {
      const kind = looks.get(s.id)?.kind
      return kind === 'base' || kind === 'selected' || kind === 'role'
    })
    const outer = LAYERS.find((layer) => visible.some((s) => s.layer === layer))
    return visible
      .filter((s) => s.layer === outer || s.id === selectedId)
      .slice(0, MAX_LABELS)
      .map((s) => s.id)
  }, [mode, selectedId, hiddenIds, hiddenLayers, isolate, causeId, painLookupOpen, painAreas])

  // A settled pose reports new figures: the anchors move with it.
  const poseSettled = useExplorerStore((s) => s.poseMeasurements)
  const anchors = useMemo(
    () =>
      new Map(
        ids.map((id) => {
          boundsOf(index, [id], _box)
          return [id, _box.getCenter(new Vector3())]
        })
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- poseSettled marks when the bounds changed
    [ids, index, poseSettled]
  )

  // New labels are placed by the next frame: ask for one (the canvas draws on demand); they stay
  // hidden until placed rather than piled in the view's corner.
  // Frames drawn so far waiting for labels to mount: bounded, so a label that never mounts cannot
  // keep an on-demand canvas drawing every frame.
  const waited = useRef(0)
  useEffect(() => {
    waited.current = 0
    invalidate()
  }, [ids, anchors, invalidate])

  useFrame(() => {
    const placed: Placed[] = []
    for (const id of ids) {
      const anchor = anchors.get(id)
      if (!anchor) continue
      _v.copy(anchor).project(camera)
      const x = ((_v.x + 1) / 2) * size.width
      const y = ((1 - _v.y) / 2) * size.height
      // A structure whose middle is out of the view (or behind the camera) gets no label: its line
      // would point off the edge, at nothing to be seen.
      const inView = _v.z < 1 && x >= 0 && x <= size.width && y >= 0 && y <= size.height
      const line = lineRefs.current.get(id)
      if (!inView) {
        labelRefs.current.get(id)?.style.setProperty('visibility', 'hidden')
        line?.setAttribute('visibility', 'hidden')
        continue
      }
      line?.removeAttribute('visibility')
      placed.push({ id, anchorX: x, anchorY: y, side: x < size.width / 2 ? 'left' : 'right', y })
    }
    for (const side of SIDES) {
      const column = placed.filter((p) => p.side === side).sort((a, b) => a.anchorY - b.anchorY)
      const { top, bottom } = free.current[side]
      let previous = -Infinity
      for (const p of column) {
        p.y = Math.max(p.anchorY, previous + LABEL_SPACING, top + LABEL_SPACING)
        previous = p.y
      }
      // Then up from the free rows' bottom: a label past it (its structure behind the toolbar) moves
      // up, and those above it only as far as they must to stay apart. Shifting the whole column
      // instead left such a label over the toolbar whenever the column's first one was already at
      // the top. Only a column with more labels than rows runs past its top, under a legend.
      let next = Infinity
      for (const p of column.toReversed()) {
        p.y = Math.min(p.y, next - LABEL_SPACING, bottom - LABEL_SPACING)
        next = p.y
      }
    }
    let unmounted = false
    for (const p of placed) {
      const label = labelRefs.current.get(p.id)
      const line = lineRefs.current.get(p.id)
      if (!label || !line) {
        unmounted = true
        continue
      }
      const x = p.side === 'left' ? COLUMN_MARGIN : size.width - COLUMN_MARGIN
      label.style.transform = `translate(${p.side === 'left' ? x : x - label.offsetWidth}px, ${p.y - 10}px)`
      label.style.visibility = 'visible'
      const lineEnd = p.side === 'left' ? x + label.offsetWidth + 4 : x - label.offsetWidth - 4
      line.setAttribute('x1', String(p.anchorX))
      line.setAttribute('y1', String(p.anchorY))
      line.setAttribute('x2', String(lineEnd))
      line.setAttribute('y2', String(p.y))
    }
    // Html renders its labels in a React root of its own, a little after this component: draw again
    // until every label is there to place (a few frames; give up after LABEL_MOUNT_FRAMES).
    if (unmounted && waited.current++ < LABEL_MOUNT_FRAMES) invalidate()
  })

  // Html stays mounted while the model is shown, even with no labels: each mount makes a new
  // React root on its own element, which a select / deselect cycle would otherwise repeat.
  return (
    // Pinned to the canvas centre: fullscreen Html offsets itself by half the canvas from there.
    <Html
      fullscreen
      calculatePosition={(_el, _camera, canvas) => [canvas.width / 2, canvas.height / 2]}
      pointerEvents="none"
      zIndexRange={[5, 0]}
      className="labels"
    >
      <svg className="labels__lines" width={size.width} height={size.height} aria-hidden="true">
        {ids.map((id) => (
          <line
            key={id}
            ref={(el) => {
              if (el) lineRefs.current.set(id, el)
              else lineRefs.current.delete(id)
            }}
          />
        ))}
      </svg>
      {ids.map((id) => (
        <div
          key={id}
          className={`labels__label${id === selectedId ? ' labels__label--selected' : ''}`}
          ref={(el) => {
            if (el) labelRefs.current.set(id, el)
            else labelRefs.current.delete(id)
          }}
          aria-hidden="true"
        >
          {findStructure(id)?.name ?? id}
        </div>
      ))}
    </Html>
  )
}
