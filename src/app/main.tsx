import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import './styles.css'

performance.mark('app-start')

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element.')
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>
)
