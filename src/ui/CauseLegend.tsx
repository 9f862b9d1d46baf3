import { findCause } from '../domain/causes'
import { ROLE_ORDER, ROLES } from '../domain/roles'
import { useExplorerStore } from '../store/explorer-store'
import { RoleSwatch } from './RoleSwatch'

/** The legend of the active cause: each colour in the model, named in words. */
export function CauseLegend() {
  const causeId = useExplorerStore((s) => s.causeId)
  const cause = causeId ? findCause(causeId) : undefined
  if (!cause) return null
  const present = new Set(cause.involved.map((i) => i.role))
  const roles = ROLE_ORDER.filter((r) => present.has(r))
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        {cause.name}
      </h2>
      <ul className="legend__list">
        {roles.map((role) => (
          <li key={role} data-role={role} title={ROLES[role].description}>
            <RoleSwatch role={role} /> {ROLES[role].label}
          </li>
        ))}
        <li data-role="uninvolved">
          <span className="role-swatch role-swatch--faint" aria-hidden="true" /> Not involved (faded)
        </li>
      </ul>
    </section>
  )
}
