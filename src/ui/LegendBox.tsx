import { useState, type ReactNode } from 'react'

/** Where the legends start folded: the view is a phone's, and an open legend would cover most of it. */
const FOLDED_WHERE = '(max-width: 760px)'

const startsFolded = (): boolean =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(FOLDED_WHERE).matches

export interface LegendBoxProps {
  /** The legend's accessible name. */
  label: string
  title: string
  /** The title in a few words, shown while the legend is folded (the full one stays its tooltip). */
  shortTitle?: string
  /** The colours alone, shown beside the title while the legend is folded. */
  swatches: ReactNode
  className?: string
  /** Text for screen readers, kept outside the fold so it is read whether the legend is open or not. */
  description?: ReactNode
  children: ReactNode
}

/**
 * A colour legend over the view that folds to its title and colours: on a phone it starts folded,
 * since open it covered most of the model; anywhere, a tap on its title folds or opens it.
 */
export function LegendBox({ label, title, shortTitle, swatches, className, description, children }: LegendBoxProps) {
  const [open, setOpen] = useState(() => !startsFolded())
  return (
    <section className={`legend${className ? ` ${className}` : ''}`} aria-label={label}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="legend__title" title={open ? undefined : title}>
          {open ? title : (shortTitle ?? title)}
          {!open && (
            <span className="legend__swatches" aria-hidden="true">
              {swatches}
            </span>
          )}
        </summary>
        {children}
      </details>
      {description}
    </section>
  )
}
