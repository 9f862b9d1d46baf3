// @vitest-environment node
/**
 * Each family alone, without the full build: the structures it makes are exactly those of its
 * system in STRUCTURES, and the cheap families' meshes are sound. Families that mesh SDFs (bones,
 * fleshy muscles, fascia, skin) are checked through their shape lists here and measured in
 * model.test.ts on the built model.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { STRUCTURES, type StructureSystem } from '../../../src/domain/structures'
import { BONES_DEFAULTS, boneShapes, boneSdfs } from '../../../src/model/families/bones'
import { buildBeyondTheSpine, CAPSULE_WALL_SHADE, hipCapsuleSdf } from '../../../src/model/families/beyond-the-spine'
import { buildDiscsAndJoints, jointLineAcrossRows } from '../../../src/model/families/discs-and-joints'
import { fleshyMuscleShapes, MUSCLES_DEFAULTS } from '../../../src/model/families/muscles'
import { buildNerves } from '../../../src/model/families/nerves'
import { isClosedManifold } from '../../../src/model/mesh'
import { mirrorPath } from '../../../src/model/mirror'
import {
  add,
  cross,
  dirToWorld,
  dot,
  length,
  lerp,
  normalize,
  scale,
  sub,
  toLocal,
  type Vec3,
} from '../../../src/model/math'
import { catmullRom, polylineLength } from '../../../src/model/sweep'
import type { Sdf } from '../../../src/model/mesh'
import { FEMORAL_NECK } from '../../../src/model/shapes/femur'
import { FEMUR, PELVIS } from '../../../src/model/measurements'
import { ACETABULAR_AXIS, obturatorRing, posteriorInferiorIliacSpine } from '../../../src/model/shapes/pelvis'
import { RIB_SECTION, ribPath, ribSdf } from '../../../src/model/shapes/rib'
import { coccyxSdf, coccyxSegments } from '../../../src/model/shapes/coccyx'
import { sacralAxis, sacrumSdf, SACRUM_DEFAULTS } from '../../../src/model/shapes/sacrum'
import { VERTEBRA_DEFAULTS, vertebraLandmarks, vertebraSdf } from '../../../src/model/shapes/vertebra'
import { createBuildContext, modelSdfs } from '../../../src/model/parts'
import { flankLayers } from '../../../src/model/shapes/abdominal-wall'
import { firstSurface, ligamentCourses } from '../../../src/model/shapes/ligament'
import { muscleCourses } from '../../../src/model/shapes/muscle'
import { bounds, signedVolume, vertex } from './mesh-probes'

const idsOf = (system: StructureSystem) =>
  STRUCTURES.filter((s) => s.system === system)
    .map((s) => s.id)
    .sort()
const bothSides = (id: string) => [`${id}-left`, `${id}-right`]

describe('discs and joints', () => {
  const ctx = createBuildContext()
  // The facet capsules are draped on the vertebrae: their SDFs, without meshing the bones.
  for (const [id, sdf] of boneSdfs(boneShapes(ctx.skeleton, BONES_DEFAULTS))) ctx.boneSdfs.set(id, sdf)
  buildDiscsAndJoints(ctx)
  it('builds every disc, nucleus, facet capsule and sacroiliac joint, as closed cartilage meshes', () => {
    expect([...ctx.parts.keys()].sort()).toEqual(idsOf('discs-joints'))
    for (const [id, part] of ctx.parts) {
      expect(part.material, id).toBe('cartilage')
      expect(isClosedManifold(part.mesh), id).toBe(true)
    }
  })
  it('each nucleus pulposus fills about a third of its disc, behind the centre, and reaches into neither bone', () => {
    for (const seg of ctx.skeleton.segments) {
      if (seg.level === 'T12-L1') continue
      const key = seg.level.toLowerCase()
      const frame = ctx.skeleton.vertebrae[seg.upper]
      // Extents across (x) and front to back (z) in the upper vertebra's frame.
      const extents = (id: string) => {
        const mesh = ctx.parts.get(id)!.mesh
        const local = Array.from({ length: mesh.positions.length / 3 }, (_, i) =>
          toLocal(frame, [mesh.positions[i * 3]!, mesh.positions[i * 3 + 1]!, mesh.positions[i * 3 + 2]!])
        )
        const range = (k: 0 | 2) => [Math.min(...local.map((p) => p[k])), Math.max(...local.map((p) => p[k]))]
        return { x: range(0), z: range(2), points: mesh.positions, local }
      }
      const disc = extents(`${key}-disc`)
      const nucleus = extents(`${key}-nucleus-pulposus`)
      const span = (r: number[]) => r[1]! - r[0]!
      const areaShare = (span(nucleus.x) * span(nucleus.z)) / (span(disc.x) * span(disc.z))
      expect(areaShare, key).toBeGreaterThan(0.25)
      expect(areaShare, key).toBeLessThan(0.45)
      // Its centre lies behind the disc's, by 3 mm or more: the annulus is thicker in front.
      expect((disc.z[0]! + disc.z[1]!) / 2 - (nucleus.z[0]! + nucleus.z[1]!) / 2, key).toBeGreaterThan(3)
      // Bean-shaped from above, like its disc: its back is dented forward in the midline.
      const middleX = (nucleus.x[0]! + nucleus.x[1]!) / 2
      const backmost = (from: number, to: number) =>
        Math.min(
          ...nucleus.local
            .filter(
              (q) =>
                Math.abs(q[0] - middleX) >= from * span(nucleus.x) && Math.abs(q[0] - middleX) <= to * span(nucleus.x)
            )
            .map((q) => q[2])
        )
      expect(backmost(0, 0.08) - backmost(0.25, 0.4), key).toBeGreaterThan(1)
      const upper = ctx.boneSdfs.get(seg.upper.toLowerCase())!
      const lower = ctx.boneSdfs.get(seg.lower === 'S1' ? 'sacrum' : seg.lower.toLowerCase())!
      const p = nucleus.points
      for (let i = 0; i < p.length; i += 3) {
        const point: Vec3 = [p[i]!, p[i + 1]!, p[i + 2]!]
        expect(Math.min(upper(point), lower(point)), `${key} nucleus vertex ${i / 3}`).toBeGreaterThan(0)
      }
    }
  })
  /** Every facet capsule below T12–L1, with its joint, its segment's two bones and its name. */
  const facetCapsules = () =>
    ctx.skeleton.segments
      .filter((seg) => seg.level !== 'T12-L1')
      .flatMap((seg) => {
        const key = seg.level.toLowerCase()
        const upper = ctx.boneSdfs.get(seg.upper.toLowerCase())!
        const lower = ctx.boneSdfs.get(seg.lower === 'S1' ? 'sacrum' : seg.lower.toLowerCase())!
        return seg.facets.map((joint) => {
          const mesh = ctx.parts.get(`${key}-facet-${joint.side}`)?.mesh
          if (!mesh) throw new Error(`no ${key} ${joint.side} facet`)
          return { seg, joint, mesh, upper, lower, name: `${key} ${joint.side}` }
        })
      })
  it('each facet capsule caps the back of its joint: on both articular processes, mostly behind the joint, never inside bone', () => {
    for (const { seg, joint, mesh, upper, lower, name } of facetCapsules()) {
      let onUpper = 0
      let onLower = 0
      let inBone = 0
      let behind = 0
      const count = mesh.positions.length / 3
      // Behind the joint centre in the upper vertebra's frame (its z points forwards).
      const centre = toLocal(ctx.skeleton.vertebrae[seg.upper], joint.centre)
      for (let i = 0; i < count; i++) {
        const p: Vec3 = [mesh.positions[3 * i]!, mesh.positions[3 * i + 1]!, mesh.positions[3 * i + 2]!]
        const u = upper(p)
        const l = lower(p)
        if (Math.min(u, l) < -0.5) inBone++
        // Within its own thickness (4 mm) and a little of the bone.
        if (u < 4) onUpper++
        if (l < 4) onLower++
        if (toLocal(ctx.skeleton.vertebrae[seg.upper], p)[2] < centre[2]) behind++
      }
      expect(inBone, `${name}: vertices inside bone`).toBe(0)
      // Both processes carry it: a capsule on one bone only would be a pad, not a joint's cap. (At
      // L5–S1, drawn taut down over the sacrum's process, 0.27 of it lies within 4 mm of L5's.)
      expect(onUpper / count, `${name} on the inferior articular process`).toBeGreaterThan(0.25)
      expect(onLower / count, `${name} on the superior articular process`).toBeGreaterThan(0.25)
      expect(behind / count, `${name} behind the joint centre`).toBeGreaterThan(0.85)
      // A fibrous cap drawn taut across the joint, not a film on each process: 4 mm thick over
      // the joint line, over 700 mm³ (draped on each process at 3 mm, about 600).
      expect(signedVolume(mesh), `${name} volume`).toBeGreaterThan(700)
    }
  })
  it("each facet capsule's sides settle onto the articular processes, and its fibres run across the joint", () => {
    for (const { seg, mesh, upper, lower, name } of facetCapsules()) {
      const up = dirToWorld(ctx.skeleton.vertebrae[seg.upper], [0, 1, 0])
      const count = mesh.positions.length / 3
      let onBone = 0
      let across = 0
      for (let i = 0; i < count; i++) {
        const p = vertex(mesh, i)
        if (Math.min(upper(p), lower(p)) < 0.6) onBone++
        const f: Vec3 = [mesh.fibres?.[3 * i] ?? 0, mesh.fibres?.[3 * i + 1] ?? 0, mesh.fibres?.[3 * i + 2] ?? 0]
        if (length(f) > 0.5 && Math.abs(dot(normalize(f), up)) < 0.5) across++
      }
      // Its edges come down onto the bone they are attached to (standing a lift off it, none did:
      // "a free-floating oval" in blind review 77), and its fibres run from one process to the
      // other, within 60° of square to the spine's axis.
      expect(onBone / count, `${name} within 0.6 mm of bone`).toBeGreaterThan(0.08)
      expect(across / count, `${name} fibres across the joint`).toBeGreaterThan(0.85)
    }
  })
  it("each facet capsule's back runs smoothly from top to bottom, with no step where the bone under it steps back", () => {
    // In the upper vertebra's frame (z forwards), the back of the capsule in 2 mm bands of height.
    // Laid on the sacrum's articular process, the L5–S1 capsule's lower third stood 5 mm behind the
    // rest ("a lumpy, kinked blob", blind review 69).
    for (const { seg, mesh, name } of facetCapsules()) {
      const local: Vec3[] = []
      for (let i = 0; i < mesh.positions.length / 3; i++)
        local.push(toLocal(ctx.skeleton.vertebrae[seg.upper], vertex(mesh, i)))
      const low = Math.min(...local.map((p) => p[1]))
      const high = Math.max(...local.map((p) => p[1]))
      const backs: number[] = []
      for (let y = low + 2; y + 2 <= high - 2; y += 2)
        backs.push(Math.min(...local.filter((p) => p[1] >= y && p[1] < y + 2).map((p) => p[2])))
      const steps = backs.slice(1).map((b, i) => Math.abs(b - backs[i]!))
      expect(Math.max(...steps), `${name}: largest step of its back between 2 mm bands, mm`).toBeLessThan(2)
    }
  })
  it("a facet capsule's joint line follows the rows that found it and ignores a find at the rim", () => {
    // Its groove is laid along this line; a find at the rim, taken by the rows below it, laid the
    // groove of the L5–S1 capsule's lower third along its edge (part of "a lumpy, kinked blob",
    // blind review 69).
    // A J: far across at the top, near the middle below.
    const curve = [0.5, 0.3, 0.15, 0.05, 0, 0, 0.03, 0.08]
    const fitted = jointLineAcrossRows(curve)
    curve.forEach((x, i) => expect(fitted[i]).toBeCloseTo(x, 1))
    // Found in four middle rows and once at the rim: the rows above and below keep the ends' values.
    const rim = jointLineAcrossRows([undefined, undefined, 0.83, 0.08, 0.03, -0.02, -0.07, undefined, undefined])
    expect(rim[0]).toBeCloseTo(rim[3]!, 5)
    expect(rim[8]).toBeCloseTo(rim[6]!, 5)
    expect(Math.max(...rim.map(Math.abs))).toBeLessThan(0.1)
    expect(jointLineAcrossRows([undefined, undefined])).toEqual([0, 0])
  })
  it('the two sacroiliac joints lie at mirror-image x', () => {
    const extent = (id: string) => {
      const mesh = ctx.parts.get(id)?.mesh
      if (!mesh) throw new Error(`no ${id}`)
      return bounds(mesh)
    }
    const left = extent('sacroiliac-joint-left')
    const right = extent('sacroiliac-joint-right')
    expect(left.min[0]).toBeCloseTo(-right.max[0], 4)
    expect(left.min[0]).toBeGreaterThan(40)
  })
  it('each sacroiliac joint is ear-shaped like the auricular surface: a short upper and a long lower arm meeting at the front', () => {
    for (const side of ['left', 'right']) {
      const mesh = ctx.parts.get(`sacroiliac-joint-${side}`)?.mesh
      if (!mesh) throw new Error(`no ${side} joint`)
      // In the sacrum's frame: y up along it, z forward.
      const local: Vec3[] = []
      for (let i = 0; i < mesh.positions.length; i += 3)
        local.push(toLocal(ctx.skeleton.sacrum, [mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]))
      const top = local.reduce((a, b) => (b[1] > a[1] ? b : a))
      const bottom = local.reduce((a, b) => (b[1] < a[1] ? b : a))
      const front = local.reduce((a, b) => (b[2] > a[2] ? b : a))
      const down = (top[1] - front[1]) / (top[1] - bottom[1])
      expect(down, side).toBeGreaterThan(0.2)
      expect(down, side).toBeLessThan(0.45)
      expect(front[2] - top[2], side).toBeGreaterThan(10)
      expect(front[2] - bottom[2], side).toBeGreaterThan(10)
      // About the auricular surface's height (56.2 mm, omanSacrum).
      expect(top[1] - bottom[1], side).toBeGreaterThan(45)
      expect(top[1] - bottom[1], side).toBeLessThan(70)
    }
  })
})

