/**
 * Muscles through their real attachments, with cross-sections sized from published CSAs where known
 * (measurements.ts). The gluteals follow the published paths of Rajagopal 2016's musculoskeletal
 * model, carried onto this pelvis and femur by landmark fits (../opensim-paths.ts). Straps and
 * spindles (psoas, piriformis, rectus abdominis, rectus femoris) are lofted bellies along splines;
 * the thick muscles (quadratus lumborum and the back muscles: back-muscles.ts; iliacus, the
 * gluteals, hamstrings) are built from fibre bundles (fleshy-muscle.ts). Layer order: gluteus
 * maximus lies behind medius, which lies on minimus and piriformis.
 */
import { MUSCLE_CSA, radiusOfCsa, VERTEBRAE } from '../measurements'
import { add, lerp, normalize, piecewiseLinear, scale, smoothstep, sub, type Vec3 } from '../math'
import { mergeMeshes, type MeshData, type Sdf } from '../mesh'
import { tendonByLine, tendonEnds, type TendonProfile } from '../fibres'
import { fannedPaths } from '../opensim-paths'
import { alongPolyline, belly, bellyRise, catmullRom, sweep } from '../sweep'
import { lumbarBackMuscles } from './back-muscles'
import { awayFrom, boneNormal, onFace, toSurface } from './bone-surface'
import type { FleshyMuscle } from './fleshy-muscle'
import { iliacCrest, iliacFossa } from './pelvis'
import { LUMBAR, type Frames } from './landmarks'
import { sacralAxis } from './sacrum'

export interface MuscleCourse {
  id: string
  points: Vec3[]
  width: (t: number) => number
  thickness: (t: number) => number
  side: Vec3
  exponent?: number
  /** Vertices round each section (default: MuscleMeshOptions.radial). */
  radial?: number
  /** Arch of the section, mm (see SweepOptions.bend). */
  bend?: (t: number) => number
  /** Section width kept along `side` rather than squared to the centreline (sheared sheet). */
  shear?: boolean
  /** Where it is tendon rather than belly, t along the course (default: belly throughout). */
  tendon?: TendonProfile
  /**
   * Short fleshy bands from bony origins into the belly, each along its points from the bone (0)
   * to the belly (1), with its half-width and half-thickness there: psoas's segmental slips.
   */
  slips?: { points: Vec3[]; width: (t: number) => number; thickness: (t: number) => number; side: Vec3 }[]
}

/**
 * Psoas major's slips, one from each level T12–L1 to L4–L5: from the anterolateral margins of the
 * two bodies and the disc between them (Bogduk's description, anatomy.md §4), down and out into
 * the belly. Where on the margin (shares of the end plate's half-width and half-depth), how far
 * below the disc each joins the belly's centre line, and its half-sizes at the bone and in the
 * belly, mm (estimates from atlas pictures). As one smooth spindle, psoas had "no slips to the
 * transverse processes or bodies" to all three readers of blind review 66.
 */
const PSOAS_SLIP = {
  onMargin: { across: 0.62, forward: 0.7 },
  drop: 14,
  width: { atBone: 6, inBelly: 8 },
  thickness: { atBone: 2.2, inBelly: 4 },
}

/**
 * Rectus abdominis: a short tendon on the pubic crest, and the tendinous intersections that cross
 * it (at the umbilicus, and midway from there to the xiphoid; the one at the xiphoid lies above
 * where the model ends), t from the pubis up (estimates of their levels on this course).
 */
const RECTUS_ABDOMINIS_PUBIC_TENDON = tendonEnds(0.04, 0)
const RECTUS_ABDOMINIS_TENDONS: TendonProfile = (t, line) =>
  Math.max(
    RECTUS_ABDOMINIS_PUBIC_TENDON(t, line),
    ...[0.5, 0.8].map((level) => 1 - smoothstep(0.012, 0.032, Math.abs(t - level)))
  )

/**
 * The share of gluteus maximus's bundles, from the top, that end only in the iliotibial tract; the
 * lower ones also send deep fibres to the gluteal tuberosity.
 */
