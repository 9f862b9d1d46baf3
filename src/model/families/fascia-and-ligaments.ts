/**
 * The fascia and ligaments family: the posterior layer of the thoracolumbar fascia, a thin sheet
 * wrapped over the erector spinae (so it needs the muscles family's erector columns), and the
 * ligaments as bands or cords swept between their bony attachments (../shapes/ligament.ts).
 */
import { meshSdfSimplified, type MeshData, type Sdf } from '../mesh'
import { setPaired } from '../mirror'
import { morphTargetName, SOFT_TISSUE_MOTION, type SpinalJoint } from '../../domain/movement'
import {
  flavumBands,
  flavumExtensionDeltas,
  ligamentCourses,
  ligamentMesh,
  thoracolumbarFasciaSdf,
  type LigamentMeshOptions,
} from '../shapes/ligament'
import { LUMBAR } from '../shapes/landmarks'
import type { BuildContext, PartGeometry } from './family'

export interface FasciaAndLigamentsOptions {
  thoracolumbarFascia: {
    /** SDF grid edge, mm: fine, the sheet is only a few mm thick. */
    edge: number
    /** Starting tolerance of manifold-3d's simplifier, mm. */
    tolerance: number
    /** Triangle budget of the whole sheet (both sides). */
    budget: number
  }
  ligaments: LigamentMeshOptions
}

export const FASCIA_AND_LIGAMENTS_DEFAULTS: FasciaAndLigamentsOptions = {
  thoracolumbarFascia: { edge: 1.5, tolerance: 0.1, budget: 2000 },
  ligaments: { ringSpacing: 5, radial: 10 },
}

/** The erector spinae columns, medial to lateral, that the fascia wraps. */
const ERECTOR_SPINAE = ['multifidus', 'longissimus-thoracis', 'iliocostalis-lumborum']

/** The ligamentum flavum folds into the canal in extension, one morph target per level. */
function flavumMotion(ctx: BuildContext, id: string, mesh: MeshData): Pick<PartGeometry, 'morphTargets'> {
  if (id !== 'ligamentum-flavum') return {}
  const deltas = flavumExtensionDeltas(mesh, flavumBands(ctx.frames), SOFT_TISSUE_MOTION.flavumFoldMm)
  return {
    morphTargets: LUMBAR.map((upper, i) => ({
      name: morphTargetName(upper as SpinalJoint, 'extension'),
      deltas: deltas[i] ?? new Float32Array(mesh.positions.length),
    })),
  }
}

export async function buildFasciaAndLigaments(
  ctx: BuildContext,
  options: FasciaAndLigamentsOptions = FASCIA_AND_LIGAMENTS_DEFAULTS
): Promise<void> {
  const columns = ERECTOR_SPINAE.map((id) => {
    const sdf = ctx.ownMuscleSdfs.get(id)
    if (!sdf) throw new Error(`No ${id} for the thoracolumbar fascia`)
    return sdf
  })
  // Evaluated millions of times while meshing, so a plain loop rather than a mapped array.
  const erector: Sdf = (p) => {
    let d = Infinity
    for (const column of columns) d = Math.min(d, column(p))
    return d
  }
  const tlf = thoracolumbarFasciaSdf(ctx.frames, erector)
  const o = options.thoracolumbarFascia
  // A thin sheet: manifold's own simplifier keeps it closed where free edge collapse would tear it.
  const mesh = await meshSdfSimplified(tlf.sdf, tlf.bounds, { edgeLength: o.edge }, o.tolerance, o.budget)
  ctx.parts.set('thoracolumbar-fascia', { material: 'ligament', mesh })
  ctx.softCurves.set('thoracolumbar-fascia', [tlf.path])

  for (const l of ligamentCourses(ctx.frames)) {
    const mesh = ligamentMesh(l, options.ligaments)
    const curves = l.bands.map((b) => b.points)
    if (l.paired) {
      setPaired(ctx, l.id, 'ligament', mesh, curves)
    } else {
      ctx.parts.set(l.id, { material: 'ligament', mesh, ...flavumMotion(ctx, l.id, mesh) })
      ctx.softCurves.set(l.id, curves)
    }
  }
}
