/**
 * Shared world-space helpers for soft-tissue routing: points in a vertebra's or the sacrum's frame.
 * All waypoints of nerves, muscles and ligaments are derived from the bones through these, never
 * absolute guesses (mirroring them to the right side is in ../mirror.ts).
 */
import type { VertebraLevel } from '../measurements'
import { toWorld, type Vec3 } from '../math'
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

export const LUMBAR: readonly VertebraLevel[] = ['L1', 'L2', 'L3', 'L4', 'L5']
