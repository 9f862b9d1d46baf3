import { isTourId, type TourId } from '../domain/activities'

/**
 * Where a tour was left, so it can be resumed: kept in this browser's local storage only, never
 * sent anywhere. Storage can be missing or refuse (private modes, blocked cookies, a full quota):
 * then nothing is remembered and nothing breaks.
 */
export interface TourProgress {
  readonly tourId: TourId
  /** The step shown last, counted from 1. */
  readonly step: number
}

export const TOUR_PROGRESS_KEY = 'lower-back-explorer:tour-progress'

/** The page's local storage, or null where reading it throws (a blocked storage does). */
function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The tour left last and its step, or null if none is remembered (or what is stored is not ours). */
export function readTourProgress(): TourProgress | null {
  try {
    const text = storage()?.getItem(TOUR_PROGRESS_KEY)
    if (!text) return null
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const { tourId, step } = value as Record<string, unknown>
    if (typeof tourId !== 'string' || !isTourId(tourId)) return null
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 1) return null
    return { tourId, step }
  } catch {
    return null
  }
}

/** Remembers the step a tour is at; returns whether it was stored. */
export function saveTourProgress(progress: TourProgress): boolean {
  try {
    const s = storage()
    if (!s) return false
    s.setItem(TOUR_PROGRESS_KEY, JSON.stringify({ tourId: progress.tourId, step: progress.step }))
    return true
  } catch {
    return false
  }
}

/** Forgets the tour (it was finished). */
export function clearTourProgress(): void {
  try {
    storage()?.removeItem(TOUR_PROGRESS_KEY)
  } catch {
    // Nothing stored can be cleared; nothing to do.
  }
}
