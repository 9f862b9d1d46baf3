import { findSource } from '../domain/sources'
import { useExplorerStore } from '../store/explorer-store'

/** The citations an entry rests on, each linking to its place on the sources page; unverified ones say so. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const openSources = useExplorerStore((s) => s.openSources)
  return (
    <ol className="sources-list">
      {ids.map((id) => {
        const source = findSource(id)
        if (!source) return null
        return (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => openSources(id)}>
              {source.short}
            </button>
            {!source.verified && <span className="sources-list__unverified"> (unverified)</span>}
          </li>
        )
      })}
    </ol>
  )
}
