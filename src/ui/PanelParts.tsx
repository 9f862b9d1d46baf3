import type { ReactNode } from 'react'
import { formatReviewDate } from '../domain/content/panel-text'
import { GlossaryText } from './GlossaryText'

export interface PanelHeaderProps {
  /** Id of the heading, for aria-labelledby. */
  titleId: string
  title: string
  /** A short line above the title ("Cause"). */
  kicker?: string
  /** A short line below the title (kind and region). */
  meta?: string
  closeLabel: string
  onClose: () => void
}

/** The header every explanation panel shares: title, a line of context, and a close button. */
export function PanelHeader({ titleId, title, kicker, meta, closeLabel, onClose }: PanelHeaderProps) {
  return (
    <header className="structure-panel__header">
      {kicker && <p className="structure-panel__meta">{kicker}</p>}
      {/* Element Timing tells the app when a panel's title has painted (after-first-paint.ts). */}
      <h2 id={titleId} elementtiming={titleId}>
        {title}
      </h2>
      {meta && <p className="structure-panel__meta">{meta}</p>}
      <button type="button" className="structure-panel__close" aria-label={closeLabel} onClick={onClose}>
        ✕
      </button>
    </header>
  )
}

export interface TextSectionProps {
  title: string
  /** Explanation text; its glossary terms get tooltips. */
  text: string
  children?: ReactNode
}

/** One titled paragraph of an explanation. */
export function TextSection({ title, text, children }: TextSectionProps) {
  return (
    <section>
      <h3>{title}</h3>
      <p>
        <GlossaryText text={text} />
      </p>
      {children}
    </section>
  )
}

export interface WhatHelpsSectionProps {
  /** What guidelines say helps, in general. */
  text: string
  /** Class of the line that says this is not personal advice (panel and handout style it apart). */
  noteClassName: string
}

/**
 * "What generally helps", always with the line that it is general guidance, not advice for the
 * reader: one wording for every panel and the printed handout.
 */
export function WhatHelpsSection({ text, noteClassName }: WhatHelpsSectionProps) {
  return (
    <section>
      <h3>What generally helps</h3>
      <p>{text}</p>
      <p className={noteClassName}>This is what guidelines say in general, not advice for you.</p>
    </section>
  )
}

/** The line at the foot of a panel that says when its text was last checked against its sources. */
export function ReviewedLine({ date }: { date: string }) {
  return (
    <p className="panel__reviewed">
      Text last reviewed: <time dateTime={date}>{formatReviewDate(date)}</time>
    </p>
  )
}