describe('beyond the spine', () => {
  const ctx = createBuildContext()
  beforeAll(async () => {
    await buildBeyondTheSpine(ctx)
  })
  const box = (id: string) => {
    const mesh = ctx.parts.get(id)?.mesh
    if (!mesh) throw new Error(`no ${id}`)
    return bounds(mesh)
  }
  it('builds the hip joints, gluteal tendons and kidneys as closed meshes', () => {
    expect([...ctx.parts.keys()].sort()).toEqual(idsOf('beyond-the-spine'))
    for (const [id, part] of ctx.parts) expect(isClosedManifold(part.mesh), id).toBe(true)
  })
  it('wraps the hip capsule around the femoral head and puts the tendons on the greater trochanter', () => {
    const { hipCentre, greaterTrochanter } = ctx.skeleton.pelvis
    const hip = box('hip-joint-left')
    const tendons = box('gluteal-tendons-left')
    for (let i = 0; i < 3; i++) {
      expect(hip.min[i]).toBeLessThan(hipCentre[i] ?? 0)
      expect(hip.max[i]).toBeGreaterThan(hipCentre[i] ?? 0)
    }
    expect(tendons.max[0]).toBeGreaterThan(greaterTrochanter[0])
  })
  // Directions round the hip's centre, spread evenly over the sphere.
  const directions: Vec3[] = Array.from({ length: 400 }, (_, i) => {
    const y = 1 - (2 * (i + 0.5)) / 400
    const r = Math.sqrt(1 - y * y)
    const a = i * Math.PI * (3 - Math.sqrt(5))
    return [r * Math.cos(a), y, r * Math.sin(a)]
  })
  it('hoods the femoral head wherever it leaves the socket, and stays out of the socket', () => {
    const { hipCentre } = ctx.skeleton.pelvis
    const capsule = hipCapsuleSdf(hipCentre)
    const at = (dir: Vec3, r: number): Vec3 => [
      hipCentre[0] + dir[0] * r,
      hipCentre[1] + dir[1] * r,
      hipCentre[2] + dir[2] * r,
    ]
    // Just outside the head's cartilage, on the part of the head out of the socket.
    const exposed = directions.filter((d) => dot(d, ACETABULAR_AXIS) > 0.15)
    const bare = exposed.filter((d) => capsule(at(d, FEMUR.headRadius + 1)) >= 0)
    expect(exposed.length).toBeGreaterThan(100)
    expect(bare, 'head surface points left bare').toEqual([])
    // Deep in the socket the head meets the acetabulum, with no capsule between them.
    const socket = directions.filter((d) => dot(d, ACETABULAR_AXIS) < -0.3)
    expect(socket.filter((d) => capsule(at(d, FEMUR.headRadius + 1)) < 0)).toEqual([])
  })
  it('thickens the hip capsule in its ligaments: the Y in front, the pubofemoral below, the ischiofemoral behind, not on top', () => {
    const { hipCentre } = ctx.skeleton.pelvis
    const plain = hipCapsuleSdf(hipCentre, [])
    const banded = hipCapsuleSdf(hipCentre)
    const along = normalize(FEMORAL_NECK.baseOffset)
    const front = normalize(sub([0, 0, 1], [along[0] * along[2], along[1] * along[2], along[2] * along[2]]))
    const up = cross(along, front)
    const upward: Vec3 = up[1] >= 0 ? up : [-up[0], -up[1], -up[2]]
    const neck = Math.hypot(...FEMORAL_NECK.baseOffset)
    // How far the banded capsule stands proud of the plain one over the neck, at angles round
    // the neck's axis (0 in front, 90 above) from lo to hi.
    const proudAt = (lo: number, hi: number) => {
      let most = 0
      for (let angle = lo; angle <= hi; angle += 5) {
        const a = (angle * Math.PI) / 180
        const out: Vec3 = [0, 1, 2].map((k) => Math.cos(a) * front[k]! + Math.sin(a) * upward[k]!) as Vec3
        for (const share of [0.35, 0.45, 0.55]) {
          const axis: Vec3 = [0, 1, 2].map((k) => hipCentre[k]! + along[k]! * share * neck) as Vec3
          const point = (r: number): Vec3 => [axis[0] + out[0] * r, axis[1] + out[1] * r, axis[2] + out[2] * r]
          let lo = 0
          let hi = 60
          for (let k = 0; k < 30; k++) {
            const m = (lo + hi) / 2
            if (plain(point(m)) < 0) lo = m
            else hi = m
          }
          most = Math.max(most, -banded(point(lo)))
        }
      }
      return most
    }
    expect(proudAt(-20, 50), 'iliofemoral, in front').toBeGreaterThan(2)
    expect(proudAt(-135, -80), 'pubofemoral, below').toBeGreaterThan(1.2)
    expect(Math.max(proudAt(150, 180), proudAt(-180, -150)), 'ischiofemoral, behind').toBeGreaterThan(1.2)
    expect(proudAt(85, 110), 'nothing on top').toBeLessThan(0.5)
  })
  it('draws the hip capsule’s ligaments as pale bands on a duller wall', () => {
    const { hipCentre } = ctx.skeleton.pelvis
    const plain = hipCapsuleSdf(hipCentre, [])
    const { positions, colors } = ctx.parts.get('hip-joint-left')!.mesh
    expect(colors).toBeDefined()
    const shade = (v: number) => colors![v * 3]!
    const vertices = Array.from({ length: positions.length / 3 }, (_, v) => v)
    const at = (v: number): Vec3 => [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!]
    // Where the wall stands proud of the plain capsule it is a ligament, and is drawn full (bar a
    // few vertices the smoothing pushed out at the capsule's femoral edge); the plain wall well
    // away from any band is drawn duller.
    const crowns = vertices.filter((v) => plain(at(v)) > 2.5)
    const wall = vertices.filter((v) => plain(at(v)) < 0.3 && shade(v) < 0.8)
    expect(crowns.length).toBeGreaterThan(50)
    expect(crowns.filter((v) => shade(v) < 0.95).length / crowns.length).toBeLessThan(0.03)
    expect(wall.length / vertices.length).toBeGreaterThan(0.2)
    expect(Math.min(...vertices.map(shade))).toBeCloseTo(CAPSULE_WALL_SHADE, 2)
  })
  it('puts the kidneys either side of L1–L2, the right one lower', () => {
    const left = box('kidney-left')
    const right = box('kidney-right')
    const l1 = ctx.skeleton.vertebrae.L1.translation
    expect(left.min[0]).toBeGreaterThan(20)
    expect(right.max[0]).toBeLessThan(-20)
    expect(left.min[1]).toBeLessThan(l1[1])
    expect(left.max[1]).toBeGreaterThan(l1[1])
    expect((right.min[1] + right.max[1]) / 2).toBeLessThan((left.min[1] + left.max[1]) / 2)
  })
})

