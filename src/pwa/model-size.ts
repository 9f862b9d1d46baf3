import { statSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * Build-time constants for the app (Vite `define`): the model's size, so the data-saving offer
 * says how much the tap will download. Read from the committed file each build.
 */
export function modelSizeDefine(root: string): Record<string, string> {
  return { __MODEL_BYTES__: JSON.stringify(statSync(resolve(root, 'public/models/lumbar-spine.glb')).size) }
}
