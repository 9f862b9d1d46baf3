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

/**
 * Rewrites the URL (without a new history entry) to what the store now shows: unknown ids
 * dropped, implied settings (X-ray for a buried structure) written out.
 */
function tidyUrl(): string {
  const search = formatDeepLink(linkStateOf(useExplorerStore.getState()), new URLSearchParams(location.search))
  history.replaceState(null, '', `${location.pathname}${search}${location.hash}`)
  return search
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
    let last = tidyUrl()
    // While a history entry is being applied, the store follows the URL, not the other way round.
    let applying = false
    const unsubscribe = useExplorerStore.subscribe((state) => {
      if (applying) return
      const next = formatDeepLink(linkStateOf(state), new URLSearchParams(location.search))
      if (next === last) return
      last = next
      history.pushState(null, '', `${location.pathname}${next}${location.hash}`)
    })
    const onPop = () => {
      applying = true
      try {
        useExplorerStore.getState().setNotice(applyUrl())
      } finally {
        applying = false
      }
      last = tidyUrl()
    }
    window.addEventListener('popstate', onPop)
    return () => {
      unsubscribe()
      window.removeEventListener('popstate', onPop)
    }
  }, [])
}
