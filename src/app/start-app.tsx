import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './App'
import { showsPrerenderedPage } from './opening-link'
import { openLink } from './use-url-sync'

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element.')
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)
// The store holds what the link names before the first render, so no update follows it.
openLink()
// A transition renders in slices that yield to the browser, so building (or hydrating) the whole
// interface never blocks a phone's main thread in one long task.
startTransition(() => {
  // The build prerenders the default view into #root (src/app/prerender-plugin.ts); React takes
  // that markup over instead of making it again. The dev server's page is empty, and an embedded
  // page is laid out differently, so those are rendered afresh.
  if (showsPrerenderedPage()) hydrateRoot(container, app)
  else createRoot(container).render(app)
})
