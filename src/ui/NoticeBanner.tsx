import { useExplorerStore } from '../store/explorer-store'

/** A short, polite message (e.g. a link that names something we don't have), dismissible. */
export function NoticeBanner() {
  const notice = useExplorerStore((s) => s.notice)
  const setNotice = useExplorerStore((s) => s.setNotice)
  if (!notice) return null
  return (
    <div className="notice" role="status">
      <p>{notice}</p>
      <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss this message">
        ✕
      </button>
    </div>
  )
}
