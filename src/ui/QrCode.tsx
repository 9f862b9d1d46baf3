import { useMemo } from 'react'
import { encodeQR } from 'qr'

/** Modules of white around the code: the quiet zone that ISO/IEC 18004 asks scanners to rely on. */
const QUIET_ZONE = 4

export interface QrCodeProps {
  /** What the code encodes: the link to the view. */
  text: string
  /** What a screen reader hears in place of the picture. */
  label: string
  className?: string
}

/**
 * The path of a QR code's dark modules, one unit square each, in module coordinates (the quiet
 * zone included), so the code is drawn by the page as SVG and scales to any size on screen and paper.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let d = ''
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`
    })
  })
  return d
}

/**
 * A QR code of `text`, drawn as inline SVG (no image request, nothing to allow in the
 * Content-Security-Policy). Black on white whatever the theme: scanners need the contrast.
 * Error correction "medium" survives a glare spot on a screen or a crease on paper.
 */
export function QrCode({ text, label, className }: QrCodeProps) {
  const modules = useMemo(() => encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_ZONE }), [text])
  const size = modules.length
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules)} fill="#000" />
    </svg>
  )
}
