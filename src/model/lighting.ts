/**
 * The lighting environment the app lights the model with, baked here into a light probe: nine
 * spherical-harmonic coefficients per colour channel (three's `SphericalHarmonics3` order),
 * written into the GLB's scene extras (`extras.lightProbe`). The app makes a `LightProbe` from
 * them; nothing is downloaded and nothing is filtered or computed when the page starts.
 *
 * The environment is an anatomy studio: a warm ceiling over a dark floor (the gradient the app's
 * hemisphere light gave before), a large soft box behind and above on the right, where the key
 * light stands (the app opens on the back), and a cooler one in front and above on the left, so
 * that surfaces turned away from the key light still read in relief instead of as flat fill.
 */
import { Color, SphericalHarmonics3, Vector3 } from 'three'
import type { Vec3 } from './math'

/** A soft box: radiance `strength × colour × max(0, cos θ)^sharpness` about its direction. */
export interface SoftBox {
  direction: Vec3
  colour: string
  strength: number
  sharpness: number
}

export interface StudioEnvironment {
  /** Above the horizon and below it, as the old hemisphere light's sky and ground colours. */
  ceiling: string
  floor: string
  /** The old hemisphere light's intensity: the gradient gives the same light on up and down faces. */
  gradientIntensity: number
  softBoxes: readonly SoftBox[]
}

/** Model frame: +Y superior, +Z anterior, +X the patient's left (see the style guide). */
export const ANATOMY_STUDIO: StudioEnvironment = {
  ceiling: '#f4f1ea',
  floor: '#3a3f4a',
  gradientIntensity: 0.5,
  softBoxes: [
    // Behind, above and to the right: the key light's side (ExplorerCanvas's main directional light).
    { direction: [-1.5, 2.5, -2], colour: '#fff1e0', strength: 1.2, sharpness: 6 },
    // In front, above and to the left: a cooler box that models what faces away from the key.
    { direction: [1.2, 1, 2], colour: '#dde7ff', strength: 0.5, sharpness: 6 },
  ],
}

type Rgb = [number, number, number]

/** A colour given as sRGB hex, in three's linear working space (as the app's materials read it). */
function linear(hex: string): Rgb {
  const c = new Color(hex)
  return [c.r, c.g, c.b]
}

/**
 * The environment's radiance arriving from direction `d` (unit). The gradient is linear in the
 * height of `d`, which is what gives, on every face, the irradiance of three's hemisphere light:
 * with radiance `a + b·y`, a face with normal n receives `π·a + (2π/3)·b·n.y`, and a hemisphere
 * light of intensity I lights a face with `I·mix(floor, ceiling, (1 + n.y) / 2)`, both before
 * three's Lambert term divides by π.
 */
export function radianceFrom(environment: StudioEnvironment, d: Vec3): Rgb {
  const ceiling = linear(environment.ceiling)
  const floor = linear(environment.floor)
  const i = environment.gradientIntensity
  const out = ceiling.map((top, k) => {
    const bottom = floor[k]!
    const a = (i * (top + bottom)) / (2 * Math.PI)
    const b = (1.5 * i * (top - bottom)) / (2 * Math.PI)
    return a + b * d[1]
  }) as Rgb
  for (const box of environment.softBoxes) {
    const [x, y, z] = box.direction
    const length = Math.hypot(x, y, z)
    const cos = (d[0] * x + d[1] * y + d[2] * z) / length
    if (cos <= 0) continue
    const c = linear(box.colour)
    const s = box.strength * cos ** box.sharpness
    for (let k = 0; k < 3; k++) out[k] = out[k]! + s * c[k]!
  }
  return out
}

/**
 * Projects a radiance function on the sphere onto the first nine real spherical harmonics, with
 * three's basis (`SphericalHarmonics3.getBasisAt`), by the midpoint rule on a latitude-longitude
 * grid. Returns 27 numbers (nine RGB coefficients), rounded to 5 decimals so the GLB is the same
 * on every machine.
 */
export function projectOnHarmonics(radiance: (d: Vec3) => Rgb, rings = 96): number[] {
  const sh = new SphericalHarmonics3()
  const basis = new Array<number>(9).fill(0)
  const direction = new Vector3()
  const segments = rings * 2
  const dTheta = Math.PI / rings
  const dPhi = (2 * Math.PI) / segments
  for (let i = 0; i < rings; i++) {
    const theta = (i + 0.5) * dTheta
    const weight = Math.sin(theta) * dTheta * dPhi
    for (let j = 0; j < segments; j++) {
      const phi = (j + 0.5) * dPhi
      direction.set(Math.sin(theta) * Math.cos(phi), Math.cos(theta), Math.sin(theta) * Math.sin(phi))
      SphericalHarmonics3.getBasisAt(direction, basis)
      const [r, g, b] = radiance([direction.x, direction.y, direction.z])
      for (let k = 0; k < 9; k++) {
        const w = basis[k]! * weight
        sh.coefficients[k]!.x += r * w
        sh.coefficients[k]!.y += g * w
        sh.coefficients[k]!.z += b * w
      }
    }
  }
  return sh.toArray().map((v) => Math.round(v * 1e5) / 1e5)
}

/** The probe the GLB carries: the anatomy studio, projected. */
export function bakeLightProbe(environment: StudioEnvironment = ANATOMY_STUDIO): number[] {
  return projectOnHarmonics((d) => radianceFrom(environment, d))
}
