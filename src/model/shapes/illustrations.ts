/**
 * Cause illustrations: extra meshes that show what a highlight alone cannot (a herniation touching
 * the L5 root, a narrowed canal, osteophytes, a slipped L5, lines of pull). Each is a node with
 * `extras: { illustrationId, causeId }` and no structureId, so the app hides it unless its cause
 * is active. All placed from the bones, the discs' end-plate rims and the nerve centre lines.
 */
import { VERTEBRAE } from '../measurements'
import { add, dirToWorld, lerp, normalize, scale, sub, toWorld, type Pose, type Vec3 } from '../math'
import { mergeMeshes, type MeshData } from '../mesh'
import { centreHeight, type Skeleton } from '../skeleton'
import { catmullRom, ellipsoidMesh, orient, sweep } from '../sweep'
import { endplateRim } from './disc'
import type { Frames } from './landmarks'
import type { TissueMaterial } from '../families/family'

/** One primitive of an extra node. */
export interface ExtraPrimitive {
  material: TissueMaterial
  mesh: MeshData
}

/** A node that is not a structure: an illustration or a trigger-point marker (world mm). */
export interface ExtraNode {
  name: string
  extras: Record<string, string>
  primitives: ExtraPrimitive[]
}

/** A solid arrow from `a` to `b` (shaft + cone), or a dashed one. Radius in mm. */
export function arrowMesh(a: Vec3, b: Vec3, radius: number, dashed = false): MeshData {
  const dir = normalize(sub(b, a))
  const len = Math.hypot(...sub(b, a))
  const head = Math.min(len * 0.35, radius * 4.5)
  const shaftEnd = sub(b, scale(dir, head))
  const side: Vec3 = Math.abs(dir[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0]
  const rod = (p: Vec3, q: Vec3): MeshData =>
    sweep([p, q], {
      width: () => radius,
      thickness: () => radius,
      side,
      radial: dashed ? 6 : 8,
      step: 1e3,
      exponent: 2,
    })
  const parts: MeshData[] = []
  if (dashed) {
    const dashes = 3
    const shaftLen = len - head
    for (let i = 0; i < dashes; i++) {
      const t0 = (i / dashes) * shaftLen
      const t1 = t0 + (shaftLen / dashes) * 0.6
      parts.push(rod(add(a, scale(dir, t0)), add(a, scale(dir, t1))))
    }
  } else {
    parts.push(rod(a, shaftEnd))
  }
  parts.push(
    sweep([shaftEnd, b], {
      width: (t) => radius * 2.4 * (1 - t) + 0.3,
      thickness: (t) => radius * 2.4 * (1 - t) + 0.3,
      side,
      radial: 8,
      step: 1e3,
      exponent: 2,
    })
  )
  return mergeMeshes(parts)
}

/** Closed loft of a vertebral body between its end-plate rims, in the bone's frame, posed to world. */
function bodyGhost(level: 'L5', pose: Pose, shift: Vec3): MeshData {
  const N = 36
  const positions: number[] = []
  const indices: number[] = []
  const rings = [
    (th: number) => endplateRim(level, th, false),
    (th: number) => scale(endplateRim(level, th, false), 0.93).map((v, i) => (i === 1 ? v * 0.5 : v)) as Vec3,
    (th: number) => scale(endplateRim(level, th, true), 0.93).map((v, i) => (i === 1 ? v * 0.5 : v)) as Vec3,
    (th: number) => endplateRim(level, th, true),
  ]
  for (const ring of rings) {
    for (let i = 0; i < N; i++) positions.push(...toWorld(pose, add(ring((i / N) * Math.PI * 2), shift)))
  }
  const h = centreHeight(level) / 2
  const bottom = positions.length / 3
  positions.push(...toWorld(pose, add([0, -h, 0], shift)))
  const top = bottom + 1
  positions.push(...toWorld(pose, add([0, h, 0], shift)))
  for (let r = 0; r < rings.length - 1; r++) {
    for (let i = 0; i < N; i++) {
      const a = r * N + i
      const b = r * N + ((i + 1) % N)
      indices.push(a, b, a + N, b, b + N, a + N)
    }
  }
  const last = (rings.length - 1) * N
  for (let i = 0; i < N; i++) {
    indices.push(bottom, (i + 1) % N, i)
    indices.push(top, last + i, last + ((i + 1) % N))
  }
  return orient({ positions: new Float32Array(positions), indices: new Uint32Array(indices) })
}

/** World point on the disc between `upper` and `lower` at rim angle theta (0 left, π/2 anterior), mid-height. */
function discRim(sk: Skeleton, upper: 'L4' | 'L5', theta: number, inset = 0): Vec3 {
  const lowerPose = upper === 'L4' ? sk.vertebrae.L5 : sk.sacrum
  const lowerLevel = upper === 'L4' ? 'L5' : 'S1'
  const a = toWorld(sk.vertebrae[upper], scale(endplateRim(upper, theta, false), 1 - inset))
  const b = toWorld(lowerPose, scale(endplateRim(lowerLevel, theta, true), 1 - inset))
  return lerp(a, b, 0.5)
}

function nearest(points: readonly Vec3[], to: Vec3): Vec3 {
  let best = points[0] ?? to
  let d = Infinity
  for (const p of points) {
    const e = Math.hypot(p[0] - to[0], p[1] - to[1], p[2] - to[2])
    if (e < d) {
      d = e
      best = p
    }
  }
  return best
}

/** Osteophyte lip along an end-plate rim, from theta0 to theta1, pushed out by `out` mm. */
function rimLip(pose: Pose, rim: (th: number) => Vec3, theta0: number, theta1: number, out: number): MeshData {
  const pts: Vec3[] = []
  for (let i = 0; i <= 8; i++) {
    const th = theta0 + ((theta1 - theta0) * i) / 8
    const p = rim(th)
    const radial = normalize([p[0], 0, p[2]])
    pts.push(toWorld(pose, add(p, scale(radial, out))))
  }
  return sweep(pts, {
    width: (t) => 1.2 + 1.6 * Math.sin(Math.PI * t),
    thickness: (t) => 0.8 + 1.2 * Math.sin(Math.PI * t),
    side: dirToWorld(pose, [0, 1, 0]),
    radial: 8,
    step: 7,
    exponent: 2,
  })
}

const illustration = (
  illustrationId: string,
  causeId: string,
  primitives: ExtraPrimitive[],
  name = illustrationId
): ExtraNode => ({ name, extras: { illustrationId, causeId }, primitives })

/** All cause illustrations, in a fixed order. */
export function illustrations(f: Frames, nerveCurves: ReadonlyMap<string, Vec3[][]>): ExtraNode[] {
  const { sk, V, S, lm } = f
  const out: ExtraNode[] = []

  // Disc herniation: nucleus extruded posterolaterally (left) from L4–L5 onto the traversing L5 root.
  const root = (nerveCurves.get('l5-root-left') ?? []).flatMap((p) => catmullRom(p, p.length * 20))
  const exit = discRim(sk, 'L4', -Math.PI * 0.2, 0.12)
  const onRoot = nearest(root, exit)
  const toDisc = normalize(sub(exit, onRoot))
  const tip = add(onRoot, scale(toDisc, 2.2))
  const bulb = lerp(exit, tip, 0.55)
  out.push(
    illustration('herniation-l4-l5', 'disc-herniation', [
      {
        material: 'cartilage',
        mesh: sweep([exit, bulb, tip], {
          width: (t) => 3.5 + 2.5 * Math.sin(Math.PI * Math.min(1, t * 1.2)),
          thickness: (t) => 2.6 + 2 * Math.sin(Math.PI * Math.min(1, t * 1.2)),
          side: [0, 1, 0],
          radial: 14,
          step: 1.5,
          exponent: 2,
        }),
      },
    ])
  )

  // Central stenosis: infolded, thickened ligamentum flavum and a central posterior disc bulge.
  const u = lm('L4')
  const l = lm('L5')
  const flavum: MeshData[] = [1, -1].map((s) => {
    const a = V('L4', [7 * s, u.pedicle[1] - 16, u.canalApex + 1])
    const c = V('L5', [7 * s, l.pedicle[1] + 5, l.canalApex + 1])
    const mid = lerp(a, c, 0.5)
    const fwd = normalize(dirToWorld(sk.vertebrae.L4, [0, 0, 1]))
    return sweep([a, add(mid, scale(fwd, 3.5)), c], {
      width: (t) => 5 + 3 * Math.sin(Math.PI * t),
      thickness: (t) => 1.6 + 2.6 * Math.sin(Math.PI * t),
      side: [1, 0, 0],
      radial: 12,
      step: 2.5,
      exponent: 2.5,
    })
  })
  const back = discRim(sk, 'L4', -Math.PI / 2)
  const up = normalize(dirToWorld(sk.vertebrae.L4, [0, 1, 0]))
  const behind = normalize(dirToWorld(sk.vertebrae.L4, [0, 0, -1]))
  out.push(
    illustration('stenosis-l4-l5', 'spinal-stenosis', [
      { material: 'ligament', mesh: mergeMeshes(flavum) },
      {
        material: 'cartilage',
        mesh: ellipsoidMesh(add(back, scale(behind, 1)), [13, 0, 0], scale(up, 4.2), scale(behind, 4.5), 8, 18),
      },
    ])
  )

  // Degenerated L5–S1: osteophyte lips on the end-plate rims and around the facet joints.
  const lips = [
    rimLip(sk.vertebrae.L5, (th) => endplateRim('L5', th, false), -0.15 * Math.PI, 1.15 * Math.PI, 1.2),
    rimLip(sk.sacrum, (th) => endplateRim('S1', th, true), -0.1 * Math.PI, 1.1 * Math.PI, 1.2),
  ]
  const seg = sk.segments.find((s) => s.lower === 'S1')
  const facetSpurs: MeshData[] = []
  for (const j of seg?.facets ?? []) {
    const axis = normalize(dirToWorld(sk.vertebrae.L5, [0, 1, 0]))
    for (const k of [-1, 1]) {
      const c = add(add(j.centre, scale(axis, 9 * k)), scale(j.normal, -2))
      facetSpurs.push(ellipsoidMesh(c, scale(j.normal, 3), scale(axis, 3.5), [3.2, 0, 0], 6, 10))
    }
  }
  out.push(
    illustration('degenerated-l5-s1', 'degenerative-disc', [
      { material: 'bone', mesh: mergeMeshes([...lips, ...facetSpurs]) },
    ])
  )

  // Spondylolisthesis: a ghost of L5's body slipped 8 mm forward over S1.
  out.push(
    illustration('spondylolisthesis-l5', 'spondylolisthesis', [
      { material: 'bone', mesh: bodyGhost('L5', sk.vertebrae.L5, [0, 0, SLIP_MM]) },
    ])
  )

  // Muscle imbalance: lines of pull on the pelvis (tight: solid; weak: short and dashed).
  const P = sk.pelvis
  const half = VERTEBRAE.L3.endplateWidth / 2
  const arrows: [string, 'tight' | 'weak', Vec3, Vec3][] = [
    // Tight hip flexors pull the front of the pelvis down and forward.
    ['hip-flexors', 'tight', add(P.aiis, [6, 30, 30]), add(P.aiis, [6, -60, 60])],
    // Tight erector spinae pull the back of the pelvis up.
    ['erector-spinae', 'tight', S([34, -40, -70]), V('L2', [half + 10, 0, -80])],
    // Weak glutes fail to pull the back of the pelvis down.
    ['gluteus-maximus', 'weak', add(P.psis, [20, -30, -45]), add(P.psis, [32, -95, -50])],
    // Weak abdominals fail to pull the front of the pelvis up.
    ['abdominals', 'weak', add(P.symphysis, [26, 40, 40]), add(P.symphysis, [30, 105, 42])],
  ]
  for (const [muscle, role, a, b] of arrows) {
    for (const side of ['left', 'right'] as const) {
      const m = side === 'left' ? 1 : -1
      const pa: Vec3 = [a[0] * m, a[1], a[2]]
      const pb: Vec3 = [b[0] * m, b[1], b[2]]
      out.push({
        name: `pull-arrow-${muscle}-${side}`,
        extras: { illustrationId: 'pull-lines-muscle-imbalance', causeId: 'muscle-imbalance', role },
        primitives: [{ material: 'muscle', mesh: arrowMesh(pa, pb, role === 'tight' ? 2.6 : 2, role === 'weak') }],
      })
    }
  }
  return out
}

/** Forward slip of L5 over S1 shown by the spondylolisthesis ghost, mm (about grade I). */
export const SLIP_MM = 8

/** Sites and kinds of the trigger-point markers: position along the muscle's centre line (0 origin … 1 insertion). */
export const TRIGGER_POINT_SITES: readonly { muscle: string; active: number; latent: number }[] = [
  { muscle: 'quadratus-lumborum', active: 0.45, latent: 0.3 },
  { muscle: 'psoas-major', active: 0.35, latent: 0.72 },
  { muscle: 'gluteus-medius', active: 0.3, latent: 0.5 },
  { muscle: 'gluteus-minimus', active: 0.35, latent: 0.65 },
  { muscle: 'piriformis', active: 0.62, latent: 0.35 },
  { muscle: 'multifidus', active: 0.62, latent: 0.8 },
  { muscle: 'iliocostalis-lumborum', active: 0.15, latent: 0.5 },
  { muscle: 'longissimus-thoracis', active: 0.12, latent: 0.45 },
]

/** Trigger-point marker radius, mm. */
export const TRIGGER_POINT_RADIUS = 4

/** How finely a trigger-point marker is meshed (the numbers live in the extras family's options). */
export interface TriggerPointMeshOptions {
  /** Rings from pole to pole. */
  rings: number
  /** Vertices round each ring. */
  segments: number
}

/** Small spheres at the trigger-point sites of each muscle, both sides. */
export function triggerPoints(
  softCurves: ReadonlyMap<string, Vec3[][]>,
  options: TriggerPointMeshOptions
): ExtraNode[] {
  const out: ExtraNode[] = []
  const r = TRIGGER_POINT_RADIUS
  for (const site of TRIGGER_POINT_SITES) {
    for (const side of ['left', 'right'] as const) {
      const id = `${site.muscle}-${side}`
      const path = softCurves.get(id)?.[0]
      if (!path) throw new Error(`No centre line for ${id}`)
      const dense = catmullRom(path, 101)
      for (const kind of ['active', 'latent'] as const) {
        const c = dense[Math.round(site[kind] * 100)] ?? dense[0] ?? [0, 0, 0]
        out.push({
          name: `trigger-point-${id}-${kind}`,
          extras: { triggerPointOf: id, triggerPointKind: kind },
          primitives: [
            {
              material: 'muscle',
              mesh: ellipsoidMesh(c, [r, 0, 0], [0, r, 0], [0, 0, r], options.rings, options.segments),
            },
          ],
        })
      }
    }
  }
  return out
}