const MAXIMUS_INTO_TRACT = 0.7

/**
 * The iliotibial tract's upper part, as far as gluteus maximus's bundles run into it (estimates
 * from atlas proportions, mm): its line from `offTrochanter` outside the greater trochanter's
 * centre towards `offKnee` outside the knee's centre; the bundles reach `reach` down it, side by
 * side over `breadth` front to back at each, centred `behindTrochanter` behind the line (gluteus
 * maximus joins the tract's back part, tensor fasciae latae its front); the tendon's radius; how far
 * its course stays off the femur (vastus lateralis, not modelled, lies between them).
 */
const ILIOTIBIAL_TRACT = {
  offTrochanter: 14,
  offKnee: 40,
  reach: [50, 175],
  breadth: [30, 16],
  behindTrochanter: 8,
  radius: 2,
  /** Least distance of its course off the femur, and off the trochanter on the way there. */
  offFemur: 7,
  overTrochanter: 10,
} as const

/**
 * Gluteus maximus's origins laid on the back of the posterior iliac spine: those at least
 * `medialX` mm from the midline and `belowPsis` mm below the PSIS, `offset` mm off the bone.
 */
const MAXIMUS_ON_SPINE = { medialX: 36, belowPsis: 2, offset: 2 }

/** How much thicker gluteus maximus's lowest bundles are than its middle ones (estimate). */
const MAXIMUS_LOWER_BORDER = 0.15

/** The deep fibres to the gluteal tuberosity, as a share of a whole bundle's radius (estimate). */
const TUBEROSITY_SHARE = 0.5

/** Where, along a bundle into the iliotibial tract, belly gives way to the tract. */
const TRACT_STARTS = 0.6

/** Biceps femoris, semitendinosus and semimembranosus, in the order of the hamstrings' fibres. */
const HAMSTRING_TENDONS = tendonByLine([tendonEnds(0.1, 0.15), tendonEnds(0.1, 0.38), tendonEnds(0.32, 0.12)])

/**
 * Piriformis's section along its course from the sacrum (0) to the greater trochanter (1): half
 * its breadth (up and down) and half its thickness, mm (estimates from atlas drawings: a broad
 * triangular origin over S2–S4, a belly that fills the upper greater sciatic foramen, a rounded
 * tendon).
 */
const PIRIFORMIS_SHAPE = {
  at: [0, 0.15, 0.41, 0.55, 0.75, 1],
  halfWidth: [19, 20, 14, 14, 9, 5.5],
  halfThickness: [4.5, 7, 9, 8.5, 6, 3.8],
}

