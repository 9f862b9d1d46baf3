import type { Rgba } from './scene-probe'

/** Hue in degrees (0–360) and saturation (0–1) of an sRGB colour. */
export function hueSat(rgb: readonly number[]): { hue: number; sat: number } {
  const [r, g, b] = [(rgb[0] ?? 0) / 255, (rgb[1] ?? 0) / 255, (rgb[2] ?? 0) / 255]
  const max = Math.max(r, g, b)
  const min = Math.min(r, g, b)
  const d = max - min
  let hue = 0
  if (d > 0) {
    if (max === r) hue = ((g - b) / d) % 6
    else if (max === g) hue = (b - r) / d + 2
    else hue = (r - g) / d + 4
  }
  return { hue: (hue * 60 + 360) % 360, sat: max === 0 ? 0 : d / max }
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** Angular distance between two hues, degrees. */
export function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360
  return d > 180 ? 360 - d : d
}

/** Whether a rendered pixel shows this swatch colour (same hue family, clearly saturated). */
export function looksLike(pixel: Rgba, hex: string, toleranceDeg = 30): boolean {
  const want = hueSat(hexToRgb(hex))
  const got = hueSat(pixel)
  return got.sat > 0.2 && hueDistance(got.hue, want.hue) <= toleranceDeg
}
