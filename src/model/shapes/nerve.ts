/**
 * Nerves as swept tubes along Catmull–Rom splines whose waypoints come from the bones: the cord
 * and conus, dural sac, cauda equina, the roots L1–S3 (each under its own pedicle and out of its
 * own foramen, with a ganglion bulge), the lumbosacral trunk, and the plexus branches.
 */
import { NERVES, VERTEBRAE } from '../measurements'
import { add, dirToWorld, lerp, normalize, scale, smoothstep, sub, type Vec3 } from '../math'
import { mergeMeshes, type MeshData } from '../mesh'
import { catmullRom, polylineLength, sweep } from '../sweep'
import { bodyHalfDepth, foramenTunnel, sacralAxis, sacralCanal, sacralForamen, SACRUM_DEFAULTS } from './sacrum'
import { backOf, coccyxSegments } from './coccyx'
import { LUMBAR, type Frames } from './landmarks'
import { glutealSurface } from './pelvis'

/** One nerve's course: a main path plus optional branches (all left side unless midline). */
export interface NerveCourse {
  id: string
  paths: {
    points: Vec3[]
    width: number
    thickness: number
    /** Size at the end, as a share of the start (a branch thins as it gives off twigs). */
    taper?: number
    /** Where along the path (0–1) the thinning begins. default: 0.3 */
    taperFrom?: number
    /** Its waypoints skirt a bone closely: rounding its corners would cut into the bone. */
    keepCorners?: boolean
    /** Size at its start, as a share: it grows to full size over the first part (a root gathering its rootlets). */
    startShare?: number
    bulgeAt?: number
    /**
     * The bulge's size at its middle as a share of the nerve's, and its half-length as a share of
     * the path. default: a dorsal root ganglion's (NERVES.drgRadius over rootRadius, 0.08)
     */
    bulge?: { share: number; spread: number }
    /**
     * Over its last quarter it flattens into a band this many times as broad (along the course's
     * side) and as many times thinner: a ramus merging into a plexus's flat band.
     */
    flattenTo?: number
    /** A crease down both broad faces `depth` mm deep, from `from` (0–1 along the path) on: two divisions in one sheath. */
    groove?: { depth: number; from: number }
    /** Spacing of its rings, mm, where it differs from the family's (NerveMeshOptions.ringSpacing). */
    step?: number
  }[]
  side: Vec3
}

const ROOT_ORDER = ['l1', 'l2', 'l3', 'l4', 'l5'] as const

/**
 * Ring spacing of the cauda equina's roots, mm: they run nearly straight down the sac, so rings
 * further apart than the other nerves' (5 mm) keep their shape, and the 32 strands' triangles go
 * where silhouettes show (about 13,000 at 5 mm).
 */
const CAUDA_RING_SPACING = 8

/** A branch in the popliteal fossa: where it leaves (0–1 along the nerve), its bend and end (mm from there), half-width (mm). */
interface PoplitealBranch {
  at: number
  bend: Vec3
  end: Vec3
  width: number
}

/** The branches of the sciatic nerve's two divisions behind the knee (left side; estimates from atlas drawings). */
const POPLITEAL_BRANCHES: Record<'tibial' | 'commonFibular', PoplitealBranch[]> = {
  tibial: [
    // The medial sural cutaneous nerve, down between the heads of gastrocnemius under the skin.
    { at: 0.45, bend: [-3, -14, -5], end: [-5, -40, -6], width: 1.2 },
    // Its twigs to gastrocnemius's medial and lateral heads.
    { at: 0.55, bend: [-8, -10, 1], end: [-15, -30, 2], width: 1 },
    { at: 0.55, bend: [8, -10, 1], end: [15, -30, 2], width: 1 },
  ],
  // The lateral sural cutaneous nerve, down over gastrocnemius's lateral head.
  commonFibular: [{ at: 0.5, bend: [-2, -16, -4], end: [-4, -40, -3], width: 1.1 }],
}

/**
 * A side branch leaving a nerve at `at` (0–1 along `smooth`, its course sampled finely), through
 * `via` (offsets in mm from where it leaves), tapering to its end.
 */
function branch(
  smooth: readonly Vec3[],
  at: number,
  via: readonly Vec3[],
  width: number,
  thickness: number,
  taper: number
): NerveCourse['paths'][number] {
  const k = indexAlong(smooth, at)
  const from = smooth[k] as Vec3
  // A branch leaves at an acute angle, running beside the trunk for a few millimetres before it
  // turns away, not square off it like a spike.
  const trunk = normalize(sub(smooth[Math.min(smooth.length - 1, k + 1)] as Vec3, smooth[Math.max(0, k - 1)] as Vec3))
  const lead = add(from, add(scale(trunk, BRANCH_LEAD_MM), scale(normalize(via[0] as Vec3), BRANCH_LEAD_MM * 0.35)))
  return { points: [from, lead, ...via.map((d) => add(from, d))], width, thickness, taper }
}

/** The sample of `smooth` a branch leaves from, `at` (0–1) of the way along it. */
function indexAlong(smooth: readonly Vec3[], at: number): number {
  return Math.round(at * (smooth.length - 1))
}

/** As `branch`, through points given where they lie (world mm) rather than as offsets. */
function branchThrough(
  smooth: readonly Vec3[],
  at: number,
  through: readonly Vec3[],
  width: number,
  thickness: number,
  taper: number
): NerveCourse['paths'][number] {
  const from = smooth[indexAlong(smooth, at)] as Vec3
  return branch(
    smooth,
    at,
    through.map((p) => sub(p, from)),
    width,
    thickness,
    taper
  )
}

/**
 * The cauda's roots' radii as a share of the sizes listed with their exits (estimate): thick enough
 * that the bundle fills the opened sac loosely, as a dissection shows it, rather than a few threads.
 */
const CAUDA_ROOT_SCALE = 1.3

/**
 * The sheaf of the cauda's roots round the conus, over L1 (estimate from atlas drawings of the
 * cord's end): at which of the canal's points, and how far from its middle, mm, clear of the cord.
 */
const CONUS_SHEAF = [
  { at: 2, radial: 7.2 },
  { at: 3, radial: 5.4 },
] as const

