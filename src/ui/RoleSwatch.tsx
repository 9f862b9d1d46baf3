import { ROLE_PALETTE } from '../domain/palette'
import type { RoleId } from '../domain/roles'

/** A role's colour chip with its symbol, so colour is never the only cue. */
export function RoleSwatch({ role }: { role: RoleId }) {
  const swatch = ROLE_PALETTE[role]
  return (
    <span className="role-swatch" style={{ background: swatch.colour }} aria-hidden="true">
      {swatch.symbol}
    </span>
  )
}
