import { CAUSE_GROUPS, causesInGroup } from '../domain/causes'
import { useExplorerStore } from '../store/explorer-store'

/** Picks a cause to highlight, grouped as the app explains them (common, specific, nerve). */
export function CausePicker() {
  const causeId = useExplorerStore((s) => s.causeId)
  const setCause = useExplorerStore((s) => s.setCause)
  return (
    <div className="cause-picker">
      <label htmlFor="cause-picker">Cause</label>
      <select id="cause-picker" value={causeId ?? ''} onChange={(e) => setCause(e.target.value || null)}>
        <option value="">Pick a cause to highlight…</option>
        {CAUSE_GROUPS.map((group) => (
          <optgroup key={group.id} label={group.name}>
            {causesInGroup(group.id).map((cause) => (
              <option key={cause.id} value={cause.id}>
                {cause.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  )
}
