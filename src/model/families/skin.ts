/**
 * The skin family: one closed surface from the lower ribs to the soles (../shapes/skin.ts), meshed
 * coarsely and simplified so the body-area and dermatome zones keep their borders, with each
 * vertex's zone stored as the custom `_BODY_AREA` and `_DERMATOME` attributes
 * (../shapes/skin-zones.ts) that the app paints from.
 */
import { meshSdf } from '../mesh'
import { simplifyMesh, SIMPLIFY_DEFAULTS } from '../optimize'
import type { Skeleton } from '../skeleton'
import { skinSdf } from '../shapes/skin'
import { skinLandmarks, skinZoneAttributes, zoneSimplifyAttributes } from '../shapes/skin-zones'
import type { BuildContext, Shape } from './family'

export interface SkinMeshOptions {
  /** SDF grid edge, mm: coarse, the skin is smooth and large. */
  edge: number
  /** Triangle budget after simplification. */
  budget: number
  /** Simplifier error added for collapsing an edge across a zone border (see zoneSimplifyAttributes). */
  zoneBorderWeight: number
}

export const SKIN_MESH_DEFAULTS: SkinMeshOptions = { edge: 7, budget: 10400, zoneBorderWeight: 0.01 }

/** The skin's SDF and meshing box; built before the families, since muscles keep under it. */
export function skinShape(sk: Skeleton): Shape {
  return skinSdf(sk.pelvis)
}

export async function buildSkin(ctx: BuildContext, options: SkinMeshOptions = SKIN_MESH_DEFAULTS): Promise<void> {
  const raw = await meshSdf(ctx.skin.sdf, ctx.skin.bounds, { edgeLength: options.edge })
  const landmarks = skinLandmarks(ctx.skeleton)
  const zones = zoneSimplifyAttributes(raw, landmarks, options.zoneBorderWeight)
  const mesh = await simplifyMesh(raw, options.budget, SIMPLIFY_DEFAULTS, zones)
  const { bodyArea, dermatome } = skinZoneAttributes(mesh, landmarks)
  ctx.parts.set('skin', { material: 'skin', mesh, attributes: { _BODY_AREA: bodyArea, _DERMATOME: dermatome } })
}
