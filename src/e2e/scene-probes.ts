import {
  Box3,
  Color,
  LinearSRGBColorSpace,
  MeshBasicMaterial,
  Raycaster,
  Sphere,
  Vector2,
  Vector3,
  WebGLRenderTarget,
  type Material,
  type Mesh,
} from 'three'
import type { RootState } from '@react-three/fiber'
import { BODY_AREA_IDS } from '../domain/body-areas'
import { BODY_AREA_ATTRIBUTE, boundsOf, structureIdOf, type ModelIndex } from '../scene/model-index'
import { worldVertex } from '../scene/posed-geometry'

/** Reads the live scene for the probes (the hooks pass their own getters). */
export interface ProbeScene {
  readonly r3f: RootState | null
  readonly index: ModelIndex | null
}

/** Which point of a structure's bounding box to project: its centre, or its top or bottom face's (world up). */
export type BoxPoint = 'centre' | 'top' | 'bottom'

/** Measurements on the live scene that the e2e tests and the benchmark ask for. */
export interface SceneProbes {
  /** Screen (CSS pixel, page) coordinates of a point of a structure's bounding box (its centre by default). */
  project(id: string, at?: BoxPoint): { x: number; y: number } | null
  /**
   * A page point where the structure is the first thing a click would hit (its own surface, in
   * view, not covered by a pickable structure or by a panel over the canvas), or null if none of
   * its sampled vertices is.
   */
  visiblePoint(id: string): { x: number; y: number } | null
  /**
   * A page point on a skin vertex the generator tagged with this body area, on the side facing
   * the camera (nearest such vertex to the camera), or null.
   */
  areaPoint(area: string, side?: 'left' | 'right'): { x: number; y: number } | null
  /** Renders synchronously and reads one pixel (CSS px, page coordinates), as sRGB 0–255. */
  pixelAt(x: number, y: number): [number, number, number, number] | null
  /**
   * How much of a structure can be seen, by two renders in flat id colours: the whole scene as
   * drawn (see-through meshes left out, since they hide nothing) and the structure alone. `share`
   * is the part of its own silhouette that wins in the full scene; `viewShare` is its silhouette's
   * part of the view.
   */
  visibleShare(id: string): { share: number; viewShare: number; radius: number } | null
}

const _box = new Box3()
const _sphere = new Sphere()
const _v = new Vector3()
const _ndc = new Vector2()
const _raycaster = new Raycaster()

/** Size of the id renders, px (the aspect follows the canvas). */
const ID_RENDER_WIDTH = 240
/** Opacity below which a mesh is see-through: it hides nothing behind it. */
const SEE_THROUGH = 0.5

/** A flat colour per id number, read back exactly: red carries the number, green marks it. */
function idMaterial(n: number, cache: Map<number, MeshBasicMaterial>, side: Material['side']): MeshBasicMaterial {
  const key = n * 4 + side
  let material = cache.get(key)
  if (!material) {
    material = new MeshBasicMaterial({ side, toneMapped: false })
    material.color = new Color().setRGB(n / 255, 1, 0, LinearSRGBColorSpace)
    cache.set(key, material)
  }
  return material
}

/** Whether a material hides nothing: see-through, or drawn without depth (the painted skin shell). */
function isSeeThrough(material: Material | Material[]): boolean {
  const m = Array.isArray(material) ? material[0] : material
  return !m || !m.depthWrite || (m.transparent && m.opacity < SEE_THROUGH)
}

function shownInScene(mesh: Mesh): boolean {
  for (let o: Mesh['parent'] | Mesh = mesh; o; o = o.parent) if (!o.visible) return false
  return true
}