/** Left-side muscle courses. */
export function muscleCourses(f: Frames): MuscleCourse[] {
  const { V, S, sk, lm } = f
  const P = sk.pelvis
  const GT = P.greaterTrochanter
  const out: MuscleCourse[] = []
  const half = (l: (typeof LUMBAR)[number]): number => VERTEBRAE[l].endplateWidth / 2
  // Psoas major: bodies and transverse processes T12–L5 to the lesser trochanter (seatedMRI CSAs).
  const rL1 = radiusOfCsa(MUSCLE_CSA.psoasL1)
  const rL5 = radiusOfCsa(MUSCLE_CSA.psoasL5)
  const underLig = lerp(P.asis, P.pubicTubercle, 0.55)
  const psoasCourse: Vec3[] = [
    V('T12', [half('L1') - 6, 0, -6]),
    V('L2', [half('L2') + rL1 + 2, 0, -4]),
    V('L4', [half('L4') + 12, 0, -2]),
    V('L5', [half('L5') + 16, -10, 4]),
    S([46, -32, 50]),
    [underLig[0] - 6, underLig[1] - 8, underLig[2] - 14],
    add(P.lesserTrochanter, [-4, 8, 8]),
  ]
  const psoasLine = catmullRom(psoasCourse, 120)
  const slip = PSOAS_SLIP
  const psoasSlips = (['T12', ...LUMBAR.slice(0, 4)] as const).map((upper, i) => {
    const lower = LUMBAR[i] as (typeof LUMBAR)[number]
    /** The anterolateral margin of a body's end plate (`end` 1 upper, −1 lower), world. */
    const margin = (level: 'T12' | (typeof LUMBAR)[number], end: number): Vec3 =>
      V(level, [
        (VERTEBRAE[level].endplateWidth / 2) * slip.onMargin.across,
        end * lm(level).halfHeight,
        (VERTEBRAE[level].endplateDepth / 2) * slip.onMargin.forward,
      ])
    const origin = lerp(margin(upper, -1), margin(lower, 1), 0.5)
    const joins = origin[1] - slip.drop
    const into = psoasLine.reduce((best, p) => (Math.abs(p[1] - joins) < Math.abs(best[1] - joins) ? p : best))
    return {
      points: [origin, lerp(origin, into, 0.5), into],
      width: (t: number) => slip.width.atBone + (slip.width.inBelly - slip.width.atBone) * t,
      thickness: (t: number) => slip.thickness.atBone + (slip.thickness.inBelly - slip.thickness.atBone) * t,
      // Broad up and down the spine, thin front to back.
      side: [0, 1, 0] as Vec3,
    }
  })
  out.push({
    id: 'psoas-major',
    points: psoasCourse,
    width: (t) =>
      t < 0.55 ? rL1 + (rL5 - rL1) * Math.min(1, t / 0.45) : 6 + (rL5 - 6) * Math.pow(Math.max(0, (1 - t) / 0.45), 0.8),
    thickness: (t) =>
      t < 0.55
        ? (rL1 + (rL5 - rL1) * Math.min(1, t / 0.45)) * 0.85
        : 5 + (rL5 * 0.85 - 5) * Math.pow(Math.max(0, (1 - t) / 0.45), 0.8),
    side: [1, 0, 0],
    // Its tendon forms under the inguinal ligament and runs to the lesser trochanter.
    tendon: tendonEnds(0, 0.16),
    slips: psoasSlips,
  })
  // Piriformis: anterior sacrum S2–S4, out through the upper greater sciatic foramen, to the greater trochanter.
  const notch = P.sciaticNotch
  out.push({
    id: 'piriformis',
    points: [
      S([26, sacralAxis(0.52)[1], sacralAxis(0.52)[2] + 12]),
      [notch[0] - 4, notch[1] - 3, notch[2] + 5],
      // Out of the foramen it lies on the back of the hip joint, not clear of it.
      [notch[0] + 30, notch[1] - 11, notch[2] + 19],
      add(GT, [-8, 14, -6]),
    ],
    // Pear-shaped: broad where it arises between the anterior foramina of S2–S4, narrowing
    // through the greater sciatic foramen (estimates from atlas drawings, half-sizes in mm).
    width: (t) => piecewiseLinear(PIRIFORMIS_SHAPE.at, PIRIFORMIS_SHAPE.halfWidth, t),
    thickness: (t) => piecewiseLinear(PIRIFORMIS_SHAPE.at, PIRIFORMIS_SHAPE.halfThickness, t),
    side: [0, 1, 0],
    // Out of the foramen it narrows to a rounded tendon on the trochanter's upper border.
    tendon: tendonEnds(0, 0.28),
  })
  // Rectus abdominis (the three flank layers are sheets under the skin: abdominal-wall.ts).
  const sym = P.symphysis
  const top = V('T12', [0, 40, 0])[1]
  out.push({
    id: 'rectus-abdominis',
    points: [
      [14, sym[1] + 14, sym[2] + 8],
      [40, sym[1] + 110, 122],
      [52, top - 70, 126],
      [62, top, 108],
    ],
    // A flat strap, narrow on the pubic crest and broad at the costal margin.
    width: (t) => 14 + 22 * Math.pow(Math.min(1, t / 0.6), 0.7),
    thickness: (t) => 3 + 2.5 * Math.min(1, t / 0.15),
    side: [1, 0, 0],
    exponent: 3.5,
    tendon: RECTUS_ABDOMINIS_TENDONS,
  })
  // Thigh: rectus femoris from the AIIS (the hamstrings are fleshy muscles, below).
  const K = P.knee
  out.push({
    id: 'rectus-femoris',
    points: [
      add(P.aiis, [0, -6, 6]),
      [P.aiis[0] - 6, P.aiis[1] - 120, P.aiis[2] + 12],
      [K[0] + 18, K[1] + 120, K[2] + 34],
      [K[0] + 4, K[1] + 40, K[2] + 34],
    ],
    width: belly(5, 21, 0.5),
    thickness: belly(4, 13, 0.5),
    side: [1, 0, 0],
    // Straight and reflected heads' tendon above, the quadriceps tendon above the patella below.
    tendon: tendonEnds(0.1, 0.16),
  })
  return out
}

