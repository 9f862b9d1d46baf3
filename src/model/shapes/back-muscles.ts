/**
 * The lumbar back muscles from their fascicles, as Macintosh and Bogduk described them (the
 * attachments in ../../../../shared/reference/anatomy.md; the lumbar-spine models' coordinates
 * could not be reached). Each fascicle runs from its origin to its insertion on this model's bones;
 * the fascicles melt into one belly (fleshy-muscle.ts), so each muscle takes its outline from them:
 *
 * - multifidus: from each spinous process and lamina, down and out to the mammillary processes two
 *   to five levels below, the back of the sacrum and the posterior superior iliac spine, so the
 *   muscle is slender at L1 and fills the gutter between the spinous processes and the PSIS over
 *   the sacrum;
 * - longissimus thoracis: the lumbar fascicles (pars lumborum) from the accessory processes and
 *   transverse processes of L1–L5 to the inner face of the PSIS, the lowest deepest; the thoracic
 *   belly (pars thoracis) coming down from above T12 and ending in the tendons of the erector spinae
 *   aponeurosis on the lumbar spinous processes and the sacrum;
 * - quadratus lumborum: its iliocostal, iliolumbar and lumbocostal fascicles between the iliac
 *   crest, the 12th rib and the transverse processes;
 * - iliocostalis lumborum: the lumbar fascicles from the tips of the L1–L4 transverse processes to
 *   the iliac crest lateral to the PSIS, the lowest deepest and most medial; the thoracic part from
 *   the ribs down to the crest, the lateral border of the erector spinae.
 */
import { MUSCLE_CSA, radiusOfCsa, type VertebraLevel } from '../measurements'
import { add, lerp, type Vec3 } from '../math'
import type { Sdf } from '../mesh'
import { tendonByLine, tendonEnds } from '../fibres'
import type { FleshyMuscle } from './fleshy-muscle'
import { LUMBAR, type Frames } from './landmarks'
import { iliacCrest } from './pelvis'
import { ribPath } from './rib'
import { awayFrom, onFace, toSurface } from './bone-surface'

/** A fascicle: its waypoints and its radius at origin, belly and insertion, mm. */
interface Fascicle {
  path: Vec3[]
  radii: readonly [number, number, number]
  /** Shares of its length that are tendon at its origin and insertion (default: none). */
  tendon?: readonly [number, number]
  /**
   * Whether its insertion's tendon is a thin band of an aponeurosis rather than a round cord: the
   * belly then ends where the tendon starts, and the tendon keeps the insertion's radius.
   */
  aponeurosis?: boolean
}

/** Radius along a fascicle from its three radii: smooth from origin through the belly to insertion. */
function fascicleRadius({ radii, tendon, aponeurosis }: Fascicle, t: number): number {
  const [origin, peak, insertion] = radii
  // An aponeurosis's fibres: the belly's profile over its fleshy part, narrowing over the first
  // fifth of the tendon to the insertion's thin band.
  const fleshy = aponeurosis ? 1 - (tendon?.[1] ?? 0) : 1
  const bellyEnd = aponeurosis ? origin + (peak - origin) * 0.5 : insertion
  if (t > fleshy) {
    const into = Math.min(1, (t - fleshy) / (0.2 * (1 - fleshy)))
    return bellyEnd + (insertion - bellyEnd) * into
  }
  const u = t / fleshy
  const end = u < 0.5 ? origin : bellyEnd
  const x = u < 0.5 ? u / 0.5 : (1 - u) / 0.5
  return end + (peak - end) * Math.sin((Math.PI / 2) * Math.min(1, Math.max(0, x)))
}

/**
 * The fascicles with `n` more laid between each neighbouring pair (waypoints and radii
 * interpolated), so a muscle is a packed mass of fascicles rather than a few separate strands.
 */
function packed(fascicles: readonly Fascicle[], n: number): Fascicle[] {
  const out: Fascicle[] = []
  fascicles.forEach((a, i) => {
    out.push(a)
    const b = fascicles[i + 1]
    if (!b || b.path.length !== a.path.length) return
    for (let k = 1; k <= n; k++) {
      const t = k / (n + 1)
      const mix = (x: number, y: number): number => x * (1 - t) + y * t
      const [ta, tb] = [a.tendon ?? [0, 0], b.tendon ?? [0, 0]]
      out.push({
        path: a.path.map((p, j) => lerp(p, b.path[j] as Vec3, t)),
        radii: [mix(a.radii[0], b.radii[0]), mix(a.radii[1], b.radii[1]), mix(a.radii[2], b.radii[2])],
        tendon: [mix(ta[0], tb[0]), mix(ta[1], tb[1])],
        ...(a.aponeurosis ? { aponeurosis: true } : {}),
      })
    }
  })
  return out
}

