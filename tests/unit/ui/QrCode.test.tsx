import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { decodeQR } from 'qr/decode.js'
import { QrCode } from '../../../src/ui/QrCode'

afterEach(cleanup)

/** Pixels per module in the test image: enough for the decoder to find the finder patterns. */
const SCALE = 6

/**
 * Paints an SVG path of unit squares (`M x y h1v1h-1z` …, as QrCode draws) into an RGBA image,
 * black on white, so the real decoder reads exactly what the page draws.
 */
function rasterise(path: string, modules: number): { width: number; height: number; data: Uint8Array } {
  const size = modules * SCALE
  const data = new Uint8Array(size * size * 4).fill(255)
  for (const match of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [x, y] = [Number(match[1]), Number(match[2])]
    for (let py = y * SCALE; py < (y + 1) * SCALE; py++) {
      for (let px = x * SCALE; px < (x + 1) * SCALE; px++) data.fill(0, (py * size + px) * 4, (py * size + px) * 4 + 3)
    }
  }
  return { width: size, height: size, data }
}

function drawn(): { path: string; modules: number } {
  const svg = screen.getByRole('img')
  const modules = Number(svg.getAttribute('viewBox')?.split(' ')[2])
  return { path: svg.querySelector('path')?.getAttribute('d') ?? '', modules }
}

describe('QrCode', () => {
  it('draws a code that a QR decoder reads back as the link', () => {
    const link = 'https://clinic.example/explorer/?structure=l4-l5-disc&view=back&xray=1'
    render(<QrCode text={link} label="QR code of the link to this view" />)
    const { path, modules } = drawn()
    expect(decodeQR(rasterise(path, modules))).toBe(link)
  })

  it('keeps a four-module quiet zone on every side', () => {
    render(<QrCode text="https://clinic.example/?cause=sciatica" label="QR code" />)
    const { path, modules } = drawn()
    const squares = [...path.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const)
    expect(Math.min(...squares.map(([x]) => x))).toBe(4)
    expect(Math.min(...squares.map(([, y]) => y))).toBe(4)
    expect(Math.max(...squares.map(([x]) => x))).toBe(modules - 5)
    expect(Math.max(...squares.map(([, y]) => y))).toBe(modules - 5)
  })

  it('is an image with the given name, black on a white ground', () => {
    render(<QrCode text="https://clinic.example/" label="QR code: scan it to open this view" />)
    const svg = screen.getByRole('img', { name: 'QR code: scan it to open this view' })
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe('#fff')
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe('#000')
  })

  it('draws a new code when the link changes', () => {
    const { rerender } = render(<QrCode text="https://clinic.example/?structure=l4" label="QR code" />)
    const before = drawn()
    rerender(<QrCode text="https://clinic.example/?structure=l5-s1-disc&view=front" label="QR code" />)
    const after = drawn()
    expect(after.path).not.toBe(before.path)
    expect(decodeQR(rasterise(after.path, after.modules))).toBe(
      'https://clinic.example/?structure=l5-s1-disc&view=front'
    )
  })
})
