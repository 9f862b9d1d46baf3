import { Box3, Raycaster, Vector2, Vector3 } from 'three'
import type { RootState } from '@react-three/fiber'
import { BODY_AREA_IDS } from '../domain/body-areas'
import { BODY_AREA_ATTRIBUTE, boundsOf, structureIdOf, type ModelIndex } from '../scene/model-index'

/** Reads the live scene for the probes (the hooks pass their own getters). */
export interface ProbeScene {
  readonly r3f: RootState | null
  readonly index: ModelIndex | null
}

/** Measurements on the live scene that the e2e tests and the benchmark ask for. */
export interface SceneProbes {
  /** Screen (CSS pixel, page) coordinates of a structure's bounding-box centre. */
  project(id: string): { x: number; y: number } | null
  /**
   * A page point where the structure is the first thing a click would hit (its own surface, in
   * view, not covered by a pickable structure), or null if none of its sampled vertices is.
   */
  visiblePoint(id: string): { x: number; y: number } | null
  /**
   * A page point on a skin vertex the generator tagged with this body area, on the side facing
   * the camera (nearest such vertex to the camera), or null.
   */
  areaPoint(area: string): { x: number; y: number } | null
  /** Renders synchronously and reads one pixel (CSS px, page coordinates), as sRGB 0–255. */
  pixelAt(x: number, y: number): [number, number, number, number] | null
}

const _box = new Box3()
const _v = new Vector3()
const _ndc = new Vector2()
const _raycaster = new Raycaster()

/** The probes over a scene; loaded by the e2e hooks only once three.js is on the page. */
export function createSceneProbes(hooks: ProbeScene): SceneProbes {
  return {
    project(id) {
      const { r3f, index } = hooks
      if (!r3f || !index) return null
      boundsOf(index, [id], _box)
      if (_box.isEmpty()) return null
      _box.getCenter(_v).project(r3f.camera)
      const rect = r3f.gl.domElement.getBoundingClientRect()
      return { x: rect.left + ((_v.x + 1) / 2) * rect.width, y: rect.top + ((1 - _v.y) / 2) * rect.height }
    },
    visiblePoint(id) {
      const { r3f, index } = hooks
      const meshes = index?.get(id)?.meshes
      if (!r3f || !meshes) return null
      const rect = r3f.gl.domElement.getBoundingClientRect()
      const centre = boundsOf(index, [id], _box).getCenter(new Vector3())
      const candidates: { x: number; y: number; d: number }[] = []
      for (const mesh of meshes) {
        if (!mesh.visible) continue
        const position = mesh.geometry.getAttribute('position')
        const step = Math.max(1, Math.floor(position.count / 400))
        for (let i = 0; i < position.count; i += step) {
          _v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld)
          const d = _v.distanceTo(centre)
          // Nudge towards the centre so the ray lands on the surface, not on a silhouette edge.
          _v.lerp(centre, 0.08).project(r3f.camera)
          if (Math.abs(_v.x) > 0.92 || Math.abs(_v.y) > 0.92 || _v.z > 1) continue
          candidates.push({ x: _v.x, y: _v.y, d })
        }
      }
      candidates.sort((a, b) => a.d - b.d)
      // The point and its neighbours 2 px away must all hit the structure, so a pixel read
      // there is the structure's own and not an edge shared with a neighbour.
      const px = 2 / rect.width
      const py = 2 / rect.height
      const hitsOnly = (x: number, y: number) => {
        _raycaster.setFromCamera(_ndc.set(x, y), r3f.camera)
        _raycaster.firstHitOnly = true
        const [hit] = _raycaster.intersectObject(r3f.scene, true)
        return hit !== undefined && structureIdOf(hit.object) === id
      }
      for (const c of candidates) {
        const around = [
          [0, 0],
          [px, 0],
          [-px, 0],
          [0, py],
          [0, -py],
        ]
        if (around.every(([dx = 0, dy = 0]) => hitsOnly(c.x + dx, c.y + dy))) {
          return { x: rect.left + ((c.x + 1) / 2) * rect.width, y: rect.top + ((1 - c.y) / 2) * rect.height }
        }
      }
      return null
    },
    areaPoint(area) {
      const { r3f, index } = hooks
      const mesh = index?.get('skin')?.meshes[0]
      const tags = mesh?.geometry.getAttribute(BODY_AREA_ATTRIBUTE)
      const wanted = (BODY_AREA_IDS as readonly string[]).indexOf(area)
      if (!r3f || !mesh || !tags || wanted < 0) return null
      const position = mesh.geometry.getAttribute('position')
      const rect = r3f.gl.domElement.getBoundingClientRect()
      let best: { x: number; y: number; d: number } | null = null
      for (let i = 0; i < tags.count; i++) {
        if (Math.round(tags.getX(i)) !== wanted) continue
        _v.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld)
        const d = _v.distanceTo(r3f.camera.position)
        _v.project(r3f.camera)
        if (Math.abs(_v.x) > 0.95 || Math.abs(_v.y) > 0.95) continue
        if (!best || d < best.d) best = { x: _v.x, y: _v.y, d }
      }
      if (!best) return null
      return { x: rect.left + ((best.x + 1) / 2) * rect.width, y: rect.top + ((1 - best.y) / 2) * rect.height }
    },
    pixelAt(x, y) {
      const { r3f } = hooks
      if (!r3f) return null
      const { gl, scene, camera } = r3f
      gl.render(scene, camera)
      const canvas = gl.domElement
      const rect = canvas.getBoundingClientRect()
      const px = Math.round(((x - rect.left) / rect.width) * canvas.width)
      const py = Math.round(((rect.bottom - y) / rect.height) * canvas.height)
      const out = new Uint8Array(4)
      const ctx = gl.getContext()
      ctx.readPixels(px, py, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, out)
      return [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0]
    },
  }
}