/** The probes over a scene; loaded by the e2e hooks only once three.js is on the page. */
export function createSceneProbes(hooks: ProbeScene): SceneProbes {
  const idMaterials = new Map<number, MeshBasicMaterial>()
  return {
    visibleShare(id) {
      const { r3f, index } = hooks
      const target = index?.get(id)
      if (!r3f || !index || !target) return null
      const { gl, scene, camera } = r3f
      const canvas = gl.domElement
      const width = ID_RENDER_WIDTH
      const height = Math.max(1, Math.round((width * canvas.height) / canvas.width))
      const renderTarget = new WebGLRenderTarget(width, height)
      const ids = [...index.keys()]
      const targetNumber = ids.indexOf(id) + 1
      const indexed = new Set([...index.values()].flatMap((s) => s.meshes))
      const saved: { mesh: Mesh; material: Mesh['material']; visible: boolean }[] = []
      scene.traverse((o) => {
        if ((o as Mesh).isMesh) saved.push({ mesh: o as Mesh, material: (o as Mesh).material, visible: o.visible })
      })
      const pixels = new Uint8Array(width * height * 4)
      const count = () => {
        gl.setRenderTarget(renderTarget)
        gl.render(scene, camera)
        gl.readRenderTargetPixels(renderTarget, 0, 0, width, height, pixels)
        let n = 0
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 1] === 255 && pixels[i] === targetNumber) n++
        return n
      }
      try {
        // The full scene as drawn: every solid mesh in its id colour, anything see-through left out.
        for (const { mesh, material } of saved) {
          const structure = indexed.has(mesh) ? ids.indexOf(structureIdOf(mesh) ?? '') + 1 : 0
          if (!indexed.has(mesh) && mesh.parent && (mesh.parent as Mesh).isMesh) {
            mesh.visible = false // an outline hull around its parent mesh, not tissue
            continue
          }
          mesh.visible = mesh.visible && !isSeeThrough(material) && shownInScene(mesh)
          const side = (Array.isArray(material) ? material[0] : material)?.side ?? 0
          mesh.material = idMaterial(structure, idMaterials, side)
        }
        const seen = count()
        // The structure alone: its whole silhouette from this camera.
        for (const { mesh } of saved) mesh.visible = target.meshes.includes(mesh)
        const silhouette = count()
        const radius = boundsOf(index, [id], _box).getBoundingSphere(_sphere).radius
        return { share: silhouette === 0 ? 0 : seen / silhouette, viewShare: silhouette / (width * height), radius }
      } finally {
        for (const { mesh, material, visible } of saved) {
          mesh.material = material
          mesh.visible = visible
        }
        gl.setRenderTarget(null)
        renderTarget.dispose()
      }
    },
    project(id, at = 'centre') {
      const { r3f, index } = hooks
      if (!r3f || !index) return null
      boundsOf(index, [id], _box)
      if (_box.isEmpty()) return null
      _box.getCenter(_v)
      if (at !== 'centre') _v.y = at === 'top' ? _box.max.y : _box.min.y
      _v.project(r3f.camera)
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
          worldVertex(mesh, i, _v)
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
        const page = { x: rect.left + ((c.x + 1) / 2) * rect.width, y: rect.top + ((1 - c.y) / 2) * rect.height }
        // A legend, label or toolbar over the canvas would take the click instead.
        if (document.elementFromPoint(page.x, page.y) !== r3f.gl.domElement) continue
        if (around.every(([dx = 0, dy = 0]) => hitsOnly(c.x + dx, c.y + dy))) return page
      }
      return null
    },
    areaPoint(area, side) {
      const { r3f, index } = hooks
      const mesh = index?.get('skin')?.meshes[0]
      const tags = mesh?.geometry.getAttribute(BODY_AREA_ATTRIBUTE)
      const wanted = (BODY_AREA_IDS as readonly string[]).indexOf(area)
      if (!r3f || !mesh || !tags || wanted < 0) return null
      const rect = r3f.gl.domElement.getBoundingClientRect()
      let best: { x: number; y: number; d: number } | null = null
      for (let i = 0; i < tags.count; i++) {
        if (Math.round(tags.getX(i)) !== wanted) continue
        worldVertex(mesh, i, _v)
        // +X is the patient's left; stay clear of the midline when a side is asked for.
        if (side && (side === 'left' ? _v.x < 0.02 : _v.x > -0.02)) continue
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
      // The drawing-buffer pixel that covers the point (at half a device pixel per CSS pixel, one
      // buffer pixel covers two CSS pixels: rounding would read the neighbour half the time).
      const px = Math.min(canvas.width - 1, Math.floor(((x - rect.left) / rect.width) * canvas.width))
      const py = Math.min(canvas.height - 1, Math.floor(((rect.bottom - y) / rect.height) * canvas.height))
      const out = new Uint8Array(4)
      const ctx = gl.getContext()
      ctx.readPixels(px, py, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, out)
      return [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0]
    },
  }
}