function fleshyFrom(
  id: string,
  fascicles: Fascicle[],
  blend: number,
  liesOn: string[],
  gap: number,
  cutAbove?: number,
  parts?: FleshyMuscle['parts']
): FleshyMuscle {
  return {
    id,
    ...(cutAbove === undefined ? {} : { cutAbove }),
    ...(parts === undefined ? {} : { parts }),
    fibres: fascicles.map((f) => f.path),
    radius: (t, fibre) => fascicleRadius(fascicles[fibre] as Fascicle, t),
    blend,
    liesOn,
    gap,
    ...(fascicles.some((f) => f.tendon?.some((share) => share > 0))
      ? { tendon: tendonByLine(fascicles.map((f) => tendonEnds(...(f.tendon ?? [0, 0])))) }
      : {}),
  }
}

/** How far in front of the transverse processes quadratus lumborum's medial bellies run, mm (estimate). */
const QL_IN_FRONT_OF_PROCESSES = 9
/**
 * Quadratus lumborum's slips on the transverse processes: their radius at the tip, mm, and the
 * share of each fascicle that is tendon there (estimates from dissection pictures: short flat
 * tendons on the tips of L1–L4).
 */
const QL_SLIP_RADIUS = 2.5
const QL_SLIP_TENDON = 0.2

/**
 * The groove between two multifidus bands (Macintosh and Bogduk's segmental fascicles, one band
 * from each spinous process): its depth and its width (in distance), mm. Deep enough that the
 * bands show as the overlapping bundles of a dissection (at 2 mm, blind readers saw "a smooth
 * continuous slab"); the erector spinae lie on the muscle's bed over them (fleshy-muscle.ts).
 */
const MULTIFIDUS_GROOVE = { depth: 7, width: 6 }

/**
 * Radius of a tendon of the erector spinae aponeurosis, mm (estimate: the aponeurosis is a sheet
 * a few millimetres thick, its tendons side by side, not round cords).
 */
const APONEUROSIS_RADIUS = 1.6

/**
 * Iliocostalis's thoracic slips: how much further out each lies than the one medial to it where the
 * model ends, mm (they fan out to the angles of the lower ribs, which lie further out the higher
 * the rib; estimate from atlas pictures), and the grooves between them, depth and width, mm. A
 * column of fascicles packed into one mass read as "a straight cylinder" to all three readers of
 * blind review 69.
 */
const ILIOCOSTALIS_SLIP_SPREAD = 13
const ILIOCOSTALIS_GROOVE = { depth: 4, width: 5 }
/** Fascicles packed between each two of iliocostalis's thoracic slips, so it is a mass, not strands. */
const ILIOCOSTALIS_PACKED = 2

/** The muscles behind quadratus lumborum, which it is carved away from. */
const BEHIND_QUADRATUS = ['iliocostalis-lumborum', 'longissimus-thoracis', 'multifidus']

