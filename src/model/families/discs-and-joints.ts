/**
 * The discs and joints family: the intervertebral discs L1–L2 … L5–S1 with their nuclei pulposi,
 * the facet joint capsules, and the sacroiliac joints, all cartilage, in world mm.
 */
import { add, dirToWorld, scale, toWorld, type Vec3 } from '../math'
import { morphTargetName, SOFT_TISSUE_MOTION, type SpinalJoint } from '../../domain/movement'
import {
  DISC_DEFAULTS,
  discExtensionDeltas,
  discMesh,
  nucleusFlexionDeltas,
  nucleusMesh,
  type DiscOptions,
} from '../shapes/disc'
import { sweep } from '../sweep'
import type { BuildContext } from './family'

export interface DiscsAndJointsOptions {
  disc: DiscOptions
  facetCapsule: {
    /** Vertices round each section of the capsule. */
    segments: number
    /** Spacing of the sections along its curve, mm. */
    step: number
  }
  sacroiliacJoint: {
    /** Vertices round each section of the plate. */
    segments: number
    /** Spacing of the sections along the ear's curve, mm. */
    step: number
  }
}

export const DISCS_AND_JOINTS_DEFAULTS: DiscsAndJointsOptions = {
  disc: DISC_DEFAULTS,
  facetCapsule: { segments: 14, step: 2.5 },
  sacroiliacJoint: { segments: 16, step: 3 },
}

/**
 * A facet joint capsule's half-sizes, mm (estimate): across the joint, up and down it, side to
 * side along its curve, and how far its two ends curl round the inferior articular process.
 */
const FACET_CAPSULE = { halfThickness: 2.8, halfHeight: 9.5, halfWidth: 8, curl: 3.5 }

/**
 * The sacroiliac joint as a thin curved plate on the auricular surface, ear-shaped (an L on its
 * side) as the surface is: a short upper arm at S1 running forward to the angle at the front of
 * S1–S2, and a long lower arm running down and back over S2–S3 (estimate of the shape). Points
 * in the sacrum's frame, left side, mm: x just inside half the inter-auricular distance (108.7 mm,
 * omanSacrum); the arms together span about the auricular surface's height (56.2 mm, omanSacrum).
 */
const SACROILIAC_JOINT = {
  course: [
    [52.5, -1, -17],
    [52.5, -18, 3],
    [52.5, -48, -12],
  ] as Vec3[],
  /** Half-thickness left to right, mm (the joint's two cartilage layers, thin as a plate). */
  halfThickness: 1.8,
  /**
   * Half-breadth of each arm, mm: broadest at the angle, with rounded ends, so that from the side
   * it reads as the broad, ear-shaped surface it is rather than a bent tube.
   */
  halfBreadth: (t: number): number =>
    (7 + 6 * Math.sin(Math.PI * Math.min(1, t * 1.4))) * Math.sqrt(Math.max(0.2, 1 - (2 * t - 1) ** 8)),
}

/** The levels that carry a disc: T12–L1 is context only. */
const NO_DISC = 'T12-L1'

export function buildDiscsAndJoints(
  ctx: BuildContext,
  options: DiscsAndJointsOptions = DISCS_AND_JOINTS_DEFAULTS
): void {
  const sk = ctx.skeleton
  for (const seg of sk.segments) {
    if (seg.level === NO_DISC) continue
    const key = seg.level.toLowerCase()
    const upperPose = sk.vertebrae[seg.upper]
    const lowerPose = seg.lower === 'S1' ? sk.sacrum : sk.vertebrae[seg.lower]
    ctx.parts.set(`${key}-disc`, {
      material: 'cartilage',
      mesh: discMesh(seg.upper, upperPose, seg.lower, lowerPose, options.disc),
      morphTargets: [
        {
          name: morphTargetName(seg.upper as SpinalJoint, 'extension'),
          deltas: discExtensionDeltas(
            seg.upper,
            upperPose,
            seg.lower,
            lowerPose,
            SOFT_TISSUE_MOTION.discBulgeMm,
            options.disc
          ),
        },
      ],
    })
    const nucleus = nucleusMesh(seg.upper, upperPose, seg.lower, lowerPose)
    ctx.parts.set(`${key}-nucleus-pulposus`, {
      material: 'cartilage',
      mesh: nucleus,
      morphTargets: [
        {
          name: morphTargetName(seg.upper as SpinalJoint, 'flexion'),
          deltas: nucleusFlexionDeltas(nucleus, upperPose, SOFT_TISSUE_MOTION.nucleusShiftMm),
        },
      ],
    })
    for (const j of seg.facets) {
      const up = dirToWorld(upperPose, [0, 1, 0])
      const tangent: Vec3 = [
        up[1] * j.normal[2] - up[2] * j.normal[1],
        up[2] * j.normal[0] - up[0] * j.normal[2],
        up[0] * j.normal[1] - up[1] * j.normal[0],
      ]
      const c = FACET_CAPSULE
      // Curved as a lumbar facet is in the axial plane: the lower vertebra's superior facet is
      // concave and wraps round the upper one's inferior process, so both ends bend the way the
      // joint's normal points (posteromedially).
      const course = [-1, -0.5, 0, 0.5, 1].map((u) =>
        add(add(j.centre, scale(tangent, u * c.halfWidth)), scale(j.normal, c.curl * u * u))
      )
      ctx.parts.set(`${key}-facet-${j.side}`, {
        material: 'cartilage',
        mesh: sweep(course, {
          side: up,
          // An oval outline: tall in the middle, rounded off at the two ends.
          width: (t) => c.halfHeight * Math.sqrt(Math.max(0.12, 1 - (2 * t - 1) ** 2)),
          thickness: () => c.halfThickness,
          radial: options.facetCapsule.segments,
          step: options.facetCapsule.step,
          exponent: 2.5,
        }),
      })
    }
  }
  const si = SACROILIAC_JOINT
  for (const s of [1, -1]) {
    const mesh = sweep(
      si.course.map(([x, y, z]) => toWorld(sk.sacrum, [x * s, y, z])),
      {
        // The plate's thin axis runs left to right; its breadth lies in the sacrum's sagittal plane.
        side: [1, 0, 0],
        width: () => si.halfThickness,
        thickness: si.halfBreadth,
        radial: options.sacroiliacJoint.segments,
        step: options.sacroiliacJoint.step,
        exponent: 4,
      }
    )
    ctx.parts.set(`sacroiliac-joint-${s > 0 ? 'left' : 'right'}`, { material: 'cartilage', mesh })
  }
}
