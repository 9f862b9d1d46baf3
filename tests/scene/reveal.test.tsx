import { describe, expect, it } from 'vitest'
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, Vector3 } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { noRaycast } from '../../src/scene/model-index'
import {
  CANDIDATE_DIRECTIONS,
  hidersFromSteps,
  planRevealSteps,
  RAYS_PER_STEP,
  RIM_SHARE,
  runInSlices,
  solidBlockers,
  surfaceSamples,
  visibilityFrom,
  type RevealSteps,
} from '../../src/scene/reveal'

/** Runs a reveal's steps to the end in one go. */
function runAtOnce<T>(steps: RevealSteps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** What the framing fades from a direction, worked out in one go. */
const hidersFrom = (...args: Parameters<typeof hidersFromSteps>) => runAtOnce(hidersFromSteps(...args))
/** The framing's plan, worked out in one go. */
const planReveal = (...args: Parameters<typeof planRevealSteps>) => runAtOnce(planRevealSteps(...args))

/** A structure node with one box mesh, pickable (drawn solid) unless said otherwise. */
function structure(id: string, size: [number, number, number], at: [number, number, number], pickable = true) {
  const node = new Group()
  node.userData = { structureId: id }
  const mesh = new Mesh(new BoxGeometry(...size), new MeshBasicMaterial())
  mesh.raycast = pickable ? acceleratedRaycast : noRaycast
  node.position.set(...at)
  node.add(mesh)
  return { node, mesh }
}

/** A small target with a wide wall right behind it (towards -Z) and nothing elsewhere. */
function scene() {
  const root = new Group()
  const target = structure('l5-root-left', [0.01, 0.01, 0.01], [0, 0, 0])
  const wall = structure('l5', [0.2, 0.2, 0.01], [0, 0, -0.05])
  root.add(target.node, wall.node)
  root.updateMatrixWorld(true)
  return { target, wall, meshes: [target.mesh, wall.mesh] }
}

describe('reveal', () => {
  it('sees a structure hidden from behind, and names what hides it', () => {
    const { target, meshes } = scene()
    const samples = surfaceSamples([target.mesh], 24)
    const blockers = solidBlockers(meshes, new Set([target.mesh]))
    expect(visibilityFrom(new Vector3(0, 0, -1), samples, blockers)).toMatchObject({ share: 0 })
    expect([...visibilityFrom(new Vector3(0, 0, -1), samples, blockers).hiders.keys()]).toEqual(['l5'])
    expect(visibilityFrom(new Vector3(0, 0, 1), samples, blockers).share).toBe(1)
  })

  it('turns the camera to where nothing hides it, the least turn from the current view', () => {
    const { target, meshes } = scene()
    const plan = planReveal(
      surfaceSamples([target.mesh], 24),
      solidBlockers(meshes, new Set([target.mesh])),
      [target.mesh],
      new Vector3(0, 0, -1)
    )
    expect(plan.share).toBe(1)
    // From the side the wall no longer hides it; that is a smaller turn than going round to the front.
    expect(plan.direction.z).toBeGreaterThanOrEqual(0)
    expect(plan.direction.z).toBeLessThan(0.5)
    expect(plan.fade).toEqual([])
  })

  it('fades what still hides it when every direction is blocked (a root in its foramen)', () => {
    const { target, meshes } = scene()
    const box = structure('dural-sac', [0.03, 0.03, 0.03], [0, 0, 0])
    box.node.updateMatrixWorld(true)
    const all = [...meshes, box.mesh]
    const plan = planReveal(
      surfaceSamples([target.mesh], 24),
      solidBlockers(all, new Set([target.mesh])),
      [target.mesh],
      new Vector3(0, 0, -1)
    )
    expect(plan.share).toBe(0)
    expect(plan.fade).toContain('dural-sac')
  })

  it('keeps solid a bone that hides only a rim of the target (the context that names it), and fades one that hides more', () => {
    const root = new Group()
    // A capsule-like plate seen from +Z, with a bone over its edge and a muscle over its middle.
    const target = structure('hip-joint-left', [0.1, 0.1, 0.01], [0, 0, 0])
    // Finely divided, so its samples spread over its face and not only its corners.
    target.mesh.geometry = new BoxGeometry(0.1, 0.1, 0.01, 24, 24, 1)
    const rim = structure('femur-left', [0.006, 0.1, 0.01], [0.049, 0, 0.02])
    const muscle = structure('gluteus-minimus-left', [0.06, 0.06, 0.01], [0, 0, 0.04])
    root.add(target.node, rim.node, muscle.node)
    root.updateMatrixWorld(true)
    const samples = surfaceSamples([target.mesh], 200)
    const blockers = solidBlockers([target.mesh, rim.mesh, muscle.mesh], new Set([target.mesh]))
    const from = new Vector3(0, 0, 1)
    const rimShare = (visibilityFrom(from, samples, [rim.mesh]).hiders.get('femur-left') ?? 0) / samples.length
    expect(rimShare).toBeGreaterThan(0)
    expect(rimShare).toBeLessThanOrEqual(RIM_SHARE)
    expect(hidersFrom(from, samples, blockers, [target.mesh])).toEqual(['gluteus-minimus-left'])
    // Widened to cover a third of it, the bone is faded too.
    rim.node.scale.set(6, 1, 1)
    rim.node.position.x = 0.035
    root.updateMatrixWorld(true)
    expect(hidersFrom(from, samples, blockers, [target.mesh]).sort()).toEqual(['femur-left', 'gluteus-minimus-left'])
  })

  it('weighs a structure spared as a rim again once what stood in front of it is faded (the dural sac behind the vertebrae)', () => {
    const root = new Group()
    const target = structure('cauda-equina', [0.1, 0.1, 0.01], [0, 0, 0])
    target.mesh.geometry = new BoxGeometry(0.1, 0.1, 0.01, 24, 24, 1)
    // The sac covers all of it; the vertebra in front of the sac covers all but a strip at one edge.
    const sac = structure('dural-sac', [0.14, 0.14, 0.005], [0, 0, 0.02])
    const vertebra = structure('l4', [0.1, 0.14, 0.005], [-0.0035, 0, 0.04])
    root.add(target.node, sac.node, vertebra.node)
    root.updateMatrixWorld(true)
    const samples = surfaceSamples([target.mesh], 200)
    const blockers = solidBlockers([target.mesh, sac.mesh, vertebra.mesh], new Set([target.mesh]))
    const from = new Vector3(0, 0, 1)
    // Met first, the sac hides only the strip: a rim.
    const first = visibilityFrom(from, samples, blockers, [target.mesh]).hiders
    expect((first.get('dural-sac') ?? 0) / samples.length).toBeLessThanOrEqual(RIM_SHARE)
    // With the vertebra faded it hides everything, so it is faded too.
    expect(hidersFrom(from, samples, blockers, [target.mesh]).sort()).toEqual(['dural-sac', 'l4'])
  })

  it('still counts a structure it faded earlier as in the way, though it lets clicks through', () => {
    const { target, wall, meshes } = scene()
    wall.mesh.raycast = noRaycast
    expect(solidBlockers(meshes, new Set([target.mesh]))).toEqual([])
    expect(solidBlockers(meshes, new Set([target.mesh]), new Set(['l5']))).toEqual([wall.mesh])
    const samples = surfaceSamples([target.mesh], 24)
    expect(visibilityFrom(new Vector3(0, 0, -1), samples, [wall.mesh]).share).toBe(0)
  })

  it('counts only what lies in front of a shell as hiding it, never what lies inside it', () => {
    const root = new Group()
    const shell = structure('skin-like-shell', [0.2, 0.2, 0.2], [0, 0, 0])
    const inside = structure('l4', [0.05, 0.05, 0.05], [0, 0, 0])
    root.add(shell.node, inside.node)
    root.updateMatrixWorld(true)
    const samples = surfaceSamples([shell.mesh], 48)
    const seen = visibilityFrom(new Vector3(0, 0, -1), samples, [inside.mesh], [shell.mesh])
    expect(seen.share).toBe(1)
    expect(seen.hiders.size).toBe(0)
  })
})

describe('a reveal in slices', () => {
  const sampled = () => surfaceSamples([scene().target.mesh], 24)
  const plan = () => {
    const { target, meshes } = scene()
    return planRevealSteps(
      surfaceSamples([target.mesh], 24),
      solidBlockers(meshes, new Set([target.mesh])),
      [target.mesh],
      new Vector3(0, 0, -1)
    )
  }

  it('hands the main thread back after every few rays, and plans what it plans in one go', async () => {
    let breaks = 0
    const sliced = await runInSlices(
      plan(),
      () => {
        breaks++
        return Promise.resolve()
      },
      () => true
    )
    // For the current direction and each candidate, a break after every RAYS_PER_STEP rays: no
    // slice casts more than that (a whole pass of 48 was a task of 20-35 ms on a phone-sized page).
    const stepsPerPass = Math.ceil(sampled().length / RAYS_PER_STEP)
    expect(stepsPerPass).toBeGreaterThan(1)
    expect(breaks).toBeGreaterThanOrEqual((CANDIDATE_DIRECTIONS.length + 1) * stepsPerPass)
    const whole = runAtOnce(plan())
    expect(sliced?.direction.toArray()).toEqual(whole.direction.toArray())
    expect(sliced?.fade).toEqual(whole.fade)
  })

  it('gives up, with nothing to apply, once another camera move has come first', async () => {
    let breaks = 0
    const sliced = await runInSlices(
      plan(),
      () => Promise.resolve(),
      () => ++breaks < 3
    )
    expect(sliced).toBeUndefined()
    expect(breaks).toBe(3)
  })
})
