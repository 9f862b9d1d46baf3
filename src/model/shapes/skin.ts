/**
 * The skin of the lower trunk, buttocks and both legs down to the toes: a coarse, smooth, closed
 * SDF surface (smooth union of a trunk, two buttocks, thighs, knees, calves, ankles and feet),
 * meshed coarsely. The leg below the knee and the foot hang from landmarks derived from the bones
 * (`legLandmarks`), so the dermatome and body-area classifier (skin-zones.ts) uses the same frame.
 */
import { add, sdCapsule, sdEllipsoid, smax, smin, type Vec3 } from '../math'
import type { Bounds, Sdf } from '../mesh'
import type { PelvisLandmarks } from '../skeleton'

export interface SkinOptions {
  /** Blend radius between trunk, buttocks and thighs, mm. */
  blend: number
  /** Blend radius between the parts of the leg and foot, mm. */
  legBlend: number
  /** Top of the modelled trunk, world y mm. */
  top: number
}

export const SKIN_DEFAULTS: SkinOptions = { blend: 45, legBlend: 18, top: 250 }

/**
 * Leg and foot proportions below the knee, mm (source: estimate, adult anthropometric proportions:
 * tibial length ≈ 0.85 × femoral length, foot length ≈ 0.15 × stature, ankle height ≈ 75 mm).
 */
export const LEG = {
  /** Knee joint line to the ankle joint (tibial length), mm. */
  tibiaLength: 385,
  /** Ankle joint to the floor, mm. */
  ankleHeight: 75,
  /** Ankle centres lie this far further from the midline than the knees (feet slightly apart), mm. */
  ankleSpread: 16,
  /** Back of the heel behind the ankle joint, mm. */
  heelBack: 65,
  /** Toe tips in front of the ankle joint, mm. */
  toeFront: 195,
  /** Metatarsal heads (ball of the foot) in front of the ankle joint, mm. */
  ballFront: 135,
  /** Outward turn of the foot over its length (toe-out), mm at the toe tips. */
  toeOut: 18,
  /** Skin radius at the knee, calf peak and ankle, mm. */
  kneeRadius: 50,
  calfRadius: 54,
  ankleRadius: 31,
} as const

/** Skin-surface landmarks of the left leg (mirror X for the right), world mm. */
export interface LegLandmarks {
  /** Axis of the skin at the knee joint line. */
  knee: Vec3
  /** Axis of the skin at the ankle joint. */
  ankle: Vec3
  /** Floor height under the foot, world y. */
  soleY: number
  /** Centre of the heel pad. */
  heel: Vec3
  /** Ball of the foot (metatarsal heads), on the foot's axis. */
  ball: Vec3
  /** Toe tips, on the foot's axis. */
  toeTip: Vec3
}

/** Derives the leg's skin landmarks from the knee (femoral condyles) of the pelvis landmarks. */
export function legLandmarks(lm: PelvisLandmarks): LegLandmarks {
  const knee: Vec3 = [lm.knee[0] + 8, lm.knee[1], lm.knee[2] - 4]
  const ankle: Vec3 = [knee[0] + LEG.ankleSpread, knee[1] - LEG.tibiaLength, knee[2] - 10]
  const soleY = ankle[1] - LEG.ankleHeight
  const turn = LEG.toeOut / LEG.toeFront
  return {
    knee,
    ankle,
    soleY,
    heel: [ankle[0], soleY + 30, ankle[2] - LEG.heelBack + 32],
    ball: [ankle[0] + LEG.ballFront * turn, soleY + 20, ankle[2] + LEG.ballFront],
    toeTip: [ankle[0] + LEG.toeOut, soleY + 12, ankle[2] + LEG.toeFront],
  }
}

/** The left leg below mid-thigh and the foot, evaluated at |x| (so it serves both sides). */
function legSdf(p: Vec3, leg: LegLandmarks, thighLow: Vec3, k: number): number {
  const { knee, ankle, soleY, heel, ball, toeTip } = leg
  let d = sdCapsule(p, thighLow, knee, 62, LEG.kneeRadius)
  d = smin(d, sdCapsule(p, knee, add(ankle, [0, 20, 0]), LEG.kneeRadius - 6, LEG.ankleRadius - 3), k)
  // Calf: gastrocnemius bulge behind the upper third of the leg, tapering to the Achilles tendon.
  d = smin(d, sdEllipsoid(p, add(knee, [1, -125, -18]), [LEG.calfRadius - 6, 115, LEG.calfRadius - 8]), k)
  d = smin(d, sdCapsule(p, add(knee, [0, -200, -30]), add(ankle, [0, 0, -26]), 22, 12), k)
  // Malleoli: the medial one higher and further forward than the lateral one.
  d = smin(d, sdEllipsoid(p, add(ankle, [-24, 2, 2]), [12, 15, 14]), 8)
  d = smin(d, sdEllipsoid(p, add(ankle, [24, -10, -6]), [12, 15, 13]), 8)
  // Foot: heel pad, midfoot arch, forefoot and toes, on a flat sole.
  const mid: Vec3 = [(ankle[0] + ball[0]) / 2, soleY + 34, (ankle[2] + ball[2]) / 2]
  d = smin(d, sdEllipsoid(p, heel, [30, 32, 34]), k)
  d = smin(d, sdCapsule(p, add(ankle, [0, -28, 6]), mid, 34, 30), k)
  d = smin(d, sdEllipsoid(p, mid, [38, 28, 62]), k)
  d = smin(d, sdEllipsoid(p, add(ball, [4, 2, 0]), [46, 22, 36]), k)
  d = smin(d, sdEllipsoid(p, [toeTip[0] + 2, toeTip[1] + 2, toeTip[2] - 30], [42, 13, 32]), 12)
  return smax(d, soleY - p[1], 8)
}

export function skinSdf(lm: PelvisLandmarks, options = SKIN_DEFAULTS): { sdf: Sdf; bounds: Bounds } {
  const hy = lm.hipCentre[1]
  const leg = legLandmarks(lm)
  const thighLow: Vec3 = [62, (hy + leg.knee[1]) / 2 - 60, 18]
  const crotch = lm.symphysis[1] - 40
  const q: Vec3 = [0, 0, 0]
  const sdf: Sdf = (p) => {
    const [x, y, z] = p
    const ax = Math.abs(x)
    q[0] = ax
    q[1] = y
    q[2] = z
    // Trunk: superelliptic section, wider at the hips.
    const w = 150 + 18 * Math.exp(-(((y - hy - 40) / 90) ** 2))
    const dz = z - 25
    const sec =
      (Math.pow(Math.pow(ax / w, 2.4) + Math.pow(Math.abs(dz) / (dz > 0 ? 118 : 112), 2.4), 1 / 2.4) - 1) * 110
    let d = smax(sec, Math.max(y - options.top, hy - 60 - y), 30)
    d = smin(d, sdEllipsoid(q, [68, hy - 40, -55], [78, 95, 72]), options.blend)
    d = smin(d, sdCapsule(q, [96, hy - 40, 20], thighLow, 92, 64), options.blend)
    d = smin(d, legSdf(q, leg, thighLow, options.legBlend), options.legBlend)
    // Keep the legs apart below the crotch: a thin midline gap.
    d = smax(d, -Math.max(ax - 3, y - crotch), 22)
    return d
  }
  const bounds: Bounds = {
    min: [-240, leg.soleY - 12, -200],
    max: [240, options.top + 15, leg.toeTip[2] + 30],
  }
  return { sdf, bounds }
}
