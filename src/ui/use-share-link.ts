import { usePageAddress } from './page-address'
import { shareLink } from '../domain/deep-link'
import { linkStateOf, useExplorerStore } from '../store/explorer-store'

/**
 * The absolute link to what the explorer shows now, built from the store the way the URL sync
 * writes it: structure, cause, view, layers, X-ray and isolate, without `embed` or test flags.
 */
export function useShareLink(): string {
  const page = usePageAddress()
  return useExplorerStore((s) => shareLink(linkStateOf(s), page))
}
