/**
 * Shared world-space helpers for soft-tissue routing: points in a vertebra's or the sacrum's frame,
 * and mirroring to the right side. All waypoints of nerves, muscles and ligaments are derived from
 * the bones through these, never absolute guesses.
 */
import type { VertebraLevel } from '../measurements'
import { mirrorX, toWorld, type Vec3 } from '../math'
import type { Skeleton } from '../skeleton'
import { vertebraLandmarks, type VertebraLandmarks } from './vertebra'

export interface Frames {
  sk: Skeleton
  /** A point in a vertebra's frame, to world. */
  V: (level: VertebraLevel, p: Vec3) => Vec3
  /** A point in the sacrum's frame, to world. */
  S: (p: Vec3) => Vec3
  lm: (level: VertebraLevel) => VertebraLandmarks
}

export function frames(sk: Skeleton): Frames {
  return {
    sk,
    V: (level, p) => toWorld(sk.vertebrae[level], p),
    S: (p) => toWorld(sk.sacrum, p),
    lm: (level) => vertebraLandmarks(level),
  }
}

/** Mirrors a left-side path to the right. */
export function mirrorPath(points: readonly Vec3[]): Vec3[] {
  return points.map(mirrorX)
}

export const LUMBAR: readonly VertebraLevel[] = ['L1', 'L2', 'L3', 'L4', 'L5']
