import { findCause } from '../domain/causes'
import { ROLE_ORDER, ROLES } from '../domain/roles'
import { useExplorerStore } from '../store/explorer-store'
import { highlightRolesOf } from '../store/cause-roles'
import { RoleSwatch } from './RoleSwatch'
import { TRIGGER_POINT_PALETTE } from '../domain/palette'

/**
 * The legend of what the model is coloured by (the active cause, or the results of "Where does
 * it hurt?"): each colour present, named in words, with its symbol.
 */
export function CauseLegend() {
  const causeId = useExplorerStore((s) => s.causeId)
  const painLookupOpen = useExplorerStore((s) => s.painLookupOpen)
  const painAreas = useExplorerStore((s) => s.painAreas)
  const roles = highlightRolesOf({ causeId, painLookupOpen, painAreas })
  if (!roles) return null
  const present = new Set(roles.values())
  const shown = ROLE_ORDER.filter((r) => present.has(r))
  const title = causeId ? (findCause(causeId)?.name ?? causeId) : 'What can be felt where it hurts'
  return (
    <section className="legend" aria-label={`Colour legend: ${title}`}>
      <p className="legend__title">{title}</p>
      <ul className="legend__list">
        {shown.map((role) => (
          <li key={role} data-role={role} title={ROLES[role].description}>
            <RoleSwatch role={role} /> {ROLES[role].label}
          </li>
        ))}
        {causeId === 'trigger-points' && (
          // Both marker kinds share one look: active and latent are clinical states, not places.
          <li data-marker="trigger-point">
            <span
              className="role-swatch role-swatch--round"
              style={{ background: TRIGGER_POINT_PALETTE.active.colour }}
              aria-hidden="true"
            >
              {TRIGGER_POINT_PALETTE.active.symbol}
            </span>{' '}
            {TRIGGER_POINT_PALETTE.active.label}
          </li>
        )}
        <li data-role="uninvolved">
          <span className="role-swatch role-swatch--faint" aria-hidden="true" /> Not involved (faded)
        </li>
      </ul>
    </section>
  )
}
