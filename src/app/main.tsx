import { afterElementPainted, afterFirstPaint } from './after-first-paint'
import { posterShows } from './first-content'
import { POSTER_ELEMENT_TIMING } from '../ui/poster-element'
import { showsPrerenderedPage } from './opening-link'
import './styles.css'

performance.mark('app-start')

// The build prerenders the page (src/app/prerender-plugin.ts). The interface's code is fetched
// and run once that page has painted: run before, it held the first paint up by the time a phone
// takes to compile and run it. Where the poster shows, it is the page's largest picture and paints
// after the text: the code waits for it too, so that on a slow line its 190 KB do not share the
// line with the poster, nor hydration hold up the frame that shows it.
if (showsPrerenderedPage()) {
  await afterFirstPaint()
  if (posterShows()) await afterElementPainted(POSTER_ELEMENT_TIMING)
}
await import('./start-app')
