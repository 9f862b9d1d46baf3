import type { Page } from 'playwright-core'
import { parseDeepLink, type LinkState } from '../../../src/domain/deep-link'
import { isStructureId } from '../../../src/domain/structures'
import { isCauseId } from '../../../src/domain/causes'
import { formatPoseLink } from '../../../src/domain/movement'

/** The address bar and the link-carried part of the store, read in one round trip. */
export interface LinkSnapshot {
  search: string
  store: LinkState
}

export async function linkSnapshot(page: Page): Promise<LinkSnapshot> {
  return page.evaluate(() => {
    const s = window.__explorer!.store.getState()
    return {
      search: location.search,
      store: {
        structureId: s.selectedId,
        causeId: s.causeId,
        view: s.view,
        hiddenLayers: [...s.hiddenLayers],
        xray: s.xray,
        isolate: s.isolate,
        pose: s.pose,
      },
    }
  })
}

/**
 * Where the URL (read by the app's own parser) and the store disagree, one line per field; empty
 * when they agree. A URL the app wrote itself must also parse without a single problem.
 */
export function linkDisagreement({ search, store }: LinkSnapshot): string[] {
  const { state: url, problems } = parseDeepLink(search, { isStructureId, isCauseId })
  const sorted = (layers: readonly string[]) => [...new Set(layers)].sort().join(',')
  const fields: [keyof LinkState, unknown, unknown][] = [
    ['structureId', url.structureId, store.structureId],
    ['causeId', url.causeId, store.causeId],
    ['view', url.view, store.view],
    ['hiddenLayers', sorted(url.hiddenLayers), sorted(store.hiddenLayers)],
    ['xray', url.xray, store.xray],
    ['isolate', url.isolate, store.isolate],
    // Compared as the link writes them: a named "standing" and a free standing pose are one link.
    ['pose', JSON.stringify(formatPoseLink(url.pose)), JSON.stringify(formatPoseLink(store.pose))],
  ]
  const diff = fields
    .filter(([, a, b]) => a !== b)
    .map(([field, a, b]) => `${field}: URL ${JSON.stringify(a)}, store ${JSON.stringify(b)}`)
  return [...diff, ...problems.map((p) => `URL problem: ${p}`)]
}

/**
 * Waits, a frame at a time and at most `maxFrames` frames, until the URL and the store agree (the
 * app writes the URL from a store subscription, and Back/Forward apply it from `popstate`), and
 * fails with the field-by-field difference if they never do.
 */
export async function waitForLinkAgreement(page: Page, maxFrames = 30): Promise<void> {
  let diff: string[] = []
  let snapshot: LinkSnapshot | null = null
  for (let frame = 0; frame <= maxFrames; frame++) {
    snapshot = await linkSnapshot(page)
    diff = linkDisagreement(snapshot)
    if (diff.length === 0) return
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())))
  }
  throw new Error(
    `URL and store still disagree after ${maxFrames} frames (URL ${snapshot?.search}):\n${diff.join('\n')}`
  )
}
