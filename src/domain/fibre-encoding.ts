/**
 * How the generated model tells muscle from tendon, read by the generator and the scene alike.
 * Every muscle vertex carries a fibre direction (`_FIBRE`, the way its fibres pull); where the
 * muscle has become tendon or aponeurosis the generator shortens that vector, so the one
 * attribute carries both and the model grows by nothing. Length 1 is muscle belly, this length
 * is tendon, and lengths between are the junction.
 */
export const TENDON_FIBRE_LENGTH = 0.5

/**
 * A mesh may also carry a coordinate across its fibres (`_FIBRE_ACROSS`, 16-bit integers in this
 * many millimetres), whose level lines run along them; the scene draws its streaks from it. A mesh
 * without one reads FIBRE_ACROSS_NONE.
 */
export const FIBRE_ACROSS_UNIT_MM = 0.1
export const FIBRE_ACROSS_NONE = -32768

/** The fibre vector's length for a vertex that is `tendon` (0 belly … 1 tendon) tendinous. */
export function fibreLengthOf(tendon: number): number {
  return 1 - (1 - TENDON_FIBRE_LENGTH) * Math.min(1, Math.max(0, tendon))
}
