/**
 * Muscle paths from a published musculoskeletal model, mapped onto this model's bones.
 *
 * Source: Rajagopal A, Dembia CL, DeMers MS, Delp DD, Hicks JL, Delp SL. Full-body musculoskeletal
 * model for muscle-driven simulation of human gait. IEEE Trans Biomed Eng 2016;63(10):2068–2079
 * (the `opensim-org/opensim-models` repository, `Models/Rajagopal/Rajagopal2016.osim`). Its lower-limb
 * paths descend from Delp 1990 and Arnold 2010; its muscle forces from Handsfield 2014's MRI volumes
 * at a specific tension of 60 N/cm², so each muscle part's volume is force ÷ 60 N/cm² × optimal fibre
 * length (the part's `maxForce` and `optimalFibreLength`).
 *
 * The numbers below are the left side's, transcribed from the .osim file (metres, each point in the
 * frame of the body it rides on). OpenSim's frames: +X forward, +Y up, +Z to the right; the femur's
 * frame sits at the hip centre with the thigh straight down. This model's frame: +X the patient's
 * left, +Y up, +Z forward, mm. A least-squares similarity transform per body (Horn 1987), fitted on
 * landmarks both models share, carries each point across: for the pelvis the anterior and posterior
 * superior iliac spines and both hip centres (OpenSim's spines are skin markers, a few millimetres
 * proud of the bone); for the femur the hip centre and the knee centre, turned so the front stays
 * the front.
 */
import { add, cross, dot, normalize, scale, sub, type Vec3 } from './math'
import type { PublishedMusclePart } from './measurements'
import type { PelvisLandmarks } from './skeleton'

/** The bodies a path point can ride on. */
export type OpenSimBody = 'pelvis' | 'femur'

export interface OpenSimPoint {
  body: OpenSimBody
  /** In the body's OpenSim frame, metres. */
  at: Vec3
}

export interface OpenSimMusclePart extends PublishedMusclePart {
  /** Origin first, insertion last, via points between. */
  path: OpenSimPoint[]
}

const pelvis = (x: number, y: number, z: number): OpenSimPoint => ({ body: 'pelvis', at: [x, y, z] })
const femur = (x: number, y: number, z: number): OpenSimPoint => ({ body: 'femur', at: [x, y, z] })

/** Rajagopal 2016, left side: the hip muscles this model draws from their published paths. */
export const RAJAGOPAL_2016: Readonly<Record<string, readonly OpenSimMusclePart[]>> = {
  'gluteus-maximus': [
    {
      name: 'glmax1_l',
      maxForce: 983.78,
      optimalFibreLength: 0.147,
      path: [
        pelvis(-0.1231, 0.0345, -0.0563),
        pelvis(-0.1257, -0.0242, -0.0779),
        femur(-0.0444, -0.0326, -0.0302),
        femur(-0.0277, -0.0566, -0.047),
      ],
    },
    {
      name: 'glmax2_l',
      maxForce: 1406.05,
      optimalFibreLength: 0.157,
      path: [
        pelvis(-0.1317, 0.0087, -0.0462),
        pelvis(-0.1344, -0.0609, -0.0813),
        femur(-0.045, -0.0584, -0.0252),
        femur(-0.0156, -0.1016, -0.0419),
      ],
    },
    {
      name: 'glmax3_l',
      maxForce: 947.75,
      optimalFibreLength: 0.167,
      path: [
        pelvis(-0.13, -0.0525, -0.009),
        pelvis(-0.1273, -0.1263, -0.0435),
        femur(-0.0281, -0.1125, -0.0094),
        femur(-0.006, -0.1419, -0.0411),
      ],
    },
  ],
  'gluteus-medius': [
    {
      name: 'glmed1_l',
      maxForce: 1093.47,
      optimalFibreLength: 0.073,
      path: [pelvis(-0.0445, 0.0245, -0.1172), femur(-0.0218, -0.0117, -0.0555)],
    },
    {
      name: 'glmed2_l',
      maxForce: 765.09,
      optimalFibreLength: 0.073,
      path: [pelvis(-0.085, 0.0316, -0.0675), femur(-0.0258, -0.0058, -0.0527)],
    },
    {
      name: 'glmed3_l',
      maxForce: 871.2,
      optimalFibreLength: 0.073,
      path: [pelvis(-0.1152, -0.0073, -0.0526), femur(-0.0309, -0.0047, -0.0518)],
    },
  ],
  'gluteus-minimus': [
    {
      name: 'glmin1_l',
      maxForce: 374.05,
      optimalFibreLength: 0.068,
      path: [pelvis(-0.0464, -0.0149, -0.1042), femur(-0.0072, -0.0104, -0.056)],
    },
    {
      name: 'glmin2_l',
      maxForce: 394.82,
      optimalFibreLength: 0.056,
      path: [pelvis(-0.0616, -0.0142, -0.0971), femur(-0.0096, -0.0104, -0.056)],
    },
    {
      name: 'glmin3_l',
      maxForce: 446.77,
      optimalFibreLength: 0.038,
      path: [pelvis(-0.0789, -0.0155, -0.0798), femur(-0.0135, -0.0083, -0.055)],
    },
  ],
  piriformis: [
    {
      name: 'piri_l',
      maxForce: 1029.79,
      optimalFibreLength: 0.026,
      path: [
        pelvis(-0.10181, -0.00653, -0.01351),
        pelvis(-0.10202, -0.03066, -0.06092),
        femur(-0.0148, -0.0036, -0.0437),
      ],
    },
  ],
}

