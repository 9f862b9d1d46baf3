import { useEffect } from 'react'
import { formatActivityLink, formatDeepLink, parseDeepLink, type LinkValidators } from '../domain/deep-link'
import { activityKey } from '../domain/activities'
import { isStructureId } from '../domain/structures'
import { isCauseId } from '../domain/causes'
import { linkStateOf, useExplorerStore, type ExplorerState } from '../store/explorer-store'

const validators: LinkValidators = { isStructureId, isCauseId }

/** Applies the URL's state; returns the link's problems in plain words (unknown ids). */
function applyUrl(): string | null {
  const { state, activity, problems } = parseDeepLink(location.search, validators)
  const store = useExplorerStore.getState()
  store.applyLink(state)
  store.setActivity(activity)
  return problems.length ? problems.join(' ') : null
}

/** The query string for what the store shows: a tour's or self-test's while one runs, else the view's. */
function searchOf(state: ExplorerState): string {
  const keep = new URLSearchParams(location.search)
  return state.activity ? formatActivityLink(state.activity, keep) : formatDeepLink(linkStateOf(state), keep)
}

/**
 * Rewrites the URL (without a new history entry) to what the store now shows: unknown ids
 * dropped, implied settings (X-ray for a buried structure) written out.
 */
function tidyUrl(): string {
  const search = searchOf(useExplorerStore.getState())
  history.replaceState(null, '', `${location.pathname}${search}${location.hash}`)
  return search
}

/**
 * Keeps the URL and the store in step: the link opens the state it names, each change of
 * selection, cause, view or layers is a history entry, and Back / Forward restore it. While a
 * tour or self-test runs, the URL names it instead (`?tour=sciatica&step=3`): starting one is a
 * history entry, moving between a tour's steps replaces it, and leaving is a new entry with the
 * view as it is.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const problems = applyUrl()
    // Only set, never clear, here: a remount (StrictMode, hot reload) must not lose the message.
    if (problems) useExplorerStore.getState().setNotice(problems)
    let last = tidyUrl()
    // While a history entry is being applied, the store follows the URL, not the other way round.
    let applying = false
    const unsubscribe = useExplorerStore.subscribe((state, previous) => {
      if (applying) return
      const next = searchOf(state)
      if (next === last) return
      last = next
      const url = `${location.pathname}${next}${location.hash}`
      const sameActivity = state.activity !== null && activityKey(state.activity) === activityKey(previous.activity)
      if (sameActivity) history.replaceState(null, '', url)
      else history.pushState(null, '', url)
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
