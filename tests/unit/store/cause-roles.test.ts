import { describe, expect, it } from 'vitest'
import { CAUSES } from '../../../src/domain/causes'
import { ROLES } from '../../../src/domain/roles'
import { ROLE_PALETTE } from '../../../src/domain/palette'
import { isStructureId } from '../../../src/domain/structures'
import { causeRolesOf } from '../../../src/store/cause-roles'
import { computeLooks } from '../../../src/store/looks'
import { STRUCTURES } from '../../../src/domain/structures'

describe('cause roles', () => {
  it('gives no roles without a cause, or for an unknown one', () => {
    expect(causeRolesOf(null)).toBeNull()
    expect(causeRolesOf('gout')).toBeNull()
  })

  it.each(CAUSES.map((c) => [c.id, c] as const))('%s maps every involved structure to a real role', (_id, cause) => {
    const roles = causeRolesOf(cause.id)!
    expect(roles.size).toBeGreaterThan(0)
    for (const [structureId, role] of roles) {
      expect(isStructureId(structureId)).toBe(true)
      expect(ROLES).toHaveProperty(role)
      expect(ROLE_PALETTE).toHaveProperty(role)
    }
    // The highlight looks: each involved structure gets its role, the rest fade.
    const looks = computeLooks({
      structures: STRUCTURES,
      selectedId: null,
      hoveredId: null,
      hiddenIds: new Set(),
      hiddenLayers: new Set(),
      isolate: false,
      xray: false,
      causeRoles: roles,
    })
    for (const [structureId, role] of roles) expect(looks.get(structureId)).toEqual({ kind: 'role', role })
    const uninvolved = STRUCTURES.find((s) => !roles.has(s.id) && s.layer !== 'skin')!
    expect(looks.get(uninvolved.id)).toEqual({ kind: 'faint' })
  })

  it('sciatica compresses both L5 roots and lights the sciatic nerves as the pain path', () => {
    const roles = causeRolesOf('sciatica')!
    expect(roles.get('l5-root-left')).toBe('compressed-nerve')
    expect(roles.get('s1-root-right')).toBe('compressed-nerve')
    expect(roles.get('sciatic-nerve-left')).toBe('pain-pathway')
  })

  it('muscle imbalance has tight hip flexors and back extensors and weak glutes and abdominals', () => {
    const roles = causeRolesOf('muscle-imbalance')!
    expect(roles.get('psoas-major-left')).toBe('tight')
    expect(roles.get('iliocostalis-lumborum-right')).toBe('tight')
    expect(roles.get('gluteus-maximus-left')).toBe('weak')
    expect(roles.get('rectus-abdominis-right')).toBe('weak')
  })

  it('role colours are distinct', () => {
    const colours = Object.values(ROLE_PALETTE).map((r) => r.colour.toLowerCase())
    expect(new Set(colours).size).toBe(colours.length)
  })
})
