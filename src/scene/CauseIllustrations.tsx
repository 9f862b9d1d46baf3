import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { Color, MeshStandardMaterial, type Mesh, type Object3D } from 'three'
import { ILLUSTRATION_ROLE, TRIGGER_POINT_PALETTE } from '../domain/palette'
import { findStructure } from '../domain/structures'
import type { RoleId } from '../domain/roles'
import { useExplorerStore, type ExplorerState } from '../store/explorer-store'
import type { SceneMaterials } from './materials'
import { noRaycast } from './model-index'

export interface CauseIllustrationsProps {
  /** The loaded glTF scene. */
  scene: Object3D
  materials: SceneMaterials
}

interface Illustration {
  object: Object3D
  causeId: string
  role: RoleId | undefined
}

interface TriggerPointMarker {
  object: Object3D
  /** The muscle (structure id) it sits in. */
  muscleId: string
  kind: 'active' | 'latent'
}

function isRole(value: unknown): value is RoleId {
  return value === 'tight' || value === 'weak'
}

/** Finds the generator's illustration and trigger-point nodes (they carry no structure id). */
export function findModelExtras(scene: Object3D): { illustrations: Illustration[]; markers: TriggerPointMarker[] } {
  const illustrations: Illustration[] = []
  const markers: TriggerPointMarker[] = []
  scene.traverse((object) => {
    const data = object.userData as Record<string, unknown>
    if (typeof data.illustrationId === 'string' && typeof data.causeId === 'string') {
      illustrations.push({ object, causeId: data.causeId, role: isRole(data.role) ? data.role : undefined })
    } else if (typeof data.triggerPointOf === 'string') {
      markers.push({
        object,
        muscleId: data.triggerPointOf,
        kind: data.triggerPointKind === 'latent' ? 'latent' : 'active',
      })
    }
  })
  return { illustrations, markers }
}

function meshesOf(object: Object3D): Mesh[] {
  const meshes: Mesh[] = []
  object.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh)
  })
  return meshes
}

/** Whether a trigger-point marker belongs on screen: its cause is active or its muscle selected. */
function markerShown(marker: TriggerPointMarker, state: ExplorerState): boolean {
  if (state.causeId === 'trigger-points') return true
  if (!state.selectedId) return false
  const selected = findStructure(state.selectedId)
  return selected !== undefined && findStructure(marker.muscleId)?.contentId === selected.contentId
}

/**
 * Shows the generated illustrations of the active cause (a herniation touching the L5 root, a
 * narrowed canal, worn discs, a slipped L5, lines of muscle pull) and the trigger-point markers,
 * which are hidden otherwise. They never take clicks.
 */
export function CauseIllustrations({ scene, materials }: CauseIllustrationsProps) {
  const invalidate = useThree((s) => s.invalidate)
  const extras = useMemo(() => findModelExtras(scene), [scene])
  const markerMaterials = useMemo(
    () => ({
      active: new MeshStandardMaterial({
        name: 'trigger-point-active',
        color: new Color(TRIGGER_POINT_PALETTE.active.colour),
        emissive: new Color(TRIGGER_POINT_PALETTE.active.colour),
        emissiveIntensity: 0.6,
        // Markers sit inside their muscle: draw them through it.
        depthTest: false,
      }),
      latent: new MeshStandardMaterial({
        name: 'trigger-point-latent',
        color: new Color(TRIGGER_POINT_PALETTE.latent.colour),
        emissive: new Color(TRIGGER_POINT_PALETTE.latent.colour),
        emissiveIntensity: 0.35,
        depthTest: false,
      }),
    }),
    []
  )
  useEffect(() => () => Object.values(markerMaterials).forEach((m) => m.dispose()), [markerMaterials])

  useEffect(() => {
    for (const { object, causeId, role } of extras.illustrations) {
      const material = materials.role.get(role ?? ILLUSTRATION_ROLE[causeId] ?? 'involved')
      for (const mesh of meshesOf(object)) {
        if (material) mesh.material = material
        mesh.raycast = noRaycast
      }
    }
    for (const marker of extras.markers) {
      for (const mesh of meshesOf(marker.object)) {
        mesh.material = markerMaterials[marker.kind]
        mesh.raycast = noRaycast
        // Drawn last, over the muscle it sits in.
        mesh.renderOrder = 10
      }
    }
    const apply = (state: ExplorerState) => {
      for (const { object, causeId } of extras.illustrations) object.visible = state.causeId === causeId
      for (const marker of extras.markers) marker.object.visible = markerShown(marker, state)
      invalidate()
    }
    apply(useExplorerStore.getState())
    return useExplorerStore.subscribe((state, previous) => {
      if (state.causeId !== previous.causeId || state.selectedId !== previous.selectedId) apply(state)
    })
  }, [extras, materials, markerMaterials, invalidate])

  return null
}
