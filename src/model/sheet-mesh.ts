/**
 * A closed, thin, curved sheet as a triangle mesh: a grid of mid-surface points (rows × columns)
 * thickened on both sides by a half-thickness per point, with its rim closed. For the broad flat
 * muscles of the abdominal wall, which follow the body's curve and are too thin to mesh as SDFs.
 */
import { add, cross, normalize, scale, sub, type Vec3 } from './math'
import type { MeshData } from './mesh'
import { orient } from './sweep'

/** A sheet's mid-surface grid and half-thicknesses. */
export interface SheetGrid {
  grid: Vec3[][]
  half: number[][]
}

/**
 * Samples a sheet on a rows × columns grid: `at(u, s)` gives the mid-surface point and the
 * half-thickness at u along the rows (0..1) and s across them (0..1).
 */
export function sampleSheet(rows: number, cols: number, at: (u: number, s: number) => [Vec3, number]): SheetGrid {
  const grid: Vec3[][] = []
  const half: number[][] = []
  for (let i = 0; i < rows; i++) {
    const row: Vec3[] = []
    const hrow: number[] = []
    for (let j = 0; j < cols; j++) {
      const [p, t] = at(j / (cols - 1), i / (rows - 1))
      row.push(p)
      hrow.push(t)
    }
    grid.push(row)
    half.push(hrow)
  }
  return { grid, half }
}

/** The mean of a grid's value at (i, j) and its neighbours (up to eight, fewer at the edges). */
export function meanAround(values: readonly (readonly number[])[], i: number, j: number): number {
  let sum = 0
  let n = 0
  for (let di = -1; di <= 1; di++)
    for (let dj = -1; dj <= 1; dj++) {
      const v = values[i + di]?.[j + dj]
      if (v === undefined) continue
      sum += v
      n++
    }
  return sum / n
}

/** The two faces of a sheet: its mid-surface moved out and in along the surface normal by the half-thickness. */
export function sheetFaces(
  grid: readonly (readonly Vec3[])[],
  half: readonly (readonly number[])[]
): { outer: Vec3[][]; inner: Vec3[][] } {
  const rows = grid.length
  const cols = grid[0]?.length ?? 0
  const at = (i: number, j: number): Vec3 =>
    grid[Math.min(rows - 1, Math.max(0, i))]?.[Math.min(cols - 1, Math.max(0, j))] as Vec3
  const outer: Vec3[][] = []
  const inner: Vec3[][] = []
  for (let i = 0; i < rows; i++) {
    outer.push([])
    inner.push([])
    for (let j = 0; j < cols; j++) {
      const n = normalize(cross(sub(at(i + 1, j), at(i - 1, j)), sub(at(i, j + 1), at(i, j - 1))))
      const t = half[i]?.[j] ?? 0
      const p = at(i, j)
      outer[i]!.push(add(p, scale(n, t)))
      inner[i]!.push(sub(p, scale(n, t)))
    }
  }
  return { outer, inner }
}

export function thickSheetMesh(grid: readonly (readonly Vec3[])[], half: readonly (readonly number[])[]): MeshData {
  const { outer, inner } = sheetFaces(grid, half)
  return twoFaceMesh(outer, inner)
}

/**
 * A closed solid between two faces sampled on the same rows × columns grid (a sheet whose two
 * faces need not be parallel, such as a ligament filling a hollow), its rim closed.
 */
export function twoFaceMesh(
  outerFace: readonly (readonly Vec3[])[],
  innerFace: readonly (readonly Vec3[])[]
): MeshData {
  const rows = outerFace.length
  const cols = outerFace[0]?.length ?? 0
  const positions = new Float32Array(rows * cols * 2 * 3)
  const outer = (i: number, j: number): number => i * cols + j
  const inner = (i: number, j: number): number => rows * cols + i * cols + j
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      positions.set(outerFace[i]?.[j] as Vec3, outer(i, j) * 3)
      positions.set(innerFace[i]?.[j] as Vec3, inner(i, j) * 3)
    }
  }
  const tris: number[] = []
  const quad = (a: number, b: number, c: number, d: number): void => {
    tris.push(a, b, c, a, c, d)
  }
  for (let i = 0; i + 1 < rows; i++) {
    for (let j = 0; j + 1 < cols; j++) {
      quad(outer(i, j), outer(i + 1, j), outer(i + 1, j + 1), outer(i, j + 1))
      quad(inner(i, j), inner(i, j + 1), inner(i + 1, j + 1), inner(i + 1, j))
    }
  }
  // Rim: walk the border once round, joining the two faces.
  const border: [number, number][] = []
  for (let j = 0; j < cols - 1; j++) border.push([0, j])
  for (let i = 0; i < rows - 1; i++) border.push([i, cols - 1])
  for (let j = cols - 1; j > 0; j--) border.push([rows - 1, j])
  for (let i = rows - 1; i > 0; i--) border.push([i, 0])
  for (let k = 0; k < border.length; k++) {
    const [i0, j0] = border[k] as [number, number]
    const [i1, j1] = border[(k + 1) % border.length] as [number, number]
    quad(outer(i0, j0), outer(i1, j1), inner(i1, j1), inner(i0, j0))
  }
  return orient({ positions, indices: Uint32Array.from(tris) })
}