/**
 * A lumbar root's two roots in their dural sleeve, out of the sac: how far along its course (1 at
 * its second point, 2 at its third, under the pedicle) and how far apart, mm, front and back. They
 * stay inside the root's own tube, so they show only when the roots are faded round the cauda.
 */
const ROOT_SLEEVE = [
  { along: 0.6, apart: 0.9 },
  { along: 1.3, apart: 0.7 },
] as const

/** The dorsal (sensory) root's share of a spinal root's cross-section: it is the thicker of the two (estimate). */
const DORSAL_ROOT_SHARE = 0.6

/** The lumbar enlargement: its size as a share of the cord's, and its half-length as a share of the cord shown. */
const CORD_LUMBAR_ENLARGEMENT = { share: 1.25, spread: 0.2 }

/** The filum terminale's radius, mm (about 1 mm across; estimate). */
const FILUM_RADIUS = 0.55

/** The dural sac's half-width, mm (estimate: it fills most of the canal's 20–27 mm width). */
const SAC_HALF_WIDTH = 8

/**
 * The roots that stay in the sac to its end (S4, S5, coccygeal): offsets from the canal's centre
 * (x out, z forward) and radius, mm (estimates; each a pair of thin strands).
 */
const LOWEST_ROOTS = [
  { x: 2.2, z: -3.2, radius: 0.5 },
  { x: 1.2, z: -4.4, radius: 0.42 },
  { x: 0.5, z: -2.2, radius: 0.36 },
] as const

/**
 * The sacral ventral rami's sizes, S1 to S3, as shares of a lumbar root's: S1 is the largest of
 * them, and they get smaller down the sacrum (estimate from atlas drawings).
 */
const SACRAL_RAMUS_SIZE = [1.3, 1.05, 0.8] as const

/** Radius of a pelvic splanchnic nerve, mm (estimate: a thin twig beside the sacral rami). */
const PELVIC_SPLANCHNIC_RADIUS = 0.7

/** Where the lumbosacral trunk joins S1: this share of the way from S1's foramen to the plexus. */
const S1_JOINED_AT = 0.35

/** How far a branch runs along its trunk before turning away, mm. */
const BRANCH_LEAD_MM = 6

