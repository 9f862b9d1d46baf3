import { describe, expect, it } from 'vitest'
import { STRUCTURES } from '../../../src/domain/structures'
import { computeLooks, isPickable, type LookInput } from '../../../src/store/looks'

const base: LookInput = {
  structures: STRUCTURES,
  selectedId: null,
  hoveredId: null,
  hiddenIds: new Set(),
  hiddenLayers: new Set(['skin']),
  isolate: false,
  xray: false,
  causeRoles: null,
}

const look = (input: Partial<LookInput>, id: string) => computeLooks({ ...base, ...input }).get(id)

describe('computeLooks', () => {
  it('draws everything plainly by default, with the skin layer hidden', () => {
    expect(look({}, 'l4')).toEqual({ kind: 'base' })
    expect(look({}, 'skin')).toEqual({ kind: 'hidden' })
    expect(look({ hiddenLayers: new Set() }, 'skin')).toEqual({ kind: 'surface' })
  })

  it('marks the selection and the hovered structure', () => {
    expect(look({ selectedId: 'l4' }, 'l4')).toEqual({ kind: 'selected' })
    expect(look({ hoveredId: 'l3' }, 'l3')).toEqual({ kind: 'hovered' })
  })

  it('hides structures and layers, but never the selection', () => {
    expect(look({ hiddenIds: new Set(['l4']) }, 'l4')).toEqual({ kind: 'hidden' })
    expect(look({ hiddenLayers: new Set(['bone']) }, 'l3')).toEqual({ kind: 'hidden' })
    expect(look({ hiddenLayers: new Set(['bone']), selectedId: 'l3' }, 'l3')).toEqual({ kind: 'selected' })
  })

  it('isolates the selection with the skeleton faint and the rest hidden', () => {
    const input = { selectedId: 'sciatic-nerve-left', isolate: true }
    expect(look(input, 'sciatic-nerve-left')).toEqual({ kind: 'selected' })
    expect(look(input, 'sacrum')).toEqual({ kind: 'faint' })
    expect(look(input, 'piriformis-left')).toEqual({ kind: 'hidden' })
  })

  it('X-ray makes the layers in front of the selection translucent and leaves deeper ones', () => {
    const input = { selectedId: 'l4-l5-disc', xray: true }
    expect(look(input, 'gluteus-maximus-left')).toEqual({ kind: 'xray' })
    expect(look(input, 'l5-root-left')).toEqual({ kind: 'xray' })
    expect(look(input, 'l4')).toEqual({ kind: 'base' })
  })

  it('keeps what a selection is framed with solid through the X-ray: piriformis over a gluteal nerve', () => {
    const input = { selectedId: 'inferior-gluteal-nerve-left', xray: true }
    expect(look(input, 'piriformis-left')).toEqual({ kind: 'base' })
    expect(look(input, 'gluteus-medius-left')).toEqual({ kind: 'xray' })
    expect(look(input, 'piriformis-right')).toEqual({ kind: 'xray' })
    // The muscle it supplies lies over it, opened as a veil, as an atlas reflects it.
    expect(look(input, 'gluteus-maximus-left')).toEqual({ kind: 'veil' })
    expect(look(input, 'gluteus-maximus-right')).toEqual({ kind: 'xray' })
    // Faded by the framing, where it lies in front, it is still faded.
    expect(look({ ...input, fadedIds: new Set(['piriformis-left']) }, 'piriformis-left')).toEqual({ kind: 'xray' })
  })

  it('draws the disc round a picked nucleus as a clear shell, also when isolated, and never lets it take a click', () => {
    expect(look({ selectedId: 'l5-s1-nucleus-pulposus' }, 'l5-s1-disc')).toEqual({ kind: 'shell' })
    expect(look({ selectedId: 'l5-s1-nucleus-pulposus', isolate: true }, 'l5-s1-disc')).toEqual({ kind: 'shell' })
    // Even when the disc was faded out of the way, or X-ray is on.
    const faded = { selectedId: 'l5-s1-nucleus-pulposus', xray: true, fadedIds: new Set(['l5-s1-disc']) }
    expect(look(faded, 'l5-s1-disc')).toEqual({ kind: 'shell' })
    // Only its own disc, and only while the nucleus is picked.
    expect(look({ selectedId: 'l5-s1-nucleus-pulposus' }, 'l4-l5-disc')).toEqual({ kind: 'base' })
    expect(look({ selectedId: 'l5-s1-disc' }, 'l5-s1-disc')).toEqual({ kind: 'selected' })
    expect(look({ hiddenIds: new Set(['l5-s1-disc']), selectedId: 'l5-s1-nucleus-pulposus' }, 'l5-s1-disc')).toEqual({
      kind: 'hidden',
    })
    expect(isPickable({ kind: 'shell' })).toBe(false)
    // Every nucleus names its own disc, and nothing names a structure that does not exist.
    const nuclei = STRUCTURES.filter((s) => s.kind === 'nucleus-pulposus')
    for (const s of nuclei) expect(s.within).toBe(s.id.replace('nucleus-pulposus', 'disc'))
    for (const s of STRUCTURES.filter((t) => t.within)) expect(STRUCTURES.some((t) => t.id === s.within)).toBe(true)
    for (const s of STRUCTURES)
      for (const id of [...(s.framedWith ?? []), ...(s.framedWithout ?? [])])
        expect(
          STRUCTURES.some((t) => t.id === id),
          `${s.id} framed with or without ${id}`
        ).toBe(true)
  })

  it('opens the dural sac round a picked cauda equina or conus, and only then', () => {
    expect(look({ selectedId: 'cauda-equina' }, 'dural-sac')).toEqual({ kind: 'shell' })
    expect(look({ selectedId: 'spinal-cord' }, 'dural-sac')).toEqual({ kind: 'shell' })
    expect(look({ selectedId: 'l5-root-left' }, 'dural-sac')).toEqual({ kind: 'base' })
    expect(look({ selectedId: 'dural-sac' }, 'dural-sac')).toEqual({ kind: 'selected' })
  })

  it('veils a picked deeper flank sheet with the one over it, on its own side only', () => {
    expect(look({ selectedId: 'internal-oblique-left' }, 'external-oblique-left')).toEqual({ kind: 'veil' })
    expect(look({ selectedId: 'internal-oblique-left' }, 'external-oblique-right')).toEqual({ kind: 'base' })
    expect(look({ selectedId: 'transversus-abdominis-right' }, 'internal-oblique-right')).toEqual({ kind: 'veil' })
    // Also isolated, or when the framing had faded it; never when the user hid it.
    expect(look({ selectedId: 'internal-oblique-left', isolate: true }, 'external-oblique-left')).toEqual({
      kind: 'veil',
    })
    const faded = { selectedId: 'internal-oblique-left', fadedIds: new Set(['external-oblique-left']) }
    expect(look(faded, 'external-oblique-left')).toEqual({ kind: 'veil' })
    const hidden = { selectedId: 'internal-oblique-left', hiddenIds: new Set(['external-oblique-left']) }
    expect(look(hidden, 'external-oblique-left')).toEqual({ kind: 'hidden' })
    expect(look({ selectedId: 'external-oblique-left' }, 'internal-oblique-left')).toEqual({ kind: 'base' })
    expect(isPickable({ kind: 'veil' })).toBe(false)
    for (const s of STRUCTURES.filter((t) => t.beneath)) {
      const cover = STRUCTURES.find((t) => t.id === s.beneath)
      expect(cover?.side, `${s.id} beneath ${s.beneath}`).toBe(s.side)
    }
  })

  it('colours a cause by role and fades the rest', () => {
    const causeRoles = new Map([
      ['l5-root-left', 'compressed-nerve'],
      ['l4-l5-disc', 'compressing'],
    ])
    expect(look({ causeRoles }, 'l5-root-left')).toEqual({ kind: 'role', role: 'compressed-nerve' })
    expect(look({ causeRoles }, 'l4-l5-disc')).toEqual({ kind: 'role', role: 'compressing' })
    expect(look({ causeRoles }, 'femur-left')).toEqual({ kind: 'faint' })
  })

  it('lets clicks through hidden, faint, X-rayed and skin structures only', () => {
    expect(isPickable({ kind: 'base' })).toBe(true)
    expect(isPickable({ kind: 'role', role: 'weak' })).toBe(true)
    expect(isPickable({ kind: 'xray' })).toBe(false)
    expect(isPickable({ kind: 'faint' })).toBe(false)
    expect(isPickable({ kind: 'hidden' })).toBe(false)
    expect(isPickable({ kind: 'surface' })).toBe(false)
  })

  it('gives every structure a look', () => {
    expect(computeLooks(base).size).toBe(STRUCTURES.length)
  })
})

describe('the spotlight of a tour step or a question', () => {
  it('draws every lit structure in the selection colour, over X-ray, but never shows a hidden one', () => {
    const spotlightIds = new Set(['l4', 'l5', 'gluteus-maximus-left'])
    expect(look({ spotlightIds }, 'l4')).toEqual({ kind: 'selected' })
    expect(look({ spotlightIds }, 'l3')).toEqual({ kind: 'base' })
    expect(look({ spotlightIds, xray: true, selectedId: 'l5-root-left' }, 'gluteus-maximus-left')).toEqual({
      kind: 'selected',
    })
    expect(look({ spotlightIds, hiddenLayers: new Set(['bone']) }, 'l5')).toEqual({ kind: 'hidden' })
  })

  it('wins over a cause colour on the structures it lights', () => {
    const causeRoles = new Map([
      ['l4', 'degenerated'],
      ['l3', 'degenerated'],
    ])
    expect(look({ spotlightIds: new Set(['l4']), causeRoles }, 'l4')).toEqual({ kind: 'selected' })
    expect(look({ spotlightIds: new Set(['l4']), causeRoles }, 'l3')).toEqual({ kind: 'role', role: 'degenerated' })
  })
})
