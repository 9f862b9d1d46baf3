/**
 * The discs and joints family: the intervertebral discs L1–L2 … L5–S1 with their nuclei pulposi,
 * the facet joint capsules, and the sacroiliac joints, all cartilage, in world mm.
 */
import { dirToWorld, scale, toWorld, type Vec3 } from '../math'
import { morphTargetName, SOFT_TISSUE_MOTION, type SpinalJoint } from '../../domain/movement'
import {
  DISC_DEFAULTS,
  discExtensionDeltas,
  discMesh,
  nucleusFlexionDeltas,
  nucleusMesh,
  type DiscOptions,
} from '../shapes/disc'
import { ellipsoidMesh } from '../sweep'
import type { BuildContext } from './family'

/** Resolution of an ellipsoid joint mesh. */
export interface EllipsoidResolution {
  /** Rings from pole to pole. */
  rings: number
  /** Vertices round each ring. */
  segments: number
}

export interface DiscsAndJointsOptions {
  disc: DiscOptions
  facetCapsule: EllipsoidResolution
  sacroiliacJoint: EllipsoidResolution
}

export const DISCS_AND_JOINTS_DEFAULTS: DiscsAndJointsOptions = {
  disc: DISC_DEFAULTS,
  facetCapsule: { rings: 8, segments: 14 },
  sacroiliacJoint: { rings: 10, segments: 16 },
}

/** A facet joint capsule's half-axes, mm (estimate): across the joint, up and down it, side to side. */
const FACET_CAPSULE = { halfThickness: 3.2, halfHeight: 9.5, halfWidth: 7.5 }

/**
 * The sacroiliac joint as a thin plate on the auricular surface (estimate). Centre in the sacrum's
 * frame, left side, mm: just inside half the inter-auricular distance (108.7 mm, omanSacrum).
 * Half-height 24 mm along the sacrum, a little under half the auricular surface's height
 * (56.2 mm, omanSacrum); half-depth 14 mm front to back; half-thickness 2.2 mm left to right.
 */
const SACROILIAC_JOINT = { centre: [52.5, -22, -8] as Vec3, halfThickness: 2.2, halfHeight: 24, halfDepth: 14 }

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
      const { rings, segments } = options.facetCapsule
      ctx.parts.set(`${key}-facet-${j.side}`, {
        material: 'cartilage',
        mesh: ellipsoidMesh(
          j.centre,
          scale(j.normal, c.halfThickness),
          scale(up, c.halfHeight),
          scale(tangent, c.halfWidth),
          rings,
          segments
        ),
      })
    }
  }
  const si = SACROILIAC_JOINT
  for (const s of [1, -1]) {
    const [x, y, z] = si.centre
    const mesh = ellipsoidMesh(
      toWorld(sk.sacrum, [x * s, y, z]),
      [si.halfThickness, 0, 0],
      scale(dirToWorld(sk.sacrum, [0, 1, 0]), si.halfHeight),
      scale(dirToWorld(sk.sacrum, [0, 0, 1]), si.halfDepth),
      options.sacroiliacJoint.rings,
      options.sacroiliacJoint.segments
    )
    ctx.parts.set(`sacroiliac-joint-${s > 0 ? 'left' : 'right'}`, { material: 'cartilage', mesh })
  }
}