/** Courses of the left nerves and the midline structures. */
export function nerveCourses(f: Frames): NerveCourse[] {
  const { V, S, lm, sk } = f
  const P = sk.pelvis
  const courses: NerveCourse[] = []
  // Dural sac and cord along the canal centres.
  const canal: Vec3[] = [V('T12', [0, 25, lm('T12').canalCentre[2]]), V('T12', lm('T12').canalCentre)]
  for (const l of LUMBAR) {
    const c = lm(l).canalCentre
    canal.push(V(l, [0, lm(l).halfHeight - 4, c[2]]), V(l, [0, -lm(l).halfHeight, c[2]]))
  }
  const sacralSac = [0.05, 0.2, 0.33].map((t) => S(sacralCanal(t)))
  courses.push({
    id: 'dural-sac',
    side: [1, 0, 0],
    paths: [{ points: [...canal, ...sacralSac], width: SAC_HALF_WIDTH, thickness: 6.2 }],
  })
  const firstCoccygeal = coccyxSegments()[0]
  if (!firstCoccygeal) throw new Error('no coccygeal segments')
  // The back of Co1, where the filum ends (its centre line half a millimetre off the bone).
  const coccyx = backOf(firstCoccygeal, 0.5)
  const l1l2 = lerp(
    V('L1', [0, -lm('L1').halfHeight, lm('L1').canalCentre[2]]),
    V('L2', [0, lm('L2').halfHeight, lm('L2').canalCentre[2]]),
    0.5
  )
  courses.push({
    id: 'spinal-cord',
    side: [1, 0, 0],
    paths: [
      {
        points: [canal[0] as Vec3, canal[1] as Vec3, canal[2] as Vec3, canal[3] as Vec3, l1l2],
        width: NERVES.cordRadius,
        thickness: NERVES.cordRadius * 0.85,
        // The lumbar enlargement at T12, above the conus (a cord of even width to its cone was "a
        // straight rod with no enlargement" in blind review 59; its size is an estimate).
        bulgeAt: 0.3,
        bulge: CORD_LUMBAR_ENLARGEMENT,
        // The conus medullaris: the cord narrows to a point only at its end.
        taper: 0.25,
        taperFrom: 0.7,
      },
      // The filum terminale: the pia's thread on from the conus's tip, down the middle of the cauda
      // equina to the end of the sac, and on (covered by dura) through the sacral canal and out of
      // the hiatus to the back of the first coccygeal segment, which anchors the cord.
      {
        points: [
          lerp(canal[3] as Vec3, l1l2, 0.8),
          ...[l1l2, ...canal.slice(5), ...sacralSac].map((p) => add(p, [0, 0, -0.8])),
          ...[0.5, 0.68, 0.84].map((t) => S(sacralCanal(t))),
          S([0, coccyx[1] + 2, coccyx[2] - 1.5]),
        ],
        width: FILUM_RADIUS,
        thickness: FILUM_RADIUS,
      },
    ],
  })
  // Where each root leaves the sac: at the top of its own vertebra, through the sac's side wall
  // (lumbar; its strands of the cauda run out to the wall there, so the bundle is seen to thin
  // level by level), or in the sacral canal above its foramen (sacral); left side.
  const lumbarRootStart = (l: (typeof LUMBAR)[number]): Vec3 =>
    V(l, [SAC_HALF_WIDTH - 1.5, lm(l).halfHeight - 2, lm(l).canalCentre[2]])
  const sacralRootStart = (i: number): Vec3 => {
    const cc = sacralCanal(Math.max(0, (SACRUM_DEFAULTS.foramina[i]?.t ?? 0.2) - 0.1))
    return S([3, cc[1] + 4, cc[2]])
  }
  /** A lumbar root's course: out of the sac, under its own pedicle, out of the foramen below. */
  const lumbarRootCourse = (l: (typeof LUMBAR)[number]): Vec3[] => {
    const m = lm(l)
    const v = VERTEBRAE[l]
    const b = v.endplateDepth / 2
    const xPed = m.pedicle[0]
    const underPedicle = m.pedicle[1] - v.pedicleHeight / 2 - 5
    return [
      lumbarRootStart(l),
      V(l, [v.canalWidth / 2 - 4, m.pedicle[1] - 2, -b - 4]),
      V(l, [xPed, underPedicle, -b - 1]),
      V(l, [xPed + v.pedicleWidth / 2 + 6, -m.halfHeight - 1, -b + 2]),
      l === 'L5' ? V(l, [xPed + 16, -m.halfHeight - 14, -b + 20]) : V(l, [xPed + 20, -m.halfHeight - 16, -b + 10]),
    ]
  }
  // Cauda equina: the roots below the conus, each running down the sac to where it leaves (L2 to S3
  // on each side; the lowest sacral and coccygeal roots on to the sac's end), each as its two
  // roots, the dorsal (sensory, the thicker) behind the ventral (motor). A root about to leave
  // lies at the front and side of the sac and the ones still to run lie behind and in the middle,
  // so the bundle fans out towards each exit and thins as it descends; they turn a little round
  // each other (not parallel rods).
  const canalBelowConus = [l1l2, ...canal.slice(5), ...sacralSac]
  const exits: [Vec3, number][] = [
    ...LUMBAR.slice(1).map((l, i): [Vec3, number] => [lumbarRootStart(l), 0.9 + 0.1 * i]),
    ...[0, 1, 2].map((i): [Vec3, number] => [sacralRootStart(i), 1.25 - 0.2 * i]),
  ]
  const top = l1l2[1]
  /**
   * Where a root of the cauda lies beside the conus, over L1, before the conus ends: the roots
   * arise from the cord above and come down round its cone as a sheaf (begun below the conus's
   * tip, the bundle read as "not continuous with the conus" in blind review 74). `turn` is its
   * angle round the cord from straight out to the side (negative behind), `side` ±1. They lie at
   * its sides, within 60° of straight out, the higher roots nearer the side: a sheaf laid behind
   * it hid the conus's taper from behind ("a blunt cylinder", all three readers of review 75).
   */
  const besideConus = (turn: number, side: number): Vec3[] =>
    CONUS_SHEAF.map(({ at, radial }) => {
      const c = canal[at] as Vec3
      return add(c, [side * radial * Math.cos(turn), 0, radial * Math.sin(turn)])
    })
  const strands: NerveCourse['paths'] = []
  for (const side of [1, -1]) {
    exits.forEach(([exit, radius], n) => {
      const end: Vec3 = [exit[0] * side, exit[1], exit[2]]
      const above = canalBelowConus.filter((p, k) => k === 0 || p[1] > end[1] + 6)
      for (const [dorsal, share, depth] of [
        [true, DORSAL_ROOT_SHARE, -1.3],
        [false, 1 - DORSAL_ROOT_SHARE, 1.1],
      ] as const) {
        const points = above.map((p, k): Vec3 => {
          // 0 at the conus, 1 where the root leaves the sac.
          const near = Math.min(1, Math.max(0, (top - p[1]) / (top - end[1])))
          // Spread across the sac's width, the roots still to run further back: the bundle fills
          // the sac loosely, so its strands can be told apart. Each drifts out to the wall over
          // the levels above its exit, so it runs down and out obliquely within the sac (turned
          // out only close above its exit, the roots read as "a fishbone" in blind review 75).
          const toRun = (exits.length - n) * (1 - near)
          const lateral = 1.2 + 0.5 * toRun + 4.2 * near ** 1.5
          const turn = 1.3 * n + 0.5 * k + (dorsal ? 0 : 1.1)
          return add(p, [side * lateral, 0, depth * (1 - 0.5 * near) - 0.2 * toRun + 1.6 * near + 0.7 * Math.sin(turn)])
        })
        // The lumbar roots go on out of the sac in their dural sleeve, side by side, down and out
        // to below their pedicle, where they meet at the ganglion: the cauda is seen giving off a
        // pair of roots at each level (ended at the sac's wall, inside the bundle's width, it read
        // as "a single cable" that "does not give off paired roots" in blind review 74).
        const lumbar = LUMBAR[n + 1]
        const sleeve: Vec3[] = lumbar
          ? ROOT_SLEEVE.map(({ along, apart }) => {
              const [a, b, c] = lumbarRootCourse(lumbar) as [Vec3, Vec3, Vec3]
              const q = along < 1 ? lerp(a, b, along) : lerp(b, c, along - 1)
              return [side * q[0], q[1], q[2] + (dorsal ? -apart : apart)]
            })
          : []
        const r = CAUDA_ROOT_SCALE * radius * Math.sqrt(share)
        const aroundConus = (((dorsal ? -1 : 1) * (10 + 5 * n)) / 180) * Math.PI
        strands.push({
          points: [...besideConus(aroundConus, side), ...points, end, ...sleeve],
          width: r,
          thickness: r,
          step: CAUDA_RING_SPACING,
        })
      }
    })
  }
  // The lowest sacral and coccygeal roots (S4, S5, Co1), each as its dorsal and ventral root, in
  // the middle and behind, on to the end of the sac.
  for (const side of [1, -1])
    LOWEST_ROOTS.forEach(({ x, z, radius }, n) => {
      for (const dz of [-0.7, 0.7])
        strands.push({
          points: [
            ...besideConus(((-50 - 5 * n + 3 * dz) / 180) * Math.PI, side),
            ...canalBelowConus
              .slice(0, -1)
              .map((p, k): Vec3 => add(p, [x * side + 0.3 * dz, 0, z + dz + 0.4 * Math.sin(k + x)])),
          ],
          width: radius,
          thickness: radius,
          step: CAUDA_RING_SPACING,
        })
    })
  courses.push({ id: 'cauda-equina', side: [1, 0, 0], paths: strands })
  // Lumbar roots: leave the sac at their own body, pass under their own pedicle, out of the foramen below.
  const rootEnds: Record<string, Vec3> = {}
  LUMBAR.forEach((l, i) => {
    const pts = lumbarRootCourse(l)
    rootEnds[ROOT_ORDER[i] as string] = pts[4] as Vec3
    courses.push({
      id: `${ROOT_ORDER[i]}-root`,
      side: [0, 1, 0],
      paths: [
        {
          points: pts,
          width: NERVES.rootRadius,
          thickness: NERVES.rootRadius,
          bulgeAt: 0.68,
          // L2–L5 run on into the femoral nerve and the lumbosacral trunk; L1's ventral ramus runs on
          // into psoas as the iliohypogastric and ilioinguinal nerves, so it narrows there, not a cut end.
          ...(l === 'L1' ? { taper: 0.45, taperFrom: 0.55 } : {}),
        },
        ...dorsalRamus(f, l, pts[3] as Vec3),
      ],
    })
  })
  const IS = P.ischialSpine
  // Just above the ischial spine: where the sciatic nerve leaves the pelvis, below piriformis.
  const below: Vec3 = [IS[0] + 16, IS[1] + 12, IS[2] - 6]
  // The plexus's upper corner, in front of piriformis at S2–S3, where the superior gluteal nerve
  // leaves it backwards.
  const upperPlexus = S([40, sacralAxis(0.5)[1], sacralAxis(0.5)[2] + 22])
  // Where its roots meet as the sciatic nerve: on piriformis's front, halfway down to the lower
  // part of the greater sciatic foramen, so the roots run down and out across the muscle (S1 the
  // steepest and thickest, S3 the most nearly across), as the plexus's triangle in an atlas.
  const plexus = lerp(upperPlexus, below, 0.5)
  /** Where sacral ramus i (0 for S1) has just left its anterior foramen, in front of the sacrum. */
  const outOfForamen = (i: number): Vec3 => {
    const fo = sacralForamen(i)
    const t = SACRUM_DEFAULTS.foramina[i]?.t ?? 0.2
    return S([fo[0] + 6, fo[1] - 3, sacralAxis(t)[2] + bodyHalfDepth(t) + 9 - 3 * i])
  }
  // Where the lumbosacral trunk, down over the ala, joins S1 at the pelvic brim.
  const s1Junction = lerp(outOfForamen(0), plexus, S1_JOINED_AT)
  // Sacral roots: from the sacral canal through the sacral foramina to the pelvic surface, and on
  // as ventral rami converging on the plexus.
  const forwardInPelvis = dirToWorld(sk.sacrum, [0, 0, 1])
  for (let i = 0; i < 3; i++) {
    const fo = sacralForamen(i)
    const fr = SACRUM_DEFAULTS.foramina[i] ?? { t: 0.2, x: 27, r: 5 }
    const [ta, tb] = foramenTunnel(fr)
    const ax = sacralAxis(fr.t)
    const pts: Vec3[] = [
      sacralRootStart(i),
      S(ta),
      S(lerp(ta, tb, 0.5)),
      S([fo[0], fo[1], ax[2]]),
      // Out of the foramen, then down and out across piriformis to the plexus.
      outOfForamen(i),
    ]
    const toPlexus = [...pts, lerp(pts[4] as Vec3, plexus, 0.55), plexus]
    const radius = NERVES.rootRadius * (SACRAL_RAMUS_SIZE[i] ?? 1)
    // The ganglion's place along the root through the foramen, kept where it was on the shorter course.
    const ganglion = ((i === 0 ? 0.3 : 0.55) * polylineLength(pts)) / polylineLength(toPlexus)
    // S2 and S3 give off pelvic splanchnic nerves just out of their foramina: thin twigs forward
    // and in, to the inferior hypogastric plexus beside the rectum (estimate of their course).
    const outside = outOfForamen(i)
    const splanchnic: NerveCourse['paths'] =
      i === 0
        ? []
        : [
            {
              points: [
                lerp(outside, plexus, 0.12),
                add(lerp(outside, plexus, 0.12), scale(forwardInPelvis, 8)),
                S([fo[0] - 4, fo[1] - 12, ax[2] + bodyHalfDepth(fr.t) + 26]),
              ],
              width: PELVIC_SPLANCHNIC_RADIUS,
              thickness: PELVIC_SPLANCHNIC_RADIUS,
              taper: 0.6,
            },
          ]
    courses.push({
      id: `s${i + 1}-root`,
      side: [0, 1, 0],
      paths: [
        {
          points: toPlexus,
          width: radius,
          thickness: radius * 0.95,
          bulgeAt: ganglion,
          // It leaves the cauda equina as thin as its strand there, not as a thick stump.
          startShare: (exits[LUMBAR.length - 1 + i]?.[1] ?? 1) / radius,
          // S1 thickens below where the lumbosacral trunk joins it.
          ...(i === 0 ? { taper: 1.25, taperFrom: 0.5 } : {}),
          // Each ramus broadens into the plexus's flat band as it joins it.
          flattenTo: 1.5,
        },
        ...splanchnic,
      ],
    })
  }
  const l4 = rootEnds.l4 as Vec3
  const l5 = rootEnds.l5 as Vec3
  const overAla = S([38, -6, 24])
  // The band descends smoothly over the ala and back into the pelvis: its bend lies on the line
  // from L4's course to S1, and both parts end inside the band before it, where it still runs
  // their way (ended at a bend further forward, L4's share stuck out past the band's turn, "a
  // zigzag kink" to all three readers of blind review 56).
  const trunkBends = add(overAla, [0, 0, -4.5])
  const trunkStarts = lerp(lerp(l4, l5, 0.5), trunkBends, 0.55)
  const trunkMeets = lerp(trunkStarts, trunkBends, 0.5)
  courses.push({
    id: 'lumbosacral-trunk',
    side: [1, 0, 0],
    paths: [
      // L4's share and L5's ventral ramus meet over the ala, and the trunk they make crosses it as a
      // broad flattened band (wide across, thin front to back), to join S1 at the pelvic brim.
      // Each flattens into the band as it joins it: round to its end, L5's stood out of the band's
      // face as "an odd stub" in blind review 60.
      { points: [l4, lerp(l4, l5, 0.5), trunkMeets], width: 2.4, thickness: 2.1, flattenTo: 1.5 },
      { points: [l5, trunkMeets], width: 2.6, thickness: 2.3, flattenTo: 1.6 },
      // From a little above the meeting, along L4's course, so the band carries on from it; it
      // narrows into S1 as it joins it rather than ending square.
      {
        points: [trunkStarts, trunkBends, S([42, -30, 26]), s1Junction],
        width: 4.2,
        thickness: 1.9,
        startShare: 0.6,
        taper: 0.7,
        taperFrom: 0.8,
      },
    ],
  })
  // Sciatic nerve: out through the greater sciatic foramen below piriformis, between the greater
  // trochanter and the ischial tuberosity, down the back of the thigh; divides above the knee.
  const IT = P.ischialTuberosity
  const GT = P.greaterTrochanter
  const K = P.knee
  const division: Vec3 = [K[0] + 6, K[1] + 90, K[2] - 34]
  const sciatic: Vec3[] = [
    plexus,
    lerp(plexus, below, 0.55),
    below,
    [IS[0] + 30, IS[1] - 8, IS[2] - 16],
    [(IT[0] + GT[0]) / 2 - 2, IT[1] + 4, IT[2] - 22],
    [K[0] + 30, (IT[1] + K[1]) / 2, K[2] - 30],
    division,
  ]
  // Its muscular branches leave from its medial side to semitendinosus, semimembranosus and the
  // long head of biceps femoris (and adductor magnus), and one from its lateral side to the short
  // head of biceps: short twigs, tapering into the muscles behind and beside it.
  const along = catmullRom(sciatic, 60)
  const twig = (at: number, to: Vec3) => branch(along, at, [scale(to, 0.5), to], 1.3, 1.1, 0.6)
  courses.push({
    id: 'sciatic-nerve',
    side: [1, 0, 0.3],
    paths: [
      {
        points: sciatic,
        width: NERVES.sciaticWidth / 2,
        thickness: NERVES.sciaticThickness / 2,
        // Its tibial and common fibular divisions lie side by side in one sheath from where it leaves
        // the pelvis, a shallow furrow between them (estimate from dissection pictures; as a smooth
        // band it was "a uniform tube" that did not "show its tibial and common fibular parts" in
        // blind review 58).
        groove: { depth: 0.9, from: 0.2 },
      },
      twig(0.5, [-14, -22, -10]),
      twig(0.6, [-18, -26, -6]),
      twig(0.7, [-10, -28, -14]),
      twig(0.8, [12, -24, -8]),
    ],
  })
  // In the popliteal fossa each division gives off its sural cutaneous nerve, running down behind
  // the calf, and the tibial nerve its twigs to the two heads of gastrocnemius: the branching that
  // tells the straight, midline tibial nerve from the common fibular curving out to the fibular head.
  const branchesOf = (course: Vec3[], branches: readonly PoplitealBranch[]): NerveCourse['paths'] => {
    const smooth = catmullRom(course, 30)
    return branches.map((b) => branch(smooth, b.at, [b.bend, b.end], b.width, b.width * 0.85, 0.6))
  }
  const tibial: Vec3[] = [division, [K[0] + 2, K[1] + 20, K[2] - 36], [K[0], K[1] - 40, K[2] - 34]]
  courses.push({
    id: 'tibial-nerve',
    side: [1, 0, 0],
    paths: [
      { points: tibial, width: 3.6, thickness: 2.8, taper: 0.6 },
      ...branchesOf(tibial, POPLITEAL_BRANCHES.tibial),
    ],
  })
  const fibular: Vec3[] = [division, [K[0] + 22, K[1] + 30, K[2] - 32], [K[0] + 40, K[1] - 30, K[2] - 18]]
  courses.push({
    id: 'common-fibular-nerve',
    side: [1, 0, 0],
    paths: [
      { points: fibular, width: 2.6, thickness: 2, taper: 0.6 },
      ...branchesOf(fibular, POPLITEAL_BRANCHES.commonFibular),
    ],
  })
  // Femoral nerve (L2–L4): through psoas, out at its lateral border, in the groove with iliacus,
  // under the inguinal ligament, branching in the front of the thigh.
  const ilMid = lerp(P.asis, P.pubicTubercle, 0.45)
  const underLig: Vec3 = [ilMid[0] + 2, ilMid[1] - 17, ilMid[2] - 10]
  const thigh: Vec3 = [underLig[0] + 6, underLig[1] - 45, underLig[2] + 2]
  const l2 = rootEnds.l2 as Vec3
  const l3 = rootEnds.l3 as Vec3
  const psoasExit = V('L5', [VERTEBRAE.L5.endplateWidth / 2 + 24, -10, 6])
  const groove: Vec3 = [underLig[0] + 4, lerp(psoasExit, underLig, 0.5)[1], underLig[2] - 14]
  // It forms inside psoas, where the L2, L3 and L4 contributions meet, and leaves the muscle's
  // lateral border as one trunk: the roots join it, it does not zig-zag through them.
  const formed = lerp(l4, psoasExit, 0.4)
  courses.push({
    id: 'femoral-nerve',
    side: [1, 0, 0],
    paths: [
      {
        points: [formed, psoasExit, groove, underLig, thigh],
        width: NERVES.femoralWidth / 2,
        thickness: NERVES.femoralThickness / 2,
      },
      ...[l2, l3, l4].map((root, k) => ({
        points: k < 2 ? [root, lerp(root, formed, 0.5), formed] : [root, formed],
        width: 1.8 + 0.2 * k,
        thickness: 1.7 + 0.2 * k,
      })),
      // Below the ligament it breaks up into a spray of branches (a horse's tail): those of its
      // anterior division to pectineus, sartorius and the skin of the front of the thigh, those of
      // its posterior division to the four heads of quadriceps, each dividing again in its muscle;
      // the saphenous nerve, below, runs on medially.
      ...femoralBranches(catmullRom([underLig, thigh], 30)),
      // The saphenous nerve, the longest: medially with the femoral vessels down the adductor
      // canal, in front of and medial to the femur, to where it leaves the canal above the knee
      // (on down the medial side of the knee and leg, beyond what is drawn). Estimates from atlas
      // drawings.
      {
        points: [
          thigh,
          add(thigh, [-10, -70, -2]),
          add(thigh, [-26, -185, -10]),
          [K[0] - 3, K[1] + 115, K[2] + 13],
          [K[0] - 20, K[1] + 70, K[2]],
        ],
        width: 1.5,
        thickness: 1.3,
        taper: 0.75,
        taperFrom: 0.6,
      },
    ],
  })
  // Obturator nerve (L2–L4): medial border of psoas, along the pelvic wall, through the obturator canal.
  const O = P.obturatorCentre
  const canalO: Vec3 = [O[0] - 4, O[1] + 14, O[2] + 2]
  courses.push({
    id: 'obturator-nerve',
    side: [1, 0, 0],
    paths: [
      {
        points: [
          l3,
          V('L5', [VERTEBRAE.L5.endplateWidth / 2 + 4, -4, 14]),
          S([36, -40, 40]),
          [O[0] - 6, O[1] + 45, O[2] - 6],
          canalO,
          [O[0] - 10, O[1] - 20, O[2] + 14],
          [O[0] - 14, O[1] - 90, O[2] + 10],
        ],
        width: 2.2,
        thickness: 2,
      },
    ],
  })
  // Lateral femoral cutaneous nerve (L2–L3): across iliacus to just medial of the ASIS, under the
  // inguinal ligament into the thigh, where it divides about 13 cm below the ASIS into an anterior
  // branch down the front of the thigh's lateral side and a posterior branch that turns back over
  // its lateral side (estimates from atlas drawings). Ending undivided 9 cm below the ASIS, it read
  // as "a straight line with a sharp kink" in blind review 58.
  const A = P.asis
  const lateralFemoralCutaneous: Vec3[] = [
    l2,
    V('L4', [VERTEBRAE.L4.endplateWidth / 2 + 30, -6, 6]),
    [A[0] - 24, A[1] + 8, A[2] - 18],
    [A[0] - 9, A[1] - 10, A[2] - 3],
    [A[0] - 4, A[1] - 60, A[2] - 6],
    [A[0] - 2, A[1] - 140, A[2] - 14],
  ]
  const alongLateralFemoralCutaneous = catmullRom(lateralFemoralCutaneous, 80)
  courses.push({
    id: 'lateral-femoral-cutaneous-nerve',
    side: [1, 0, 0],
    paths: [
      {
        points: lateralFemoralCutaneous,
        // Over iliacus and round the inside of the ASIS, close to the bone all the way.
        keepCorners: true,
        width: 1.5,
        thickness: 1.3,
      },
      // Both branches leave well below the front of the hip, so the trunk's skin weights where it
      // crosses the hip (smoothed over centre-line points within 6 cm) are not drawn towards the
      // thigh's.
      branchThrough(alongLateralFemoralCutaneous, 1, [[A[0] - 1, A[1] - 210, A[2] - 17]], 1.3, 1.15, 0.7),
      branchThrough(
        alongLateralFemoralCutaneous,
        alongLateralFemoralCutaneous.findIndex((p) => p[1] < A[1] - 128) / (alongLateralFemoralCutaneous.length - 1),
        [
          [A[0] + 4, A[1] - 158, A[2] - 19],
          [A[0] + 10, A[1] - 190, A[2] - 27],
        ],
        1.1,
        1,
        0.6
      ),
    ],
  })
  // Gluteal nerves: superior above piriformis, inferior below it.
  const notch = P.sciaticNotch
  const gluteal = glutealSurface(P)
  // The plane between gluteus minimus (about 9 mm thick here) and medius, kept a little inside
  // minimus's surface, so the nerve never shows through medius where it thins.
  const glutealPlane = (u: number, s: number): Vec3 => gluteal(u, s, 7)
  // It leaves the pelvis over piriformis's upper border, close under the notch's upper margin, and
  // divides within a few centimetres, between gluteus medius and minimus: its superior branch
  // follows minimus's upper border forward and up, its inferior branch crosses minimus to tensor
  // fasciae latae, each giving twigs up into medius and down into minimus on the way (the
  // pattern of atlas dissections; a long trunk forking far out over the ilium was read as "an
  // arbitrary fork" in blind review 56).
  const divides = glutealPlane(0.9, 0.2)
  const superiorBranch = [divides, glutealPlane(0.68, 0.4), glutealPlane(0.54, 0.52), glutealPlane(0.4, 0.58)]
  const inferiorBranch = [divides, glutealPlane(0.64, 0.26), glutealPlane(0.42, 0.28), glutealPlane(0.2, 0.27)]
  const alongSuperior = catmullRom(roundCorners(superiorBranch), 40)
  const alongInferior = catmullRom(roundCorners(inferiorBranch), 40)
  /** A twig from a branch to a point `lift` mm off the ilium's gluteal surface, in medius or minimus. */
  const glutealTwig = (along: readonly Vec3[], at: number, u: number, s: number, lift: number) =>
    branchThrough(along, at, [gluteal(u, s, lift)], 0.9, 0.8, 0.5)
  courses.push({
    id: 'superior-gluteal-nerve',
    side: [1, 0, 0],
    paths: [
      {
        points: [
          lerp(overAla, upperPlexus, 0.6),
          [notch[0] - 10, notch[1] + 17, notch[2]],
          [notch[0] + 4, notch[1] + 15, notch[2] - 12],
          divides,
        ],
        width: 1.9,
        thickness: 1.6,
      },
      { points: superiorBranch, width: 1.4, thickness: 1.2, taper: 0.6 },
      { points: inferiorBranch, width: 1.4, thickness: 1.2, taper: 0.6 },
      // Up into medius, from each branch (ends placed where medius lies over this model's ilium).
      glutealTwig(alongSuperior, 0.3, 0.6, 0.6, 14),
      glutealTwig(alongSuperior, 0.75, 0.38, 0.68, 12),
      glutealTwig(alongInferior, 0.8, 0.28, 0.42, 13),
      // Into minimus, from the inferior branch.
      glutealTwig(alongInferior, 0.45, 0.47, 0.33, 10),
    ],
  })
  // Below piriformis it turns back into gluteus maximus's deep surface and spreads out there:
  // branches leave it one after another, up, down and out through the muscle, as an atlas shows it
  // entering the muscle (what tells it from the pudendal nerve, which hooks round the ischial spine).
  // Its fan is centred level with where it leaves, a little below: raised over it, with the branch
  // to the muscle's upper part, the trunk's descent and turn read as a U round the ischium ("the
  // obturator nerve" to two readers of review 57).
  const fan = (x: number, y: number, z: number): Vec3 => [
    below[0] + x,
    below[1] + y - INFERIOR_GLUTEAL_FAN_DROP,
    below[2] + z,
  ]
  const intoMaximus = fan(22, 6, -27)
  const inferiorGluteal: Vec3[] = roundCorners([
    plexus,
    [below[0] - 3, below[1] + 2, below[2] + 4],
    [below[0] + 6, below[1] - 2, below[2] - 16],
    intoMaximus,
    // It ends inside gluteus maximus, from its deep surface, not out through its back.
    fan(34, 16, -25),
  ])
  const alongInferiorGluteal = catmullRom(inferiorGluteal, 60)
  // Each branch runs up, out or down through the muscle for 3–5 cm, thinning as it goes, and
  // divides once more before it ends: the fan an atlas shows on the reflected muscle's deep
  // surface (three short equal branches read as "a starburst of uniform tubes" in blind review 64).
  const gluteusBranch = (at: number, through: readonly Vec3[], twigAt: number, twigEnd: Vec3) => {
    const main = branchThrough(alongInferiorGluteal, at, through, 1.3, 1.1, 0.35)
    const twig = branchThrough(catmullRom(roundCorners(main.points), 30), twigAt, [twigEnd], 0.85, 0.75, 0.45)
    return [main, twig]
  }
  courses.push({
    id: 'inferior-gluteal-nerve',
    side: [1, 0, 0],
    paths: [
      { points: inferiorGluteal, width: 1.9, thickness: 1.6, taper: 0.7, taperFrom: 0.6 },
      // Up, to the muscle's upper fibres.
      ...gluteusBranch(0.62, [fan(22, 20, -28), fan(26, 36, -27), fan(28, 50, -25)], 0.55, fan(40, 44, -22)),
      // Down and out, to its lower fibres: away from the sciatic nerve, not down beside it (run
      // down along it, the fan read as the posterior femoral cutaneous nerve in blind review 65).
      ...gluteusBranch(0.74, [fan(29, -6, -26), fan(40, -18, -20), fan(52, -28, -8)], 0.6, fan(40, -36, -12)),
      // Out, toward its insertion.
      ...gluteusBranch(0.86, [fan(38, 6, -24), fan(50, 8, -18), fan(60, 4, -8)], 0.6, fan(56, 18, -2)),
    ],
  })

  return courses.map((course) => ({
    ...course,
    paths: course.paths.map((path) => (path.keepCorners ? path : { ...path, points: roundCorners(path.points) })),
  }))
}

