/**
 * The poster's Element Timing name (`ModelPoster`): the interface's code (`src/app/main.tsx`) and
 * the model's download (`App.tsx`) wait until it has painted. Its own module, so that the page's
 * entry script can read it without the interface.
 */
export const POSTER_ELEMENT_TIMING = 'model-poster'
