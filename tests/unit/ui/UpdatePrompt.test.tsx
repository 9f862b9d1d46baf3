import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { UpdatePrompt } from '../../../src/ui/UpdatePrompt'
import { offerUpdate } from '../../../src/pwa/update-state'

afterEach(cleanup)

describe('the update prompt', () => {
  it('stays an empty live region until a new version waits, then offers a reload without taking focus', async () => {
    render(
      <>
        <input aria-label="Search" />
        <UpdatePrompt />
      </>
    )
    const status = screen.getByRole('status')
    expect(status.textContent).toBe('')
    const search = screen.getByRole('textbox', { name: 'Search' })
    search.focus()

    const apply = vi.fn(() => Promise.resolve())
    act(() => offerUpdate(apply))
    expect(status.textContent).toContain('A new version is available.')
    expect(document.activeElement).toBe(search)

    await userEvent.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reload' }))
    await userEvent.keyboard('{Enter}')
    expect(apply).toHaveBeenCalledTimes(1)
  })

  it('can be put off until the next version', async () => {
    render(<UpdatePrompt />)
    act(() => offerUpdate(() => Promise.resolve()))
    await userEvent.click(screen.getByRole('button', { name: 'Later' }))
    expect(screen.getByRole('status').textContent).toBe('')
    act(() => offerUpdate(() => Promise.resolve()))
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInstanceOf(HTMLButtonElement)
  })
})
