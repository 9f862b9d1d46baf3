/**
 * The spinal canal's cross-sectional area, measured on the meshes that wall it (plain arrays, no
 * three.js, so the app and the model tests measure alike). A plane cuts each wall mesh into
 * segments; rays from a point inside the canal, fanned out in the plane, stop at the first segment
 * they meet; the fan's polygon is the section. The canal is star-shaped from its middle, so the fan
 * follows its outline.
 *
 * To the sides the canal opens into the lateral recesses and the nerve exits, where no wall closes
 * it. There the section is closed by an oval through the canal's side limits and the front and back
 * walls straight ahead and behind (a normal lumbar canal's outline is oval to trefoil, not square):
 * no ray reaches past the half-ellipse with those semi-axes.
 */

export type Point3 = readonly [number, number, number]

/** A mesh's positions (already where it is drawn) and its triangle index (null: unindexed). */
export interface SectionMesh {
  positions: ArrayLike<number>
  index: ArrayLike<number> | null
}

/** The cutting plane: a point inside the canal and two directions in the plane. */
export interface SectionFrame {
  centre: Point3
  /** Toward the patient's left; need not be unit length. */
  left: Point3
  /** Toward the back; need not be unit length or exactly square to `left`. */
  back: Point3
}

export interface SectionLimits {
  /** How far to either side of the centre the section reaches (the canal's lateral limit). */
  halfWidth: number
  /** How far any ray may reach (where a gap between walls would let it out). */
  maxRadius: number
  /** Rays in the fan: a multiple of 4, so that one ray points straight back and one straight ahead. */
  rays: number
}

const dot = (a: Point3, b: Point3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const length = (a: Point3): number => Math.sqrt(dot(a, a))

/** An orthonormal in-plane basis (u left, v back) and the plane's normal. */
function basis(frame: SectionFrame): { u: Point3; v: Point3; n: Point3 } {
  const lu = length(frame.left) || 1
  const u: Point3 = [frame.left[0] / lu, frame.left[1] / lu, frame.left[2] / lu]
  const along = dot(frame.back, u)
  const raw: Point3 = [frame.back[0] - along * u[0], frame.back[1] - along * u[1], frame.back[2] - along * u[2]]
  const lv = length(raw) || 1
  const v: Point3 = [raw[0] / lv, raw[1] / lv, raw[2] / lv]
  const n: Point3 = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
  return { u, v, n }
}

/** Where the plane cuts the meshes: 2D segments (u1, v1, u2, v2) in the section's own axes. */
export function sectionSegments(meshes: readonly SectionMesh[], frame: SectionFrame): Float64Array {
  const { u, v, n } = basis(frame)
  const [cx, cy, cz] = frame.centre
  const out: number[] = []
  for (const mesh of meshes) {
    const p = mesh.positions
    const count = Math.floor(p.length / 3)
    const d = new Float64Array(count)
    const su = new Float64Array(count)
    const sv = new Float64Array(count)
    for (let i = 0; i < count; i++) {
      const x = (p[i * 3] ?? 0) - cx
      const y = (p[i * 3 + 1] ?? 0) - cy
      const z = (p[i * 3 + 2] ?? 0) - cz
      d[i] = x * n[0] + y * n[1] + z * n[2]
      su[i] = x * u[0] + y * u[1] + z * u[2]
      sv[i] = x * v[0] + y * v[1] + z * v[2]
    }
    const triangles = mesh.index ? Math.floor(mesh.index.length / 3) : Math.floor(count / 3)
    const corner = (t: number, k: number): number => (mesh.index ? (mesh.index[t * 3 + k] ?? 0) : t * 3 + k)
    const cut: number[] = []
    for (let t = 0; t < triangles; t++) {
      cut.length = 0
      for (let k = 0; k < 3; k++) {
        const a = corner(t, k)
        const b = corner(t, (k + 1) % 3)
        const da = d[a] ?? 0
        const db = d[b] ?? 0
        // An edge crosses the plane when its ends lie on opposite sides (a vertex on it counts once).
        if ((da < 0 && db >= 0) || (da >= 0 && db < 0)) {
          const f = da / (da - db)
          cut.push((su[a] ?? 0) + f * ((su[b] ?? 0) - (su[a] ?? 0)), (sv[a] ?? 0) + f * ((sv[b] ?? 0) - (sv[a] ?? 0)))
        }
      }
      if (cut.length === 4) out.push(cut[0] ?? 0, cut[1] ?? 0, cut[2] ?? 0, cut[3] ?? 0)
    }
  }
  return Float64Array.from(out)
}

/** The distance along each ray of the fan to the first wall (or the oval limit), from the centre. */
export function sectionRadii(segments: Float64Array, limits: SectionLimits): Float64Array {
  if (limits.rays % 4 !== 0) throw new Error(`canal section: ${limits.rays} rays is not a multiple of 4`)
  const walls = wallRadii(segments, limits)
  // Ray 0 points to the left (+u), a quarter turn later straight back (+v), three quarters ahead.
  const back = walls[limits.rays / 4] ?? limits.maxRadius
  const front = walls[(limits.rays * 3) / 4] ?? limits.maxRadius
  const a = limits.halfWidth
  return walls.map((r, k) => {
    const angle = (k / limits.rays) * Math.PI * 2
    const b = Math.sin(angle) >= 0 ? back : front
    const oval = (a * b) / Math.hypot(b * Math.cos(angle), a * Math.sin(angle))
    return Math.min(r, oval)
  })
}

/** The distance along each ray to the first wall it meets (or `maxRadius`). */
function wallRadii(segments: Float64Array, limits: SectionLimits): Float64Array {
  const radii = new Float64Array(limits.rays)
  for (let k = 0; k < limits.rays; k++) {
    const angle = (k / limits.rays) * Math.PI * 2
    const dx = Math.cos(angle)
    const dy = Math.sin(angle)
    let r = limits.maxRadius
    for (let s = 0; s < segments.length; s += 4) {
      const ax = segments[s] ?? 0
      const ay = segments[s + 1] ?? 0
      const ex = (segments[s + 2] ?? 0) - ax
      const ey = (segments[s + 3] ?? 0) - ay
      // Solve t·d = a + w·e for t > 0 and 0 ≤ w ≤ 1.
      const det = ex * dy - ey * dx
      if (Math.abs(det) < 1e-12) continue
      const t = (ex * ay - ey * ax) / det
      const w = (dx * ay - dy * ax) / det
      if (t > 0 && t < r && w >= 0 && w <= 1) r = t
    }
    radii[k] = r
  }
  return radii
}

/** The area of the fan polygon the radii outline. */
export function fanArea(radii: Float64Array): number {
  const n = radii.length
  const wedge = Math.sin((Math.PI * 2) / n) / 2
  let area = 0
  for (let k = 0; k < n; k++) area += (radii[k] ?? 0) * (radii[(k + 1) % n] ?? 0) * wedge
  return area
}

/** The canal's cross-sectional area in the frame's plane, in the units of the positions squared. */
export function canalSectionArea(meshes: readonly SectionMesh[], frame: SectionFrame, limits: SectionLimits): number {
  return fanArea(sectionRadii(sectionSegments(meshes, frame), limits))
}
