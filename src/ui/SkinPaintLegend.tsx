import { useExplorerStore } from '../store/explorer-store'
import { describePaint, skinPaintOf } from '../store/skin-paint'

/** The legend of the zones painted on the skin: where pain is felt, or the dermatomes. */
export function SkinPaintLegend() {
  const selectedId = useExplorerStore((s) => s.selectedId)
  const causeId = useExplorerStore((s) => s.causeId)
  const painLookupOpen = useExplorerStore((s) => s.painLookupOpen)
  const painAreas = useExplorerStore((s) => s.painAreas)
  const dermatomeMap = useExplorerStore((s) => s.dermatomeMap)
  const paint = skinPaintOf({ selectedId, causeId, painLookupOpen, painAreas, dermatomeMap })
  if (!paint) return null
  return (
    <section className="legend legend--skin" aria-label={`Skin map: ${paint.title}`}>
      <p className="legend__title">{paint.title}</p>
      {paint.legend.length > 0 && (
        <ul className="legend__list">
          {paint.legend.map((entry) => (
            <li key={entry.key} data-paint={entry.key}>
              <span className="role-swatch" style={{ background: entry.colour }} aria-hidden="true" /> {entry.label}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden">{describePaint(paint)}</p>
    </section>
  )
}