export function lumbarBackMuscles(f: Frames, boneSdfs: ReadonlyMap<string, Sdf>): FleshyMuscle[] {
  const { V, S, lm, sk } = f
  const P = sk.pelvis
  const spine = ['t12', 'l1', 'l2', 'l3', 'l4', 'l5', 'sacrum']
  const levels: readonly VertebraLevel[] = ['T12', ...LUMBAR]
  const behind: Vec3 = [0, 0.25, -1]
  /** A point on the back of the spine or pelvis, found from behind. */
  const onBack = (p: Vec3, bones: readonly string[] = spine): Vec3 => onFace(p, behind, bones, boneSdfs, 0.5)
  const lifted = (p: Vec3, lift: number): Vec3 => awayFrom(p, [...spine, 'hip-bone-left'], boneSdfs, lift)
  /** The spinous process's side near its tip, where the multifidus fascicles' common tendon arises. */
  const spinous = (l: VertebraLevel, along = 0): Vec3 => {
    const tip = lm(l).spinousTip
    return toSurface(V(l, [3, tip[1] + 2, tip[2] + 5 + along]), spine, boneSdfs, 0.5)
  }
  /** Mammillary process: the back of the superior articular process. */
  const mammillary = (l: VertebraLevel): Vec3 => {
    const m = lm(l)
    return onBack(V(l, [m.pedicle[0] + 4, m.pedicle[1] + 5, m.canalApex - 4]))
  }
  /** The back of the sacrum at height y (sacrum frame, mm below the S1 end plate), x from the midline. */
  const sacral = (x: number, y: number): Vec3 => onBack(S([x, y, -20]))
  const psis = toSurface(add(P.psis, [-4, 2, 4]), ['hip-bone-left'], boneSdfs, 0.5)
  const crest = iliacCrest(P)
  /** The posterior iliac crest from the PSIS (0) forward along the crest (1 at the tubercle's back). */
  const crestAt = (u: number): Vec3 => {
    const i = crest.length - 1 - u * 5
    const a = crest[Math.floor(i)] as Vec3
    const b = crest[Math.min(crest.length - 1, Math.floor(i) + 1)] as Vec3
    return toSurface(lerp(a, b, i - Math.floor(i)), ['hip-bone-left'], boneSdfs, 0.5)
  }
  const fascicle = (origin: Vec3, insertion: Vec3, lift: number, radii: Fascicle['radii']): Fascicle => ({
    path: [origin, lifted(lerp(origin, insertion, 0.35), lift), lifted(lerp(origin, insertion, 0.7), lift), insertion],
    radii,
  })

  // Multifidus, level by level. The insertions of each level's fascicles, from the laminar fascicle
  // (two levels below) to the longest (five below, or the sacrum and PSIS below L5).
  const below = (l: VertebraLevel, n: number): VertebraLevel | null => levels[levels.indexOf(l) + n] ?? null
  const sacralInsertions: readonly Vec3[] = [
    sacral(14, -8),
    sacral(20, -30),
    sacral(24, -52),
    sacral(18, -72),
    add(psis, [-6, -8, 4]),
    psis,
  ]
  const multifidus: Fascicle[] = []
  /** Each multifidus fascicle's band: one per spinous process, then one per thoracic slip. */
  const multifidusBand: number[] = []
  const t12 = lm('T12')
  const rMf = 0.9 * radiusOfCsa(MUSCLE_CSA.multifidusL5)
  levels.forEach((l, i) => {
    // Two to five levels below: a mammillary process, or past L5 the sacrum and PSIS in turn, so the
    // lower levels' fascicles fill the sacral gutter and the muscle thickens caudally.
    const targets: Vec3[] = []
    for (let n = 2; n <= 5; n++) {
      const m = below(l, n)
      targets.push(m ? mammillary(m) : (sacralInsertions[i + n - levels.length] as Vec3))
    }
    if (l === 'L4' || l === 'L5') targets.push(sacralInsertions[i] as Vec3)
    const fan = targets.map((to, k) => {
      const from = k === 0 ? spinous(l, 3) : spinous(l, -k)
      const r = rMf * (0.24 + 0.06 * i)
      // Fleshy on the sacrum and the PSIS, by a small tendon on a mammillary process.
      const fleshy = sacralInsertions.includes(to)
      return fascicle(from, to, r + 2, [2.5, r, fleshy ? r * 0.8 : 3])
    })
    const band = packed(fan, 1)
    multifidus.push(...band)
    multifidusBand.push(...band.map(() => i))
  })

  // Thoracic multifidus fascicles come down from above T12 (the model's top) to L1 and L2.
  for (const [k, l] of (['L1', 'L2'] as const).entries()) {
    const top = V('T12', [5 + 4 * k, 40, t12.canalApex - 18])
    multifidus.push({
      path: [top, lifted(lerp(top, mammillary(l), 0.5), 8), mammillary(l)],
      radii: [rMf * 0.3, rMf * 0.3, 3],
    })
    multifidusBand.push(levels.length + k)
  }

  // Longissimus thoracis. Pars lumborum: accessory process and the transverse process's root, to the
  // inner (ventral) face of the PSIS region; L5 lowest and deepest, L1 highest and most superficial.
  const rEs = 0.7 * radiusOfCsa(MUSCLE_CSA.erectorSpinaePeak)
  const longissimusLumborum: Fascicle[] = LUMBAR.map((l, i) => {
    const m = lm(l)
    const origin = onBack(V(l, [m.transverseTip[0] * 0.55, m.transverseTip[1], m.transverseTip[2] - 2]))
    const insertion = toSurface(
      add(P.psis, [8 + 2 * (4 - i), 10 + 4 * (4 - i), 10 - 4 * (4 - i)]),
      ['hip-bone-left'],
      boneSdfs,
      0.5
    )
    return fascicle(origin, insertion, 6 + 2 * (4 - i), [3, rEs * (0.24 + 0.03 * (4 - i)), 4])
  })
  // Pars thoracis: bellies coming down from the thoracic ribs and transverse processes, ending in the
  // tendons of the erector spinae aponeurosis on the L3–L5 spinous processes and the sacrum.
  const aponeurosis: Vec3[] = [spinous('L3'), spinous('L4'), spinous('L5'), sacral(8, -20), sacral(10, -44)]
  const longissimusThoracis = aponeurosis.map((end, k): Fascicle => {
    const top = V('T12', [24 + 3 * k, 40, t12.canalApex - 26 - 2 * k])
    const belly = V('L1', [20 + 2 * k, 0, lm('L1').canalApex - 34 - k])
    return {
      path: [top, belly, lifted(lerp(belly, end, 0.55), 16), add(end, [2, 0, -2])],
      radii: [rEs * 0.34, rEs * 0.3, APONEUROSIS_RADIUS],
      // The caudal tendons of the erector spinae aponeurosis, longer for the lower attachments.
      tendon: [0, 0.42 + 0.06 * k],
      aponeurosis: true,
    }
  })
  const longissimus = [...packed(longissimusLumborum, 1), ...packed(longissimusThoracis, 2)]

  // Iliocostalis lumborum. Pars lumborum: tips of the L1–L4 transverse processes to the iliac crest
  // lateral to the PSIS; L4 deepest and most medial. Pars thoracis: from the ribs, the lateral border.
  const rib = ribPath(sk.vertebrae.T12)
  /** The lower border of the 12th rib, u from its head (0) to its tip (1). */
  const ribAt = (u: number): Vec3 =>
    toSurface(add(rib[Math.round(u * (rib.length - 1))] as Vec3, [0, -6, 0]), ['rib-12-left'], boneSdfs, 0.5)
  const iliocostalisLumborum: Fascicle[] = LUMBAR.slice(0, 4).map((l, i) => {
    const m = lm(l)
    const origin = toSurface(V(l, add(m.transverseTip, [-2, 0, -3])), spine, boneSdfs, 0.5)
    const insertion = crestAt(0.2 + 0.1 * (3 - i))
    return fascicle(origin, insertion, 8 + 3 * (3 - i), [3, rEs * (0.2 + 0.03 * (3 - i)), 6])
  })
  const iliocostalisThoracis = [0, 1, 2, 3].map((k): Fascicle => {
    // From above the model's top (it is cut square there), the lateral fascicles a little lower;
    // beside longissimus, the two one mass with only a cleft between them.
    const top = V('T12', [48 + ILIOCOSTALIS_SLIP_SPREAD * k, 40 - 2 * k, t12.canalApex - 30 + 8 * k])
    const mid = V('L2', [50 + 5 * k, 0, lm('L2').canalApex - 36 + 3 * k])
    const end = crestAt(0.25 + 0.15 * k)
    return {
      path: [top, mid, lifted(lerp(mid, end, 0.6), 12), end],
      radii: [rEs * 0.3, rEs * 0.28, APONEUROSIS_RADIUS + 1],
      // Its caudal tendons form the lateral part of the erector spinae aponeurosis.
      tendon: [0, 0.45],
      aponeurosis: true,
    }
  })
  // Its slip to the lower border of the 12th rib at the rib's angle, the lowest of its rib insertions.
  const toTwelfthRib: Fascicle = (() => {
    const top = ribAt(0.72)
    const end = crestAt(0.3)
    const mid = lerp(top, end, 0.45)
    return {
      path: [top, mid, lifted(lerp(mid, end, 0.6), 10), end],
      radii: [3.5, rEs * 0.26, APONEUROSIS_RADIUS + 1],
      // A flat tendon onto the rib, as each of its slips ends.
      tendon: [0.2, 0.4],
      aponeurosis: true,
    }
  })()
  // The rib slip on its own, not packed into the thoracic part's mass, so it is seen to leave it.
  const lumbarFascicles = packed(iliocostalisLumborum, 1)
  const thoracicFascicles = packed(iliocostalisThoracis, ILIOCOSTALIS_PACKED)
  const iliocostalis = [...lumbarFascicles, ...thoracicFascicles, toTwelfthRib]
  // Its parts: the lumbar fascicles one, each thoracic slip with the fascicles packed beside it one
  // (the nearest slip's), the rib slip one, so grooves part the slips as they fan up to the ribs.
  const iliocostalisPart = [
    ...lumbarFascicles.map(() => 0),
    ...thoracicFascicles.map((_, j) => 1 + Math.round(j / (ILIOCOSTALIS_PACKED + 1))),
    iliocostalisThoracis.length + 1,
  ]

  // Quadratus lumborum, in its three sets of fascicles: from the iliac crest to the 12th rib
  // (iliocostal, the lateral and largest), from the crest to the tips of the L1–L4 transverse
  // processes (iliolumbar), and from the transverse processes up to the rib (lumbocostal), so the
  // muscle is the quadrilateral sheet between crest, rib and spine that gives it its name.
  // On the front of the transverse process's tip: the erector spinae take the back of it.
  const tpTip = (l: VertebraLevel): Vec3 => toSurface(V(l, add(lm(l).transverseTip, [0, 0, 4])), spine, boneSdfs, 0.5)
  const rQl = 4.5
  /** The inner lip of the iliac crest, in front of where the erector spinae take the crest. */
  const innerLip = (u: number): Vec3 => toSurface(add(crestAt(u), [-3, -2, 8]), ['hip-bone-left'], boneSdfs, 0.5)
  /** A fascicle with its belly (its two middle waypoints) moved `mm` forward. */
  const forward = (f: Fascicle, mm: number): Fascicle => ({
    ...f,
    path: f.path.map((p, i) => (i === 1 || i === 2 ? add(p, [0, 0, mm]) : p)),
  })
  // On the medial half of the rib's lower border: the lateral border runs up and in from the crest.
  // It is broadest below: the iliocostal fascicles arise along about 5 cm of the crest. Its belly
  // bows forward, in front of iliocostalis rather than through it.
  const iliocostal = [0.28, 0.4, 0.52].map((u, k): Fascicle => {
    const from = innerLip(0.45 + 0.35 * k)
    return forward(fascicle(from, ribAt(u), 4, [rQl, rQl + 1.5, rQl - 1]), 15)
  })
  // The fascicles to and from the transverse processes end on the front of their tips: their
  // bellies lie in front of the processes, which would otherwise pierce the muscle's medial part.
  // Each reaches its tip as a tendinous slip of its own, none packed between them, so the medial
  // border falls back between the tips (by 6 and 2 mm between L1, L2 and L3; packed into a straight
  // edge, it "stands away from the spine" with "no slips to the L1–L4 transverse processes" in
  // blind review 77).
  const iliolumbar = (['L4', 'L3', 'L2', 'L1'] as const).map((l, k): Fascicle => ({
    ...forward(
      fascicle(innerLip(0.25 + 0.1 * k), tpTip(l), 3, [rQl, rQl + 1, QL_SLIP_RADIUS]),
      QL_IN_FRONT_OF_PROCESSES
    ),
    tendon: [0, QL_SLIP_TENDON],
  }))
  const lumbocostal = (['L4', 'L3', 'L2'] as const).map((l, k): Fascicle => ({
    ...forward(fascicle(tpTip(l), ribAt(0.14 + 0.08 * k), 3, [QL_SLIP_RADIUS, rQl, 3.5]), QL_IN_FRONT_OF_PROCESSES),
    tendon: [QL_SLIP_TENDON, 0],
  }))
  // The middle fascicle is the muscle's centre line (trigger-point markers sit on it): iliocostal.
  const quadratus = [...iliolumbar, ...packed(iliocostal, 3), ...lumbocostal]

  // The erector spinae and multifidus run on up the thoracic spine: sectioned where the model ends,
  // a little above the thoracolumbar fascia's top edge and below where their fascicles are drawn from.
  const section = V('T12', [0, 28, 0])[1]
  return [
    // Its bands meet in shallow grooves: the segmental fascicles a dissection shows.
    fleshyFrom('multifidus', multifidus, 9, [...spine, 'hip-bone-left'], 0.6, section, {
      of: multifidusBand,
      groove: MULTIFIDUS_GROOVE,
    }),
    fleshyFrom('longissimus-thoracis', longissimus, 11, ['multifidus', ...spine, 'hip-bone-left'], 0.8, section),
    // A tighter blend than longissimus's: its tendons reach the crest as separate slips, not one cord.
    fleshyFrom(
      'iliocostalis-lumborum',
      iliocostalis,
      7,
      ['longissimus-thoracis', ...spine, 'hip-bone-left'],
      0.8,
      section,
      { of: iliocostalisPart, groove: ILIOCOSTALIS_GROOVE }
    ),
    // In front of the erector spinae, with the middle layer of the thoracolumbar fascia between them.
    fleshyFrom(
      'quadratus-lumborum',
      quadratus,
      8,
      [...BEHIND_QUADRATUS, ...spine, 'hip-bone-left', 'rib-12-left'],
      0.6
    ),
  ]
}
