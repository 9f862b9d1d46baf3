import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { NoticeBanner } from '../../../src/ui/NoticeBanner'
import { useExplorerStore } from '../../../src/store/explorer-store'

const initial = useExplorerStore.getState()
beforeEach(() => useExplorerStore.setState(initial, true))
afterEach(cleanup)

describe('NoticeBanner', () => {
  it('shows nothing without a notice', () => {
    const { container } = render(<NoticeBanner />)
    expect(container.innerHTML).toBe('')
  })

  it('shows markup in a notice as the text it is, never as elements', () => {
    const notice = 'The link names a structure we don\'t have (“<img src=x onerror="window.__pwned=1">”).'
    useExplorerStore.getState().setNotice(notice)
    render(<NoticeBanner />)
    const status = screen.getByRole('status')
    expect(status.querySelector('p')?.textContent).toBe(notice)
    expect(status.querySelectorAll('img, script, svg')).toHaveLength(0)
  })

  it('is dismissed from its button, which clears the notice in the store', async () => {
    useExplorerStore.getState().setNotice('The link names a view we don’t have (“sideways”).')
    render(<NoticeBanner />)
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss this message' }))
    expect(useExplorerStore.getState().notice).toBeNull()
    expect(screen.queryByRole('status')).toBeNull()
  })
})
