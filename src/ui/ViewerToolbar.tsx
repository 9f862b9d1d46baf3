import { LAYERS, type StructureLayer } from '../domain/structures'
import { DEFAULT_HIDDEN_LAYERS } from '../domain/deep-link'
import { VIEW_NAMES, VIEW_PRESETS } from '../domain/views'
import { useExplorerStore } from '../store/explorer-store'
import { OrientationHint } from './OrientationHint'

/** Each choice names the outermost layer left on; everything outside it is peeled away. */
const LAYER_CHOICES: Record<StructureLayer, string> = {
  skin: 'All, with skin',
  'superficial-muscle': 'From muscles in',
  'deep-muscle': 'From deep muscles in',
  ligament: 'From ligaments in',
  nerve: 'From nerves in',
  joint: 'Discs, joints, bones',
  bone: 'Bones only',
}

/** The view menu's value while the camera looks from no preset's side. */
const TURNED = ''

/** The outermost layer shown: everything outside it is peeled away. */
function peelDepth(hiddenLayers: ReadonlySet<StructureLayer>): StructureLayer {
  return LAYERS.find((l) => !hiddenLayers.has(l)) ?? 'bone'
}

/**
 * Controls over the 3D view: preset views, hide / isolate / show all, X-ray, layer peeling,
 * labels, and the movement controls (which open in the side panel). Every control is a real button or select, so the keyboard reaches all of them.
 */
export function ViewerToolbar() {
  const view = useExplorerStore((s) => s.view)
  const viewAligned = useExplorerStore((s) => s.viewAligned)
  const selectedId = useExplorerStore((s) => s.selectedId)
  const isolate = useExplorerStore((s) => s.isolate)
  const xray = useExplorerStore((s) => s.xray)
  const labels = useExplorerStore((s) => s.labels)
  const hiddenLayers = useExplorerStore((s) => s.hiddenLayers)
  const hiddenCount = useExplorerStore((s) => s.hiddenIds.size)
  const dermatomeMap = useExplorerStore((s) => s.dermatomeMap)
  const canGoBack = useExplorerStore((s) => s.canGoBack)
  const movementOpen = useExplorerStore((s) => s.movementOpen)
  const { setView, hideSelected, setIsolate, showAll, setXray, peelTo, setLabels, setDermatomeMap } =
    useExplorerStore.getState()
  const depth = peelDepth(hiddenLayers)
  const atDefaultLayers =
    hiddenLayers.size === DEFAULT_HIDDEN_LAYERS.length && DEFAULT_HIDDEN_LAYERS.every((l) => hiddenLayers.has(l))

  return (
    <div className="toolbar" role="toolbar" aria-label="3D view controls">
      <OrientationHint />
      <div className="toolbar__group">
        <label htmlFor="view-preset">View</label>
        <select
          id="view-preset"
          value={viewAligned ? view : TURNED}
          onChange={(e) => setView(e.target.value as typeof view)}
        >
          {/* Shown only while the camera looks from no preset's side: framed on a structure or turned by hand. */}
          {!viewAligned && (
            <option value={TURNED} disabled>
              Turned view
            </option>
          )}
          {VIEW_PRESETS.map((v) => (
            <option key={v} value={v}>
              {VIEW_NAMES[v]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => setView(view)} title="Reset the camera (0 or Home key)">
          Reset view
        </button>
        <button
          type="button"
          onClick={() => useExplorerStore.getState().goBack()}
          disabled={!canGoBack}
          title="Back to the view before the camera last moved to a structure"
        >
          Previous view
        </button>
      </div>
      <div className="toolbar__group">
        <label htmlFor="layer-depth">Layers</label>
        <select id="layer-depth" value={depth} onChange={(e) => peelTo(e.target.value as StructureLayer)}>
          {LAYERS.map((layer) => (
            <option key={layer} value={layer}>
              {LAYER_CHOICES[layer]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar__group">
        <button type="button" aria-pressed={xray} onClick={() => setXray(!xray)}>
          X-ray
        </button>
        <button type="button" disabled={!selectedId} aria-pressed={isolate} onClick={() => setIsolate(!isolate)}>
          Isolate
        </button>
        <button type="button" disabled={!selectedId} onClick={hideSelected}>
          Hide
        </button>
        <button type="button" disabled={hiddenCount === 0 && atDefaultLayers && !isolate} onClick={showAll}>
          Show all
        </button>
        <button
          type="button"
          aria-pressed={labels === 'layer'}
          onClick={() => setLabels(labels === 'layer' ? 'selection' : 'layer')}
        >
          Labels
        </button>
        <button type="button" aria-pressed={dermatomeMap} onClick={() => setDermatomeMap(!dermatomeMap)}>
          Dermatomes
        </button>
      </div>
      <div className="toolbar__group">
        {/* aria-controls only while the panel is there to point at. */}
        <button
          type="button"
          aria-expanded={movementOpen}
          aria-controls={movementOpen ? 'movement-panel' : undefined}
          onClick={() => useExplorerStore.getState().setMovementOpen(!movementOpen)}
        >
          Move the spine
        </button>
      </div>
    </div>
  )
}