/**
 * Rounds a course's corners (Chaikin's corner cutting, twice, ends kept): a nerve bends in smooth
 * curves, and a spline through a sharp corner of its waypoints still shows a kink.
 */
export function roundCorners(points: readonly Vec3[], iterations = 2): Vec3[] {
  let out = [...points]
  for (let n = 0; n < iterations && out.length > 2; n++) {
    const next: Vec3[] = [out[0] as Vec3]
    for (let i = 0; i < out.length - 1; i++) {
      const a = out[i] as Vec3
      const b = out[i + 1] as Vec3
      if (i > 0) next.push(lerp(a, b, 0.25))
      if (i < out.length - 2) next.push(lerp(a, b, 0.75))
    }
    next.push(out[out.length - 1] as Vec3)
    out = next
  }
  return out
}

/**
 * A lumbar spinal nerve's dorsal ramus: it leaves the nerve just outside the foramen, runs back
 * over the root of the transverse process below (beside the superior articular process there),
 * and divides into a medial branch, round the facet joint to multifidus (the branch that carries
 * facet-joint pain, and the target of medial branch blocks), and a lateral branch out into the
 * erector spinae. L5's runs in the groove between the sacral ala and the S1 articular process.
 * Courses from Bogduk's descriptions of the lumbar dorsal rami; the offsets are estimates.
 */
