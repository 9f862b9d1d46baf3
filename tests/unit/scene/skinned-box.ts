import { BoxGeometry, Float32BufferAttribute, Uint16BufferAttribute } from 'three'

/** A box whose every vertex follows bone 0 alone: the simplest skinned geometry. */
export function oneBoneBox(segments: number): BoxGeometry {
  const geometry = new BoxGeometry(1, 1, 1, segments, segments, segments)
  const count = geometry.getAttribute('position').count
  geometry.setAttribute('skinIndex', new Uint16BufferAttribute(new Uint16Array(count * 4), 4))
  geometry.setAttribute(
    'skinWeight',
    new Float32BufferAttribute(
      new Float32Array(count * 4).map((_, i) => (i % 4 === 0 ? 1 : 0)),
      4
    )
  )
  return geometry
}
