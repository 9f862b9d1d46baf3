import { afterEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { Group, HemisphereLight, LightProbe, type Object3D } from 'three'
import { bakedLightProbe, ModelLighting } from '../../src/scene/ModelLighting'

const COEFFICIENTS = Array.from({ length: 27 }, (_, i) => (i % 3 === 0 ? 1 : 0.5) / (1 + i))

function modelWith(lightProbe: unknown): Group {
  const scene = new Group()
  scene.userData = { lightProbe }
  return scene
}

let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null
afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

async function lightsFor(scene: Object3D): Promise<Object3D[]> {
  renderer = await ReactThreeTestRenderer.create(<ModelLighting scene={scene} />)
  return renderer.scene.children.map((c) => c.instance)
}

describe('the model lighting', () => {
  it('lights the model with the probe its file carries, coefficient for coefficient', async () => {
    const lights = await lightsFor(modelWith(COEFFICIENTS))
    expect(lights).toHaveLength(1)
    const probe = lights[0] as LightProbe
    expect(probe).toBeInstanceOf(LightProbe)
    expect(probe.sh.toArray()).toEqual(COEFFICIENTS)
    expect(probe.intensity).toBe(1)
  })

  it('falls back to a plain hemisphere light where the file carries no usable probe', async () => {
    for (const data of [undefined, COEFFICIENTS.slice(1), [...COEFFICIENTS.slice(1), Number.NaN], 'bright']) {
      expect(bakedLightProbe(modelWith(data))).toBeNull()
    }
    const lights = await lightsFor(modelWith(undefined))
    expect(lights).toHaveLength(1)
    expect(lights[0]).toBeInstanceOf(HemisphereLight)
  })
})
