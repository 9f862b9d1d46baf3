import type { Material, WebGLProgramParametersWithUniforms } from 'three'
import { FIBRE_ACROSS_NONE, FIBRE_ACROSS_UNIT_MM, TENDON_FIBRE_LENGTH } from '../domain/fibre-encoding'
import { glslFloat } from './glsl'

/**
 * Striations: fine streaks along each muscle's (and ligament's) fibre direction (the generator's `_FIBRE`
 * attribute; the meshes have no UVs for a texture), so a muscle shows which way it pulls and
 * reads as muscle, not as a smooth colour. The streaks are value noise taken across the fibre in the
 * rest pose (or, where the generator fitted one, from a coordinate across the fibres: see
 * `fibreAcross` in src/model/fibres.ts), at two sizes of bundle: the coarse ones show from the default view, the fine ones
 * when zoomed in, each fading out before it gets smaller than a pixel (no shimmer); the coarse
 * ones also tilt the normal as low relief, so light and shade show rounded fascicles. Where the
 * generator marks tendon or aponeurosis (a shortened direction, domain/fibre-encoding.ts) the
 * colour pales toward a silvery white, the streaks fade and the surface turns glossier, so a
 * belly visibly runs into its tendon. Other tissues carry a zero direction and are left as they
 * were.
 */

/** Values a material gives attributes its mesh lacks (three reads `defaultAttributeValues`). */
type DefaultAttributes = Record<string, number[]>

/** Bundle sizes, m: coarse and fine. */
const COARSE_BUNDLE = 0.0045
const FINE_BUNDLE = 0.0016
/** How much the streaks darken and lighten the colour, as a share of it. */
const STRENGTH = 0.45
/** Tendon's colour: a silvery white. */
const TENDON_COLOUR = 'vec3( 0.93, 0.91, 0.85 )'
/** How far a tendon's colour goes from the tissue's (or the look's) toward tendon's own. */
const TENDON_PALING = 0.72
/** Tendon's roughness: smoother than muscle's, for its sheen. */
const TENDON_ROUGHNESS = 0.38
/** How high a coarse bundle stands over its neighbours, m (a bundle is about 4.5 mm across). */
const BUNDLE_RELIEF = 0.0012
/** Fibre lengths above this count as belly (a unit direction rounds to a little under 1 in bytes). */
const BELLY_LENGTH = 0.97

const VERTEX_HEAD = /* glsl */ `
attribute vec3 _fibre;
attribute float _fibre_across;
varying float vFibreAcrossCoordinate;
varying vec3 vFibre;
varying vec3 vFibreAcross;
varying vec3 vFibreRest;
varying float vHasFibre;
varying float vTendon;
varying vec3 vFibreAcrossView;
`

// In the rest pose, about the mesh's own centre: the streaks stay on the tissue as the spine
// moves, and stay straight (a far origin would swing them round wherever the fibres turn). A
// quantized mesh's positions are its box scaled to ±1, and its node's (uniform) scale brings
// them back to metres.
const VERTEX_FIBRE = /* glsl */ `
{
  float fibreLength = length( _fibre );
  vHasFibre = step( 0.25, fibreLength );
  // 0 in the belly, 1 where the direction is tendon's length.
  vTendon = vHasFibre * clamp( ( ${glslFloat(BELLY_LENGTH)} - fibreLength ) / ${glslFloat(BELLY_LENGTH - TENDON_FIBRE_LENGTH)}, 0.0, 1.0 );
  vFibreRest = position * length( modelMatrix[ 0 ].xyz );
  vFibre = _fibre;
  // Across the fibres within the surface: the streaks vary along this direction only. Where the
  // generator fitted a coordinate across the fibres, the streaks are drawn from it instead: the
  // position's projection turns off the fibres wherever their direction turns (module comment).
  vFibreAcross = cross( _fibre, normal );
  vFibreAcrossView = normalMatrix * vFibreAcross;
  vFibreAcrossCoordinate = _fibre_across;
}
`

