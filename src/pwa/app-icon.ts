import { crc32, deflateSync } from 'node:zlib'

/**
 * The app icon, drawn in code: a lumbar vertebra seen from above (body in front, the canal
 * behind it, transverse processes to the sides, the spinous process pointing back), ivory on the
 * app's background. Node only: the build writes the PNGs (see `app-icons-plugin.ts`), so no
 * binary file can drift from this code.
 */
export interface AppIconSpec {
  /** Path under the site root. */
  src: string
  /** Width and height, px. */
  size: number
  /**
   * `any`: a rounded square, transparent corners. `maskable`: full-bleed background, glyph kept
   * inside the central circle of 40 % radius that every mask shape preserves.
   */
  purpose: 'any' | 'maskable'
}

export const APP_ICONS: readonly AppIconSpec[] = [
  { src: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { src: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
]

/** The page background (index.html's theme-color and styles.css's --bg). */
export const ICON_BACKGROUND = '#10151c'
/** The bone colour of the 3D model (scene/materials.ts). */
export const ICON_GLYPH = '#e9dfc8'

/** Radius of the maskable safe zone, as a fraction of the icon's size (W3C manifest spec). */
export const MASKABLE_SAFE_RADIUS = 0.4

type Vec = readonly [number, number]

// Glyph coordinates: unit square centred on 0, y pointing down (toward the back of the body).
const sdEllipse = ([x, y]: Vec, [cx, cy]: Vec, [rx, ry]: Vec): number => {
  // Scaled-circle distance: exact enough for anti-aliasing when rx and ry are close.
  const k = Math.hypot((x - cx) / rx, (y - cy) / ry)
  return (k - 1) * Math.min(rx, ry)
}

const sdCapsule = ([x, y]: Vec, [ax, ay]: Vec, [bx, by]: Vec, r: number): number => {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay]
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - dx * t, py - dy * t) - r
}

/** Polynomial smooth minimum: joins the parts with a fillet of about `k`. */
const smin = (a: number, b: number, k: number): number => {
  const h = Math.max(0, Math.min(1, 0.5 + (0.5 * (b - a)) / k))
  return b + (a - b) * h - k * h * (1 - h)
}

/** Signed distance to the vertebra glyph (negative inside), in glyph units. */
export function vertebraDistance(p: Vec): number {
  // Kidney-shaped body: a wide ellipse with its back edge pushed in by the canal's arch.
  const body = Math.max(sdEllipse(p, [0, -0.19], [0.36, 0.2]), -sdEllipse(p, [0, 0.07], [0.18, 0.1]))
  // Neural arch: a ring of bone round the canal, from the pedicles to the laminae.
  const arch = sdEllipse(p, [0, 0.13], [0.22, 0.18])
  // Articular processes at the back corners of the arch.
  const articularLeft = sdEllipse(p, [-0.19, 0.2], [0.07, 0.08])
  const articularRight = sdEllipse(p, [0.19, 0.2], [0.07, 0.08])
  // Transverse processes, reaching out and a little back.
  const transverseLeft = sdCapsule(p, [-0.18, 0.06], [-0.43, 0.12], 0.045)
  const transverseRight = sdCapsule(p, [0.18, 0.06], [0.43, 0.12], 0.045)
  const spinous = sdCapsule(p, [0, 0.26], [0, 0.47], 0.05)
  let d = smin(body, arch, 0.04)
  for (const part of [articularLeft, articularRight, transverseLeft, transverseRight, spinous]) d = smin(d, part, 0.04)
  // The vertebral canal, cut from the arch.
  const canal = sdEllipse(p, [0, 0.13], [0.13, 0.095])
  return Math.max(d, -canal)
}

/** Signed distance to a rounded square filling the unit square centred on 0. */
function roundedSquareDistance([x, y]: Vec, radius: number): number {
  const qx = Math.abs(x) - (0.5 - radius)
  const qy = Math.abs(y) - (0.5 - radius)
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** The glyph's size relative to the icon: a maskable icon keeps it inside the safe circle. */
const GLYPH_SCALE: Record<AppIconSpec['purpose'], number> = { any: 0.82, maskable: 0.6 }
/** The glyph's bounds are [-0.475, 0.475] × [-0.39, 0.52]: shift it so it sits in the middle. */
const GLYPH_CENTRE_Y = 0.065

/** Draws one icon as straight (non-premultiplied) RGBA, row by row from the top. */
export function drawAppIcon(size: number, purpose: AppIconSpec['purpose']): Uint8Array {
  const pixels = new Uint8Array(size * size * 4)
  const background = rgb(ICON_BACKGROUND)
  const glyph = rgb(ICON_GLYPH)
  const scale = GLYPH_SCALE[purpose]
  // One pixel in icon units and in glyph units, for anti-aliased edges.
  const pixel = 1 / size
  const coverage = (distance: number, unit: number) => Math.max(0, Math.min(1, 0.5 - distance / unit))
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const u = (col + 0.5) / size - 0.5
      const v = (row + 0.5) / size - 0.5
      const shape = purpose === 'maskable' ? 1 : coverage(roundedSquareDistance([u, v], 0.18), pixel)
      const ink = coverage(vertebraDistance([u / scale, v / scale + GLYPH_CENTRE_Y]), pixel / scale)
      const i = (row * size + col) * 4
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round(background[c]! + (glyph[c]! - background[c]!) * ink)
      pixels[i + 3] = Math.round(255 * shape)
    }
  }
  return pixels
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** Encodes straight RGBA pixels as a PNG (8-bit RGBA, no filtering, zlib level 9). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 6, 0, 0, 0], 8) // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const stride = width * 4
  const raw = Buffer.alloc((stride + 1) * height)
  for (let row = 0; row < height; row++) {
    raw[row * (stride + 1)] = 0 // filter type None
    raw.set(rgba.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ])
}

/** One icon as PNG bytes. */
export function renderAppIcon(icon: AppIconSpec): Buffer {
  return encodePng(icon.size, icon.size, drawAppIcon(icon.size, icon.purpose))
}
