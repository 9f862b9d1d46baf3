import { useEffect } from 'react'
import { formatDeepLink, parseDeepLink, type LinkValidators } from '../domain/deep-link'
import { isStructureId } from '../domain/structures'
import { isCauseId } from '../domain/causes'
import { linkStateOf, useExplorerStore } from '../store/explorer-store'

const validators: LinkValidators = { isStructureId, isCauseId }

function applyUrl(): void {
  const { state, problems } = parseDeepLink(location.search, validators)
  const store = useExplorerStore.getState()
  store.applyLink(state)
  store.setNotice(problems.length ? problems.join(' ') : null)
}

/**
 * Keeps the URL and the store in step: the link opens the state it names, each change of
 * selection, cause, view or layers is a history entry, and Back / Forward restore it.
 */
export function useUrlSync(): void {
  useEffect(() => {
    applyUrl()
    let last = location.search
    const unsubscribe = useExplorerStore.subscribe((state) => {
      const next = formatDeepLink(linkStateOf(state), new URLSearchParams(location.search))
      if (next === last) return
      last = next
      history.pushState(null, '', `${location.pathname}${next}${location.hash}`)
    })
    const onPop = () => {
      last = location.search
      applyUrl()
    }
    window.addEventListener('popstate', onPop)
    return () => {
      unsubscribe()
      window.removeEventListener('popstate', onPop)
    }
  }, [])
}
