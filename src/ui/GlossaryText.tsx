import { Fragment, useId } from 'react'
import { findGlossaryTerms } from '../domain/glossary'

export interface GlossaryTextProps {
  text: string
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Text in which each glossary term (first mention only) is a focusable term with a tooltip
 * holding its plain definition: on hover and on keyboard focus, announced through
 * aria-describedby.
 */
export function GlossaryText({ text }: GlossaryTextProps) {
  const baseId = useId()
  const terms = findGlossaryTerms(text)
  if (terms.length === 0) return <>{text}</>
  const byLower = new Map(terms.map((t) => [t.term.toLowerCase(), t]))
  const pattern = new RegExp(`\\b(${terms.map((t) => escapeRegExp(t.term)).join('|')})\\b`, 'gi')
  const seen = new Set<string>()
  const parts = text.split(pattern)
  return (
    <>
      {parts.map((part, i) => {
        const term = byLower.get(part.toLowerCase())
        if (!term || seen.has(term.term)) return <Fragment key={i}>{part}</Fragment>
        seen.add(term.term)
        const tipId = `${baseId}-${i}`
        return (
          <span key={i} className="term" tabIndex={0} aria-describedby={tipId}>
            {part}
            <span role="tooltip" id={tipId} className="term__tip">
              {term.definition}
            </span>
          </span>
        )
      })}
    </>
  )
}
