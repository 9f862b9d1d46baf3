import { Box3, Raycaster, Vector3, type Intersection, type Mesh } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { structureIdOf } from './model-index'
import { worldVertex } from './posed-geometry'

/**
 * Finding a view in which picked structures can be seen: rays are cast from points on their
 * surface towards candidate camera directions, against the other meshes that are drawn solid.
 */

/**
 * Where the camera will stand: `distance` from `center` along the direction being tried. With
 * it, rays run from that eye to each sample, as the view sees them; without it, parallel rays
 * (a camera far away). A close camera sees round what lies beside the line to the centre, and
 * can be blocked by what parallel rays pass by.
 */
export interface RevealEye {
  center: Vector3
  distance: number
}

export interface RevealOptions {
  /** Surface points sampled on the targets (spread over all of them). default: 48 */
  samples?: number
  /** Ray length, m: farther than any camera distance. default: 3 */
  reach?: number
  /** How much a direction close to the current one is preferred (0–1). default: 0.15 */
  stay?: number
  /** The eye to test from; default: none (parallel rays). */
  eye?: RevealEye | null
}

export const REVEAL_DEFAULTS: Required<RevealOptions> = { samples: 48, reach: 3, stay: 0.15, eye: null }

/** Rays stop this short of the sampled point, so they never count the point's own surface, m. */
const SURFACE_LIFT = 0.0005

/**
 * The candidate camera directions (unit vectors from the target to the camera): the 26 of a
 * cube's faces, edges and corners, but none from straight below, where no clinician looks from.
 */
export const CANDIDATE_DIRECTIONS: readonly Vector3[] = (() => {
  const out: Vector3[] = []
  for (const x of [-1, 0, 1])
    for (const y of [-1, 0, 1])
      for (const z of [-1, 0, 1]) {
        if ((x === 0 && y === 0 && z === 0) || (x === 0 && z === 0 && y === -1)) continue
        out.push(new Vector3(x, y, z).normalize())
      }
  return out
})()

/** Up to `count` surface points of the meshes in world space, spread evenly over their vertices. */
export function surfaceSamples(meshes: readonly Mesh[], count: number): Vector3[] {
  const total = meshes.reduce((n, m) => n + m.geometry.getAttribute('position').count, 0)
  const stride = Math.max(1, Math.floor(total / count))
  const points: Vector3[] = []
  // Global vertex index of the next sample, and of the first vertex of the current mesh.
  let next = 0
  let first = 0
  for (const mesh of meshes) {
    mesh.updateWorldMatrix(true, false)
    const position = mesh.geometry.getAttribute('position')
    for (; next < first + position.count; next += stride) {
      points.push(worldVertex(mesh, next - first, new Vector3()))
    }
    first += position.count
  }
  return points
}

/**
 * The meshes that can hide something: drawn solid (pickable), not the skin shell, not the
 * targets. Structures in `faded` count too: they are see-through only because an earlier framing
 * faded them, and would hide the targets again without it.
 */
export function solidBlockers(
  all: Iterable<Mesh>,
  targets: ReadonlySet<Mesh>,
  faded: ReadonlySet<string> = new Set()
): Mesh[] {
  const out: Mesh[] = []
  for (const mesh of all) {
    if (targets.has(mesh) || !isShown(mesh)) continue
    const id = structureIdOf(mesh)
    if (id === 'skin' || (mesh.raycast !== acceleratedRaycast && !faded.has(id ?? ''))) continue
    out.push(mesh)
  }
  return out
}

function isShown(mesh: Mesh): boolean {
  for (let o: Mesh['parent'] | Mesh = mesh; o; o = o.parent) if (!o.visible) return false
  return true
}

const _raycaster = new Raycaster()

const _hits: Intersection[] = []

/** A mesh rays are cast against, with the world box of what its BVH holds (null: no BVH). */
interface RayCandidate {
  mesh: Mesh
  box: Box3 | null
}