/**
 * The landmarks both models name, in OpenSim's pelvis frame (metres): the skin markers on the
 * spines (LASI, RASI, LPSI, RPSI) and the hip centres (the hip joints' locations).
 */
export const RAJAGOPAL_PELVIS_LANDMARKS = {
  asisLeft: [0.00953, 0.01808, -0.12846] as Vec3,
  asisRight: [0.00953, 0.01808, 0.12846] as Vec3,
  psisLeft: [-0.155, 0.035, -0.045] as Vec3,
  psisRight: [-0.155, 0.035, 0.045] as Vec3,
  hipLeft: [-0.056276, -0.07849, -0.07726] as Vec3,
  hipRight: [-0.056276, -0.07849, 0.07726] as Vec3,
} as const

/** The left knee's centre in OpenSim's left femur frame (the knee joint's location), metres. */
export const RAJAGOPAL_KNEE_IN_FEMUR: Vec3 = [-0.00809, -0.40796, 0.00275]

/** OpenSim's axes (metres) into this model's (mm): left = −Z, up = +Y, forward = +X. */
export function fromOpenSimAxes(p: Vec3): Vec3 {
  return [-p[2] * 1000, p[1] * 1000, p[0] * 1000]
}

/** A similarity transform: p ↦ scale · R p + t (R as three rows). */
export interface Similarity {
  rows: [Vec3, Vec3, Vec3]
  scale: number
  translation: Vec3
}

export function applySimilarity(s: Similarity, p: Vec3): Vec3 {
  return add(scale([dot(s.rows[0], p), dot(s.rows[1], p), dot(s.rows[2], p)], s.scale), s.translation)
}

/** The 4×4 symmetric eigenvector with the largest eigenvalue (cyclic Jacobi). */
function largestEigenvector(m: number[][]): number[] {
  const a = m.map((row) => [...row])
  const v = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? 1 : 0)))
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0
    for (let p = 0; p < 4; p++) for (let q = p + 1; q < 4; q++) off += (a[p]?.[q] ?? 0) ** 2
    if (off < 1e-20) break
    for (let p = 0; p < 4; p++) {
      for (let q = p + 1; q < 4; q++) {
        const apq = a[p]?.[q] ?? 0
        if (Math.abs(apq) < 1e-30) continue
        const theta = ((a[q]?.[q] ?? 0) - (a[p]?.[p] ?? 0)) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < 4; k++) {
          const akp = a[k]?.[p] ?? 0
          const akq = a[k]?.[q] ?? 0
          ;(a[k] as number[])[p] = c * akp - s * akq
          ;(a[k] as number[])[q] = s * akp + c * akq
        }
        for (let k = 0; k < 4; k++) {
          const apk = a[p]?.[k] ?? 0
          const aqk = a[q]?.[k] ?? 0
          ;(a[p] as number[])[k] = c * apk - s * aqk
          ;(a[q] as number[])[k] = s * apk + c * aqk
        }
        for (let k = 0; k < 4; k++) {
          const vkp = v[k]?.[p] ?? 0
          const vkq = v[k]?.[q] ?? 0
          ;(v[k] as number[])[p] = c * vkp - s * vkq
          ;(v[k] as number[])[q] = s * vkp + c * vkq
        }
      }
    }
  }
  let best = 0
  for (let i = 1; i < 4; i++) if ((a[i]?.[i] ?? 0) > (a[best]?.[best] ?? 0)) best = i
  return [0, 1, 2, 3].map((k) => v[k]?.[best] ?? 0)
}

