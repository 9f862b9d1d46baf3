/**
 * The muscles family, all built on the left and mirrored to the right:
 * - lofted muscles (psoas major, piriformis, rectus abdominis, rectus femoris):
 *   a section swept along the muscle's course (../shapes/muscle.ts);
 * - fleshy muscles (quadratus lumborum, multifidus, erector spinae, iliacus, the gluteals,
 *   hamstrings): fibre bundles melted into one SDF, carved off the bones and muscles they lie on
 *   and kept under the skin, then meshed (../shapes/fleshy-muscle.ts), deepest first;
 * - the three flank layers of the abdominal wall as thick sheets under the skin
 *   (../shapes/abdominal-wall.ts).
 */
import { fibreAcross, tendonFromSamples, withFibres } from '../fibres'
import {
  AMBIENT_OCCLUSION_DEFAULTS,
  bakeAmbientOcclusion,
  computeNormals,
  mapVertices,
  meshSdf,
  type AmbientOcclusionOptions,
  type MeshData,
  type Sdf,
} from '../mesh'
import { setPaired } from '../mirror'
import { simplifyMesh } from '../optimize'
import { thickSheetMesh } from '../sheet-mesh'
import { toSurfaceOf } from '../shapes/bone-surface'
import { flankLayers, outwardFromTrunk, type FlankSheetOptions } from '../shapes/abdominal-wall'
import { carve, fleshySdf, shadeSection, type FleshyMuscle } from '../shapes/fleshy-muscle'
import type { Frames } from '../shapes/landmarks'
import { fleshyMuscles, muscleCourses, muscleFibres, muscleMesh, type MuscleMeshOptions } from '../shapes/muscle'
import type { BuildContext, Shape } from './family'

export interface MusclesOptions {
  /** Lofted muscles: section spacing and vertices round a section. */
  lofted: MuscleMeshOptions
  /** Lofted muscles are lifted this far off any bone they would pass into, mm. */
  loftedGap: number
  /** SDF grid edge for the fleshy muscles, mm. */
  fleshyEdge: number
  /** Simplification error allowed on a fleshy muscle, as a share of its size (meshoptimizer's). */
  fleshyError: number
  /** Pieces of a fleshy muscle under this share of its main body's volume are dropped. */
  fleshySpecks: number
  /** Triangle budget of each fleshy muscle (one side) after simplification, by muscle id. */
  fleshyBudgets: Readonly<Record<string, number>>
  /** Sampling of the flank sheets of the abdominal wall. */
  flankSheet: FlankSheetOptions
}

export const MUSCLES_DEFAULTS: MusclesOptions = {
  lofted: { ringSpacing: 8, radial: 14 },
  loftedGap: 0.5,
  fleshyEdge: 2.6,
  fleshySpecks: 0.02,
  // A carved muscle's folds stop the default error (0.004) well above its budget.
  fleshyError: 0.006,
  fleshyBudgets: {
    multifidus: 1400,
    'longissimus-thoracis': 1000,
    'iliocostalis-lumborum': 850,
    'quadratus-lumborum': 700,
    iliacus: 900,
    'gluteus-minimus': 800,
    'gluteus-medius': 1270,
    'gluteus-maximus': 1400,
    hamstrings: 1100,
  },
  flankSheet: { rows: 12, cols: 18, colsWithSlips: 26 },
}

/**
 * Ambient occlusion on the fleshy muscles: the bones' bake over the shorter distances only, so a
 * groove a few mm deep darkens and the broad curve of a belly does not, and gentler, since the
 * faces a muscle turns to the bone it lies on are hidden anyway.
 */
const MUSCLE_OCCLUSION: AmbientOcclusionOptions = {
  ...AMBIENT_OCCLUSION_DEFAULTS,
  distances: [1.5, 3, 6],
  strength: 0.7,
}

/** Minimum depth of muscle under the skin surface, mm (estimate): room for the subcutaneous fat. */
const SUBCUTANEOUS_FAT = 5

/** Gap kept between a fleshy muscle and what it lies on unless the muscle sets its own, mm (estimate). */
const DEFAULT_GAP = 0.8

/**
 * A lofted muscle with every vertex that lies inside a bone moved out along that bone's normal to
 * `gap` mm off its surface: a swept belly follows its course, not the bones' shape, and where the
 * course runs close to a bone (psoas along the vertebral bodies) it would otherwise pass into it.
 */
export function outOfBones(mesh: MeshData, bones: ReadonlyMap<string, Sdf>, gap: number): MeshData {
  const sdfs = [...bones.values()]
  return mapVertices(mesh, (p) => {
    let q = p
    for (const sdf of sdfs) if (sdf(q) < gap) q = toSurfaceOf(sdf, q, gap)
    return q
  })
}

