import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { searchEntries, structureSearchEntries, type SearchEntry, type SearchResult } from '../domain/search'
import { useExplorerStore } from '../store/explorer-store'

export interface SearchBoxProps {
  /** Extra entries (e.g. causes) with an id prefix the box turns into an action. */
  extraEntries?: readonly SearchEntry[]
  onPickExtra?: (id: string) => void
}

/**
 * A combobox that finds structures (and causes) by name, synonym or a near miss. Arrow keys move
 * through the results, Enter picks, Escape closes; picking selects and frames the structure.
 */
export function SearchBox({ extraEntries = [], onPickExtra }: SearchBoxProps) {
  const select = useExplorerStore((s) => s.select)
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const listId = useId()
  const input = useRef<HTMLInputElement>(null)
  const entries = useMemo(() => [...structureSearchEntries(), ...extraEntries], [extraEntries])
  const results: SearchResult[] = useMemo(() => searchEntries(entries, query, 10), [entries, query])
  const extraIds = useMemo(() => new Set(extraEntries.map((e) => e.id)), [extraEntries])

  const pick = (result: SearchResult | undefined) => {
    if (!result) return
    if (extraIds.has(result.id)) onPickExtra?.(result.id)
    else select(result.id)
    setQuery('')
    setOpen(false)
    input.current?.blur()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setOpen(true)
      setActive((a) => Math.min(a + 1, results.length - 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((a) => Math.max(a - 1, 0))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      pick(results[active])
    } else if (event.key === 'Escape') {
      setOpen(false)
      event.stopPropagation()
    }
  }

  const expanded = open && query.trim() !== ''
  const optionId = (i: number) => `${listId}-option-${i}`

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search structures and causes
      </label>
      <input
        id={`${listId}-input`}
        ref={input}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        {...(expanded && results[active] ? { 'aria-activedescendant': optionId(active) } : {})}
        placeholder="Search: disc, tailbone, sciatica…"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Search results" className="search__results" hidden={!expanded}>
        {results.map((result, i) => (
          <li
            key={result.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'search__option search__option--active' : 'search__option'}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault()
              pick(result)
            }}
          >
            <span>{result.label}</span>
            {result.matchedBy && <span className="search__hint"> · “{result.matchedBy}”</span>}
          </li>
        ))}
        {results.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search__empty">
            Nothing matches “{query}”. Try another word, such as “disc”, “nerve” or “hip”.
          </li>
        )}
      </ul>
    </div>
  )
}