const FRAGMENT_HEAD = /* glsl */ `
// The coarse bundles' slope across the fibres (height per metre), set with the streaks and
// read once the normal is made.
float fibreSlope = 0.0;
varying vec3 vFibreAcrossView;
varying float vFibreAcrossCoordinate;
varying vec3 vFibre;
varying vec3 vFibreAcross;
varying vec3 vFibreRest;
varying float vHasFibre;
varying float vTendon;
float fibreHash( vec2 p ) {
  p = fract( p * 0.3183099 + 0.1 );
  p *= 17.0;
  return fract( p.x * p.y * ( p.x + p.y ) );
}
// 2D value noise: the streaks vary across and along the fibre only, so four corners suffice.
float fibreNoise( vec2 x ) {
  vec2 i = floor( x );
  vec2 f = fract( x );
  f = f * f * ( 3.0 - 2.0 * f );
  return mix(
    mix( fibreHash( i ), fibreHash( i + vec2( 1, 0 ) ), f.x ),
    mix( fibreHash( i + vec2( 0, 1 ) ), fibreHash( i + vec2( 1, 1 ) ), f.x ),
    f.y );
}
// The noise and its slope along x (its first coordinate), worked out from the same corners: the
// slope from the formula, not from screen-space differences, which step every two pixels.
vec2 fibreNoiseAndSlope( vec2 x ) {
  vec2 i = floor( x );
  vec2 f = fract( x );
  vec2 u = f * f * ( 3.0 - 2.0 * f );
  float a = fibreHash( i );
  float b = fibreHash( i + vec2( 1, 0 ) );
  float c = fibreHash( i + vec2( 0, 1 ) );
  float d = fibreHash( i + vec2( 1, 1 ) );
  float noise = mix( mix( a, b, u.x ), mix( c, d, u.x ), u.y );
  return vec2( noise, 6.0 * f.x * ( 1.0 - f.x ) * ( ( b - a ) + ( a - b - c + d ) * u.y ) );
}
// Streaks at one bundle size: noise across the fibre (one direction, in the surface), stretched
// along it; weight 0 once a bundle is under about two pixels.
// The noise is only evaluated where it shows: the fine bundles vanish from the default view,
// and software renderers (a phone's fallback) pay per pixel for every evaluation.
// Where a bundle size's streaks show, at q: 1 while a bundle spans pixels, 0 under about two.
float fibreBundleWeight( vec2 q ) {
  return 1.0 - smoothstep( 0.25, 0.6, length( fwidth( q ) ) );
}
float fibreStreaks( float across, float along, float bundle, out float weight ) {
  vec2 q = vec2( across, along * 0.04 ) / bundle;
  weight = fibreBundleWeight( q );
  return weight > 0.0 ? fibreNoise( q ) : 0.5;
}
`

// Before the vertex colours (the baked occlusion) multiply in, so a tendon keeps its shading.
const FRAGMENT_TENDON_COLOUR = /* glsl */ `
diffuseColor.rgb = mix( diffuseColor.rgb, mix( diffuseColor.rgb, ${TENDON_COLOUR}, ${glslFloat(TENDON_PALING)} ), vTendon );
`

const FRAGMENT_TENDON_SHEEN = /* glsl */ `
roughnessFactor = mix( roughnessFactor, ${glslFloat(TENDON_ROUGHNESS)}, vTendon );
`

