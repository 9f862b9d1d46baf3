// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { inflateSync } from 'node:zlib'
import {
  APP_ICONS,
  ICON_BACKGROUND,
  ICON_GLYPH,
  MASKABLE_SAFE_RADIUS,
  drawAppIcon,
  encodePng,
  renderAppIcon,
  vertebraDistance,
} from '../../../src/pwa/app-icon'

/** Decodes the 8-bit RGBA, unfiltered PNGs that encodePng writes (and checks every CRC). */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  let offset = 8
  let width = 0
  let height = 0
  const data: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    const body = png.subarray(offset + 8, offset + 8 + length)
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)))
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      expect([...body.subarray(8)]).toEqual([8, 6, 0, 0, 0])
    }
    if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const rgba = new Uint8Array(width * height * 4)
  for (let row = 0; row < height; row++) {
    expect(raw[row * (width * 4 + 1)]).toBe(0)
    rgba.set(raw.subarray(row * (width * 4 + 1) + 1, (row + 1) * (width * 4 + 1)), row * width * 4)
  }
  return { width, height, rgba }
}

/** A bitwise CRC-32 (PNG's polynomial), independent of the zlib one the encoder uses. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

const hex = (rgba: Uint8Array, i: number) =>
  `#${[0, 1, 2].map((c) => rgba[i * 4 + c]!.toString(16).padStart(2, '0')).join('')}`

describe('the app icon', () => {
  it('round-trips through the PNG encoder', () => {
    const pixels = new Uint8Array([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 1, 2, 3, 4])
    const png = decodePng(encodePng(2, 2, pixels))
    expect(png).toEqual({ width: 2, height: 2, rgba: pixels })
  })

  it('draws a vertebra: bone in the body, background in the canal and beyond the processes', () => {
    expect(vertebraDistance([0, -0.2])).toBeLessThan(0) // vertebral body
    expect(vertebraDistance([0, 0.13])).toBeGreaterThan(0) // vertebral canal
    expect(vertebraDistance([0, 0.4])).toBeLessThan(0) // spinous process
    expect(vertebraDistance([0.4, 0.11])).toBeLessThan(0) // transverse process
    expect(vertebraDistance([0.4, -0.45])).toBeGreaterThan(0) // outside, in front and to the side
  })

  it('is written at every size the manifest lists, in the page colours', () => {
    for (const icon of APP_ICONS) {
      const { width, height, rgba } = decodePng(renderAppIcon(icon))
      expect([width, height]).toEqual([icon.size, icon.size])
      const centre = (row: number, col: number) => row * icon.size + col
      const half = icon.size / 2
      // Between the body's top edge and the icon's edge: background. The middle of the body: bone.
      expect(hex(rgba, centre(Math.round(icon.size * 0.12), Math.round(half)))).toBe(ICON_BACKGROUND)
      expect(hex(rgba, centre(Math.round(half - icon.size * 0.13), Math.round(half)))).toBe(ICON_GLYPH)
      // Corners: transparent for the rounded square, opaque background for the maskable one.
      expect(rgba[3]).toBe(icon.purpose === 'maskable' ? 255 : 0)
    }
  })

  it('keeps the maskable glyph inside the safe circle every mask shape preserves', () => {
    const size = 128
    const rgba = drawAppIcon(size, 'maskable')
    const background = ICON_BACKGROUND
    let outside = 0
    let inked = 0
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        if (hex(rgba, row * size + col) === background) continue
        inked++
        const r = Math.hypot((col + 0.5) / size - 0.5, (row + 0.5) / size - 0.5)
        if (r > MASKABLE_SAFE_RADIUS) outside++
      }
    }
    expect(inked).toBeGreaterThan(size * size * 0.1)
    expect(outside).toBe(0)
  })

  it('is the same bytes on every build', () => {
    expect(renderAppIcon(APP_ICONS[0]!).equals(renderAppIcon(APP_ICONS[0]!))).toBe(true)
  })
})
