import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { BufferAttribute, Color, type BufferGeometry } from 'three'
import { BODY_AREA_IDS } from '../domain/body-areas'
import { ROOT_LEVELS } from '../domain/structures'
import { useExplorerStore, type ExplorerState } from '../store/explorer-store'
import { skinPaintOf, type SkinPaint } from '../store/skin-paint'
import type { ModelIndex } from './model-index'

export interface SkinPainterProps {
  index: ModelIndex
}

/** The generator tags each skin vertex with the body area it lies in (index into BODY_AREA_IDS). */
export const BODY_AREA_ATTRIBUTE = '_body_area'
/** …and with the dermatome band it lies in (index into ROOT_LEVELS). */
export const DERMATOME_ATTRIBUTE = '_dermatome'
/** Tag value for skin outside every body area. */
const NO_AREA = 255
/** Opacity of unpainted skin while zones are painted, and of a painted zone. */
const SKIN_ALPHA = 0.08
const ZONE_ALPHA = 0.5

const _colour = new Color()

export function paintInputOf(state: ExplorerState) {
  return {
    selectedId: state.selectedId,
    causeId: state.causeId,
    painLookupOpen: state.painLookupOpen,
    painAreas: state.painAreas,
    dermatomeMap: state.dermatomeMap,
  }
}

/**
 * Paints where pain is felt onto the skin: writes an RGBA colour per vertex from the zones the
 * store asks for, using the body-area tag the generator baked into every skin vertex. The skin's
 * own colours are kept and put back when nothing is painted.
 */
export function SkinPainter({ index }: SkinPainterProps) {
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    const mesh = index.get('skin')?.meshes[0]
    const geometry: BufferGeometry | undefined = mesh?.geometry
    const tags = geometry?.getAttribute(BODY_AREA_ATTRIBUTE)
    const bands = geometry?.getAttribute(DERMATOME_ATTRIBUTE)
    if (!geometry || !tags) return
    const original = geometry.getAttribute('color')
    const painted = new BufferAttribute(new Float32Array(tags.count * 4), 4)
    let last: SkinPaint | null = null

    const apply = (paint: SkinPaint | null) => {
      if (paint === last) return
      last = paint
      if (!paint) {
        if (original) geometry.setAttribute('color', original)
        else geometry.deleteAttribute('color')
        invalidate()
        return
      }
      const colourOfArea = new Map<number, string>()
      const colourOfBand = new Map<number, string>()
      for (const z of paint.zones) {
        if (z.area) colourOfArea.set(BODY_AREA_IDS.indexOf(z.area), z.colour)
        if (z.root) colourOfBand.set(ROOT_LEVELS.indexOf(z.root), z.colour)
      }
      for (let i = 0; i < tags.count; i++) {
        const tag = Math.round(tags.getX(i))
        const band = bands ? Math.round(bands.getX(i)) : NO_AREA
        const zone = colourOfBand.get(band) ?? (tag === NO_AREA ? undefined : colourOfArea.get(tag))
        if (zone) {
          _colour.set(zone)
          painted.setXYZW(i, _colour.r, _colour.g, _colour.b, ZONE_ALPHA)
        } else {
          // Skin tone times the baked occlusion, faint.
          const ao = original ? original.getX(i) : 1
          _colour.set('#e7b69a').multiplyScalar(ao)
          painted.setXYZW(i, _colour.r, _colour.g, _colour.b, SKIN_ALPHA)
        }
      }
      painted.needsUpdate = true
      geometry.setAttribute('color', painted)
      invalidate()
    }

    let key = ''
    const update = (state: ExplorerState) => {
      const input = paintInputOf(state)
      const next = JSON.stringify(input)
      if (next === key) return
      key = next
      apply(skinPaintOf(input))
    }
    update(useExplorerStore.getState())
    const unsubscribe = useExplorerStore.subscribe(update)
    return () => {
      unsubscribe()
      if (original) geometry.setAttribute('color', original)
    }
  }, [index, invalidate])

  return null
}