/** How finely a lofted muscle is meshed (the numbers live in the muscles family's options). */
export interface MuscleMeshOptions {
  /** Spacing of the sections along the muscle, mm. */
  ringSpacing: number
  /** Vertices round each section, unless the course sets its own. */
  radial: number
}

export function muscleMesh(m: MuscleCourse, options: MuscleMeshOptions): MeshData {
  const belly = sweep(m.points, {
    width: m.width,
    thickness: m.thickness,
    side: m.side,
    radial: m.radial ?? options.radial,
    step: options.ringSpacing,
    exponent: m.exponent ?? 2,
    ...(m.bend ? { bend: m.bend } : {}),
    ...(m.shear ? { shear: true } : {}),
  })
  if (!m.slips) return belly
  const slips = m.slips.map((s) =>
    sweep(s.points, { width: s.width, thickness: s.thickness, side: s.side, radial: 8, step: options.ringSpacing })
  )
  return mergeMeshes([belly, ...slips])
}

/**
 * A lofted muscle's fibre lines (its course, then each slip's, all from origin to insertion) and
 * where they are tendon: the course's profile is its own line's only, the slips are belly throughout.
 */
export function muscleFibres(m: MuscleCourse): { lines: Vec3[][]; tendon?: TendonProfile } {
  if (!m.slips) return { lines: [m.points], ...(m.tendon ? { tendon: m.tendon } : {}) }
  return {
    lines: [m.points, ...m.slips.map((s) => s.points)],
    ...(m.tendon ? { tendon: tendonByLine([m.tendon]) } : {}),
  }
}

/** How far under the iliac crest's rim gluteus medius's upper origins lie, mm (estimate). */
const MEDIUS_BELOW_CREST = 8

/**
 * Where gluteus medius's origin meets the iliac crest, mm along the crest: from just behind the
 * anterior superior iliac spine back to the top of the posterior gluteal line, about 5 cm in front
 * of the posterior superior iliac spine (estimates from the textbook description, Gray's 42nd ed.).
 */
const MEDIUS_ORIGIN = { crestFromAsis: 25, crestFromPsis: 55 }

/**
 * How far the centre of a gluteus medius bundle stands off the ilium and hip joint along its
 * course (t from origin 0 to insertion 1), mm: over minimus (about 12 mm thick) plus its own
 * half-thickness (estimate).
 */
const MEDIUS_LIFT = (t: number): number => 8 + 16 * Math.sin(Math.PI * t) ** 0.7

/**
 * How far the centre of a gluteus minimus bundle stands off the hip bone and femur along its course
 * (t from origin 0 to insertion 1), mm: about its half-thickness (estimate from its belly's radius).
 */
const MINIMUS_LIFT = (t: number): number => 3.5 + 6 * Math.sin(Math.PI * t) ** 0.7

/**
 * The thick muscles, built from their fibre bundles (fleshy-muscle.ts) and listed deepest first,
 * so each can be carved away from what it lies on: the back muscles (back-muscles.ts), iliacus in
 * its fossa, the three gluteals in their layers on the ilium, and the hamstrings.
 */
