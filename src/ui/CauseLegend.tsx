import { findCause } from '../domain/causes'
import { findStructure } from '../domain/structures'
import { ROLE_ORDER, ROLES } from '../domain/roles'
import { useExplorerStore } from '../store/explorer-store'
import { highlightRolesOf } from '../store/cause-roles'
import { RoleSwatch } from './RoleSwatch'
import { LegendBox } from './LegendBox'
import { TRIGGER_POINT_PALETTE } from '../domain/palette'

/**
 * Where a role's structures are, in words, for when the view cannot show them all at once
 * (the two sides of the body, or one structure behind another).
 */
function whereOf(ids: readonly string[]): string {
  const left = ids.some((id) => findStructure(id)?.side === 'left')
  const right = ids.some((id) => findStructure(id)?.side === 'right')
  const count = `${ids.length} ${ids.length === 1 ? 'structure' : 'structures'}`
  if (left && right) return `${count}, both sides`
  if (left) return `${count}, patient's left`
  if (right) return `${count}, patient's right`
  return `${count}, midline`
}

/**
 * The legend of what the model is coloured by (the active cause, or the results of "Where does
 * it hurt?"): each colour present, named in words, with its symbol and where its structures
 * are. A click on an entry frames its structures, fading what lies in front of them.
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
    <LegendBox
      label={`Colour legend: ${title}`}
      title={title}
      swatches={shown.map((role) => (
        <RoleSwatch key={role} role={role} />
      ))}
    >
      <ul className="legend__list">
        {shown.map((role) => {
          const ids = [...roles].filter(([, r]) => r === role).map(([id]) => id)
          return (
            <li key={role} data-role={role} title={ROLES[role].description}>
              <RoleSwatch role={role} />{' '}
              <button
                type="button"
                className="legend__show"
                aria-label={`Show ${ROLES[role].label.toLowerCase()}: ${whereOf(ids)}`}
                onClick={() => useExplorerStore.getState().frameStructures(ids)}
              >
                {ROLES[role].label}
              </button>
              <span className="legend__where">{whereOf(ids)}</span>
            </li>
          )
        })}
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
    </LegendBox>
  )
}