function dorsalRamus(f: Frames, level: (typeof LUMBAR)[number], start: Vec3): NerveCourse['paths'] {
  const { V, lm } = f
  const i = LUMBAR.indexOf(level)
  const below = LUMBAR[i + 1]
  // The frame of the vertebra below; below L5, L5's own frame one segment lower (the ala and S1's process).
  const m = lm(below ?? level)
  const at = (p: Vec3): Vec3 =>
    below
      ? V(below, p)
      : V(level, [p[0], p[1] - 2 * lm(level).halfHeight - DORSAL_RAMUS.sacralDrop, p[2] - DORSAL_RAMUS.sacralBack])
  const x = m.pedicle[0]
  const y = m.transverseTip[1]
  const z = m.pedicle[2]
  const tip = m.transverseTip
  const over = at([x + DORSAL_RAMUS.lateral, y + DORSAL_RAMUS.above, z - 2])
  // Back over the process's upper edge before turning down behind it.
  const behindEdge = at([x + DORSAL_RAMUS.lateral - 1, y + DORSAL_RAMUS.above - 1, z - DORSAL_RAMUS.behind + 3])
  const fork = at([x + DORSAL_RAMUS.lateral - 2, y + 2, z - DORSAL_RAMUS.behind - 3])
  const radius = NERVES.rootRadius * 0.45
  return [
    { points: [start, lerp(start, over, 0.5), over, behindEdge, fork], width: radius, thickness: radius * 0.85 },
    {
      points: [
        fork,
        at([x - 2, y - 6, z - DORSAL_RAMUS.behind - 9]),
        at([x - 8, y - 16, z - DORSAL_RAMUS.behind - 13]),
      ],
      width: radius * 0.75,
      thickness: radius * 0.7,
      taper: 0.55,
    },
    {
      points: [fork, at([tip[0] * 0.62, y - 4, tip[2] - 10]), at([tip[0] * 0.8, y - 14, tip[2] - 18])],
      width: radius * 0.75,
      thickness: radius * 0.7,
      taper: 0.55,
    },
  ]
}

