import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { useModalDialog } from '../../../src/ui/use-modal-dialog'

beforeAll(() => {
  // jsdom has no modal dialogs: open and close them as attributes.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})
afterEach(cleanup)

function Dialog({ open }: { open: boolean }) {
  const dialog = useModalDialog(open)
  return <dialog ref={dialog} aria-label="Test" />
}

describe('useModalDialog', () => {
  it('shows the dialog while open, and closes it when open turns false or it goes', () => {
    const { rerender, unmount, container } = render(<Dialog open={false} />)
    const dialog = container.querySelector('dialog')!
    expect(dialog.open).toBe(false)
    rerender(<Dialog open />)
    expect(dialog.open).toBe(true)
    rerender(<Dialog open={false} />)
    expect(dialog.open).toBe(false)
    rerender(<Dialog open />)
    unmount()
    expect(dialog.open).toBe(false)
  })

  it('keeps Escape from the page while open (the page would clear the selection), and only then', () => {
    const page = vi.fn()
    window.addEventListener('keydown', page)
    const { rerender } = render(<Dialog open />)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }))
    expect(page.mock.calls.map(([e]) => (e as KeyboardEvent).key)).toEqual(['a'])
    rerender(<Dialog open={false} />)
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect(page.mock.calls.map(([e]) => (e as KeyboardEvent).key)).toEqual(['a', 'Escape'])
    window.removeEventListener('keydown', page)
  })
})
