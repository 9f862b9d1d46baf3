/** Seconds each step of a nerve path stays lit. */
export const PULSE_STEP_SECONDS = 0.45
/** How many times the pulse runs down the nerve before it rests. */
export const PULSE_RUNS = 3
/** Seconds of one swell of the inflammation glow. */
export const GLOW_PERIOD_SECONDS = 1.6
/** How long the glow swells before it rests at a steady brightness, s. */
export const GLOW_SECONDS = 8
/** Emissive intensity of a pain source at rest, while glowing, and after the glow settles. */
export const GLOW_REST = 0.25
export const GLOW_SWELL = 0.45
export const GLOW_SETTLED = 0.4

export interface CauseAnimationInput {
  /** Steps in the cause's nerve path (0 when it has none). */
  pathSteps: number
  /** Whether the cause's pain sources glow (inflammation). */
  glows: boolean
  /** Seconds since the cause (or selection) last changed. */
  elapsed: number
  /** Reduced motion, or a selection on screen: nothing moves. */
  still: boolean
}

export interface CauseAnimationFrame {
  /** Index of the lit path step, or null when no step is lit. */
  pulseStep: number | null
  /** Emissive intensity for pain sources, or null to leave them at rest. */
  glow: number | null
  /** Whether another frame will differ from this one. */
  running: boolean
}

export const ANIMATION_AT_REST: CauseAnimationFrame = { pulseStep: null, glow: null, running: false }

/**
 * The cause animations at a moment, as a pure function of time: a pulse that runs a few times
 * along a nerve path (root → lumbosacral trunk → sciatic nerve → branches), and a glow that swells
 * on inflamed joints and then settles. With reduced motion, or while a structure is selected,
 * nothing moves.
 */
export function causeAnimationAt(input: CauseAnimationInput): CauseAnimationFrame {
  const { pathSteps, glows, elapsed, still } = input
  if (still) return ANIMATION_AT_REST
  let pulseStep: number | null = null
  let running = false
  if (pathSteps > 0) {
    const step = Math.floor(elapsed / PULSE_STEP_SECONDS)
    if (step < pathSteps * PULSE_RUNS) {
      pulseStep = step % pathSteps
      running = true
    }
  }
  let glow: number | null = null
  if (glows) {
    const swelling = elapsed < GLOW_SECONDS
    glow = swelling
      ? GLOW_REST + GLOW_SWELL * (0.5 - 0.5 * Math.cos((elapsed / GLOW_PERIOD_SECONDS) * Math.PI * 2))
      : GLOW_SETTLED
    running ||= swelling
  }
  return { pulseStep, glow, running }
}