describe('nerves', () => {
  const ctx = createBuildContext()
  buildNerves(ctx)
  it('builds every nerve structure with its centre lines', () => {
    expect([...ctx.parts.keys()].sort()).toEqual(idsOf('nerves'))
    expect([...ctx.nerveCurves.keys()].sort()).toEqual(idsOf('nerves'))
  })
  it('bends in curves, never doubling back or turning a sharp corner', () => {
    // The direction over 4 mm before and after each point of every path, sampled every 1 mm.
    const sharp: string[] = []
    for (const [id, paths] of ctx.nerveCurves) {
      paths.forEach((path, k) => {
        const c = catmullRom(path, Math.max(4, Math.ceil(polylineLength(path))))
        for (let i = 4; i < c.length - 4; i++) {
          const before = normalize(sub(c[i]!, c[i - 4]!))
          const after = normalize(sub(c[i + 4]!, c[i]!))
          const degrees = (Math.acos(Math.min(1, dot(before, after))) * 180) / Math.PI
          if (degrees > 60) sharp.push(`${id} path ${k}: ${degrees.toFixed(0)}°`)
        }
      })
    }
    expect(sharp).toEqual([])
  })
  it('the cauda equina comes down round the conus and gives off a pair of roots at each level, L2 to L5, out of the sac', () => {
    const strands = ctx.nerveCurves.get('cauda-equina')!
    const cord = catmullRom(ctx.nerveCurves.get('spinal-cord')![0]!, 200)
    const conusTip = cord[cord.length - 1]!
    // Each root starts beside the cord, over 20 mm above the conus's tip and clear of the cord
    // (begun at its tip, the bundle read as "not continuous with the conus" in blind review 74).
    for (const [k, path] of strands.entries()) {
      const start = path[0]!
      expect(start[1] - conusTip[1], `strand ${k}: height of its start over the conus's tip, mm`).toBeGreaterThan(20)
      const fromCord = Math.min(...cord.map((c) => length(sub(c, start))))
      expect(fromCord, `strand ${k}: distance of its start from the cord's centre line, mm`).toBeGreaterThan(4.2)
    }
    // The roots that leave the sac (half-width 8 mm) through its side wall, in their sleeves: two
    // (dorsal and ventral) at each of four levels on each side, a level's pair together and each
    // level well below the one above (ended at the wall, "a single cable" in blind review 74).
    for (const side of [1, -1]) {
      const ends = strands
        .map((path) => path[path.length - 1]!)
        .filter((end) => end[0] * side > 10)
        .map((end) => end[1])
        .sort((a, b) => b - a)
      expect(ends.length, `side ${side}: roots leaving the sac`).toBe(8)
      for (let level = 0; level < 4; level++) {
        const [dorsal, ventral] = [ends[2 * level]!, ends[2 * level + 1]!]
        expect(Math.abs(dorsal - ventral), `side ${side}, level ${level}: the pair's heights apart, mm`).toBeLessThan(5)
        if (level > 0)
          expect(
            ends[2 * level - 1]! - dorsal,
            `side ${side}, level ${level}: below the level above, mm`
          ).toBeGreaterThan(20)
      }
    }
  })
  it('the cord swells at the lumbar enlargement above the conus, then tapers to the filum', () => {
    const mesh = ctx.parts.get('spinal-cord')!.mesh
    const line = catmullRom(ctx.nerveCurves.get('spinal-cord')![0]!, 200)
    // The cord's radius in twentieths of its length: each vertex's distance from the nearest point
    // of its centre line (the filum, a separate tube, lies beyond the 16th).
    const radius = new Array<number>(20).fill(0)
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const p = vertex(mesh, i / 3)
      let best = Infinity
      let k = 0
      line.forEach((c, j) => {
        const d = length(sub(c, p))
        if (d < best) [best, k] = [d, j]
      })
      const bin = Math.min(19, Math.floor((k / (line.length - 1)) * 20))
      radius[bin] = Math.max(radius[bin]!, best)
    }
    const enlargement = Math.max(...radius.slice(4, 8))
    // Over 12 % broader than where it enters the picture and above the conus.
    expect(enlargement).toBeGreaterThan(1.12 * radius[0]!)
    expect(enlargement).toBeGreaterThan(1.12 * Math.max(...radius.slice(13, 15)))
    expect(radius[17]!).toBeLessThan(0.6 * enlargement)
  })
  it('shows its fascicles along it: each vertex of the sciatic nerve carries the direction of its course there', () => {
    const mesh = ctx.parts.get('sciatic-nerve-left')!.mesh
    const course = catmullRom(ctx.nerveCurves.get('sciatic-nerve-left')![0]!, 400)
    const f = mesh.fibres!
    let along = 0
    let count = 0
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const p: Vec3 = [mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]
      let nearest = 0
      course.forEach((q, k) => {
        if (Math.hypot(...sub(q, p)) < Math.hypot(...sub(course[nearest]!, p))) nearest = k
      })
      const tangent = normalize(sub(course[Math.min(399, nearest + 1)]!, course[Math.max(0, nearest - 1)]!))
      // Away from its twigs, where the directions blend.
      if (Math.hypot(...sub(course[nearest]!, p)) > 9) continue
      along += Math.abs(dot(tangent, [f[i]!, f[i + 1]!, f[i + 2]!]))
      count++
    }
    expect(count).toBeGreaterThan(500)
    expect(along / count).toBeGreaterThan(0.95)
  })
  it('the lateral femoral cutaneous nerve divides in the thigh into an anterior branch and a posterior branch that turns back over its side', () => {
    const asis = ctx.skeleton.pelvis.asis
    const [trunk, anterior, posterior] = ctx.nerveCurves.get('lateral-femoral-cutaneous-nerve-left') ?? []
    expect(trunk && anterior && posterior).toBeTruthy()
    // Both branches leave the trunk 10–15 cm below the ASIS (the division is usually about 10 cm
    // below it), well below the front of the hip.
    for (const branch of [anterior!, posterior!]) {
      const below = asis[1] - branch[0]![1]
      expect(below).toBeGreaterThan(100)
      expect(below).toBeLessThan(150)
    }
    const anteriorEnd = anterior!.at(-1)!
    const posteriorEnd = posterior!.at(-1)!
    // The anterior branch runs on down the thigh; the posterior one ends further out (the left
    // side's lateral is +x) and further back.
    expect(asis[1] - anteriorEnd[1]).toBeGreaterThan(180)
    expect(posteriorEnd[0]).toBeGreaterThan(anteriorEnd[0] + 5)
    expect(posteriorEnd[2]).toBeLessThan(anteriorEnd[2] - 5)
  })
  it('the right side runs along the mirror image of the left', () => {
    const left = ctx.nerveCurves.get('sciatic-nerve-left') ?? []
    expect(left.length).toBeGreaterThan(0)
    expect(ctx.nerveCurves.get('sciatic-nerve-right')).toEqual(left.map(mirrorPath))
  })
})

