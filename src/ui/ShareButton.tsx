import { useEffect, useLayoutEffect, useRef, useState } from 'react'

export interface ShareButtonProps {
  /** The link to share. */
  url: string
  /** The share sheet's title (the structure or cause shown). */
  title: string
}

/** How long the confirmation stays on screen, ms: long enough to read, then the bar is tidy again. */
const CONFIRMATION_MS = 6000

/** What the last press did, for which link: a confirmation about another view's link is not shown. */
type Outcome = { kind: 'shared' | 'copied' | 'manual'; url: string } | null

/**
 * "Share": the system share sheet where the browser has one (phones, tablets, some desktops),
 * otherwise the link goes to the clipboard. Either way a status line says what happened, which
 * screen readers announce; if the clipboard is refused too, the link appears selected in a field
 * to copy by hand. Nothing is sent anywhere by the app itself.
 */
export function ShareButton({ url, title }: ShareButtonProps) {
  const [last, setOutcome] = useState<Outcome>(null)
  const outcome = last?.url === url ? last : null
  const field = useRef<HTMLInputElement>(null)

  useEffect(() => {
    if (!outcome || outcome.kind === 'manual') return
    const timer = window.setTimeout(() => setOutcome(null), CONFIRMATION_MS)
    return () => window.clearTimeout(timer)
  }, [outcome])

  // In the same commit that shows the field, so it is never seen (or read) unselected.
  useLayoutEffect(() => {
    if (outcome?.kind === 'manual') field.current?.select()
  }, [outcome])

  const share = async () => {
    const data = { title: `${title} · Lower Back Explorer`, url }
    if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data)
        setOutcome({ kind: 'shared', url })
        return
      } catch (error) {
        // The person closed the sheet: nothing to say. Any other failure falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return
      }
    }
    try {
      await navigator.clipboard.writeText(url)
      setOutcome({ kind: 'copied', url })
    } catch {
      setOutcome({ kind: 'manual', url })
    }
  }

  return (
    <div className="share">
      <button type="button" onClick={() => void share()}>
        Share
      </button>
      <p className="share__status" role="status">
        {outcome?.kind === 'copied' && 'Link copied. Paste it into a message or an email.'}
        {outcome?.kind === 'shared' && 'Link shared.'}
        {outcome?.kind === 'manual' && 'Copy the link below: this browser did not let the app copy it.'}
      </p>
      {outcome?.kind === 'manual' && (
        <label className="share__manual">
          Link to this view
          <input ref={field} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  )
}
