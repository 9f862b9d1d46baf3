import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ShareButton } from '../../../src/ui/ShareButton'

const LINK = 'https://clinic.example/?structure=l4-l5-disc'

afterEach(() => {
  cleanup()
  delete (navigator as { share?: unknown }).share
  vi.restoreAllMocks()
})

function withShareSheet(share: (data: ShareData) => Promise<void>) {
  Object.defineProperty(navigator, 'share', { configurable: true, value: vi.fn(share) })
  return navigator.share as unknown as ReturnType<typeof vi.fn>
}

describe('ShareButton', () => {
  it('copies the link where there is no share sheet, and says so in a status line', async () => {
    const user = userEvent.setup()
    render(<ShareButton url={LINK} title="L4–L5 intervertebral disc" />)
    expect(screen.getByRole('status').textContent).toBe('')
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(await navigator.clipboard.readText()).toBe(LINK)
    expect(screen.getByRole('status').textContent).toBe('Link copied. Paste it into a message or an email.')
  })

  it('opens the share sheet with the title and the link where there is one', async () => {
    const user = userEvent.setup()
    const share = withShareSheet(() => Promise.resolve())
    render(<ShareButton url={LINK} title="Sciatica" />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(share).toHaveBeenCalledWith({ title: 'Sciatica · Lower Back Explorer', url: LINK })
    expect(screen.getByRole('status').textContent).toBe('Link shared.')
  })

  it('says nothing when the person closes the share sheet', async () => {
    const user = userEvent.setup()
    withShareSheet(() => Promise.reject(new DOMException('Share canceled', 'AbortError')))
    render(<ShareButton url={LINK} title="Sciatica" />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('falls back to copying when the share sheet fails for another reason', async () => {
    const user = userEvent.setup()
    withShareSheet(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')))
    render(<ShareButton url={LINK} title="Sciatica" />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(await navigator.clipboard.readText()).toBe(LINK)
    expect(screen.getByRole('status').textContent).toContain('Link copied.')
  })

  it('shows the link selected in a field when the clipboard is refused too', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))
    render(<ShareButton url={LINK} title="Sciatica" />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Link to this view' })
    expect(field.value).toBe(LINK)
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, LINK.length])
    expect(screen.getByRole('status').textContent).toContain('Copy the link below')
  })

  it('drops the confirmation once the view, and so the link, changes', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<ShareButton url={LINK} title="L4–L5 intervertebral disc" />)
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(screen.getByRole('status').textContent).not.toBe('')
    rerender(<ShareButton url={`${LINK}&view=front`} title="L4–L5 intervertebral disc" />)
    expect(screen.getByRole('status').textContent).toBe('')
  })
})