describe('bones (shapes only)', () => {
  const ctx = createBuildContext()
  const shapes = boneShapes(ctx.skeleton)
  it('has one shape per bone, paired bones on both sides', () => {
    const ids = shapes.flatMap((s) => (s.paired ? bothSides(s.id) : [s.id]))
    expect(ids.sort()).toEqual(idsOf('bones'))
  })
  it('takes its edge lengths and budgets from the options', () => {
    const l3 = shapes.find((s) => s.id === 'l3')
    expect(l3?.edge).toBe(BONES_DEFAULTS.vertebraEdge)
    expect(l3?.budget).toBe(BONES_DEFAULTS.budgets.lumbarVertebra)
    const coarse = boneShapes(ctx.skeleton, { ...BONES_DEFAULTS, vertebraEdge: 3 })
    expect(coarse.find((s) => s.id === 'l3')?.edge).toBe(3)
  })
  it('world SDFs: each vertebral body centre is inside its own bone, the right femur mirrors the left', () => {
    const sdfs = boneSdfs(shapes)
    for (const level of ['L1', 'L2', 'L3', 'L4', 'L5'] as const) {
      expect(sdfs.get(level.toLowerCase())?.(ctx.skeleton.vertebrae[level].translation), level).toBeLessThan(-5)
    }
    const p = ctx.skeleton.pelvis.greaterTrochanter
    expect(sdfs.get('femur-left')?.(p)).toBeLessThan(0)
    expect(sdfs.get('femur-right')?.([-p[0], p[1], p[2]])).toBe(sdfs.get('femur-left')?.(p))
  })
})

