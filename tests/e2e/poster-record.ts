import { createHash } from 'node:crypto'

/** What `npm run poster` writes beside the picture (public/poster/default-view.json). */
export interface PosterRecord {
  /** SHA-256 of the GLB the poster was rendered from. */
  glbSha256: string
  width: number
  height: number
  bytes: number
}

export const glbSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
