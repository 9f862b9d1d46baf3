/** A number as a GLSL float literal (four decimals: always with a point, so GLSL reads a float). */
export const glslFloat = (x: number): string => x.toFixed(4)