describe('bone landmarks a clinician names', () => {
  /** Where a ray along `axis` (0 x, 1 y, 2 z) through the other two coordinates first and last meets the solid. */
  const chord = (sdf: Sdf, at: Vec3, axis: 0 | 1 | 2, from: number, to: number): [number, number] => {
    let first = Infinity
    let last = -Infinity
    for (let v = from; v <= to; v += 0.05) {
      const p: Vec3 = [...at]
      p[axis] = v
      if (sdf(p) < 0) {
        first = Math.min(first, v)
        last = Math.max(last, v)
      }
    }
    return [first, last]
  }

  it('the sacrum’s back has its median crest and, medial to each row of foramina, its intermediate crest', () => {
    const { sdf } = sacrumSdf([])
    const foramen = SACRUM_DEFAULTS.foramina[1]!
    const y = sacralAxis(foramen.t)[1]
    /** The dorsal surface's z (more negative is further back) x mm from the midline. */
    const back = (x: number) => chord(sdf, [x, y, 0], 2, -80, 40)[0]
    expect(back(0)).toBeLessThan(back(8) - 1.5)
    const intermediate = foramen.x - foramen.r - 4.5
    expect(back(intermediate)).toBeLessThan(back(intermediate - 5) - 1)
    // The posterior foramen itself is open right through.
    expect(back(foramen.x)).toBe(Infinity)
  })

  it('the hip bone’s anterior superior iliac spine stands out as a spine, with a notch under it before the inferior one', () => {
    const ctx = createBuildContext()
    const hip = boneSdfs(boneShapes(ctx.skeleton, BONES_DEFAULTS)).get('hip-bone-left')!
    const { asis, aiis } = ctx.skeleton.pelvis
    /** The most forward point of the bone on a ray from front to back through `p`'s x and y. */
    const front = (p: Vec3) => chord(hip, p, 2, -200, 200)[1]
    /** A point `t` of the way from the ASIS down to the AIIS. */
    const down = (t: number): Vec3 => [0, 1, 2].map((i) => asis[i]! + (aiis[i]! - asis[i]!) * t) as Vec3
    // A fifth of the way down, the border is already more than a centimetre behind the spine's tip
    // (a rounded knob on a straight border was 4 mm behind it), and it rises again to the AIIS.
    expect(front(down(0.2))).toBeLessThan(front(asis) - 10)
    expect(front(down(0.5))).toBeLessThan(front(aiis) - 5)
  })

  it('the hip bone’s greater sciatic notch is a deep, rounded bay between the posterior inferior iliac spine and the ischial spine', () => {
    const ctx = createBuildContext()
    const hip = boneSdfs(boneShapes(ctx.skeleton, BONES_DEFAULTS)).get('hip-bone-left')!
    const { ischialSpine } = ctx.skeleton.pelvis
    const piis = posteriorInferiorIliacSpine(ctx.skeleton.pelvis)
    /**
     * How far in front of the chord from the ischial spine to the PIIS the bone's back edge lies,
     * seen from the side, `t` of the way up from the spine: the most posterior bone point at that
     * height, whatever its depth from the side.
     */
    const depth = (t: number) => {
      const y = ischialSpine[1] + (piis[1] - ischialSpine[1]) * t
      let back = Infinity
      for (let x = 20; x <= 110; x += 1.5) back = Math.min(back, firstSurface(hip, x, y, -100, 20) ?? Infinity)
      return back - (ischialSpine[2] + (piis[2] - ischialSpine[2]) * t)
    }
    const ts = Array.from({ length: 17 }, (_, i) => 0.1 + (0.8 * i) / 16)
    const depths = ts.map(depth)
    const deepest = Math.max(...depths)
    // Deeper than 2 cm, deepest in its middle and still nearly as deep halfway up: a bay. The old
    // notch was an open wedge, 27 mm deep just above the spine and shallowing straight to the PIIS
    // (deepest a tenth of the way up, 18 mm deep halfway).
    expect(deepest).toBeGreaterThan(20)
    const at = ts[depths.indexOf(deepest)]!
    expect(at).toBeGreaterThan(0.3)
    expect(at).toBeLessThan(0.75)
    expect(depth(0.5)).toBeGreaterThan(0.85 * deepest)
  })

  it('the hip bone’s inferior pubic and ischial rami are flat bands round the obturator foramen, not a round ring', () => {
    const ctx = createBuildContext()
    const hip = boneSdfs(boneShapes(ctx.skeleton, BONES_DEFAULTS)).get('hip-bone-left')!
    const ring = obturatorRing(ctx.skeleton.pelvis)
    /** The bone's length along `dir` through `p` (the stretch round `p` that is inside it), mm. */
    const through = (p: Vec3, dir: Vec3) => {
      let first = 0
      let last = 0
      for (let t = 0; t > -40 && hip(add(p, scale(dir, t))) < 0; t -= 0.1) first = t
      for (let t = 0; t < 40 && hip(add(p, scale(dir, t))) < 0; t += 0.1) last = t
      return last - first
    }
    // Halfway round the rami, from the pubic body to the tuberosity; and on the superior ramus.
    for (const [share, flat] of [
      [0.45, true],
      [0.55, true],
      [0.1, false],
    ] as const) {
      const i = Math.round(share * (ring.points.length - 1))
      const p = ring.points[i]!
      const course = normalize(sub(ring.points[i + 1]!, ring.points[i - 1]!))
      const inPlane = normalize(cross(ring.normal, course))
      const ratio = through(p, inPlane) / through(p, ring.normal)
      // About 2 cm wide and 1 cm thick; the round ring's rami were as wide as they were thick.
      if (flat) expect(ratio).toBeGreaterThan(1.6)
      else expect(ratio).toBeLessThan(1.4)
    }
  })

  it('the hip bone’s acetabulum has its fossa sunk in the floor below the centre, the lunate surface round it', () => {
    const ctx = createBuildContext()
    const hip = boneSdfs(boneShapes(ctx.skeleton, BONES_DEFAULTS)).get('hip-bone-left')!
    const { hipCentre, obturatorCentre } = ctx.skeleton.pelvis
    const toward = sub(obturatorCentre, hipCentre)
    const down = normalize(sub(toward, scale(ACETABULAR_AXIS, dot(toward, ACETABULAR_AXIS))))
    /** How far from the socket's centre the bone begins, `degrees` from its floor toward the notch (negative: away). */
    const floorAt = (degrees: number) => {
      const a = (degrees * Math.PI) / 180
      const dir = add(scale(ACETABULAR_AXIS, -Math.cos(a)), scale(down, Math.sin(a)))
      let t = 0
      while (t < 60 && hip(add(hipCentre, scale(dir, t))) > 0) t += 0.1
      return t
    }
    const R = PELVIS.acetabulumRadius
    // In the fossa the floor lies a good 2 mm deeper than the socket; on the lunate surface above
    // the centre and at the rim's sides, within a millimetre of it (the old floor was even all over).
    for (const degrees of [20, 35, 50]) expect(floorAt(degrees)).toBeGreaterThan(R + 1.8)
    for (const degrees of [-35, -60]) expect(floorAt(degrees)).toBeLessThan(R + 1)
  })

  it('the femur’s lower end has the patellar groove down its front between the condyles, and the notch between them below', () => {
    const ctx = createBuildContext()
    const femur = boneSdfs(boneShapes(ctx.skeleton, BONES_DEFAULTS)).get('femur-left')!
    const { knee } = ctx.skeleton.pelvis
    /** The most forward point of the bone on a ray from front to back at x mm across the knee, y above it. */
    const front = (x: number, y: number) =>
      chord(femur, [knee[0] + x, knee[1] + y, 0], 2, knee[2] - 80, knee[2] + 80)[1]
    /** The lowest point of the bone on a vertical ray x mm across the knee, z behind its centre. */
    const bottom = (x: number, z: number) =>
      chord(femur, [knee[0] + x, 0, knee[2] + z], 1, knee[1] - 60, knee[1] + 60)[0]
    for (const y of [5, 15, 25]) {
      // The groove's floor lies at least 2.5 mm behind both its lips, the medial and the lateral.
      const medialLip = Math.max(front(-16, y), front(-10, y))
      const lateralLip = Math.max(front(12, y), front(18, y))
      expect(front(1, y), `${y} mm above the knee`).toBeLessThan(Math.min(medialLip, lateralLip) - 2.5)
    }
    // Behind, the condyles reach at least 6 mm lower than the notch between them.
    expect(bottom(1, -15)).toBeGreaterThan(Math.max(bottom(-18, -15), bottom(20, -15)) + 6)
  })
  it('a lumbar spinous process is a hatchet: a thin plate on a narrower neck ending in a tall, thickened posterior border', () => {
    for (const level of ['L1', 'L3', 'L5'] as const) {
      const { sdf } = vertebraSdf(level, [], [])
      const lm = vertebraLandmarks(level)
      const [, , tipZ] = lm.spinousTip
      const back = chord(sdf, [0, lm.spinousTip[1], 0], 2, tipZ - 20, tipZ + 10)[0]
      const middleZ = (back + lm.canalApex - 8) / 2
      const height = (z: number) => {
        const [low, high] = chord(sdf, [0, 0, z], 1, -70, 40)
        return high - low
      }
      const breadth = (y: number, z: number) => {
        const [left, right] = chord(sdf, [0, y, z], 0, -15, 15)
        return right - left
      }
      // 1.5 mm in from its back, the border is as tall as the plate's middle (a club or a tapering
      // blade is lower there) and at least 16 mm tall.
      expect(height(back + 1.5), level).toBeGreaterThan(Math.max(16, 0.9 * height(middleZ)))
      // Its lower border is hollowed: the blade stands on a neck under three-quarters its height
      // (a straight-sided trapezoid, 0.87, read as "a flat rectangular slab").
      expect(height(middleZ), level).toBeLessThan(0.75 * height(back + 1.5))
      // The border is thicker than the plate, most in its lower half.
      expect(breadth(lm.spinousTip[1] - 3, back + 1.5), level).toBeGreaterThan(1.6 * breadth(lm.spinousTip[1], middleZ))
    }
  })
  it('the coccyx is small beside the sacral apex: Co1 under 30 mm across its transverse processes and under 12 mm thick', () => {
    const { sdf } = coccyxSdf()
    const co1 = coccyxSegments()[0]!.centre
    let widest = 0
    for (let dy = -5; dy <= 5; dy += 0.5) {
      const [left, right] = chord(sdf, [0, co1[1] + dy, co1[2] - 1], 0, -30, 30)
      widest = Math.max(widest, right - left)
    }
    const [front, back] = chord(sdf, co1, 2, co1[2] - 15, co1[2] + 15)
    // At 36 mm across and 12.7 mm thick it read as "too bulky", "as wide as the sacral apex" in
    // blind review 77 (now 27.5 and 8.2).
    expect(widest).toBeLessThan(30)
    expect(back - front).toBeLessThan(12)
  })
  it('the coccyx narrows evenly from base to tip, a triangle of fused segments, not a string of beads', () => {
    const { sdf } = coccyxSdf()
    const segments = coccyxSegments()
    // Its breadth across the bone at points along its course, from Co1's middle to the last
    // segment's middle.
    const breadths: number[] = []
    for (const [k, s] of segments.entries()) {
      const next = segments[k + 1]
      for (let t = 0; t < 1; t += 0.1) {
        if (!next && t > 0) break
        const at = next ? lerp(s.centre, next.centre, t) : s.centre
        const [left, right] = chord(sdf, at, 0, -20, 20)
        breadths.push(right - left)
      }
    }
    // Never wider than anywhere above it by more than a fused joint's line takes off (as
    // ellipsoid segments, Co2 swelled 1.8 mm wider than the waist above it), and the last segment
    // under half as broad as Co1 below its transverse processes (0.62 as ellipsoids).
    const swells = breadths.map((b, i) => b - Math.min(...breadths.slice(0, i + 1)))
    expect(Math.max(...swells)).toBeLessThan(1.5)
    expect(breadths[breadths.length - 1]!).toBeLessThan(0.5 * breadths[3]!)
  })
  it('the 12th rib is a flat blade behind a narrow neck, not a round rod', () => {
    const ctx = createBuildContext()
    const path = ribPath(ctx.skeleton.vertebrae.T12)
    const { sdf } = ribSdf(path)
    /** How far the solid reaches along `dir` either side of the rib's centre line at `u` (0 head, 1 tip). */
    const span = (u: number, dir: (tangent: Vec3) => Vec3) => {
      const k = Math.round(u * (path.length - 1))
      const at = path[k]!
      const d = dir(normalize(sub(path[k + 1]!, path[k - 1]!)))
      let reach = 0
      for (let t = -15; t <= 15; t += 0.05) if (sdf([0, 1, 2].map((i) => at[i]! + d[i]! * t) as Vec3) < 0) reach += 0.05
      return reach
    }
    const up = (tangent: Vec3) => normalize(cross(cross(tangent, [0, 1, 0]), tangent))
    const outward = (tangent: Vec3) => normalize(cross(tangent, [0, 1, 0]))
    // A third of the way along, the shaft is a blade over 2.6 times as tall as it is thick (at 2.3
    // it read as "a round tube" in blind review 60).
    expect(span(0.35, up)).toBeGreaterThan(2.6 * span(0.35, outward))
    // Its neck, just beyond the head, is under two-thirds the shaft's height.
    expect(span(0.08, up)).toBeLessThan(0.67 * span(0.35, up))
    // The shaft keeps its height to two-thirds of the way along, then narrows to a point (tapering
    // all the way from a third, it read as "a thick round horn" in blind review 67).
    expect(span(0.6, up)).toBeGreaterThan(0.85 * span(0.35, up))
    expect(span(0.93, up)).toBeLessThan(0.45 * span(0.35, up))
    // The head is cut flat where it meets T12's body: its single facet.
    const head = path[0]!
    const towardsSpine = normalize(sub(head, path[2]!))
    let reach = 0
    while (sdf([0, 1, 2].map((i) => head[i]! + towardsSpine[i]! * reach) as Vec3) < 0) reach += 0.05
    expect(reach).toBeLessThan(0.75 * RIB_SECTION.headRadius)
  })
  it('a lumbar vertebra is waisted like a spool and its transverse processes thin toward their tips', () => {
    const { sdf } = vertebraSdf('L3', [], [])
    const lm = vertebraLandmarks('L3')
    const width = (y: number) => {
      const [left, right] = chord(sdf, [0, y, 5], 0, -40, 40)
      return right - left
    }
    expect(width(0)).toBeLessThan(width(lm.halfHeight * 0.85) - 1.5)
    // The ring apophysis stands out as a rim round each end plate: wider than the wall just inside it.
    const ring = VERTEBRA_DEFAULTS.ringApophysis
    for (const side of [1, -1]) {
      const atRim = width(side * (lm.halfHeight - ring.at))
      const inside = width(side * (lm.halfHeight - ring.at - 2.5 * ring.halfHeight))
      expect(atRim, side > 0 ? 'upper rim' : 'lower rim').toBeGreaterThan(inside + 2)
    }
    const root: Vec3 = [lm.pedicle[0] + 1, lm.pedicle[1] + 1, lm.pedicle[2] - VERTEBRA_DEFAULTS.pedicleLength / 2 + 1]
    const along = (s: number): Vec3 => [0, 1, 2].map((i) => root[i]! + (lm.transverseTip[i]! - root[i]!) * s) as Vec3
    const depth = (s: number) => {
      const [front, back] = chord(sdf, along(s), 2, -90, 40)
      return back - front
    }
    const height = (s: number) => {
      const [low, high] = chord(sdf, along(s), 1, -40, 40)
      return high - low
    }
    expect(depth(0.85)).toBeLessThan(0.8 * depth(0.35))
    expect(height(0.85)).toBeLessThan(0.85 * height(0.35))
  })
})