const FRAGMENT_STREAKS = /* glsl */ `
{
  if ( vHasFibre > 0.5 ) {
    vec3 fibre = normalize( vFibre );
    float along = dot( vFibreRest, fibre );
    float across = vFibreAcrossCoordinate > ${glslFloat(FIBRE_ACROSS_NONE + 1)}
      ? vFibreAcrossCoordinate * ${glslFloat(FIBRE_ACROSS_UNIT_MM / 1000)}
      : dot( vFibreRest, normalize( vFibreAcross ) );
    // The coarse bundles, with their slope across the fibres for the relief.
    vec2 coarseAt = vec2( across, along * 0.04 ) / ${COARSE_BUNDLE};
    float coarseWeight = fibreBundleWeight( coarseAt );
    vec2 coarseNoise = coarseWeight > 0.0 ? fibreNoiseAndSlope( coarseAt ) : vec2( 0.5, 0.0 );
    float fineWeight;
    // Value noise gathers near its middle: a smoothstep spreads it into distinct light and dark bundles.
    float coarse = smoothstep( 0.3, 0.7, coarseNoise.x );
    float fine = smoothstep( 0.3, 0.7, fibreStreaks( across, along, ${FINE_BUNDLE}, fineWeight ) );
    // Tendon is smooth: its streaks fade with it.
    float streak = ( ( coarse - 0.5 ) * coarseWeight * 0.6 + ( fine - 0.5 ) * fineWeight * 0.4 ) * ( 1.0 - 0.75 * vTendon );
    diffuseColor.rgb *= 1.0 + ${STRENGTH} * streak;
    // The bundles' height is their streak times the relief; its slope across them, by the chain
    // rule through the smoothstep.
    float t = clamp( ( coarseNoise.x - 0.3 ) / 0.4, 0.0, 1.0 );
    fibreSlope = 15.0 * t * ( 1.0 - t ) * coarseNoise.y / ${COARSE_BUNDLE} * coarseWeight * ( 1.0 - vTendon ) * ${glslFloat(BUNDLE_RELIEF)};
  }
}
`

// The bundles as relief: the normal tilts across the fibres with the slope of their height, as a
// bump map would, so light and shade show rounded fascicles and not only stripes of colour.
const FRAGMENT_RELIEF = /* glsl */ `
if ( fibreSlope != 0.0 ) {
  vec3 acrossView = vFibreAcrossView - normal * dot( normal, vFibreAcrossView );
  float acrossLength = length( acrossView );
  if ( acrossLength > 1e-4 ) normal = normalize( normal - fibreSlope * acrossView / acrossLength );
}
`

function injectFibreShading(shader: WebGLProgramParametersWithUniforms): void {
  shader.vertexShader = shader.vertexShader
    .replace('#include <common>', `#include <common>\n${VERTEX_HEAD}`)
    .replace('#include <begin_vertex>', `#include <begin_vertex>\n${VERTEX_FIBRE}`)
  shader.fragmentShader = shader.fragmentShader
    .replace('#include <common>', `#include <common>\n${FRAGMENT_HEAD}`)
    .replace('#include <color_fragment>', `${FRAGMENT_TENDON_COLOUR}\n#include <color_fragment>\n${FRAGMENT_STREAKS}`)
    .replace('#include <roughnessmap_fragment>', `#include <roughnessmap_fragment>\n${FRAGMENT_TENDON_SHEEN}`)
    .replace('#include <normal_fragment_maps>', `#include <normal_fragment_maps>\n${FRAGMENT_RELIEF}`)
}

/** The materials given the striations, whatever later chains onto their shaders (the veil's window). */
const shadedMaterials = new WeakSet<Material>()

/** Whether a material draws the striations. */
export function hasFibreShading(material: Material): boolean {
  return shadedMaterials.has(material)
}

/**
 * Gives a material the striations. Its meshes without fibre directions read zero, set here as the
 * attribute's default: a missing attribute would otherwise read whatever that slot last held.
 */
export function addFibreShading<M extends Material>(material: M): M & { defaultAttributeValues: DefaultAttributes } {
  const shaded = material as M & { defaultAttributeValues?: DefaultAttributes }
  shaded.onBeforeCompile = injectFibreShading
  shadedMaterials.add(shaded)
  shaded.defaultAttributeValues = {
    ...(shaded.defaultAttributeValues ?? {}),
    _fibre: [0, 0, 0],
    _fibre_across: [FIBRE_ACROSS_NONE],
  }
  return shaded as M & { defaultAttributeValues: DefaultAttributes }
}
