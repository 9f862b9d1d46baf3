/**
 * Ligaments as flat bands or cords swept between their bony attachments (all waypoints from the
 * bones), and the thoracolumbar fascia as a sheet over the erector spinae.
 */
import { VERTEBRAE } from '../measurements'
import { add, dirToWorld, dot, lerp, mirrorX, normalize, piecewiseLinear, scale, smax, sub, type Vec3 } from '../math'
import { mergeMeshes, type Bounds, type MeshData, type Sdf } from '../mesh'
import { sweep } from '../sweep'
import { iliacCrest } from './pelvis'
import { LUMBAR, type Frames } from './landmarks'

export interface LigamentCourse {
  id: string
  /**
   * The bones it runs between (structure ids; a paired bone without its side, as built on the
   * left): the tests check every band ends on one of them and each of them is reached.
   */
  attaches: readonly string[]
  /** One or more bands merged into the structure's single mesh. */
  bands: {
    points: Vec3[]
    width: number
    thickness: number
    /** Direction of the band's width; a function of t (0..1) twists the band along its course. */
    side: Vec3 | ((t: number) => Vec3)
    /** Half-width along the band (0..1), overriding `width` (the fascia's lozenge outline). */
    widthAt?: (t: number) => number
    /** Arch of the section, mm (see SweepOptions.bend). */
    bend?: (t: number) => number
    /** Keep the width along `side` as given, not squared to the course (a base along a bone's margin). */
    shear?: boolean
  }[]
  paired: boolean
}

/** One half of the ligamentum flavum at one level: from the lamina above to the lamina below. */
export interface FlavumBand {
  /** The vertebra above, which turns in the disc of this level. */
  upper: (typeof LUMBAR)[number]
  /** Upper and lower attachment, world mm. */
  points: readonly [Vec3, Vec3]
  /** Straight forward for the vertebra above (into the canal). */
  forward: Vec3
}

/** The ligamentum flavum's bands, level by level from L1–L2 down, left then right. */
export function flavumBands(f: Frames): FlavumBand[] {
  const { V, S, lm, sk } = f
  const out: FlavumBand[] = []
  LUMBAR.forEach((up, i) => {
    const low = LUMBAR[i + 1]
    const u = lm(up)
    for (const s of [1, -1]) {
      const a = V(up, [7 * s, u.pedicle[1] - 16, u.canalApex + 1])
      const c = low ? V(low, [7 * s, lm(low).pedicle[1] + 5, lm(low).canalApex + 1]) : S([8 * s, -6, -26])
      out.push({ upper: up, points: [a, c], forward: dirToWorld(sk.vertebrae[up], [0, 0, 1]) })
    }
  })
  return out
}

/**
 * How the ligamentum flavum moves at the end of extension at each level, per vertex (mm): the
 * level's bands fold forward into the canal by `foldMm` at mid-height, nothing at their ends; other
 * levels' vertices stay. One target per level, in LUMBAR order.
 */
export function flavumExtensionDeltas(
  mesh: MeshData,
  bands: readonly FlavumBand[],
  foldMm: number
): Float32Array<ArrayBuffer>[] {
  const p = mesh.positions
  const count = p.length / 3
  const out = LUMBAR.map(() => new Float32Array(count * 3))
  for (let i = 0; i < count; i++) {
    const v: Vec3 = [p[i * 3] ?? 0, p[i * 3 + 1] ?? 0, p[i * 3 + 2] ?? 0]
    // The band the vertex belongs to: the nearest centre line.
    let best: { band: FlavumBand; t: number } | null = null
    let nearest = Infinity
    for (const band of bands) {
      const [a, c] = band.points
      const ac = sub(c, a)
      const t = Math.min(1, Math.max(0, dot(sub(v, a), ac) / dot(ac, ac)))
      const d = Math.hypot(...sub(v, add(a, scale(ac, t))))
      if (d < nearest) {
        nearest = d
        best = { band, t }
      }
    }
    if (!best) continue
    const level = LUMBAR.indexOf(best.band.upper)
    out[level]?.set(scale(best.band.forward, foldMm * Math.sin(Math.PI * best.t)), i * 3)
  }
  return out
}