/**
 * The femoral nerve's branches in the femoral triangle (left side, +x lateral): where each leaves
 * (0–1 along the nerve from under the inguinal ligament to where it ends), a bend and an end (mm
 * from there), a radius, and the twigs it divides into in its muscle (where along it, and an end
 * mm from there). Courses are estimates from atlas drawings.
 */
const FEMORAL_BRANCHES: { at: number; bend: Vec3; end: Vec3; radius: number; twigs?: { at: number; end: Vec3 }[] }[] = [
  // Anterior division. To pectineus: medially and back, behind the femoral vessels.
  { at: 0.55, bend: [-8, -10, -3], end: [-18, -24, -6], radius: 0.8 },
  // To sartorius: short, forward and out into the muscle.
  { at: 0.7, bend: [14, -16, 8], end: [34, -45, 12], radius: 0.9 },
  { at: 0.8, bend: [18, -26, 6], end: [42, -72, 8], radius: 0.8 },
  // The intermediate cutaneous nerve, forward through sartorius to the skin of the front of the
  // thigh, in two branches.
  { at: 0.85, bend: [4, -28, 12], end: [8, -95, 22], radius: 1, twigs: [{ at: 0.55, end: [-8, -40, 6] }] },
  // The medial cutaneous nerve, down the inner side of the thigh.
  { at: 0.9, bend: [-12, -30, 8], end: [-30, -110, 12], radius: 0.9 },
  // Posterior division. To rectus femoris.
  { at: 0.95, bend: [12, -24, 6], end: [20, -85, 8], radius: 1.3, twigs: [{ at: 0.6, end: [6, -30, 4] }] },
  // To vastus lateralis, the longest of the muscular branches.
  { at: 1, bend: [22, -40, 2], end: [48, -115, -4], radius: 1.5, twigs: [{ at: 0.55, end: [12, -36, -4] }] },
  // To vastus intermedius.
  { at: 1, bend: [6, -60, 6], end: [10, -150, 4], radius: 1.4, twigs: [{ at: 0.6, end: [8, -34, 0] }] },
  // To vastus medialis, beside the saphenous nerve.
  { at: 1, bend: [-10, -55, 4], end: [-24, -140, -2], radius: 1.4, twigs: [{ at: 0.6, end: [-10, -32, -2] }] },
]