/**
 * Each mesh with the world box of the geometry its BVH was built on (for a skinned mesh, the
 * posed positions), so a ray that misses the box skips the mesh: a BVH query inverts the mesh's
 * matrix and walks its tree even for a ray that passes far away, and most of the model's meshes
 * are nowhere near any one ray. The box is placed by the mesh's world matrix as it stands, the
 * one the query itself uses (the caller brings the matrices up to date once).
 */
function rayCandidates(meshes: readonly Mesh[]): RayCandidate[] {
  return meshes.map((mesh) => {
    const tree = mesh.geometry.boundsTree
    return { mesh, box: tree ? tree.getBoundingBox(new Box3()).applyMatrix4(mesh.matrixWorld) : null }
  })
}

/**
 * The mesh the raycaster meets first. It casts against the geometry directly: a faded mesh lets
 * clicks through, but still counts as something in the way.
 */
function nearestHit(candidates: readonly RayCandidate[]): Mesh | null {
  _hits.length = 0
  const { ray } = _raycaster
  for (const { mesh, box } of candidates) {
    if (box && !ray.intersectsBox(box)) continue
    acceleratedRaycast.call(mesh, _raycaster, _hits)
  }
  let nearest: Intersection | undefined
  for (const hit of _hits) if (!nearest || hit.distance < nearest.distance) nearest = hit
  return nearest ? (nearest.object as Mesh) : null
}

/** A direction's visibility: the share of the targets' samples seen, and what hides the rest. */
export interface Visibility {
  share: number
  hiders: Map<string, number>
}

/**
 * Rays cast between two steps of a reveal, at most: one pass of all 48 against the whole model was
 * a task of 20-35 ms on a structure link (unthrottled, phone-sized).
 */
export const RAYS_PER_STEP = 12
/**
 * …and a step ends sooner once its rays have taken this long, ms: a ray through the trunk meets
 * many meshes' boxes, and twelve of those to a disc from in front took 26-31 ms.
 */
const STEP_MS = 4

/**
 * For one direction: the share of the targets' samples that are seen, and which structures hide
 * the rest. A ray runs from the camera's side towards each sample; the sample counts as seen when
 * the first thing it meets is one of the targets (its near face, for a point on the far side), so
 * only what lies in front of the targets hides them, never what lies inside them.
 */
export function visibilityFrom(...args: Parameters<typeof visibilitySteps>): Visibility {
  const steps = visibilitySteps(...args)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** {@link visibilityFrom} in steps of a few rays ({@link RAYS_PER_STEP} at most). */
export function* visibilitySteps(
  direction: Vector3,
  samples: readonly Vector3[],
  blockers: readonly Mesh[],
  targets: readonly Mesh[] = [],
  reach = REVEAL_DEFAULTS.reach,
  eye: RevealEye | null = null
): RevealSteps<Visibility> {
  const hiders = new Map<string, number>()
  if (samples.length === 0) return { share: 0, hiders }
  const candidates = rayCandidates([...blockers, ...targets])
  // Placing every mesh's box took some milliseconds of its own: the rays start in the next step.
  yield
  const isTarget = new Set(targets)
  const from = new Vector3()
  const back = direction.clone().negate()
  const toSample = new Vector3()
  let seen = 0
  let stepStart = performance.now()
  let raysInStep = 0
  for (const [i, point] of samples.entries()) {
    // Set afresh for every ray: between steps another reveal may have cast with the shared raycaster.
    _raycaster.firstHitOnly = true
    if (eye) {
      from.copy(eye.center).addScaledVector(direction, eye.distance)
      toSample.subVectors(point, from)
      _raycaster.far = toSample.length() - SURFACE_LIFT
      _raycaster.set(from, toSample.normalize())
    } else {
      _raycaster.far = reach - SURFACE_LIFT
      _raycaster.set(from.copy(point).addScaledVector(direction, reach), back)
    }
    const hit = nearestHit(candidates)
    const id = hit && !isTarget.has(hit) ? structureIdOf(hit) : null
    if (!id) seen++
    else hiders.set(id, (hiders.get(id) ?? 0) + 1)
    raysInStep++
    if (i + 1 < samples.length && (raysInStep >= RAYS_PER_STEP || performance.now() - stepStart >= STEP_MS)) {
      yield
      stepStart = performance.now()
      raysInStep = 0
    }
  }
  return { share: seen / samples.length, hiders }
}

export interface RevealPlan {
  /** Unit direction from the targets to the camera. */
  direction: Vector3
  /** Share of the targets' samples visible from there before anything is faded (0–1). */
  share: number
  /** Structures to fade because they still lie in front of the targets from there. */
  fade: string[]
}

/**
 * A reveal's work in steps: the generator yields between ray passes (each some milliseconds on a
 * phone), so a caller can run it in slices that stay short tasks ({@link runInSlices}), and
 * returns its result.
 */
export type RevealSteps<T> = Generator<void, T, void>

/**
 * Runs a reveal's steps with `between` awaited after each (a new task, say), and gives up
 * (undefined) once `wanted` says the result is no longer wanted: another camera move came first.
 */
export async function runInSlices<T>(
  steps: RevealSteps<T>,
  between: () => Promise<void>,
  wanted: () => boolean
): Promise<T | undefined> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await between()
    if (!wanted()) {
      steps.return(undefined as T)
      return undefined
    }
  }
}