export function ligamentCourses(f: Frames): LigamentCourse[] {
  const { V, S, lm, sk } = f
  const P = sk.pelvis
  const out: LigamentCourse[] = []
  const b = (l: (typeof LUMBAR)[number]): number => VERTEBRAE[l].endplateDepth / 2
  const all: Vec3[] = LUMBAR.map((l) => V(l, [0, 0, b(l) + 1.2]))
  all.push(S([0, -6, 18.5]), S([0, -30, 17]))
  out.push({
    id: 'anterior-longitudinal-ligament',
    attaches: ['l1', 'l2', 'l3', 'l4', 'l5', 'sacrum'],
    paired: false,
    bands: [{ points: all, width: 11, thickness: 1, side: [1, 0, 0] }],
  })
  const pll: Vec3[] = LUMBAR.map((l) => V(l, [0, 0, -b(l) + 1.6]))
  pll.push(S([0, -4, -16]))
  out.push({
    id: 'posterior-longitudinal-ligament',
    attaches: ['l1', 'l2', 'l3', 'l4', 'l5', 'sacrum'],
    paired: false,
    bands: [{ points: pll, width: 5, thickness: 0.8, side: [1, 0, 0] }],
  })
  const levels = [...LUMBAR]
  const flavum: LigamentCourse['bands'] = flavumBands(f).map((band) => ({
    points: [...band.points],
    width: 6,
    thickness: 1.4,
    side: [1, 0, 0],
  }))
  const inter: LigamentCourse['bands'] = []
  for (let i = 0; i < levels.length; i++) {
    const up = levels[i] as (typeof LUMBAR)[number]
    const low = levels[i + 1]
    const u = lm(up)
    const spU = V(up, lerp([0, u.pedicle[1] - 6, u.canalApex - 6], u.spinousTip, 0.55))
    const spL = low
      ? V(low, lerp([0, lm(low).pedicle[1] - 3, lm(low).canalApex - 6], lm(low).spinousTip, 0.5))
      : S([0, -14, -34])
    inter.push({ points: [spU, lerp(spU, spL, 0.5), spL], width: 8, thickness: 1.2, side: [0, 0, 1] })
  }
  out.push({
    id: 'ligamentum-flavum',
    attaches: ['l1', 'l2', 'l3', 'l4', 'l5', 'sacrum'],
    paired: false,
    bands: flavum,
  })
  out.push({
    id: 'interspinous-ligament',
    attaches: ['l1', 'l2', 'l3', 'l4', 'l5', 'sacrum'],
    paired: false,
    bands: inter,
  })
  const tips: Vec3[] = LUMBAR.map((l) => V(l, add(lm(l).spinousTip, [0, 0, -3.2])))
  tips.unshift(V('T12', add(lm('T12').spinousTip, [0, 0, -3])))
  tips.push(S([0, -20, -40]))
  out.push({
    id: 'supraspinous-ligament',
    attaches: ['t12', 'l1', 'l2', 'l3', 'l4', 'l5', 'sacrum'],
    paired: false,
    bands: [{ points: tips, width: 2.6, thickness: 2.2, side: [1, 0, 0] }],
  })
  const crest = iliacCrest(P)
  const crestBack = crest[10] as Vec3
  const l5tp = V('L5', lm('L5').transverseTip)
  const l5tipUnder = V('L5', add(lm('L5').transverseTip, [-6, -4, 2]))
  // The upper, front face of the ala (sacrum frame), lateral to the S1 body.
  const ala = S([36, -6.5, 2])
  out.push({
    id: 'iliolumbar-ligament',
    attaches: ['l5', 'hip-bone', 'sacrum'],
    paired: true,
    bands: [
      // The upper band: from the tip of L5's transverse process out to the back of the iliac crest.
      {
        points: [l5tp, lerp(l5tp, crestBack, 0.5), add(crestBack, [-4, -2, 6])],
        width: 6,
        thickness: 2.4,
        side: [0, 1, 0],
      },
      // The lower (lumbosacral) band: from the underside of the process down onto the sacral ala,
      // its flat face forward, where it meets the anterior sacroiliac ligament.
      {
        points: [l5tipUnder, lerp(l5tipUnder, ala, 0.5), ala],
        width: 9,
        thickness: 2.2,
        side: [1, 0, -0.3],
      },
    ],
  })
  // The posterior sacroiliac ligament: from the posterior superior iliac spine down and in to the
  // lateral sacral crest (S2–S3), over the joint's back.
  out.push({
    id: 'posterior-sacroiliac-ligament',
    attaches: ['hip-bone', 'sacrum'],
    paired: true,
    bands: [
      {
        points: [add(P.psis, [0, 6, -4]), add(P.psis, [-6, -10, 10]), add(P.psis, [-14, -24, 26])],
        width: 10,
        thickness: 2.4,
        side: [0.2, 0, 1],
      },
    ],
  })
  // The sacrotuberous ligament: broad where it leaves the lateral margin of the lower sacrum
  // (with the posterior iliac spines above and the coccyx below), narrow below the middle, a
  // little wider again on the medial margin of the ischial tuberosity; its fibres cross as they
  // converge, so the band twists from lying along the sacral margin to lying along the tuberosity.
  const tuberosity = P.ischialTuberosity
  const sacralMargin = normalize(sub(add(tuberosity, [-45, 75, -37]), add(P.psis, [0, -8, 2])))
  const alongTuberosity: Vec3 = [0.15, 0.55, 0.82]
  const fromSacrum = add(P.psis, [-19, -38, 27])
  const toTuberosity = add(tuberosity, [-9, 10, -7])
  out.push({
    id: 'sacrotuberous-ligament',
    attaches: ['hip-bone', 'sacrum'],
    paired: true,
    bands: [
      {
        points: [fromSacrum, add(lerp(fromSacrum, toTuberosity, 0.45), [0, 0, -5]), toTuberosity],
        width: 7,
        widthAt: (t: number) => (t < 0.55 ? 5 + 11 * (1 - t / 0.55) ** 2 : 5 + 2.5 * ((t - 0.55) / 0.45)),
        thickness: 2,
        side: (t: number) => normalize(lerp(sacralMargin, alongTuberosity, t)),
      },
    ],
  })
  // The sacrospinous ligament: a thin triangle from the lateral margin of the lower sacrum and the
  // coccyx, in front of the sacrotuberous, to the ischial spine; its base lies along the margin
  // (a sheared sheet), its apex on the spine.
  const spinousBase: [Vec3, Vec3] = [add(tuberosity, [-40, 90, -30]), add(tuberosity, [-48, 65, -31])]
  const baseMiddle = lerp(spinousBase[0], spinousBase[1], 0.5)
  out.push({
    id: 'sacrospinous-ligament',
    attaches: ['sacrum', 'coccyx', 'hip-bone'],
    paired: true,
    bands: [
      {
        points: [baseMiddle, lerp(baseMiddle, P.ischialSpine, 0.5), P.ischialSpine],
        width: 8,
        widthAt: (t: number) => 13.5 - 12 * t,
        thickness: 1.4,
        side: normalize(sub(spinousBase[0], spinousBase[1])),
        shear: true,
      },
    ],
  })
  const ilMid = lerp(P.asis, P.pubicTubercle, 0.5)
  out.push({
    id: 'inguinal-ligament',
    attaches: ['hip-bone'],
    paired: true,
    bands: [{ points: [P.asis, add(ilMid, [0, -4, 4]), P.pubicTubercle], width: 2.4, thickness: 2, side: [0, 1, 0] }],
  })
  return out
}

