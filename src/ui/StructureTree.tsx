import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { STRUCTURES, SYSTEM_NAMES, type Structure, type StructureSystem } from '../domain/structures'
import { useExplorerStore } from '../store/explorer-store'

interface TreeRow {
  key: string
  level: 1 | 2
  label: string
  system: StructureSystem
  structure?: Structure
}

const SYSTEMS = Object.keys(SYSTEM_NAMES) as StructureSystem[]

function groupsOf(structures: readonly Structure[]): Map<StructureSystem, Structure[]> {
  const groups = new Map<StructureSystem, Structure[]>(SYSTEMS.map((s) => [s, []]))
  for (const s of structures) groups.get(s.system)?.push(s)
  return groups
}

/**
 * The structure tree, grouped by body system, as an ARIA tree: arrow keys move, Right/Left open
 * and close a group, Enter selects, and the eye buttons hide or show a structure or a group.
 */
export function StructureTree() {
  const selectedId = useExplorerStore((s) => s.selectedId)
  const hiddenIds = useExplorerStore((s) => s.hiddenIds)
  const hiddenLayers = useExplorerStore((s) => s.hiddenLayers)
  const { select, toggleHidden, setHidden } = useExplorerStore.getState()
  const groups = useMemo(() => groupsOf(STRUCTURES), [])
  const [open, setOpen] = useState<ReadonlySet<StructureSystem>>(() => new Set<StructureSystem>(['bones']))
  const [focusKey, setFocusKey] = useState<string>(`group:${SYSTEMS[0]}`)
  const rowRefs = useRef(new Map<string, HTMLElement>())

  const rows: TreeRow[] = []
  for (const system of SYSTEMS) {
    rows.push({ key: `group:${system}`, level: 1, label: SYSTEM_NAMES[system], system })
    if (open.has(system)) {
      for (const structure of groups.get(system) ?? [])
        rows.push({ key: structure.id, level: 2, label: structure.name, system, structure })
    }
  }

  const isHidden = (s: Structure) => hiddenIds.has(s.id) || hiddenLayers.has(s.layer)
  const focusRow = (key: string | undefined) => {
    if (!key) return
    setFocusKey(key)
    rowRefs.current.get(key)?.focus()
  }
  const toggleGroup = (system: StructureSystem, expand?: boolean) => {
    const next = new Set(open)
    if (expand ?? !next.has(system)) next.add(system)
    else next.delete(system)
    setOpen(next)
  }

  const onKeyDown = (event: KeyboardEvent, row: TreeRow, i: number) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusRow(rows[i + 1]?.key),
      ArrowUp: () => focusRow(rows[i - 1]?.key),
      Home: () => focusRow(rows[0]?.key),
      End: () => focusRow(rows[rows.length - 1]?.key),
      ArrowRight: () => {
        if (row.level === 1 && !open.has(row.system)) toggleGroup(row.system, true)
        else if (row.level === 1) focusRow(rows[i + 1]?.key)
      },
      ArrowLeft: () => {
        if (row.level === 1) toggleGroup(row.system, false)
        else focusRow(`group:${row.system}`)
      },
      Enter: () => (row.structure ? select(row.structure.id) : toggleGroup(row.system)),
      ' ': () => (row.structure ? select(row.structure.id) : toggleGroup(row.system)),
      // H hides or shows the focused structure or group (the eye button, from the keyboard).
      h: () =>
        row.structure
          ? toggleHidden(row.structure.id)
          : setHidden(
              (groups.get(row.system) ?? []).map((m) => m.id),
              !(groups.get(row.system) ?? []).every(isHidden)
            ),
    }
    const action = keys[event.key]
    if (action) {
      event.preventDefault()
      action()
    }
  }

  return (
    <ul className="tree" role="tree" aria-label="Structures by body system">
      {rows.map((row, i) => {
        const members = groups.get(row.system) ?? []
        const groupHidden = members.length > 0 && members.every(isHidden)
        const hidden = row.structure ? isHidden(row.structure) : groupHidden
        const selected = row.structure?.id === selectedId
        return (
          <li
            key={row.key}
            ref={(el) => {
              if (el) rowRefs.current.set(row.key, el)
              else rowRefs.current.delete(row.key)
            }}
            role="treeitem"
            aria-level={row.level}
            aria-selected={row.structure ? selected : false}
            {...(row.level === 1 ? { 'aria-expanded': open.has(row.system) } : {})}
            tabIndex={row.key === focusKey ? 0 : -1}
            className={`tree__row tree__row--level-${row.level}${selected ? ' tree__row--selected' : ''}${hidden ? ' tree__row--hidden' : ''}`}
            onKeyDown={(e) => onKeyDown(e, row, i)}
            onFocus={() => setFocusKey(row.key)}
            onClick={() => {
              setFocusKey(row.key)
              if (row.structure) select(row.structure.id)
              else toggleGroup(row.system)
            }}
          >
            {row.level === 1 && (
              <span className="tree__twisty" aria-hidden="true">
                {open.has(row.system) ? '▾' : '▸'}
              </span>
            )}
            <span className="tree__label">{row.label}</span>
            <button
              type="button"
              className="tree__eye"
              tabIndex={-1}
              aria-label={`${hidden ? 'Show' : 'Hide'} ${row.label}`}
              aria-pressed={hidden}
              title={hidden ? 'Show' : 'Hide'}
              onClick={(e) => {
                e.stopPropagation()
                if (row.structure) toggleHidden(row.structure.id)
                else
                  setHidden(
                    members.map((m) => m.id),
                    !groupHidden
                  )
              }}
            >
              {hidden ? '◌' : '◉'}
            </button>
          </li>
        )
      })}
    </ul>
  )
}
