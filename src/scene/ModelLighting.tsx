import { useMemo } from 'react'
import { SphericalHarmonics3, type Object3D } from 'three'

/** The sky and ground of the hemisphere light a model without a baked probe is lit by (tests' scenes, older files). */
const FALLBACK_SKY = '#f4f1ea'
const FALLBACK_GROUND = '#3a3f4a'
const FALLBACK_INTENSITY = 0.9

/**
 * The light probe the generator bakes into the GLB's scene extras (`src/model/lighting.ts`): 27
 * numbers, nine RGB spherical-harmonic coefficients. Null where the scene has none or they are
 * not 27 finite numbers.
 */
export function bakedLightProbe(scene: Object3D): SphericalHarmonics3 | null {
  const data = (scene.userData as { lightProbe?: unknown }).lightProbe
  if (!Array.isArray(data) || data.length !== 27 || !data.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return null
  return new SphericalHarmonics3().fromArray(data as number[])
}

/**
 * The model's ambient light: its baked studio environment as a light probe (the directional
 * lights are the 3D view's own), or a plain hemisphere light where the file carries none.
 */
export function ModelLighting({ scene }: { scene: Object3D }) {
  const probe = useMemo(() => bakedLightProbe(scene), [scene])
  return probe ? (
    <lightProbe args={[probe, 1]} />
  ) : (
    <hemisphereLight args={[FALLBACK_SKY, FALLBACK_GROUND, FALLBACK_INTENSITY]} />
  )
}
