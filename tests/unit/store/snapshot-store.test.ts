import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SNAPSHOT_MAX_SIDE, snapshotSize, useSnapshotStore } from '../../../src/store/snapshot-store'

const revoked: string[] = []
beforeEach(() => {
  revoked.length = 0
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url))
  useSnapshotStore.getState().clearSnapshot()
  revoked.length = 0
})
afterEach(() => vi.restoreAllMocks())

const ready = (seq: number, url: string) => ({ seq, state: 'ready' as const, url, width: 2048, height: 1024 })

describe('the snapshot store', () => {
  it('takes the answer to the current request', () => {
    const { requestSnapshot, deliverSnapshot } = useSnapshotStore.getState()
    requestSnapshot()
    const seq = useSnapshotStore.getState().request!.seq
    deliverSnapshot(ready(seq, 'blob:a'))
    expect(useSnapshotStore.getState().snapshot).toEqual(ready(seq, 'blob:a'))
    expect(revoked).toEqual([])
  })

  it('revokes and drops an answer to an old request, even after the handout was closed and reopened', () => {
    const { requestSnapshot, deliverSnapshot, clearSnapshot } = useSnapshotStore.getState()
    requestSnapshot()
    const old = useSnapshotStore.getState().request!.seq
    clearSnapshot()
    requestSnapshot()
    expect(useSnapshotStore.getState().request!.seq).not.toBe(old)
    deliverSnapshot(ready(old, 'blob:late'))
    expect(useSnapshotStore.getState().snapshot).toBeNull()
    expect(revoked).toEqual(['blob:late'])
  })

  it('revokes the picture when the handout closes or asks for a new one', () => {
    const { requestSnapshot, deliverSnapshot, clearSnapshot } = useSnapshotStore.getState()
    requestSnapshot()
    deliverSnapshot(ready(useSnapshotStore.getState().request!.seq, 'blob:first'))
    requestSnapshot()
    expect(revoked).toEqual(['blob:first'])
    deliverSnapshot(ready(useSnapshotStore.getState().request!.seq, 'blob:second'))
    clearSnapshot()
    expect(revoked).toEqual(['blob:first', 'blob:second'])
    expect(useSnapshotStore.getState()).toMatchObject({ request: null, snapshot: null })
  })

  it('keeps a failure with its reason', () => {
    const { requestSnapshot, deliverSnapshot } = useSnapshotStore.getState()
    requestSnapshot()
    const seq = useSnapshotStore.getState().request!.seq
    deliverSnapshot({ seq, state: 'failed', reason: 'The 3D view is restoring; try again in a moment.' })
    expect(useSnapshotStore.getState().snapshot).toMatchObject({ state: 'failed' })
  })
})

describe('snapshotSize', () => {
  it('keeps the view’s shape with the longer side at the print cap', () => {
    expect(snapshotSize(640, 700)).toEqual([Math.round((640 * SNAPSHOT_MAX_SIDE) / 700), SNAPSHOT_MAX_SIDE])
    expect(snapshotSize(1280, 720)).toEqual([SNAPSHOT_MAX_SIDE, 1152])
  })

  it('scales a small phone view up, never past the cap', () => {
    const [w, h] = snapshotSize(390, 400)
    expect(h).toBe(SNAPSHOT_MAX_SIDE)
    expect(w).toBeGreaterThanOrEqual(1000)
    expect(snapshotSize(4000, 3000)).toEqual([SNAPSHOT_MAX_SIDE, 1536])
  })

  it('never gives an empty size for a collapsed view', () => {
    expect(snapshotSize(0, 0)).toEqual([SNAPSHOT_MAX_SIDE, SNAPSHOT_MAX_SIDE])
  })
})
