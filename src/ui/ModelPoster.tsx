import { useOpeningSearch } from './page-address'
import { POSTER_ELEMENT_TIMING } from './poster-element'
import { opensDefaultView } from '../domain/deep-link'
import { useExplorerStore } from '../store/explorer-store'

/** Rendered from the GLB by `npm run poster` (tests/e2e/poster.ts); a test checks it is current. */
export const POSTER_URL = `${import.meta.env.BASE_URL}poster/default-view.webp`

/**
 * A picture of the default view, shown in the 3D view while the model downloads (seconds on a
 * phone) and removed at the model's first frame: never kept instead of it. Deep links frame
 * something else, so they show the loading message alone.
 */
export function ModelPoster() {
  // The opening link's: later URL changes are the user's own, after the model has loaded.
  const wanted = opensDefaultView(useOpeningSearch())
  const shown = useExplorerStore(
    (s) => wanted && !s.modelOnScreen && !s.modelDeferred && s.graphics !== 'unavailable' && s.model.state !== 'error'
  )
  if (!shown) return null
  // Decorative: the view's text description (aria-describedby on the view) says what it shows.
  return (
    <img
      className="model-poster"
      src={POSTER_URL}
      alt=""
      decoding="async"
      fetchPriority="high"
      elementtiming={POSTER_ELEMENT_TIMING}
    />
  )
}