/**
 * The direction from which the targets are least hidden (a small preference for staying near
 * the current view keeps the camera from swinging for nothing), and what to fade from there
 * ({@link hidersFromSteps}). In steps: one per candidate direction, then those of the fading.
 */
export function* planRevealSteps(
  samples: readonly Vector3[],
  blockers: readonly Mesh[],
  targets: readonly Mesh[],
  current: Vector3,
  options: RevealOptions = REVEAL_DEFAULTS
): RevealSteps<RevealPlan> {
  const { reach, stay, eye } = { ...REVEAL_DEFAULTS, ...options }
  let best = { direction: current.clone().normalize(), score: -Infinity, share: 0 }
  for (const candidate of [current.clone().normalize(), ...CANDIDATE_DIRECTIONS]) {
    const { share } = yield* visibilitySteps(candidate, samples, blockers, targets, reach, eye)
    const score = share + stay * candidate.dot(current)
    if (score > best.score + 1e-9) best = { direction: candidate, score, share }
    yield
  }
  return {
    direction: best.direction,
    share: best.share,
    fade: yield* hidersFromSteps(best.direction, samples, blockers, targets, reach, eye),
  }
}

/**
 * A structure in front of the targets that hides no more than this share of their samples stays
 * solid: it covers only a rim (a capsule's edge under the bone it attaches to, a ligament's end in
 * its notch), and it is the context that says what the target is. Such structures together may
 * hide at most {@link RIM_TOTAL}; beyond that the smallest are kept and the rest faded.
 */
export const RIM_SHARE = 0.08
export const RIM_TOTAL = 0.15

/**
 * What to fade so the targets show from a direction: everything that still hides a sample,
 * repeated until nothing does (a root in its foramen is behind muscle, then bone), except what
 * hides only a rim of them. In steps, one per pass of rays.
 */
export function* hidersFromSteps(
  direction: Vector3,
  samples: readonly Vector3[],
  blockers: readonly Mesh[],
  targets: readonly Mesh[],
  reach = REVEAL_DEFAULTS.reach,
  eye: RevealEye | null = null
): RevealSteps<string[]> {
  const fade: string[] = []
  let remaining = [...blockers]
  // Each pass weighs every structure still in the way afresh: one spared as a rim while something
  // else stood in front of it may hide much more once that is faded (the dural sac round the cauda
  // equina behind the vertebrae).
  for (let pass = 0; pass < 6; pass++) {
    const { hiders } = yield* visibilitySteps(direction, samples, remaining, targets, reach, eye)
    let keptShare = 0
    const more: string[] = []
    for (const [id, count] of [...hiders].sort((a, b) => a[1] - b[1])) {
      const share = count / samples.length
      if (share <= RIM_SHARE && keptShare + share <= RIM_TOTAL) keptShare += share
      else more.push(id)
    }
    if (more.length === 0) break
    fade.push(...more)
    const faded = new Set(fade)
    remaining = remaining.filter((m) => !faded.has(structureIdOf(m) ?? ''))
    yield
  }
  return fade
}
