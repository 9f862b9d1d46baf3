/**
 * The poster's Element Timing name (`ModelPoster`): the interface's code (`src/app/main.tsx`) and
 * the model's download (`App.tsx`) wait until it has painted. Its own module, with no imports, so
 * that the page's entry script and the build's Node side (the opening link's script) can read it.
 */
export const POSTER_ELEMENT_TIMING = 'model-poster'

/**
 * The poster picture, rendered from the GLB by `npm run poster` (tests/e2e/poster.ts; a test checks
 * it is current), relative to the site's root. `styles.css` draws it as `.model-poster`'s
 * background, and the opening link's script preloads it where the link opens the default view.
 */
export const POSTER_PATH = 'poster/default-view.webp'
