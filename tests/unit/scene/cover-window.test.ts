import { describe, expect, it } from 'vitest'
import { Matrix4, MeshStandardMaterial, Vector3, type WebGLProgramParametersWithUniforms } from 'three'
import {
  addCoverWindow,
  createCoverWindow,
  fitCoverWindow,
  outlineRadius,
  windowReach,
  WINDOW_HALF_SPAN,
  WINDOW_RIM,
} from '../../../src/scene/cover-window'
import { addFibreShading } from '../../../src/scene/fibre-shading'

describe('the window in the sheet over a picked deeper one', () => {
  // A sheet 200 mm wide and 100 mm high, seen from in front by a camera turned 90° about the
  // vertical (its right is the world's -z), so the window must follow the camera, not the axes.
  const camera = new Matrix4().makeRotationY(Math.PI / 2)
  const samples: Vector3[] = []
  for (let i = 0; i <= 10; i++) for (let j = 0; j <= 10; j++) samples.push(new Vector3(0.03, j * 0.01, -i * 0.02))
  const window = createCoverWindow()
  fitCoverWindow(window, samples, camera)
  const isCut = (p: Vector3) => windowReach(window, p) < 1

  it('cuts the middle of the sheet away, at any depth along the line of sight', () => {
    expect(isCut(new Vector3(0.03, 0.05, -0.1))).toBe(true)
    expect(isCut(new Vector3(0.2, 0.05, -0.1))).toBe(true)
    expect(isCut(new Vector3(-0.2, 0.05, -0.1))).toBe(true)
  })

  it('leaves a margin of the sheet round the window on every side, and its corners whole', () => {
    const margin = (1 - 2 * WINDOW_HALF_SPAN * 1.15) / 2
    expect(isCut(new Vector3(0.03, 0.05, -0.2 * margin))).toBe(false)
    expect(isCut(new Vector3(0.03, 0.05, -0.2 * (1 - margin)))).toBe(false)
    expect(isCut(new Vector3(0.03, 0.1 * margin, -0.1))).toBe(false)
    expect(isCut(new Vector3(0.03, 0.1 * (1 - margin), -0.1))).toBe(false)
    // A rounded hole: where a rectangle of the same span would reach its corner, the sheet stays.
    const corner = WINDOW_HALF_SPAN * 0.95
    expect(isCut(new Vector3(0.03, 0.05 + 0.1 * corner, -0.1 - 0.2 * corner))).toBe(false)
    // Well inside its span on each axis it is open.
    const inside = WINDOW_HALF_SPAN * 0.8
    expect(isCut(new Vector3(0.03, 0.05, -0.1 - 0.2 * inside))).toBe(true)
    expect(isCut(new Vector3(0.03, 0.05 + 0.1 * inside, -0.1))).toBe(true)
  })

  it('has an edge that wanders, as a cut does, not a geometric ellipse', () => {
    const radii = Array.from({ length: 72 }, (_, k) => outlineRadius((k / 72) * 2 * Math.PI))
    expect(Math.max(...radii) - Math.min(...radii)).toBeGreaterThan(0.08)
    expect(Math.min(...radii)).toBeGreaterThan(0.8)
  })

  it('cuts nothing once closed or with nothing to fit to', () => {
    const closed = createCoverWindow()
    fitCoverWindow(closed, [], camera)
    expect(windowReach(closed, new Vector3(0.03, 0.05, -0.1))).toBe(Infinity)
  })

  it('is cut in the shader after the fibre shading, with the rim round it', () => {
    const material = addFibreShading(new MeshStandardMaterial({ transparent: true }))
    addCoverWindow(material)
    const shader = {
      uniforms: {},
      vertexShader: '#include <common>\n#include <begin_vertex>\n#include <project_vertex>',
      fragmentShader:
        '#include <common>\n#include <color_fragment>\n#include <roughnessmap_fragment>\n#include <normal_fragment_maps>',
    } as unknown as WebGLProgramParametersWithUniforms
    material.onBeforeCompile(shader, undefined as never)
    expect(shader.fragmentShader).toContain('discard')
    expect(shader.vertexShader).toContain('attribute vec3 _fibre')
    expect(shader.fragmentShader).toContain(WINDOW_RIM.toFixed(4).slice(2))
    expect(Object.keys(shader.uniforms)).toEqual(
      expect.arrayContaining(['coverWindowCentre', 'coverWindowRight', 'coverWindowUp', 'coverWindowOpen'])
    )
  })
})
