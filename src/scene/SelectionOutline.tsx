import { createPortal } from '@react-three/fiber'
import { Outlines } from '@react-three/drei'
import type { Mesh } from 'three'
import { SELECTED_COLOUR } from './materials'

export interface SelectionOutlineProps {
  mesh: Mesh
}

/**
 * An outline around one selected mesh (drei's inverted hull, added as the mesh's child). With
 * `angle={0}` the hull reuses the mesh's own geometry: with creased normals drei clones the
 * geometry on every selection and never frees the clone (a GPU geometry leaked per selection).
 */
export function SelectionOutline({ mesh }: SelectionOutlineProps) {
  return createPortal(<Outlines thickness={2.5} color={SELECTED_COLOUR} screenspace={false} angle={0} />, mesh)
}
