/**
 * The illustration extras: nodes that are not structures. The cause illustrations (herniation,
 * stenosis, degenerated disc, spondylolisthesis ghost, lines of pull) are placed from the bones and
 * the nerves' centre lines; the trigger-point markers sit on the muscles' centre lines
 * (../shapes/illustrations.ts). Built last, from what the other families left in the context.
 */
import { illustrations, triggerPoints, type ExtraNode, type TriggerPointMeshOptions } from '../shapes/illustrations'
import type { BuildContext } from './family'

export interface ExtrasOptions {
  /** Trigger-point markers: 6 rings × 8 segments is 80 triangles each. */
  triggerPoint: TriggerPointMeshOptions
}

export const EXTRAS_DEFAULTS: ExtrasOptions = { triggerPoint: { rings: 6, segments: 8 } }

export function buildExtras(ctx: BuildContext, options: ExtrasOptions = EXTRAS_DEFAULTS): ExtraNode[] {
  return [...illustrations(ctx.frames, ctx.nerveCurves), ...triggerPoints(ctx.softCurves, options.triggerPoint)]
}
