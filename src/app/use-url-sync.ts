import { useEffect } from 'react'
import { formatActivityLink, formatDeepLink, parseDeepLink, type LinkValidators } from '../domain/deep-link'
import { activityKey } from '../domain/activities'
import { isStructureId } from '../domain/structures'
import { isCauseId } from '../domain/causes'
import { NEUTRAL_POSE_STATE } from '../domain/movement'
import { linkStateOf, useExplorerStore, type ExplorerState } from '../store/explorer-store'
import { settleOpeningLink } from './opening-link'

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

/** The address last opened, and what the store showed just after (as the address it writes). */
let opened: { search: string; shown: string; problems: string | null } | null = null

/**
 * Applies the address's link to the store, once: `start-app` calls it before the interface first
 * renders, so that render already shows what the link names. Applied only from the hook's effect,
 * after that render, the change made React render the whole interface again at once (zustand's
 * useSyncExternalStore takes no change in slices): one long task on a phone. The hook applies it
 * again only where the address changed or the store no longer shows what it opened (a reset).
 * Returns the link's problems, as `applyUrl`.
 */
export function openLink(): string | null {
  const shown = () => searchOf(useExplorerStore.getState())
  if (opened?.search !== location.search || opened.shown !== shown()) {
    const problems = applyUrl()
    opened = { search: location.search, shown: shown(), problems }
  }
  return opened.problems
}

/**
 * Whether a change only moved the spine by hand (a slider, not a named posture) from a view that
 * differs in nothing else: a drag sends a change per step, and each step is not worth a Back.
 * Reset sets `NEUTRAL_POSE_STATE` itself, a step of its own like a named posture; a slider drawn
 * back to the middle makes a new object and stays part of its drag.
 */
function isFreePoseChange(state: ExplorerState, previous: ExplorerState): boolean {
  if (state.activity || previous.activity || state.pose === previous.pose) return false
  if (state.pose.presetId || state.pose === NEUTRAL_POSE_STATE) return false
  const unposed = (s: ExplorerState) => formatDeepLink({ ...linkStateOf(s), pose: NEUTRAL_POSE_STATE })
  return unposed(state) === unposed(previous)
}

/**
 * Rewrites the URL (without a new history entry) to what the store now shows: unknown ids
 * dropped, implied settings (X-ray for a buried structure) written out.
 */
function tidyUrl(): string {
  const search = searchOf(useExplorerStore.getState())
  // Already tidy (every plain visit): a history write costs a phone several milliseconds of the
  // start-up task, for nothing.
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}${location.hash}`)
  return search
}

/**
 * Keeps the URL and the store in step: the link opens the state it names, each change of
 * selection, cause, view, layers or named posture is a history entry, and Back / Forward restore
 * it. Moving the spine by hand (sliders) makes one entry for the whole adjustment: the first step
 * pushes, the steps after it replace that entry until something else changes. While a
 * tour or self-test runs, the URL names it instead (`?tour=sciatica&step=3`): starting one is a
 * history entry, moving between a tour's steps replaces it, and leaving is a new entry with the
 * view as it is.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const problems = openLink()
    // The page now lays itself out from what the link opened.
    settleOpeningLink()
    // Only set, never clear, here: a remount (StrictMode, hot reload) must not lose the message.
    if (problems) useExplorerStore.getState().setNotice(problems)
    let last = tidyUrl()
    // While a history entry is being applied, the store follows the URL, not the other way round.
    let applying = false
    // The current entry was pushed by a hand-made pose change, so the next one may replace it.
    let adjustingPose = false
    const unsubscribe = useExplorerStore.subscribe((state, previous) => {
      if (applying) return
      const next = searchOf(state)
      if (next === last) return
      last = next
      const url = `${location.pathname}${next}${location.hash}`
      const sameActivity = state.activity !== null && activityKey(state.activity) === activityKey(previous.activity)
      const freePose = isFreePoseChange(state, previous)
      if (sameActivity || (freePose && adjustingPose)) history.replaceState(null, '', url)
      else history.pushState(null, '', url)
      adjustingPose = freePose
    })
    const onPop = () => {
      applying = true
      try {
        useExplorerStore.getState().setNotice(applyUrl())
      } finally {
        applying = false
      }
      adjustingPose = false
      last = tidyUrl()
    }
    window.addEventListener('popstate', onPop)
    return () => {
      unsubscribe()
      window.removeEventListener('popstate', onPop)
    }
  }, [])
}