/**
 * The similarity transform that best carries `from` onto `to` in the least-squares sense (Horn
 * 1987: the rotation is the quaternion of the largest eigenvalue; scale from the spreads).
 */
export function fitSimilarity(from: readonly Vec3[], to: readonly Vec3[]): Similarity {
  const n = from.length
  const mean = (ps: readonly Vec3[]): Vec3 =>
    scale(
      ps.reduce((s, p) => add(s, p), [0, 0, 0] as Vec3),
      1 / n
    )
  const cf = mean(from)
  const ct = mean(to)
  const a = from.map((p) => sub(p, cf))
  const b = to.map((p) => sub(p, ct))
  const S = [0, 1, 2].map((i) =>
    [0, 1, 2].map((j) => a.reduce((s, p, k) => s + (p[i] ?? 0) * ((b[k] as Vec3)[j] ?? 0), 0))
  )
  const s = (i: number, j: number): number => S[i]?.[j] ?? 0
  const N = [
    [s(0, 0) + s(1, 1) + s(2, 2), s(1, 2) - s(2, 1), s(2, 0) - s(0, 2), s(0, 1) - s(1, 0)],
    [s(1, 2) - s(2, 1), s(0, 0) - s(1, 1) - s(2, 2), s(0, 1) + s(1, 0), s(2, 0) + s(0, 2)],
    [s(2, 0) - s(0, 2), s(0, 1) + s(1, 0), -s(0, 0) + s(1, 1) - s(2, 2), s(1, 2) + s(2, 1)],
    [s(0, 1) - s(1, 0), s(2, 0) + s(0, 2), s(1, 2) + s(2, 1), -s(0, 0) - s(1, 1) + s(2, 2)],
  ]
  const [w, x, y, z] = largestEigenvector(N) as [number, number, number, number]
  const rows: [Vec3, Vec3, Vec3] = [
    [w * w + x * x - y * y - z * z, 2 * (x * y - w * z), 2 * (x * z + w * y)],
    [2 * (x * y + w * z), w * w - x * x + y * y - z * z, 2 * (y * z - w * x)],
    [2 * (x * z - w * y), 2 * (y * z + w * x), w * w - x * x - y * y + z * z],
  ]
  const spread = (ps: Vec3[]): number => ps.reduce((sum, p) => sum + dot(p, p), 0)
  const k = Math.sqrt(spread(b) / spread(a))
  const rotatedMean: Vec3 = [dot(rows[0], cf), dot(rows[1], cf), dot(rows[2], cf)]
  return { rows, scale: k, translation: sub(ct, scale(rotatedMean, k)) }
}

/** How far a fitted transform misses each landmark, mm. */
export function fitResiduals(fit: Similarity, from: readonly Vec3[], to: readonly Vec3[]): number[] {
  return from.map((p, i) => Math.hypot(...sub(applySimilarity(fit, p), to[i] as Vec3)))
}

const mirror = (p: Vec3): Vec3 => [-p[0], p[1], p[2]]

/** The pelvis fit: OpenSim's pelvis landmarks (in this model's axes) onto this model's. */
export function pelvisFit(P: PelvisLandmarks): { fit: Similarity; from: Vec3[]; to: Vec3[] } {
  const L = RAJAGOPAL_PELVIS_LANDMARKS
  const from = [L.asisLeft, L.asisRight, L.psisLeft, L.psisRight, L.hipLeft, L.hipRight].map(fromOpenSimAxes)
  const to = [P.asis, mirror(P.asis), P.psis, mirror(P.psis), P.hipCentre, mirror(P.hipCentre)]
  return { fit: fitSimilarity(from, to), from, to }
}

