import { create } from 'zustand'

/**
 * The longest side of a handout snapshot, px: sharp on an A4 or Letter page at about 300 dpi
 * across the printable width, and within every WebGL2 implementation's drawing-buffer limit.
 */
export const SNAPSHOT_MAX_SIDE = 2048

/** What the handout asked the scene for; `seq` makes repeated requests distinct. */
export interface SnapshotRequest {
  seq: number
}

/** What the scene made for a request: an image of the current view, or why there is none. */
export type Snapshot =
  | { seq: number; state: 'ready'; url: string; width: number; height: number }
  | { seq: number; state: 'failed'; reason: string }

/**
 * The print handout's snapshot of the 3D view: the UI asks, the scene renders once at print size
 * and answers with an object URL. Apart from the explorer store because it holds a short-lived
 * image URL that this module creates and revokes, not a piece of the explorer's state.
 */
export interface SnapshotState {
  request: SnapshotRequest | null
  snapshot: Snapshot | null
  /** Asks the scene for a fresh snapshot of the view as it is now (the previous one is revoked). */
  requestSnapshot(): void
  /** The scene's answer; one for a request that is no longer current is revoked and dropped. */
  deliverSnapshot(snapshot: Snapshot): void
  /** The handout closed: revokes the image and forgets the request. */
  clearSnapshot(): void
}

function revoke(snapshot: Snapshot | null): void {
  if (snapshot?.state === 'ready') URL.revokeObjectURL(snapshot.url)
}

/** Counts up for the page's life, so an answer still on its way for an old request never matches a new one. */
let lastSeq = 0

export const useSnapshotStore = create<SnapshotState>()((set, get) => ({
  request: null,
  snapshot: null,
  requestSnapshot() {
    revoke(get().snapshot)
    lastSeq += 1
    set({ request: { seq: lastSeq }, snapshot: null })
  },
  deliverSnapshot(snapshot) {
    if (get().request?.seq !== snapshot.seq) {
      revoke(snapshot)
      return
    }
    revoke(get().snapshot)
    set({ snapshot })
  },
  clearSnapshot() {
    revoke(get().snapshot)
    set({ request: null, snapshot: null })
  },
}))

/**
 * The snapshot's size for a view of `width` × `height` CSS px: the same shape, its longer side
 * `maxSide` px, so the handout shows what the screen shows, only sharper.
 */
export function snapshotSize(width: number, height: number, maxSide = SNAPSHOT_MAX_SIDE): [number, number] {
  const w = Math.max(1, width)
  const h = Math.max(1, height)
  const scale = maxSide / Math.max(w, h)
  return [Math.max(1, Math.round(w * scale)), Math.max(1, Math.round(h * scale))]
}
