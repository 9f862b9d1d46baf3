import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './styles.css'

performance.mark('app-start')

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element.')
const root = createRoot(container)
// A transition renders in slices that yield to the browser, so building the whole interface
// never blocks a phone's main thread in one long task.
startTransition(() => {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>
  )
})
