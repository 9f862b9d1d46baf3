import { useExplorerStore, type ModelErrorKind } from '../store/explorer-store'
import { MODEL_BYTES } from '../domain/model-file'

const MODEL_ERRORS: Record<ModelErrorKind, { title: string; body: string }> = {
  missing: {
    title: 'The 3D model is missing',
    body: 'The model file was not found on the server. If you run the app yourself, build it with “npm run model”. The explanations on this page still work.',
  },
  corrupt: {
    title: 'The 3D model could not be read',
    body: 'The model file is damaged or incomplete. Reloading may help; if it does not, rebuild it with “npm run model”. The explanations on this page still work.',
  },
  network: {
    title: 'The 3D model could not be downloaded',
    body: 'Check your connection and reload the page. The explanations on this page still work.',
  },
}

function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}

function formatKB(bytes: number): string {
  return `${Math.round(bytes / 1024)} kB`
}

/**
 * What the 3D view is doing when it is not simply showing the model: loading (with progress),
 * no WebGL, a lost graphics context, or a model that could not be loaded.
 */
export function ViewerStatus() {
  const model = useExplorerStore((s) => s.model)
  const graphics = useExplorerStore((s) => s.graphics)
  const modelDeferred = useExplorerStore((s) => s.modelDeferred)

  if (graphics === 'unavailable') {
    return (
      <div className="viewer-status viewer-status--error" role="alert">
        <h2>3D graphics are not available</h2>
        <p>
          This browser or device cannot show 3D graphics (WebGL 2 is turned off or not supported), so the model cannot
          be drawn. You can still search the structures and read every explanation. Turning on hardware acceleration in
          the browser settings, or using a current version of Chrome, Edge, Firefox or Safari, usually fixes this.
        </p>
      </div>
    )
  }
  // The 3D view's error boundary says what happened in its place.
  if (graphics === 'failed') return null
  if (graphics === 'context-lost') {
    return (
      <div className="viewer-status viewer-status--warning" role="status">
        <h2>Restoring the 3D view…</h2>
        <p>The graphics card reset the 3D view. It comes back on its own in a moment; nothing you chose is lost.</p>
      </div>
    )
  }
  if (modelDeferred) {
    return (
      <div className="viewer-status viewer-status--offer" role="region" aria-labelledby="model-offer-title">
        <h2 id="model-offer-title">The 3D model is not loaded yet</h2>
        <p>
          Your browser asked to save data, so the {formatMB(MODEL_BYTES)} model waits for you. Search, the structure
          list and every explanation work without it.
        </p>
        <button type="button" onClick={() => useExplorerStore.getState().setModelDeferred(false)}>
          Load the 3D model ({formatMB(MODEL_BYTES)})
        </button>
      </div>
    )
  }
  if (model.state === 'error') {
    const message = MODEL_ERRORS[model.kind]
    return (
      <div className="viewer-status viewer-status--error" role="alert">
        <h2>{message.title}</h2>
        <p>{message.body}</p>
        <p className="viewer-status__detail">Details: {model.detail}</p>
        <button type="button" onClick={() => location.reload()}>
          Reload the page
        </button>
      </div>
    )
  }
  if (model.state === 'loading' || model.state === 'idle') {
    const loaded = model.state === 'loading' ? model.loaded : 0
    const total = model.state === 'loading' ? model.total : null
    const percent = total ? Math.min(100, Math.round((loaded / total) * 100)) : null
    return (
      <div className="viewer-status" role="status" aria-live="polite">
        <p>Loading the 3D model{percent !== null ? ` (${percent}%)` : loaded > 0 ? ` (${formatKB(loaded)})` : '…'}</p>
        <progress
          aria-label="Loading the 3D model"
          max={100}
          {...(percent !== null ? { value: percent } : {})}
          className="viewer-status__progress"
        />
      </div>
    )
  }
  return null
}
