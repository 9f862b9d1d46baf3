import { describe, expect, it } from 'vitest'
import { MeshStandardMaterial, ShaderLib, type WebGLProgramParametersWithUniforms } from 'three'
import { createSceneMaterials } from '../../../src/scene/materials'
import { addFibreShading, hasFibreShading } from '../../../src/scene/fibre-shading'
import { FIBRE_ACROSS_NONE, TENDON_FIBRE_LENGTH } from '../../../src/domain/fibre-encoding'

/** three's own standard-material shaders, run through a material's onBeforeCompile. */
function compiled(material: MeshStandardMaterial): WebGLProgramParametersWithUniforms {
  const shader = {
    vertexShader: ShaderLib.physical.vertexShader,
    fragmentShader: ShaderLib.physical.fragmentShader,
    uniforms: {},
  } as unknown as WebGLProgramParametersWithUniforms
  material.onBeforeCompile(shader, undefined as never)
  return shader
}

describe('muscle striations', () => {
  it('go into three’s standard shader at every point they need (a three upgrade that renames a chunk fails here)', () => {
    const shader = compiled(addFibreShading(new MeshStandardMaterial()))
    expect(shader.vertexShader).toContain('attribute vec3 _fibre;')
    // The streaks are laid out in the rest pose, about the mesh's centre, across the fibres
    // within the surface: from the raw position, fibre and normal attributes.
    const fibreCode = shader.vertexShader.indexOf('vFibreRest = position * length( modelMatrix[ 0 ].xyz )')
    expect(fibreCode).toBeGreaterThan(shader.vertexShader.indexOf('void main()'))
    expect(shader.vertexShader).toContain('vFibreAcross = cross( _fibre, normal )')
    // …or, where the generator fitted one, from the coordinate across the fibres (tenths of a mm
    // to metres), read only where the mesh has it.
    expect(shader.vertexShader).toContain('attribute float _fibre_across;')
    expect(shader.fragmentShader).toContain('vFibreAcrossCoordinate > -32767.0000')
    expect(shader.fragmentShader).toContain('vFibreAcrossCoordinate * 0.0001')
    expect(shader.fragmentShader).toContain('float fibreNoise')
    // The streaks scale the colour after the vertex colours (the baked occlusion) are in.
    const colourChunk = shader.fragmentShader.indexOf('#include <color_fragment>')
    expect(colourChunk).toBeGreaterThan(0)
    expect(shader.fragmentShader.indexOf('diffuseColor.rgb *= 1.0 +')).toBeGreaterThan(colourChunk)
    // The coarse bundles stand in relief: the normal tilts across the fibres once three has made
    // it (after the normal chunks), by the slope the streaks worked out.
    const normalChunk = shader.fragmentShader.indexOf('#include <normal_fragment_maps>')
    expect(normalChunk).toBeGreaterThan(colourChunk)
    expect(shader.fragmentShader.indexOf('normal = normalize( normal - fibreSlope')).toBeGreaterThan(normalChunk)
    expect(shader.vertexShader).toContain('vFibreAcrossView = normalMatrix * vFibreAcross')
  })

  it('pale, smooth and polish a muscle where the generator marks tendon, under the baked occlusion', () => {
    const shader = compiled(addFibreShading(new MeshStandardMaterial()))
    // Tendon is read from the fibre vector's length: the generator's encoding, one constant for both.
    const span = (0.97 - TENDON_FIBRE_LENGTH).toFixed(4)
    expect(shader.vertexShader).toContain(`( 0.9700 - fibreLength ) / ${span}`)
    // Paled before the vertex colours multiply in, so a tendon keeps its occlusion.
    const paling = shader.fragmentShader.indexOf('vec3( 0.93, 0.91, 0.85 )')
    expect(paling).toBeGreaterThan(0)
    expect(paling).toBeLessThan(shader.fragmentShader.indexOf('#include <color_fragment>'))
    expect(shader.fragmentShader).toContain('* ( 1.0 - 0.75 * vTendon )')
    const sheen = shader.fragmentShader.indexOf('roughnessFactor = mix( roughnessFactor')
    expect(sheen).toBeGreaterThan(shader.fragmentShader.indexOf('#include <roughnessmap_fragment>'))
  })

  it('are drawn by the muscle, ligament and nerve tissues and by the looks they can take, not by the other tissues', () => {
    const materials = createSceneMaterials({ tight: '#ff0000', weak: '#0000ff' }, { active: '#f00', latent: '#fa0' })
    expect(hasFibreShading(materials.tissue.muscle)).toBe(true)
    expect(hasFibreShading(materials.selected)).toBe(true)
    expect(hasFibreShading(materials.hovered)).toBe(true)
    for (const role of materials.role.values()) expect(hasFibreShading(role)).toBe(true)
    // Ligaments carry their collagen's fibre directions too.
    expect(hasFibreShading(materials.tissue.ligament)).toBe(true)
    // Nerves show their fascicles along them.
    expect(hasFibreShading(materials.tissue.nerve)).toBe(true)
    for (const name of ['bone', 'cartilage', 'skin'] as const)
      expect(hasFibreShading(materials.tissue[name]), name).toBe(false)
    expect(hasFibreShading(materials.xray)).toBe(false)
    materials.dispose()
  })

  it('read zero, not a stale value, on a mesh without fibre directions, and no coordinate across them where a mesh has none', () => {
    const material = addFibreShading(new MeshStandardMaterial())
    expect(material.defaultAttributeValues).toEqual({ _fibre: [0, 0, 0], _fibre_across: [FIBRE_ACROSS_NONE] })
  })
})
