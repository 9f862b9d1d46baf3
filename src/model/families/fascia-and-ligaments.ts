/**
 * The fascia and ligaments family: the posterior layer of the thoracolumbar fascia, a taut sheet
 * traced onto the erector spinae, spinous processes, sacrum and iliac crests from behind (so it
 * needs the muscles family's erector columns and the bones' SDFs), and the ligaments as bands or
 * cords swept between their bony attachments (../shapes/ligament.ts), each with its fibres'
 * direction along its bands, like a tendon's, so the app draws their collagen streaks.
 */
import { fibreAcross, LIGAMENT_COLLAGEN, withFibres } from '../fibres'
import { computeNormals, type MeshData, type Sdf } from '../mesh'
import { mirrorX } from '../math'
import { setPaired } from '../mirror'
import { thickSheetMesh } from '../sheet-mesh'
import { morphTargetName, SOFT_TISSUE_MOTION, type SpinalJoint } from '../../domain/movement'
import {
  flavumBands,
  flavumExtensionDeltas,
  ligamentCourses,
  ligamentMesh,
  superficialLaminaFibres,
  thoracolumbarFasciaSheet,
  type LigamentMeshOptions,
  type ThoracolumbarFasciaOptions,
  type VertebraSdfs,
} from '../shapes/ligament'
import { LUMBAR } from '../shapes/landmarks'
import { outwardFromTrunk } from '../shapes/abdominal-wall'
import { requireSdf, type BuildContext, type PartGeometry } from './family'

export interface FasciaAndLigamentsOptions {
  thoracolumbarFascia: ThoracolumbarFasciaOptions
  ligaments: LigamentMeshOptions
}

export const FASCIA_AND_LIGAMENTS_DEFAULTS: FasciaAndLigamentsOptions = {
  thoracolumbarFascia: {
    // From where the erector spinae are broad, above T12, to the sacrum's apex (world y, mm).
    top: 215,
    bottom: -58,
    rows: 28,
    cols: 29,
    gap: 1.2,
    halfThickness: 0.6,
    rapheHalfThickness: 1.5,
    rapheWrap: 9,
    smoothing: 8,
    midlineLift: 3,
    sacralMidlineLift: 9,
    topArch: 22,
    topShare: 0.65,
  },
  ligaments: { ringSpacing: 5, radial: 10 },
}

/**
 * The thoracolumbar fascia is an aponeurotic sheet, drawn nearly as tendon: glossy and pale with
 * faint streaks. Drawn as a ligament, its broad sheet showed corrugations with dark creases.
 */
const FASCIA_COLLAGEN = 0.8

/** What the fascia's SDFs are wanted for, in the error when one is missing. */
const FASCIA = 'the thoracolumbar fascia'

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

export function buildFasciaAndLigaments(
  ctx: BuildContext,
  options: FasciaAndLigamentsOptions = FASCIA_AND_LIGAMENTS_DEFAULTS
): void {
  const columns = ERECTOR_SPINAE.map((id) => requireSdf(ctx.ownMuscleSdfs, id, FASCIA))
  const bones = ['sacrum', 'hip-bone-left', 'hip-bone-right'].map((id) => requireSdf(ctx.boneSdfs, id, FASCIA))
  // Both sides' columns, and below them the bones: each evaluated some 100,000 times while the
  // sheet is traced, so plain loops rather than mapped arrays.
  const erector: Sdf = (p) => {
    const q = mirrorX(p)
    let d = Infinity
    for (const column of columns) d = Math.min(d, column(p), column(q))
    return d
  }
  const bone: Sdf = (p) => {
    let d = Infinity
    for (const b of bones) d = Math.min(d, b(p))
    return d
  }
  const vertebra: VertebraSdfs = (level) => requireSdf(ctx.boneSdfs, level.toLowerCase(), FASCIA)
  const tlf = thoracolumbarFasciaSheet(
    ctx.frames,
    ctx.skeleton.pelvis,
    erector,
    bone,
    vertebra,
    options.thoracolumbarFascia
  )
  const fibred = withFibres(
    thickSheetMesh(tlf.sheet.grid, tlf.sheet.half),
    superficialLaminaFibres(tlf.sheet.grid),
    () => FASCIA_COLLAGEN
  )
  // Its streaks fitted to the fibres, as the flank sheets' are: taken from the position across
  // them, they wandered into waves where the sheet wraps round the back.
  const mesh = { ...fibred, fibreAcross: fibreAcross(fibred, computeNormals(fibred), outwardFromTrunk) }
  ctx.parts.set('thoracolumbar-fascia', { material: 'ligament', mesh })
  ctx.softCurves.set('thoracolumbar-fascia', [tlf.path])

  // The sheets over the sacroiliac joint are draped on the left side's bones and mirrored.
  const [sacrum, hipLeft] = bones as [Sdf, Sdf, Sdf]
  const pelvis: Sdf = (p) => Math.min(sacrum(p), hipLeft(p))
  for (const l of ligamentCourses(ctx.frames, vertebra, pelvis)) {
    const curves = l.bands.map((b) => b.points)
    const mesh = withFibres(ligamentMesh(l, options.ligaments), l.fibres ?? curves, () => LIGAMENT_COLLAGEN)
    if (l.paired) {
      setPaired(ctx, l.id, 'ligament', mesh, curves)
    } else {
      ctx.parts.set(l.id, { material: 'ligament', mesh, ...flavumMotion(ctx, l.id, mesh) })
      ctx.softCurves.set(l.id, curves)
    }
  }
}
