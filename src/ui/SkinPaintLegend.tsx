import { useExplorerStore } from '../store/explorer-store'
import { describePaint, skinPaintOf } from '../store/skin-paint'
import { LegendBox } from './LegendBox'

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
    <LegendBox
      className="legend--skin"
      label={`Skin map: ${paint.title}`}
      title={paint.title}
      shortTitle={paint.shortTitle}
      description={<p className="visually-hidden">{describePaint(paint)}</p>}
      swatches={paint.legend.map((entry) => (
        <span key={entry.key} className="role-swatch" style={{ background: entry.colour }} />
      ))}
    >
      {paint.legend.length > 0 && (
        <ul className="legend__list">
          {paint.legend.map((entry) => (
            <li key={entry.key} data-paint={entry.key}>
              <span className="role-swatch" style={{ background: entry.colour }} aria-hidden="true" /> {entry.label}
            </li>
          ))}
        </ul>
      )}
    </LegendBox>
  )
}
