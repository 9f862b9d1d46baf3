import { afterFirstPaint } from './after-first-paint'
import { showsPrerenderedPage } from './opening-link'
import './styles.css'

performance.mark('app-start')

// The build prerenders the page (src/app/prerender-plugin.ts) and preloads the interface's code
// beside it. That code runs once the prerendered page has painted: run before, it held the
// first paint up by the time a phone takes to compile and run it.
if (showsPrerenderedPage()) await afterFirstPaint()
await import('./start-app')
