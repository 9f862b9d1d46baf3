import { Vector3, type Material, type WebGLProgramParametersWithUniforms } from 'three'
import { glslFloat } from './glsl'

/**
 * A window in the painted skin round what is picked. The skin is a see-through shell, so from
 * most views it lies between the eye and a picked bone or root, and its pain map (half opaque)
 * washes the colour of the area over the spine round it: the bones that tell the level are hard
 * to read. Where the skin lies in front of the picked structure, within about its size (at least
 * 5 cm) of the line of sight to it, the paint thins to a trace; round that, the map shows as
 * painted.
 */

/** The paint's strength left in the window, as a share. */
export const PAINT_WINDOW_TRACE = 0.25
/** How far the window's edge fades out, as a share of its radius. */
const PAINT_WINDOW_FEATHER = 0.6
/**
 * The window's radius, m: the picked structure's bounding radius, held within these; at least
 * about the view round a picked vertebra, disc or root (75 mm), less its feathered edge.
 */
export const PAINT_WINDOW_RADIUS = { min: 0.05, max: 0.09 } as const

export interface PaintWindow {
  /** The picked structure's centre, world space (m). */
  readonly centre: Vector3
  /** The window's radius, m; 0 when nothing is picked (no window). */
  readonly radius: { value: number }
}

/** The window's radius for a picked structure of this bounding radius (m). */
export function paintWindowRadius(boundingRadius: number): number {
  return Math.min(PAINT_WINDOW_RADIUS.max, Math.max(PAINT_WINDOW_RADIUS.min, boundingRadius))
}

/**
 * Gives a vertex-coloured material the window, shut until the returned window is given a radius;
 * returns what to move it with. The window thins the material's alpha, so only a transparent
 * material (the painted skin) shows it open; the plain opaque materials carry it shut only to
 * share the painted skin's shader program (see `materials.ts`).
 */
export function addPaintWindow(material: Material): PaintWindow {
  const paintWindow: PaintWindow = { centre: new Vector3(), radius: { value: 0 } }
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.uniforms.paintWindowCentre = { value: paintWindow.centre }
    shader.uniforms.paintWindowRadius = paintWindow.radius
    // Worked out per vertex (the skin's edges are 18 mm long at the median, 58 mm at the 90th
    // percentile, where the window's feathered edge is 30 mm or more): a fragment only reads it, so
    // the bone and the faded looks that share this program pay almost nothing for a window they
    // never open.
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        /* glsl */ `#include <common>
uniform vec3 paintWindowCentre;
uniform float paintWindowRadius;
varying float vPaintWindow;
float paintWindow( vec3 world ) {
  if ( paintWindowRadius <= 0.0 ) return 1.0;
  vec3 toVertex = world - cameraPosition;
  vec3 toCentre = paintWindowCentre - cameraPosition;
  vec3 sight = normalize( toVertex );
  // Skin beyond the picked structure hides nothing of it.
  if ( length( toVertex ) > dot( toCentre, sight ) ) return 1.0;
  float off = length( cross( sight, toCentre ) );
  return mix( ${glslFloat(PAINT_WINDOW_TRACE)}, 1.0, smoothstep( paintWindowRadius, paintWindowRadius * ${glslFloat(1 + PAINT_WINDOW_FEATHER)}, off ) );
}`
      )
      .replace(
        '#include <project_vertex>',
        '#include <project_vertex>\nvPaintWindow = paintWindow( ( modelMatrix * vec4( transformed, 1.0 ) ).xyz );'
      )
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vPaintWindow;')
      .replace('#include <color_fragment>', '#include <color_fragment>\ndiffuseColor.a *= vPaintWindow;')
  }
  material.customProgramCacheKey = () => 'paint-window'
  return paintWindow
}
