import { useEffect, useRef } from 'react'
import { SOURCE_LIST, SOURCE_KIND_NAMES } from '../domain/sources'
import { useExplorerStore } from '../store/explorer-store'

/** The sources page: every citation the explanations rest on, reachable from each entry. */
export function SourcesDialog() {
  const at = useExplorerStore((s) => s.sourcesAt)
  const close = useExplorerStore((s) => s.closeSources)
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (at !== null && !d.open) d.showModal()
    if (at === null && d.open) d.close()
    if (at) {
      const item = d.querySelector<HTMLElement>(`#source-${CSS.escape(at)}`)
      item?.scrollIntoView({ block: 'center' })
      item?.focus()
    }
  }, [at])

  return (
    <dialog ref={dialog} className="sources-dialog" aria-labelledby="sources-title" onClose={close}>
      <h2 id="sources-title">Sources</h2>
      <p>
        Every explanation in this app rests on these sources. Entries marked “not re-checked” were cited from memory or
        a secondary page by the people who compiled our reference sheet; treat them with more care.
      </p>
      {/* Built when opened: a hundred-odd entries are no part of the first paint. */}
      {at !== null && (
        <ol className="sources-dialog__list">
          {SOURCE_LIST.map((source) => (
            <li
              key={source.id}
              id={`source-${source.id}`}
              tabIndex={-1}
              className={at === source.id ? 'sources-dialog__item--current' : undefined}
            >
              <strong>{source.short}</strong>{' '}
              <span className="sources-dialog__kind">({SOURCE_KIND_NAMES[source.kind]})</span>
              <br />
              {source.citation}
              {source.url && (
                <>
                  {' '}
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    Read it
                    <span className="visually-hidden"> (opens another site)</span>
                  </a>
                </>
              )}
              {!source.verified && <em className="sources-dialog__unverified"> Not re-checked.</em>}
            </li>
          ))}
        </ol>
      )}
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  )
}
