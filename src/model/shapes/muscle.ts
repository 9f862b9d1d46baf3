/**
 * Muscles as lofted bellies along splines through their real attachments, with tendons at the
 * ends and cross-sections sized from published CSAs where known (measurements.ts). Layer order:
 * gluteus maximus lies behind medius, which lies on minimus and piriformis.
 */
import { MUSCLE_CSA, VERTEBRAE } from '../measurements'
import { add, lerp, normalize, scale, sub, type Vec3 } from '../math'
import type { MeshData } from '../mesh'
import { belly, sweep } from '../sweep'
import { iliacCrest } from './pelvis'
import { LUMBAR, type Frames } from './landmarks'
import { sacralAxis } from './sacrum'

export interface MuscleCourse {
  id: string
  points: Vec3[]
  width: (t: number) => number
  thickness: (t: number) => number
  side: Vec3
  exponent?: number
  /** Vertices round each section (default 14). */
  radial?: number
  /** Arch of the section, mm (see SweepOptions.bend). */
  bend?: (t: number) => number
  /** Section width kept along `side` rather than squared to the centreline (sheared sheet). */
  shear?: boolean
}

/** Equivalent radius of a CSA in cm², mm. */
const radiusOf = (cm2: number): number => Math.sqrt((cm2 * 100) / Math.PI)

