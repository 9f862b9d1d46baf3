// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { PartGeometry } from '../../../src/model/families/family'
import { mirrorNerveCourse } from '../../../src/model/families/nerves'
import { mirrorX, sdSphere, type Vec3 } from '../../../src/model/math'
import { isClosedManifold } from '../../../src/model/mesh'
import { mirrorMesh, mirrorPath, mirrorSdf, setPaired } from '../../../src/model/mirror'
import { signedVolume, tetrahedron, vertex } from './mesh-probes'

describe('mirrorX and mirrorPath', () => {
  it('negate x only (the patient’s left, +X, to the right)', () => {
    expect(mirrorX([3, -4, 5])).toEqual([-3, -4, 5])
    expect(
      mirrorPath([
        [1, 2, 3],
        [4, 5, 6],
      ])
    ).toEqual([
      [-1, 2, 3],
      [-4, 5, 6],
    ])
  })
})

describe('mirrorMesh', () => {
  const left = {
    ...tetrahedron(),
    colors: new Float32Array([0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 0.3, 0.3, 0.3, 0.4, 0.4, 0.4]),
  }
  const right = mirrorMesh(left)
  it('puts every vertex at its mirror image and keeps the colours', () => {
    for (let i = 0; i < 4; i++) expect(vertex(right, i)).toEqual(mirrorX(vertex(left, i)))
    expect(right.colors).toEqual(left.colors)
  })
  it('mirrors fibre directions with the vertices (x negated), leaving the left side’s as they were', () => {
    const fibres = new Float32Array([0.6, 0.8, 0, 0, 1, 0, 0.6, 0, 0.8, 1, 0, 0])
    const mirrored = mirrorMesh({ ...left, fibres })
    expect([...(mirrored.fibres ?? [])]).toEqual([...fibres].map((v, i) => (i % 3 === 0 ? -v : v)))
    expect(fibres[0]).toBeCloseTo(0.6, 6)
  })
  it('flips the winding, so the mirror image stays closed and faces outward', () => {
    expect(isClosedManifold(right)).toBe(true)
    expect(signedVolume(right)).toBeCloseTo(signedVolume(left), 9)
    expect(signedVolume({ ...right, indices: left.indices })).toBeCloseTo(-signedVolume(left), 9)
  })
  it('twice is the original, and the original is untouched', () => {
    const back = mirrorMesh(right)
    expect(back.positions).toEqual(left.positions)
    expect(back.indices).toEqual(left.indices)
    expect(vertex(left, 3)).toEqual([12, 3, 8])
  })
})

describe('mirrorSdf', () => {
  it('is the SDF of the mirror image', () => {
    const left = (p: Vec3) => sdSphere(p, [20, 0, 0], 5)
    const right = mirrorSdf(left)
    expect(right([-20, 0, 0])).toBe(-5)
    expect(right([20, 0, 0])).toBeCloseTo(35, 12)
    expect(right([-23, 1, 2])).toBe(left([23, 1, 2]))
  })
})

describe('setPaired', () => {
  it('stores the left mesh and curves as -left and their mirror images as -right', () => {
    const target = { parts: new Map<string, PartGeometry>(), softCurves: new Map<string, Vec3[][]>() }
    const left = tetrahedron()
    const curves: Vec3[][] = [
      [
        [10, 0, 0],
        [12, 5, 1],
      ],
    ]
    setPaired(target, 'piriformis', 'muscle', left, curves)
    expect([...target.parts.keys()]).toEqual(['piriformis-left', 'piriformis-right'])
    expect(target.parts.get('piriformis-left')).toEqual({ material: 'muscle', mesh: left })
    const right = target.parts.get('piriformis-right')
    expect(right?.material).toBe('muscle')
    expect(right?.mesh.positions).toEqual(mirrorMesh(left).positions)
    expect(right?.mesh.indices).toEqual(mirrorMesh(left).indices)
    expect(target.softCurves.get('piriformis-left')).toBe(curves)
    expect(target.softCurves.get('piriformis-right')).toEqual([
      [
        [-10, 0, 0],
        [-12, 5, 1],
      ],
    ])
  })
})

describe('mirrorNerveCourse', () => {
  it('mirrors every path and the section’s width axis, keeping widths and ganglia', () => {
    const left = {
      id: 'l5-root',
      side: [0.6, 0, 0.8] as Vec3,
      paths: [
        {
          points: [
            [5, 0, 0],
            [20, -10, 3],
          ] as Vec3[],
          width: 3,
          thickness: 2,
          bulgeAt: 0.4,
        },
      ],
    }
    const right = mirrorNerveCourse(left)
    expect(right.id).toBe('l5-root')
    expect(right.side).toEqual([-0.6, 0, 0.8])
    expect(right.paths[0]).toEqual({
      points: [
        [-5, 0, 0],
        [-20, -10, 3],
      ],
      width: 3,
      thickness: 2,
      bulgeAt: 0.4,
    })
    expect(left.paths[0]?.points[0]).toEqual([5, 0, 0])
  })
})
