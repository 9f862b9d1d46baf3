import { describe, expect, it } from 'vitest'
import { STRUCTURES } from '../../../src/domain/structures'
import {
  causeAnimationAt,
  GLOW_SECONDS,
  GLOW_SETTLED,
  PULSE_RUNS,
  PULSE_STEP_SECONDS,
} from '../../../src/store/cause-animation'
import { computeLooks } from '../../../src/store/looks'

const at = (elapsed: number, still = false) => causeAnimationAt({ pathSteps: 6, glows: false, elapsed, still })

describe('causeAnimationAt', () => {
  it('lights one path step at a time, in order, and loops a few times', () => {
    expect(at(0).pulseStep).toBe(0)
    expect(at(PULSE_STEP_SECONDS * 1.5).pulseStep).toBe(1)
    expect(at(PULSE_STEP_SECONDS * 6.5).pulseStep).toBe(0)
    expect(at(PULSE_STEP_SECONDS * 5.5).running).toBe(true)
  })

  it('rests after its runs, and never moves with reduced motion or a selection', () => {
    const rest = at(PULSE_STEP_SECONDS * 6 * PULSE_RUNS + 0.01)
    expect(rest).toEqual({ pulseStep: null, glow: null, running: false })
    expect(at(0.1, true)).toEqual({ pulseStep: null, glow: null, running: false })
  })

  it('swells the inflammation glow, then settles at a steady brightness', () => {
    const glow = (elapsed: number) => causeAnimationAt({ pathSteps: 0, glows: true, elapsed, still: false })
    const samples = [0, 0.4, 0.8, 1.2].map((t) => glow(t).glow ?? 0)
    expect(Math.max(...samples) - Math.min(...samples)).toBeGreaterThan(0.3)
    expect(glow(GLOW_SECONDS + 1)).toEqual({ pulseStep: null, glow: GLOW_SETTLED, running: false })
  })
})

describe('the pulse look', () => {
  const looks = (pulse: string[], extra: { selectedId?: string; hiddenIds?: Set<string> } = {}) =>
    computeLooks({
      structures: STRUCTURES,
      selectedId: extra.selectedId ?? null,
      hoveredId: null,
      hiddenIds: extra.hiddenIds ?? new Set(),
      hiddenLayers: new Set(['skin']),
      isolate: false,
      xray: false,
      causeRoles: new Map([['l5-root-left', 'compressed-nerve']]),
      pulseIds: new Set(pulse),
    })

  it('lights the structures of the current step over their role colour', () => {
    expect(looks(['l5-root-left']).get('l5-root-left')).toEqual({ kind: 'pulse' })
    expect(looks([]).get('l5-root-left')).toEqual({ kind: 'role', role: 'compressed-nerve' })
  })

  it('never lights a hidden structure, and never replaces the selection', () => {
    expect(looks(['l5-root-left'], { hiddenIds: new Set(['l5-root-left']) }).get('l5-root-left')).toEqual({
      kind: 'hidden',
    })
    expect(looks(['l5-root-left'], { selectedId: 'l5-root-left' }).get('l5-root-left')).toEqual({ kind: 'selected' })
  })
})
