/** A number as a GLSL float literal (four decimals: always with a point, so GLSL reads a float). */
export const glslFloat = (x: number): string => x.toFixed(4)

/**
 * A vertex shader of three's that also hands each fragment its world position, in a varying of
 * this name (declare it in the fragment shader too).
 */
export const withWorldPosition = (vertexShader: string, varying: string): string =>
  vertexShader
    .replace('#include <common>', `#include <common>\nvarying vec3 ${varying};`)
    .replace(
      '#include <project_vertex>',
      `#include <project_vertex>\n${varying} = ( modelMatrix * vec4( transformed, 1.0 ) ).xyz;`
    )