/** Left-side muscle courses. */
export function muscleCourses(f: Frames): MuscleCourse[] {
  const { V, S, lm, sk } = f
  const P = sk.pelvis
  const crest = iliacCrest(P)
  const crestBack = crest[10] as Vec3
  const crestMid = crest[6] as Vec3
  const H = P.hipCentre
  const GT = P.greaterTrochanter
  const out: MuscleCourse[] = []
  const half = (l: (typeof LUMBAR)[number]): number => VERTEBRAE[l].endplateWidth / 2
  // Psoas major: bodies and transverse processes T12–L5 to the lesser trochanter (seatedMRI CSAs).
  const rL1 = radiusOf(MUSCLE_CSA.psoasL1)
  const rL5 = radiusOf(MUSCLE_CSA.psoasL5)
  const underLig = lerp(P.asis, P.pubicTubercle, 0.55)
  out.push({
    id: 'psoas-major',
    points: [
      V('T12', [half('L1') - 6, 0, -6]),
      V('L2', [half('L2') + rL1 + 2, 0, -4]),
      V('L4', [half('L4') + 12, 0, -2]),
      V('L5', [half('L5') + 16, -10, 4]),
      S([46, -32, 50]),
      [underLig[0] - 6, underLig[1] - 8, underLig[2] - 14],
      add(P.lesserTrochanter, [-4, 8, 8]),
    ],
    width: (t) =>
      t < 0.55 ? rL1 + (rL5 - rL1) * Math.min(1, t / 0.45) : 6 + (rL5 - 6) * Math.pow(Math.max(0, (1 - t) / 0.45), 0.8),
    thickness: (t) =>
      t < 0.55
        ? (rL1 + (rL5 - rL1) * Math.min(1, t / 0.45)) * 0.85
        : 5 + (rL5 * 0.85 - 5) * Math.pow(Math.max(0, (1 - t) / 0.45), 0.8),
    side: [1, 0, 0],
  })
  // Iliacus: fills the iliac fossa and joins psoas to the lesser trochanter.
  const fossa = lerp(lerp(H, crestMid, 0.62), [P.asis[0] - 40, P.asis[1] + 10, P.asis[2] - 10], 0.3)
  out.push({
    id: 'iliacus',
    points: [
      add(fossa, [-14, 8, 4]),
      add(lerp(fossa, underLig, 0.5), [-2, 0, 6]),
      [underLig[0] + 6, underLig[1] - 10, underLig[2] - 12],
      add(P.lesserTrochanter, [0, 14, 8]),
    ],
    width: belly(8, 40, 0.2, 0.8),
    thickness: belly(4, 10, 0.45),
    side: [0.5, 0.2, -0.8],
  })
  // Quadratus lumborum: iliac crest to the 12th rib and the L1–L4 transverse processes.
  out.push({
    id: 'quadratus-lumborum',
    points: [add(crestBack, [-2, 4, 10]), V('L4', [62, 0, -34]), V('L2', [56, 0, -36]), V('T12', [52, -10, -34])],
    width: belly(10, 24, 0.55),
    thickness: belly(4, 9, 0.5),
    side: [1, 0, 0],
  })
  // Multifidus: laminae and spinous processes down to the sacrum (seatedMRI CSA at L5).
  const rM = radiusOf(MUSCLE_CSA.multifidusL5)
  const mf: Vec3[] = [V('T12', [12, -5, lm('T12').canalApex - 12])]
  for (const l of LUMBAR) mf.push(V(l, [14, -4, lm(l).canalApex - 10]))
  mf.push(S([20, -40, -38]), S([16, -70, -26]))
  out.push({
    id: 'multifidus',
    points: mf,
    width: (t) => 5 + rM * 0.8 * Math.sin(Math.PI * Math.min(1, t * 1.15)),
    thickness: (t) => 5 + rM * 0.9 * Math.sin(Math.PI * Math.min(1, t * 1.15)),
    side: [1, 0, 0],
  })
  // Erector spinae: longissimus (intermediate) and iliocostalis (lateral) columns.
  const rE = radiusOf(MUSCLE_CSA.erectorSpinaePeak / 2)
  const lg: Vec3[] = [V('T12', [30, 40, -44])]
  for (const l of LUMBAR) lg.push(V(l, [30, 0, lm(l).canalApex - 20]))
  lg.push(S([30, -46, -50]))
  out.push({
    id: 'longissimus-thoracis',
    points: lg,
    width: belly(6, rE * 0.85, 0.45),
    thickness: belly(5, rE * 1.1, 0.45),
    side: [1, 0, 0],
  })
  const ic: Vec3[] = [
    V('T12', [56, 30, -34]),
    V('L2', [56, 0, lm('L2').canalApex - 14]),
    V('L4', [56, 0, lm('L4').canalApex - 10]),
    add(crestBack, [-8, -2, -14]),
  ]
  out.push({
    id: 'iliocostalis-lumborum',
    points: ic,
    width: belly(5, rE * 0.75, 0.55),
    thickness: belly(4, rE * 0.75, 0.55),
    side: [1, 0, 0],
  })
  // Piriformis: anterior sacrum S2–S4, out through the upper greater sciatic foramen, to the greater trochanter.
  const notch = P.sciaticNotch
  out.push({
    id: 'piriformis',
    points: [
      S([26, sacralAxis(0.48)[1], sacralAxis(0.48)[2] + 12]),
      [notch[0] - 2, notch[1] - 8, notch[2] - 2],
      [notch[0] + 30, notch[1] - 16, notch[2] + 2],
      add(GT, [-8, 14, -6]),
    ],
    width: belly(4, 14, 0.4),
    thickness: belly(3, 8.5, 0.4),
    side: [0, 1, 0],
  })
  // Gluteus minimus (deepest), medius over it, maximus over both.
  const outer = normalize([0.88, 0.05, -0.47])
  const minO = add(lerp(H, crestMid, 0.42), scale(outer, 9))
  out.push({
    id: 'gluteus-minimus',
    points: [minO, add(lerp(minO, GT, 0.55), scale(outer, 5)), add(GT, [2, 14, 10])],
    width: belly(8, 34, 0.3),
    thickness: belly(3, 6, 0.35),
    side: [0, 0.2, 1],
  })
  const medO = add(lerp(H, crestMid, 0.75), scale(outer, 14))
  out.push({
    id: 'gluteus-medius',
    points: [medO, add(lerp(medO, GT, 0.5), scale(outer, 16)), add(GT, [10, 8, 0])],
    width: belly(14, 48, 0.3),
    thickness: belly(4, 13, 0.35),
    side: [0, 0.25, 1],
  })
  // Gluteus maximus: a broad, thick quadrilateral sheet. Its origin runs ~13 cm down the posterior
  // gluteal line of the ilium, the back of the sacrum and coccyx and the sacrotuberous ligament; its
  // fibres run obliquely down and out, behind medius, piriformis and the sciatic exit, to the
  // iliotibial tract and the gluteal tuberosity below the greater trochanter. The centreline joins
  // the middles of origin and insertion; the section's width lies along both attachment lines.
  const oTop = add(crestBack, [-12, 0, -16])
  const oBot = add(S([8, -150, -20]), [8, -4, 0])
  const iTop: Vec3 = [GT[0] + 16, GT[1] - 6, GT[2] - 22]
  const iBot: Vec3 = [GT[0] - 8, GT[1] - 76, GT[2] - 20]
  const oMid = lerp(oTop, oBot, 0.5)
  const iMid = lerp(iTop, iBot, 0.5)
  const sideMax = normalize(add(normalize(sub(oTop, oBot)), normalize(sub(iTop, iBot))))
  const halfO = Math.hypot(...sub(oTop, oBot)) / 2
  const halfI = Math.hypot(...sub(iTop, iBot)) / 2
  out.push({
    id: 'gluteus-maximus',
    points: [
      add(oMid, [0, 0, -10]),
      add(lerp(oMid, iMid, 0.3), [0, 0, -36]),
      add(lerp(oMid, iMid, 0.65), [6, 0, -38]),
      add(iMid, [4, 0, -6]),
    ],
    width: (t) => halfO + (halfI - halfO) * Math.pow(t, 1.3),
    thickness: belly(4, 12, 0.45, 0.5),
    side: sideMax,
    exponent: 5,
    radial: 18,
    bend: (t) => 10 * Math.sin(Math.PI * t),
    shear: true,
  })
  // Abdominal wall: rectus abdominis and three flank layers (external, internal oblique, transversus).
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
    width: belly(12, 36, 0.6),
    thickness: belly(3, 6, 0.5),
    side: [1, 0, 0],
    exponent: 3,
  })
  // Flank layers: a band from the thoracolumbar fascia round to the rectus sheath whose centre
  // falls from the back (between crest and 12th rib) to the front (above the inguinal ligament),
  // tall at the side and thinning into aponeurosis in front, so it reads as a wrapping sheet.
  const flankY = [95, 78, 58, 44, 36]
  const flank = (r: number): Vec3[] =>
    [
      [70, -36],
      [128, 0],
      [140, 50],
      [118, 100],
      [70, 124],
    ].map(([x, z], i) => {
      const c: Vec3 = [0, 0, 40]
      const v = sub([x as number, 0, z as number], c)
      const s = 1 + r / Math.hypot(v[0], v[2])
      return [c[0] + v[0] * s, flankY[i] ?? 50, c[2] + v[2] * s] as Vec3
    })
  // Each layer's edges flare outward by WAIST · y², the same at every height for all three layers,
  // so they stay parallel (nested) while pinching in at the waist between crest and ribs.
  const WAIST = 14 / (95 * 95)
  const sheet = (h: number, t: number) => {
    const width = (u: number): number => h * (0.62 + 0.38 * Math.sin(Math.PI * Math.min(1, u * 1.25)))
    return {
      width,
      thickness: (u: number) => t * (1 - 0.55 * u),
      side: [0, 1, 0] as Vec3,
      exponent: 4,
      bend: (u: number) => -WAIST * width(u) ** 2,
    }
  }
  out.push({ id: 'external-oblique', points: flank(8), ...sheet(95, 3.2) })
  out.push({ id: 'internal-oblique', points: flank(0), ...sheet(85, 3.4) })
  out.push({ id: 'transversus-abdominis', points: flank(-8), ...sheet(80, 2.2) })
  // Thigh: hamstrings from the ischial tuberosity, rectus femoris from the AIIS.
  const K = P.knee
  const IT = P.ischialTuberosity
  out.push({
    id: 'hamstrings',
    points: [
      add(IT, [4, -6, -6]),
      [IT[0] + 14, IT[1] - 120, K[2] - 44],
      [K[0] + 14, K[1] + 110, K[2] - 50],
      [K[0] + 4, K[1] + 10, K[2] - 42],
    ],
    width: belly(6, 26, 0.45),
    thickness: belly(5, 22, 0.45),
    side: [1, 0, 0],
  })
  out.push({
    id: 'rectus-femoris',
    points: [
      add(P.aiis, [0, -6, 6]),
      [P.aiis[0] - 6, P.aiis[1] - 120, P.aiis[2] + 22],
      [K[0] + 18, K[1] + 120, K[2] + 46],
      [K[0] + 4, K[1] + 40, K[2] + 40],
    ],
    width: belly(5, 22, 0.5),
    thickness: belly(4, 16, 0.5),
    side: [1, 0, 0],
  })
  return out
}

export function muscleMesh(m: MuscleCourse): MeshData {
  return sweep(m.points, {
    width: m.width,
    thickness: m.thickness,
    side: m.side,
    radial: m.radial ?? 14,
    step: 8,
    exponent: m.exponent ?? 2,
    ...(m.bend ? { bend: m.bend } : {}),
    ...(m.shear ? { shear: true } : {}),
  })
}
