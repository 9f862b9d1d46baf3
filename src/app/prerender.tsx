import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './App'

/**
 * The explorer as it first renders (the default view), as HTML for the build to put in
 * `index.html` (`prerender-plugin.ts`): a phone paints the header, the structure tree, the poster
 * and the disclaimer as soon as the page arrives, and `start-app.tsx` hydrates them instead of
 * building them again.
 */
export function renderPrerenderedPage(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>
  )
}