/**
 * The left femur's fit: hip centre onto hip centre, the knee centre's direction onto the knee's,
 * scaled by the femur's length; the front kept as near the front as the shaft allows.
 */
export function femurFit(P: PelvisLandmarks): Similarity {
  const knee = fromOpenSimAxes(RAJAGOPAL_KNEE_IN_FEMUR)
  const axisFrom = normalize(knee)
  const axisTo = normalize(sub(P.knee, P.hipCentre))
  const forward: Vec3 = [0, 0, 1]
  // Two orthonormal frames sharing the shaft's axis and the forward hint.
  const frame = (axis: Vec3): [Vec3, Vec3, Vec3] => {
    const side = normalize(cross(axis, forward))
    return [axis, side, cross(side, axis)]
  }
  const [a0, a1, a2] = frame(axisFrom)
  const [b0, b1, b2] = frame(axisTo)
  // R = B Aᵀ, as rows.
  const rows = [0, 1, 2].map((i) => [0, 1, 2].map((j) => b0[i]! * a0[j]! + b1[i]! * a1[j]! + b2[i]! * a2[j]!)) as [
    Vec3,
    Vec3,
    Vec3,
  ]
  const k = Math.hypot(...sub(P.knee, P.hipCentre)) / Math.hypot(...knee)
  return { rows, scale: k, translation: P.hipCentre }
}

/** The transforms that carry OpenSim's pelvis and femur points onto this model's. */
interface BodyFits {
  pelvis: Similarity
  femur: Similarity
}

function bodyFits(P: PelvisLandmarks): BodyFits {
  return { pelvis: pelvisFit(P).fit, femur: femurFit(P) }
}

function mapPath(part: OpenSimMusclePart, fits: BodyFits): Vec3[] {
  return part.path.map((point) => applySimilarity(fits[point.body], fromOpenSimAxes(point.at)))
}

/** A published path in this model's frame (left side, mm). */
export function mappedPath(part: OpenSimMusclePart, P: PelvisLandmarks): Vec3[] {
  return mapPath(part, bodyFits(P))
}

/** The value at `t` of the polynomial through (0, v0), (1, v1), … (Lagrange; t may reach a little past the ends). */
function throughPoints(values: readonly Vec3[], t: number): Vec3 {
  let out: Vec3 = [0, 0, 0]
  values.forEach((v, i) => {
    let w = 1
    values.forEach((_, j) => {
      if (j !== i) w *= (t - j) / (i - j)
    })
    out = add(out, scale(v, w))
  })
  return out
}

/**
 * How much larger this model's body is than Rajagopal's, as one ratio of lengths: the geometric mean
 * of the pelvis's and the femur's fitted scales (the hip muscles span both). Volumes scale by its cube.
 */
export function bodyScale(P: PelvisLandmarks): number {
  return Math.sqrt(pelvisFit(P).fit.scale * femurFit(P).scale)
}

/**
 * A muscle's fibre bundles fanned across its published parts (left side, mm): `count` paths from a
 * little beyond the first part to a little beyond the last (`reach` of the span either side, since
 * each part is the centre line of a band), each waypoint taken on the curve through the parts'
 * matching waypoints. Every part must have as many waypoints.
 */
export function fannedPaths(id: string, P: PelvisLandmarks, count: number, reach = 0.15): Vec3[][] {
  const fits = bodyFits(P)
  const paths = (RAJAGOPAL_2016[id] ?? []).map((part) => mapPath(part, fits))
  const points = paths[0]?.length ?? 0
  if (paths.some((p) => p.length !== points)) throw new Error(`${id}: parts with different waypoint counts`)
  const span = paths.length - 1
  return Array.from({ length: count }, (_, k) => {
    const t = span * (-reach + ((1 + 2 * reach) * k) / Math.max(1, count - 1))
    return Array.from({ length: points }, (_, i) =>
      throughPoints(
        paths.map((p) => p[i] as Vec3),
        t
      )
    )
  })
}
