import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { glbSha256, type PosterRecord } from '../../e2e/poster-record'
import { POSTER_PATH } from '../../../src/ui/poster-element'

const ROOT = resolve(import.meta.dirname, '..', '..', '..')
const POSTER = join(ROOT, 'public', 'poster')

/** Width and height from a WebP file's header (lossy VP8, lossless VP8L or extended VP8X). */
function webpSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF')
  expect(bytes.subarray(8, 12).toString('ascii')).toBe('WEBP')
  const chunk = bytes.subarray(12, 16).toString('ascii')
  if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff }
  if (chunk === 'VP8X') return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 }
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21)
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
  }
  throw new Error(`unexpected WebP chunk ${chunk}`)
}

describe('the poster shown while the model loads', () => {
  const record = JSON.parse(readFileSync(join(POSTER, 'default-view.json'), 'utf8')) as PosterRecord
  const picture = readFileSync(join(POSTER, 'default-view.webp'))

  it('was rendered from the model as it is now (run `npm run poster` after `npm run model`)', () => {
    expect(record.glbSha256).toBe(glbSha256(readFileSync(join(ROOT, 'public', 'models', 'lumbar-spine.glb'))))
  })

  it('is the picture its record describes, small enough to arrive before the model', () => {
    expect(picture.byteLength).toBe(record.bytes)
    expect(webpSize(picture)).toEqual({ width: record.width, height: record.height })
    expect(picture.byteLength).toBeLessThan(80 * 1024)
  })

  it('is the picture the stylesheet draws and the opening link preloads (POSTER_PATH)', () => {
    expect(join(ROOT, 'public', POSTER_PATH)).toBe(join(POSTER, 'default-view.webp'))
    const styles = readFileSync(join(ROOT, 'src', 'app', 'styles.css'), 'utf8')
    const drawn = /\.model-poster \{[^}]*background: url\('([^']+)'\)/.exec(styles)?.[1]
    expect(drawn).toBe(`/${POSTER_PATH}`)
  })
})
