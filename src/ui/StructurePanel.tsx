import { findStructure, KIND_NAMES, REGION_NAMES } from '../domain/structures'
import { useExplorerStore } from '../store/explorer-store'

/** The explanation of the selected structure (side panel; a bottom sheet on narrow screens). */
export function StructurePanel() {
  const selectedId = useExplorerStore((s) => s.selectedId)
  const structure = selectedId ? findStructure(selectedId) : undefined
  if (!structure) {
    return (
      <div className="panel__intro">
        <h2>Why does the lower back hurt?</h2>
        <p>
          Click any bone, disc, nerve, muscle or ligament in the model, or search for it, to see what it is, whether it
          can cause pain, and where that pain is felt.
        </p>
      </div>
    )
  }
  return (
    <article className="structure-panel" aria-labelledby="structure-title">
      <header className="structure-panel__header">
        <h2 id="structure-title">{structure.name}</h2>
        <p className="structure-panel__meta">
          {KIND_NAMES[structure.kind]} · {REGION_NAMES[structure.region]}
        </p>
        <button
          type="button"
          className="structure-panel__close"
          aria-label="Close the explanation and clear the selection"
          onClick={() => useExplorerStore.getState().select(null, { frame: false })}
        >
          ✕
        </button>
      </header>
    </article>
  )
}