/** The femoral nerve's branches leaving `below`, its course from under the inguinal ligament (sampled finely). */
function femoralBranches(below: readonly Vec3[]): NerveCourse['paths'] {
  return FEMORAL_BRANCHES.flatMap(({ at, bend, end, radius, twigs }, i) => {
    // Each winds a little on its way down through its muscle (alternately out and in), not a
    // straight stick: its second half bowed sideways by about a tenth of its length.
    const run = sub(end, bend)
    const sideways = normalize([run[1], -run[0], 0])
    const bow = scale(sideways, (i % 2 === 0 ? 1 : -1) * 0.1 * Math.hypot(...run))
    const main = branch(below, at, [bend, add(lerp(bend, end, 0.5), bow), end], radius, radius * 0.85, 0.45)
    const along = catmullRom(main.points, 30)
    return [
      main,
      ...(twigs ?? []).map((t) =>
        branch(along, t.at, [add(scale(t.end, 0.5), scale(bow, 0.3)), t.end], radius * 0.6, radius * 0.5, 0.5)
      ),
    ]
  })
}

/** Where the dorsal rami run, mm (estimates; see {@link dorsalRamus}). */
const DORSAL_RAMUS = {
  /** Lateral of the pedicle's centre, where the ramus crosses the transverse process's root. */
  lateral: 11,
  /** Above the transverse process's centre there. */
  above: 9,
  /** Behind the pedicle's centre, where it divides. */
  behind: 14,
  /** Extra drop below L5 to the sacral ala, past the L5–S1 disc. */
  sacralDrop: 2,
  /** …and further back there, over the ala's dorsal surface. */
  sacralBack: 4,
}