describe('muscles (shapes only)', () => {
  const ctx = createBuildContext()
  const bones = boneSdfs(boneShapes(ctx.skeleton))
  const fleshy = fleshyMuscleShapes(ctx.frames, bones, ctx.skin.sdf)
  it('lofted, fleshy and flank muscles together are every muscle, on both sides', () => {
    const ids = [
      ...muscleCourses(ctx.frames).map((m) => m.id),
      ...fleshy.map((m) => m.muscle.id),
      ...flankLayers(ctx.frames, ctx.skin.sdf, MUSCLES_DEFAULTS.flankSheet).map((l) => l.id),
    ]
    expect(ids.flatMap(bothSides).sort()).toEqual(idsOf('muscles'))
  })
  it('the external oblique’s upper border rises in fleshy digitations from the ribs, with deep notches between them', () => {
    const external = flankLayers(ctx.frames, ctx.skin.sdf, MUSCLES_DEFAULTS.flankSheet).find(
      (l) => l.id === 'external-oblique'
    )!
    const top = external.grid.at(-1)!.map((p) => p[1])
    // Over its fleshy back half: notches at least 20 mm below the slip tips on either side of them
    // (notches of 18 mm at most read as "straight cut edges, no costal digitations").
    const half = Math.floor(top.length / 2)
    const notches: number[] = []
    for (let j = 1; j < half; j++) {
      if (!(top[j]! < top[j - 1]! && top[j]! <= top[j + 1]!)) continue
      const before = Math.max(...top.slice(0, j))
      const after = Math.max(...top.slice(j + 1, Math.min(top.length, j + 5)))
      notches.push(Math.min(before, after) - top[j]!)
    }
    expect(
      notches.filter((depth) => depth > 20).length,
      notches.map((d) => d.toFixed(0)).join(', ')
    ).toBeGreaterThanOrEqual(2)
  })
  it('the external oblique’s lower border rolls into the inguinal ligament in front of the anterior superior iliac spine', () => {
    const external = flankLayers(ctx.frames, ctx.skin.sdf, MUSCLES_DEFAULTS.flankSheet).find(
      (l) => l.id === 'external-oblique'
    )!
    const { asis } = ctx.skeleton.pelvis
    // The lowest row's thickness over 25 mm in front of the spine, and behind it.
    const lowest = external.grid[0]!.map((p, j) => ({ z: p[2], half: external.half[0]![j]! }))
    const inFront = lowest.filter((c) => c.z > asis[2] + 25).map((c) => c.half)
    const behind = lowest.filter((c) => c.z < asis[2]).map((c) => c.half)
    expect(inFront.length).toBeGreaterThanOrEqual(2)
    // A cord over twice as thick as the plain edge behind the spine, and over 5 mm thick.
    expect(Math.min(...inFront)).toBeGreaterThan(2 * Math.max(...behind))
    expect(2 * Math.min(...inFront)).toBeGreaterThan(5)
  })
  it('every fleshy muscle has a triangle budget, and lies on bones or on muscles built before it', () => {
    const built = new Set<string>(bones.keys())
    for (const { muscle, layers } of fleshy) {
      expect(MUSCLES_DEFAULTS.fleshyBudgets[muscle.id], muscle.id).toBeGreaterThan(0)
      for (const id of layers) expect(built.has(id), `${muscle.id} on ${id}`).toBe(true)
      built.add(`${muscle.id}-left`)
    }
  })
})