/** The thoracolumbar fascia's midline, from T12 down over the sacrum, world mm. */
function thoracolumbarFasciaPath(f: Frames): Vec3[] {
  const { V, S, lm } = f
  const tlf: Vec3[] = [V('T12', [0, 40, lm('T12').canalApex - 46])]
  for (const l of LUMBAR) tlf.push(V(l, [0, 0, lm(l).canalApex - 40]))
  tlf.push(S([0, -20, -60]), S([0, -62, -58]))
  return tlf
}

/**
 * The posterior layer of the thoracolumbar fascia as a thin sheet wrapped over the back of the
 * erector spinae, both sides (`erector` is the left columns' union; the right is its mirror): it
 * dips between them onto the spinous processes and stops at the columns' mid-depth on each side,
 * where in life it meets the middle layer at the lateral raphe.
 */
export function thoracolumbarFasciaSdf(f: Frames, erector: Sdf): { sdf: Sdf; bounds: Bounds; path: Vec3[] } {
  const { V, S, lm } = f
  // Depth of the columns' centres along the spine, by height: the sheet keeps behind it.
  const depth: Vec3[] = [V('T12', [0, 30, lm('T12').canalApex - 16])]
  for (const l of LUMBAR) depth.push(V(l, [0, 0, lm(l).canalApex - 16]))
  depth.push(S([0, -40, -40]), S([0, -90, -30]))
  const depthY = depth.map((q) => q[1])
  const depthZ = depth.map((q) => q[2])
  const clipZ = (y: number): number => piecewiseLinear(depthY, depthZ, y)
  const top = (depth[0] as Vec3)[1]
  // It ends over the upper sacrum, where it fuses with the erector spinae aponeurosis.
  const bottom = S([0, -64, -40])[1]
  const sdf: Sdf = (p) => {
    const u = Math.min(erector(p), erector(mirrorX(p)))
    if (u > 12) return u - 4
    const shell = Math.abs(u - 3.2) - 1.2
    return smax(smax(smax(shell, p[2] - clipZ(p[1]), 2), p[1] - top, 2), bottom - p[1], 4)
  }
  const path = thoracolumbarFasciaPath(f)
  const ys = path.map((q) => q[1])
  const zs = path.map((q) => q[2])
  const bounds: Bounds = {
    min: [-95, Math.min(...ys) - 40, Math.min(...zs) - 30],
    max: [95, top + 4, Math.max(...zs) + 60],
  }
  return { sdf, bounds, path }
}

/** How finely a ligament's bands are meshed (the numbers live in the fascia and ligaments family's options). */
export interface LigamentMeshOptions {
  /** Spacing of the sections along each band, mm. */
  ringSpacing: number
  /** Vertices round each section. */
  radial: number
}

export function ligamentMesh(l: LigamentCourse, options: LigamentMeshOptions): MeshData {
  return mergeMeshes(
    l.bands.map((b) =>
      sweep(b.points, {
        width: b.widthAt ?? (() => b.width),
        thickness: () => b.thickness,
        side: b.side,
        radial: options.radial,
        step: options.ringSpacing,
        exponent: 3,
        ...(b.bend ? { bend: b.bend } : {}),
        ...(b.shear ? { shear: true } : {}),
      })
    )
  )
}