/** How finely a nerve's tubes are meshed (the numbers live in the nerves family's options). */
export interface NerveMeshOptions {
  /** Spacing of the tube's rings along the nerve, mm. */
  ringSpacing: number
}

/** The share of a root's length over which it grows from its start's size to its own. */
const ROOT_GATHERS = 0.15

/** How far below the inferior gluteal nerve's exit its fan into gluteus maximus is centred, mm (estimate). */
const INFERIOR_GLUTEAL_FAN_DROP = 12

/** Rings in the rounded end of every nerve tube. */
const NERVE_DOME_RINGS = 1

/** Meshes a nerve course: flattened tubes with a dorsal root ganglion bulge where marked. */
export function nerveMesh(course: NerveCourse, options: NerveMeshOptions): MeshData {
  return mergeMeshes(
    course.paths.map((p) => {
      const groove = p.groove
      const { share, spread } = p.bulge ?? { share: NERVES.drgRadius / NERVES.rootRadius, spread: 0.08 }
      const bulge = (t: number): number =>
        p.bulgeAt === undefined ? 1 : 1 + (share - 1) * Math.exp(-(((t - p.bulgeAt) / spread) ** 2))
      const taper = (t: number): number =>
        (p.taper === undefined ? 1 : 1 - (1 - p.taper) * smoothstep(p.taperFrom ?? 0.3, 1, t)) *
        (p.startShare === undefined ? 1 : p.startShare + (1 - p.startShare) * smoothstep(0, ROOT_GATHERS, t))
      const flat = (t: number): number =>
        p.flattenTo === undefined ? 1 : 1 + (p.flattenTo - 1) * smoothstep(0.72, 1, t)
      return sweep(p.points, {
        width: (t) => p.width * bulge(t) * taper(t) * flat(t),
        thickness: (t) => (p.thickness * bulge(t) * taper(t)) / flat(t),
        side: course.side,
        radial: p.width > 4 ? 12 : p.width < 1.5 ? 6 : 8,
        step: p.step ?? options.ringSpacing,
        domeRings: NERVE_DOME_RINGS,
        ...(groove ? { groove: (t: number) => groove.depth * smoothstep(groove.from, groove.from + 0.1, t) } : {}),
      })
    })
  )
}
