import { useEffect } from 'react'
import { formatDeepLink, parseDeepLink, type LinkValidators } from '../domain/deep-link'
import { isStructureId } from '../domain/structures'
import { isCauseId } from '../domain/causes'
import { linkStateOf, useExplorerStore } from '../store/explorer-store'

const validators: LinkValidators = { isStructureId, isCauseId }

/** Applies the URL's state; returns the link's problems in plain words (unknown ids). */
function applyUrl(): string | null {
  const { state, problems } = parseDeepLink(location.search, validators)
  useExplorerStore.getState().applyLink(state)
  return problems.length ? problems.join(' ') : null
}

/** The URL's meaning, written canonically (unknown ids dropped). */
function canonicalUrl(search: string): string {
  return formatDeepLink(parseDeepLink(search, validators).state, new URLSearchParams(search))
}

/**
 * Keeps the URL and the store in step: the link opens the state it names, each change of
 * selection, cause, view or layers is a history entry, and Back / Forward restore it.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const problems = applyUrl()
    // Only set, never clear, here: a remount (StrictMode, hot reload) must not lose the message.
    if (problems) useExplorerStore.getState().setNotice(problems)
    let last = location.search
    const unsubscribe = useExplorerStore.subscribe((state) => {
      const next = formatDeepLink(linkStateOf(state), new URLSearchParams(location.search))
      if (next === last) return
      // Tidying the URL (dropping an unknown id) replaces the entry; a real change adds one.
      const sameMeaning = next === canonicalUrl(location.search)
      last = next
      const url = `${location.pathname}${next}${location.hash}`
      if (sameMeaning) history.replaceState(null, '', url)
      else history.pushState(null, '', url)
    })
    const onPop = () => {
      last = location.search
      useExplorerStore.getState().setNotice(applyUrl())
    }
    window.addEventListener('popstate', onPop)
    return () => {
      unsubscribe()
      window.removeEventListener('popstate', onPop)
    }
  }, [])
}
