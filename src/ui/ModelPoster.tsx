import { useOpeningSearch } from './page-address'
import { POSTER_ELEMENT_TIMING } from './poster-element'
import { opensDefaultView } from '../domain/deep-link'
import { useExplorerStore } from '../store/explorer-store'

/**
 * A picture of the default view, shown in the 3D view while the model downloads (seconds on a
 * phone) and removed at the model's first frame: never kept instead of it. Deep links frame
 * something else, so they show the loading message alone.
 */
export function ModelPoster() {
  // The opening link's: later URL changes are the user's own, after the model has loaded.
  const wanted = opensDefaultView(useOpeningSearch())
  const shown = useExplorerStore(
    (s) =>
      wanted &&
      !s.modelOnScreen &&
      !s.modelDeferred &&
      s.graphics !== 'unavailable' &&
      s.graphics !== 'failed' &&
      s.model.state !== 'error'
  )
  if (!shown) return null
  // Decorative: the view's text description (aria-describedby on the view) says what it shows.
  // The picture is the element's background (styles.css), not an <img>: a deep link's page hides
  // the prerendered poster, and a hidden element's background is never downloaded, where an
  // <img> always is (49 KB a phone on a deep link would fetch for nothing).
  return <div className="model-poster" aria-hidden="true" elementtiming={POSTER_ELEMENT_TIMING} />
}