describe('fascia and ligaments (shapes only)', () => {
  it('the iliolumbar ligament fans out from the transverse process onto the iliac crest and the ala, in bundles', () => {
    const ctx = createBuildContext()
    const iliolumbar = ligamentCourses(ctx.frames).find((l) => l.id === 'iliolumbar-ligament')!
    expect(iliolumbar.bands).toHaveLength(2)
    for (const band of iliolumbar.bands) {
      const breadth = (t: number) => band.widthAt?.(t) ?? band.width
      expect(breadth(1)).toBeGreaterThan(2 * breadth(0))
      expect(band.thickness).toBeGreaterThanOrEqual(3)
      // Each band is its fibre bundles side by side (the sweep test checks the ridges' shape).
      expect(band.ridges?.count ?? 1).toBeGreaterThanOrEqual(2)
    }
  })
  it('the thoracolumbar fascia and the ligaments are every ligament and fascia structure', () => {
    const ctx = createBuildContext()
    const ids = ligamentCourses(ctx.frames).flatMap((l) => (l.paired ? bothSides(l.id) : [l.id]))
    expect(['thoracolumbar-fascia', ...ids].sort()).toEqual(idsOf('ligaments-fascia'))
  })
})

describe('iliocostalis lumborum', () => {
  it('its thoracic part is slips, each lateral one in front of the one beside it, not one smooth column', () => {
    const ctx = createBuildContext()
    const { muscleSdfs } = modelSdfs(ctx.skeleton)
    const sdf = muscleSdfs.get('iliocostalis-lumborum-left')!
    const t12 = ctx.skeleton.vertebrae.T12.translation
    // Rays from behind (z points forwards), 1 mm apart across the muscle, at T12's height and 15 mm
    // above it: how far forward each meets the muscle's back. The slips follow the ribs forward as
    // they fan out, so from behind they lie like shingles: the back steps forward at each edge.
    for (const y of [t12[1], t12[1] + 15]) {
      const back: number[] = []
      for (let x = 30; x <= 110; x += 1) {
        let z = -150
        let d = sdf([x, y, z])
        while (z < 0 && d > 0.05) {
          z += Math.max(0.05, d)
          d = sdf([x, y, z])
        }
        if (z < 0) back.push(z)
      }
      // An edge: where the back first lies 2.5 mm or more further forward than 2 mm to the side.
      const forward = back.map((z, i) => i >= 2 && z - back[i - 2]! >= 2.5)
      const edges = forward.filter((here, i) => here && !forward[i - 1]).length
      // Packed into one column it was "a straight cylinder" to all three readers of blind review 69.
      expect(edges, `slip edges ${(y - t12[1]).toFixed(0)} mm above T12's centre`).toBeGreaterThanOrEqual(3)
    }
  })
})

describe('modelSdfs', () => {
  it('rebuilds every bone SDF and every fleshy muscle SDF (left) without meshing', () => {
    const ctx = createBuildContext()
    const { boneSdfs: bones, muscleSdfs } = modelSdfs(ctx.skeleton)
    expect([...bones.keys()].sort()).toEqual(idsOf('bones'))
    expect([...muscleSdfs.keys()]).toEqual(
      fleshyMuscleShapes(ctx.frames, bones, ctx.skin.sdf).map((m) => `${m.muscle.id}-left`)
    )
  })
})