export function fleshyMuscles(f: Frames, boneSdfs: ReadonlyMap<string, Sdf>): FleshyMuscle[] {
  const P = f.sk.pelvis
  const IT = P.ischialTuberosity
  const K = P.knee
  const out: FleshyMuscle[] = []
  // The lumbar back muscles from their fascicles (back-muscles.ts), deepest first.
  out.push(...lumbarBackMuscles(f, boneSdfs))
  // Iliacus: a fan filling the iliac fossa, converging under the inguinal ligament beside psoas to
  // the lesser trochanter.
  const fossa = iliacFossa(P)
  const underLig = lerp(P.asis, P.pubicTubercle, 0.55)
  out.push({
    id: 'iliacus',
    // Close enough at the crest (about a blend radius apart) that the origin is one edge, not fingers.
    fibres: Array.from({ length: 16 }, (_, k) => {
      const u = 0.03 + (0.72 * k) / 15
      return [
        fossa(u, 0.86, 4),
        fossa(0.4 * u + 0.1, 0.25, 8),
        [underLig[0] + 4 - 0.4 * k, underLig[1] - 10, underLig[2] - 12],
        add(P.lesserTrochanter, [0, 16, 8]),
      ]
    }),
    // Fleshy from its whole origin (it arises broadly, not from a tendon), tapering to the tendon.
    radius: (t) => (t < 0.45 ? 5 + 2.5 * bellyRise(t / 0.45) : 3.5 + 4 * bellyRise((1 - t) / 0.55)),
    blend: 10,
    liesOn: ['hip-bone-left', 'femur-left'],
    gap: 0.6,
    // Its fibres end on psoas's tendon and with it on the lesser trochanter.
    tendon: tendonEnds(0, 0.14),
  })
  // The gluteals from their published paths (Rajagopal 2016, mapped onto this pelvis and femur by
  // the landmark fits in ../opensim-paths.ts): each muscle's parts fanned into bundles, every origin
  // and insertion put on the bone's surface, and a belly lifted off the bone between them.
  // Each attachment is put on the face the muscle lies on, seen from outside along `from` (the
  // published point may sit a little inside or outside this model's bone, or nearer its other face).
  // A published origin is the centroid of a broad origin: the fans start further from the insertion,
  // so medius reaches up under the iliac crest and minimus up to the anterior gluteal line.
  const fromCentroid = (origin: Vec3, insertion: Vec3, k: number): Vec3 =>
    add(origin, scale([origin[0] - insertion[0], origin[1] - insertion[1], origin[2] - insertion[2]], k))
  const onBone = (p: Vec3, bones: readonly string[], from: Vec3): Vec3 => onFace(p, from, bones, boneSdfs, 0.5)
  const hip = ['hip-bone-left', 'sacrum', 'coccyx']
  const ilium = ['hip-bone-left']
  const thigh = ['femur-left']
  const hipJoint = ['hip-bone-left', 'femur-left']
  const lateral: Vec3 = [1, 0, -0.25]
  const behind: Vec3 = [0.5, 0, -1]
  // A point on the straight line from a gluteal origin to the trochanter can lie inside the curved
  // iliac blade or the femoral head: moved out along the bone's normal at the origin first, it is
  // then lifted off the outer surface, never pushed through to the pelvic side.
  // Near the trochanter the line is already clear of the blade, and a full shove there piled
  // minimus up over the trochanter's lateral face, where medius inserts: it tapers off.
  // The gluteals wrap the outside of the pelvis: their outer faces look away from the pelvic
  // cavity (its centre taken on the midline, 40 mm above the hip joints' centres).
  const pelvicCavity: Vec3 = [0, P.hipCentre[1] + 40, P.hipCentre[2]]
  const awayFromPelvis = (p: Vec3): Vec3 => normalize(sub(p, pelvicCavity))
  const offTheHip = (p: Vec3, lift: number, outward: Vec3, t = 0.5): Vec3 =>
    awayFrom(add(p, scale(outward, 15 - 40 * Math.max(0, t - 0.5))), hipJoint, boneSdfs, lift)
  // Gluteus minimus: a fan on the lower gluteal surface, over the hip joint's capsule, converging on
  // the front of the greater trochanter; kept off the femoral head, which carved a hole in it.
  out.push({
    id: 'gluteus-minimus',
    outward: awayFromPelvis,
    fibres: fannedPaths('gluteus-minimus', P, 16, 0.3).map(([o, i]) => {
      const origin = onBone(fromCentroid(o as Vec3, i as Vec3, 0.3), ilium, lateral)
      const insertion = toSurface(i as Vec3, thigh, boneSdfs, 0.5)
      const outward = boneNormal(origin, ilium, boneSdfs)
      return [
        origin,
        ...[0.25, 0.5, 0.75].map((t) => offTheHip(lerp(origin, insertion, t), MINIMUS_LIFT(t), outward, t)),
        insertion,
      ]
    }),
    radius: belly(4, 5.5, 0.35),
    blend: 9,
    liesOn: ['hip-bone-left', 'femur-left'],
    gap: 0.5,
    tendon: tendonEnds(0, 0.14),
  })
  // Gluteus medius: a thick fan from the outer ilium, between the iliac crest above, the posterior
  // gluteal line behind and the anterior gluteal line below, converging over minimus on the lateral
  // face of the greater trochanter. Its origins are laid on the bone from the crest down (the three
  // published centroids, extrapolated into a fan, ran off the curved blade into the pelvis): an upper
  // row just under the outer lip of the crest, a lower row a quarter of the way to the trochanter.
  const crestAt = alongPolyline(iliacCrest(P, 60))
  const mediusCrest = crestAt.length - MEDIUS_ORIGIN.crestFromAsis - MEDIUS_ORIGIN.crestFromPsis
  const mediusPaths = fannedPaths('gluteus-medius', P, 24, 0)
  const mediusInsertions = mediusPaths.map((path) => toSurface(path[path.length - 1] as Vec3, thigh, boneSdfs, 0.5))
  const onIlium = (p: Vec3): Vec3 => {
    const hit = onBone(p, ilium, lateral)
    return hit === p ? toSurface(p, ilium, boneSdfs, 0.5) : hit
  }
  // The posterior part's published origin lies low on the posterior gluteal line, above the
  // greater sciatic notch: the fan's back edge runs down that line to it.
  const lowBehind = onIlium((mediusPaths[mediusPaths.length - 1] as Vec3[])[0] as Vec3)
  const lipAt = (w: number): Vec3 =>
    onIlium(add(crestAt.at(MEDIUS_ORIGIN.crestFromAsis + w * mediusCrest), [0, -MEDIUS_BELOW_CREST, 0]))
  const mediusBundle = (w: number, lowered: number, downTheLine = 0): Vec3[] => {
    const k = Math.round(w * (mediusInsertions.length - 1))
    const insertion = mediusInsertions[k] as Vec3
    const lip = downTheLine > 0 ? onIlium(lerp(lipAt(w), lowBehind, downTheLine)) : lipAt(w)
    const origin = lowered > 0 ? onIlium(lerp(lip, insertion, lowered)) : lip
    const normal = boneNormal(origin, ilium, boneSdfs)
    const outward = normalize(add(normal, lateral))
    return [origin, ...[0.3, 0.6].map((t) => offTheHip(lerp(origin, insertion, t), MEDIUS_LIFT(t), outward)), insertion]
  }
  out.push({
    id: 'gluteus-medius',
    outward: awayFromPelvis,
    // Dense enough, and blended widely enough, that the bundles melt into one continuous fan.
    fibres: [
      ...Array.from({ length: 15 }, (_, k) => mediusBundle(k / 14, 0)),
      ...Array.from({ length: 9 }, (_, k) => mediusBundle(0.05 + (0.9 * k) / 8, 0.25)),
      ...[0.3, 0.55, 0.8, 1].map((v) => mediusBundle(1, 0, v)),
    ],
    radius: belly(5, 8.5, 0.35),
    blend: 12,
    liesOn: ['gluteus-minimus', 'hip-bone-left', 'femur-left', 'sacrum'],
    gap: 0.8,
    // A broad flat tendon onto the lateral face of the greater trochanter.
    tendon: tendonEnds(0, 0.12),
  })
  // Gluteus maximus: from the posterior ilium, the back of the sacrum and coccyx, thick parallel
  // bundles down and out over medius, piriformis and the sciatic exit to the gluteal tuberosity
  // and the iliotibial tract; the published via points keep the bundles off the bone behind.
  // Its highest fibres arise from the ilium behind the posterior gluteal line up to the crest, above
  // where Rajagopal's highest part starts (level with the PSIS): five bundles are added above that
  // part's, from the crest's last 48 mm before the PSIS, running beside it to the iliotibial tract.
  // The fan stops at its lowest published part, on the side of the coccyx: taken further, its
  // origins crossed the midline and the two muscles met there in a straight seam.
  const maximusPaths = fannedPaths('gluteus-maximus', P, 16, 0.2).slice(0, 14)
  const highest = maximusPaths[0] as Vec3[]
  const fromTheCrest = [48, 38, 28, 18, 8].map((fromPsis) => {
    const shift = sub(add(crestAt.at(crestAt.length - fromPsis), [0, -4, 0]), highest[0] as Vec3)
    // Origin, via point, wrap point and insertion move less and less with the origin.
    return highest.map((p, k) => add(p, scale(shift, [1, 0.55, 0.25, 0.05][k] ?? 0)))
  })
  // Its bundles run on past the trochanter into the iliotibial tract, a tendinous band down the
  // side of the thigh; the lowest also send deep fibres to the gluteal tuberosity. The tract's line
  // runs from beside the greater trochanter towards the lateral side of the knee (Gerdy's tubercle).
  const maximusBundles = [...fromTheCrest, ...maximusPaths]
  const toTract = Math.round(maximusBundles.length * MAXIMUS_INTO_TRACT)
  const tractTop = add(P.greaterTrochanter, [ILIOTIBIAL_TRACT.offTrochanter, 0, 0])
  const tractAt = (mm: number, spread: number): Vec3 =>
    add(lerp(tractTop, add(K, [ILIOTIBIAL_TRACT.offKnee, 0, 0]), mm / Math.hypot(...sub(K, tractTop))), [
      0,
      0,
      spread - ILIOTIBIAL_TRACT.behindTrochanter,
    ])
  // The published origins below the PSIS map in front of this model's posterior iliac spine,
  // onto the gluteal surface beside it, which left the spine's back bare between the bundles:
  // there they are laid on the bone's back as seen from behind (the muscle arises from the
  // posterior border of the ilium and covers it).
  const maximusOrigin = (o: Vec3): Vec3 =>
    o[0] >= MAXIMUS_ON_SPINE.medialX && o[1] < P.psis[1] - MAXIMUS_ON_SPINE.belowPsis
      ? onFace(add(o, [0, 0, -30]), [0, 0, -1], hip, boneSdfs, MAXIMUS_ON_SPINE.offset)
      : toSurface(o, hip, boneSdfs, 0.5)
  // Origin, via point (the middle bundles furthest off the pelvis: the muscle is domed, the
  // buttock's bulk, not a plate of even thickness) and wrap point over the trochanter.
  const maximusBelly = ([o, via, wrap]: Vec3[], k: number): Vec3[] => [
    maximusOrigin(o as Vec3),
    awayFrom(via as Vec3, hip, boneSdfs, 14 + 10 * Math.sin((Math.PI * k) / (maximusBundles.length - 1))),
    awayFrom(wrap as Vec3, thigh, boneSdfs, 12),
  ]
  const maximusRadius = (t: number): number =>
    7 + 9 * Math.pow(Math.sin(Math.PI * Math.min(1, t * 0.9 + 0.05)), 0.7) - 2.5 * t
  // The deep fibres' last fifth is tendon, on the gluteal tuberosity.
  const deepFibreTendon = tendonEnds(0, 0.2)
  // The lowest bundles are thicker: the muscle's lower border is thick and rounded (the buttock's
  // fold), its upper border thin.
  const lowerBorder = (fibre: number): number =>
    1 + MAXIMUS_LOWER_BORDER * smoothstep(maximusBundles.length - 6, maximusBundles.length - 1, fibre)
  out.push({
    id: 'gluteus-maximus',
    outward: awayFromPelvis,
    fibres: [
      ...maximusBundles.map((path, k) => {
        // Side by side across the tract's breadth, the highest in front, the lowest behind.
        const across = 0.5 - k / (maximusBundles.length - 1)
        const tract = ILIOTIBIAL_TRACT.reach.map((mm, n) =>
          awayFrom(tractAt(mm, across * ILIOTIBIAL_TRACT.breadth[n]!), thigh, boneSdfs, ILIOTIBIAL_TRACT.offFemur)
        )
        const belly = maximusBelly(path, k)
        // Round the trochanter, not through it: a thin tendon there was carved into a window.
        const overTrochanter = awayFrom(
          lerp(belly[2]!, tract[0]!, 0.5),
          thigh,
          boneSdfs,
          ILIOTIBIAL_TRACT.overTrochanter
        )
        return [...belly, overTrochanter, ...tract]
      }),
      // The lower bundles' deep fibres, under those to the tract, to the gluteal tuberosity.
      ...maximusBundles
        .slice(toTract)
        .map((path, j) => [...maximusBelly(path, toTract + j), onBone(path[3] as Vec3, thigh, behind)]),
    ],
    // Belly to just past the trochanter, then the tract's thin flat tendon; the deep fibres are
    // belly to their last fifth.
    radius: (t, fibre) =>
      fibre < maximusBundles.length
        ? t < TRACT_STARTS
          ? maximusRadius((t / TRACT_STARTS) * 0.9) * lowerBorder(fibre)
          : ILIOTIBIAL_TRACT.radius +
            (maximusRadius(0.9) - ILIOTIBIAL_TRACT.radius) * (1 - smoothstep(TRACT_STARTS, TRACT_STARTS + 0.12, t))
        : maximusRadius(t) * TUBEROSITY_SHARE * lowerBorder(fibre - maximusBundles.length + toTract),
    blend: 12,
    liesOn: ['gluteus-medius', 'hip-bone-left', 'femur-left', 'sacrum', 'coccyx'],
    // Its lowest origin is the side of the coccyx: the two muscles stay apart over it, with the
    // natal cleft between them (estimate, mm off the midline).
    offMidline: 6,
    // Close on the bone, so the posterior iliac crest and the PSIS it arises from do not show
    // through its origin.
    gap: 1,
    // Most of it ends in the iliotibial tract, the deep lower fibres on the gluteal tuberosity.
    tendon: (t, line) =>
      line < maximusBundles.length ? smoothstep(TRACT_STARTS - 0.04, TRACT_STARTS + 0.06, t) : deepFibreTendon(t, line),
  })
  // Hamstrings: biceps femoris (lateral, to the fibular head), semitendinosus and semimembranosus
  // (medial, to the tibia), from the ischial tuberosity down the back of the thigh.
  out.push({
    id: 'hamstrings',
    fibres: [
      [
        add(IT, [4, -8, -6]),
        [IT[0] + 26, IT[1] - 130, K[2] - 42],
        [K[0] + 34, K[1] + 90, K[2] - 40],
        [K[0] + 42, K[1] - 12, K[2] - 22],
      ],
      [
        add(IT, [0, -8, -10]),
        [IT[0] + 6, IT[1] - 130, K[2] - 48],
        [K[0] - 8, K[1] + 90, K[2] - 44],
        [K[0] - 24, K[1] - 22, K[2] - 14],
      ],
      [
        add(IT, [-2, -6, 0]),
        [IT[0] - 2, IT[1] - 150, K[2] - 36],
        [K[0] - 14, K[1] + 70, K[2] - 34],
        [K[0] - 26, K[1] - 10, K[2] - 18],
      ],
    ],
    radius: (t, fibre) =>
      fibre === 0 ? belly(4, 19, 0.55)(t) : fibre === 1 ? belly(3, 17, 0.35)(t) : belly(3, 18, 0.6)(t),
    blend: 7,
    liesOn: ['femur-left', 'hip-bone-left'],
    gap: 0.8,
    // A common tendon on the ischial tuberosity; semitendinosus ends in its long cord-like tendon,
    // semimembranosus starts as a broad membranous one (their names), biceps on the fibular head.
    tendon: HAMSTRING_TENDONS,
  })
  return out
}