/** A fleshy muscle's SDFs: its own shape, and carved off what it lies on. */
export interface FleshyMuscleShape {
  muscle: FleshyMuscle
  /** The muscle's own SDF, its bed for the muscles over it, and its meshing box, before carving. */
  own: Shape & { bed: Sdf }
  /** Carved: kept `gap` mm off the bones and muscles it lies on and under the skin's fat. */
  sdf: Sdf
  /** The ids it lies on: bones by their own id, muscles by their left-side id. */
  layers: readonly string[]
}

/**
 * The fleshy muscles' SDFs, deepest first, each carved off what it lies on. Cheap (no meshing), so
 * the SDFs can be rebuilt without rebuilding the meshes.
 */
export function fleshyMuscleShapes(frames: Frames, boneSdfs: ReadonlyMap<string, Sdf>, skin: Sdf): FleshyMuscleShape[] {
  const fleshSdfs = new Map<string, Sdf>(boneSdfs)
  const underSkin: Sdf = (p) => -skin(p) - SUBCUTANEOUS_FAT
  return fleshyMuscles(frames, boneSdfs).map((muscle) => {
    const own = fleshySdf(muscle)
    const layers = muscle.liesOn.map((id) => (fleshSdfs.has(id) ? id : `${id}-left`))
    const under = layers.map((id) => {
      const sdf = fleshSdfs.get(id)
      if (!sdf) throw new Error(`${muscle.id} lies on unknown ${id}`)
      return sdf
    })
    const carved = (shape: Sdf): Sdf => carve(shape, [...under, underSkin], muscle.gap ?? DEFAULT_GAP)
    const sdf = carved(own.sdf)
    // The muscles over it lie on its bed, not down in the grooves between its parts.
    fleshSdfs.set(`${muscle.id}-left`, own.bed === own.sdf ? sdf : carved(own.bed))
    return { muscle, own, sdf, layers }
  })
}

export async function buildMuscles(ctx: BuildContext, options: MusclesOptions = MUSCLES_DEFAULTS): Promise<void> {
  for (const m of muscleCourses(ctx.frames)) {
    const mesh = outOfBones(muscleMesh(m, options.lofted), ctx.boneSdfs, options.loftedGap)
    const fibres = muscleFibres(m)
    setPaired(ctx, m.id, 'muscle', withFibres(mesh, fibres.lines, fibres.tendon), [m.points])
  }
  for (const { muscle, own, sdf, layers } of fleshyMuscleShapes(ctx.frames, ctx.boneSdfs, ctx.skin.sdf)) {
    const budget = options.fleshyBudgets[muscle.id]
    if (budget === undefined) throw new Error(`No triangle budget for ${muscle.id}`)
    ctx.ownMuscleSdfs.set(muscle.id, own.bed)
    ctx.muscleSdfs.set(`${muscle.id}-left`, sdf)
    ctx.muscleLayers.set(`${muscle.id}-left`, layers)
    const raw = await meshSdf(sdf, own.bounds, {
      edgeLength: options.fleshyEdge,
      dropSpecksUnder: options.fleshySpecks,
    })
    const middle = muscle.fibres[Math.floor(muscle.fibres.length / 2)] ?? []
    const simplified = await simplifyMesh(raw, budget, { error: options.fleshyError })
    // Its own folds and grooves (multifidus's seams, a fan's gathering at its tendon) shaded as the
    // bones are, from its SDF: light and the selection's colour alone left them flat.
    const shaded = { ...simplified, colors: bakeAmbientOcclusion(simplified, sdf, MUSCLE_OCCLUSION) }
    const fibred = withFibres(shaded, muscle.fibres, muscle.tendon)
    const across = muscle.outward
      ? { ...fibred, fibreAcross: fibreAcross(fibred, computeNormals(fibred), muscle.outward) }
      : fibred
    const mesh = muscle.cutAbove === undefined ? across : shadeSection(across, muscle.cutAbove)
    setPaired(ctx, muscle.id, 'muscle', mesh, [middle, ...muscle.fibres])
  }
  for (const layer of flankLayers(ctx.frames, ctx.skin.sdf, options.flankSheet)) {
    const sheet = withFibres(thickSheetMesh(layer.grid, layer.half), layer.fibres)
    const tendon = tendonFromSamples(sheet, layer.grid.flat(), layer.aponeurosis.flat())
    // Both faces of the thin sheet take the across direction of its outer face.
    const fibreAcrossSheet = fibreAcross(sheet, computeNormals(sheet), outwardFromTrunk)
    setPaired(ctx, layer.id, 'muscle', { ...sheet, tendon, fibreAcross: fibreAcrossSheet }, [layer.midline])
  }
}
