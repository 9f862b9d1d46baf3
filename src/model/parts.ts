/**
 * Builds every structure's mesh (mm) with its node pose, material and triangle budget.
 * The list follows STRUCTURES order, so iteration (and the GLB) is stable.
 */
import { STRUCTURES, type Structure } from '../domain/structures'
import { conjugate, dirToWorld, mirrorX, rotateByQuat, toLocal, toWorld, type Pose, type Vec3, scale } from './math'
import {
  bakeAmbientOcclusion,
  isClosedManifold,
  meshSdf,
  meshSdfSimplified,
  mapVertices,
  type MeshData,
  type Sdf,
} from './mesh'
import { simplifyMesh, SIMPLIFY_DEFAULTS } from './optimize'
import { buildSkeleton, type Skeleton } from './skeleton'
import { coccyxSdf } from './shapes/coccyx'
import { discMesh, nucleusMesh } from './shapes/disc'
import { femurSdf } from './shapes/femur'
import { frames, mirrorPath } from './shapes/landmarks'
import { ligamentCourses, ligamentMesh, thoracolumbarFasciaSdf } from './shapes/ligament'
import { fleshyMuscles, muscleCourses, muscleMesh } from './shapes/muscle'
import { carve, fleshySdf } from './shapes/fleshy-muscle'
import { flankLayers } from './shapes/abdominal-wall'
import { thickSheetMesh } from './sheet-mesh'
import { nerveCourses, nerveMesh, type NerveCourse } from './shapes/nerve'
import { illustrations, triggerPoints, type ExtraNode } from './shapes/illustrations'
import { hipBoneSdf } from './shapes/pelvis'
import { ribPath, ribSdf } from './shapes/rib'
import { sacrumSdf } from './shapes/sacrum'
import { skinSdf } from './shapes/skin'
import { skinLandmarks, skinZoneAttributes, zoneSimplifyAttributes } from './shapes/skin-zones'
import { vertebraSdf, type LocalJoint } from './shapes/vertebra'
import { ellipsoidMesh } from './sweep'

/** Tissue materials; the app picks colours by these names. */
export type TissueMaterial = 'bone' | 'cartilage' | 'nerve' | 'muscle' | 'ligament' | 'skin'

export interface Part {
  structure: Structure
  material: TissueMaterial
  /** Mesh in the node's frame, mm. */
  mesh: MeshData
  /** Node pose in world mm; identity when absent. */
  pose?: Pose
  /** Custom per-vertex SCALAR UNSIGNED_BYTE attributes (glTF semantic → values), kept exact. */
  attributes?: Record<string, Uint8Array>
}

export interface ModelGeometry {
  skeleton: Skeleton
  parts: Part[]
  /** Bone SDFs in world mm (negative inside), by structure id. */
  boneSdfs: Map<string, Sdf>
  /** SDFs of the muscles built from fibre bundles (left side, world mm), by structure id. */
  muscleSdfs: Map<string, Sdf>
  /** What each of those muscles lies on (bone or muscle ids, left side). */
  muscleLayers: Map<string, readonly string[]>
  /** Nerve centre lines in world mm, by structure id (all paths). */
  nerveCurves: Map<string, Vec3[][]>
  /** Muscle and ligament centre lines (waypoints) in world mm, by structure id. */
  softCurves: Map<string, Vec3[][]>
  /** Nodes that are not structures (cause illustrations, trigger-point markers), world mm. */
  extras: ExtraNode[]
}

export interface BuildOptions {
  /** SDF grid edge length for vertebrae and sacrum, mm. */
  vertebraEdge: number
  /** SDF grid edge for pelvis, femur, coccyx and ribs, mm. */
  boneEdge: number
  /** SDF grid edge for the skin, mm. */
  skinEdge: number
  /** SDF grid edge for muscles built from their fibres, mm. */
  muscleEdge: number
  /** Triangle budgets per tissue kind. */
  budgets: {
    vertebra: number
    /** T12 is context for the lumbar spine, so it gets half a lumbar vertebra's triangles. */
    contextVertebra: number
    sacrum: number
    hip: number
    femur: number
    small: number
    /** The thoracolumbar fascia, a thin sheet over the whole lumbar back. */
    sheet: number
    skin: number
  }
}

export const BUILD_DEFAULTS: BuildOptions = {
  vertebraEdge: 1.1,
  boneEdge: 2,
  skinEdge: 7,
  muscleEdge: 2.6,
  budgets: {
    vertebra: 5400,
    contextVertebra: 3000,
    sacrum: 8000,
    hip: 7000,
    femur: 3000,
    small: 1500,
    sheet: 2000,
    skin: 10400,
  },
}

/** Minimum depth of muscle under the skin surface, mm (estimate). */
const SUBCUTANEOUS_FAT = 5

const IDENTITY: Pose = { translation: [0, 0, 0], rotation: [0, 0, 0, 1] }

function mirrorMesh(m: MeshData): MeshData {
  const mm = mapVertices(m, mirrorX)
  const idx = new Uint32Array(m.indices.length)
  for (let i = 0; i < idx.length; i += 3) {
    idx[i] = m.indices[i] ?? 0
    idx[i + 1] = m.indices[i + 2] ?? 0
    idx[i + 2] = m.indices[i + 1] ?? 0
  }
  return { ...mm, indices: idx }
}

function worldSdf(local: Sdf, pose: Pose): Sdf {
  return (p) => local(toLocal(pose, p))
}

/**
 * Meshes a bone SDF, simplifies it to its budget and bakes ambient occlusion. Thin plates (ilium,
 * sacrum) go straight to manifold-3d's simplifier, which never pinches them into non-manifold edges.
 */
async function bone(
  sdf: Sdf,
  bounds: { min: Vec3; max: Vec3 },
  edge: number,
  budget: number,
  thin = false
): Promise<MeshData> {
  let simple: MeshData | undefined
  if (!thin) {
    const raw = await meshSdf(sdf, bounds, { edgeLength: edge })
    simple = await simplifyMesh(raw, budget)
    for (let attempt = 1; attempt <= 3 && !isClosedManifold(simple); attempt++) {
      simple = await simplifyMesh(raw, Math.round(budget * (1 + attempt * 0.04)))
    }
  }
  if (!simple || !isClosedManifold(simple))
    simple = await meshSdfSimplified(sdf, bounds, { edgeLength: edge }, 0.12, budget)
  return { ...simple, colors: bakeAmbientOcclusion(simple, sdf) }
}

function localJoints(pose: Pose, joints: readonly { centre: Vec3; normal: Vec3 }[]): LocalJoint[] {
  const inv = conjugate(pose.rotation)
  return joints.map((j) => ({ centre: toLocal(pose, j.centre), normal: rotateByQuat(j.normal, inv) }))
}

/** Computes all meshes and the geometry the tests inspect. */
export async function buildGeometry(options: BuildOptions = BUILD_DEFAULTS): Promise<ModelGeometry> {
  const sk = buildSkeleton()
  const f = frames(sk)
  const byId = new Map<
    string,
    { material: TissueMaterial; mesh: MeshData; pose?: Pose; attributes?: Record<string, Uint8Array> }
  >()
  const boneSdfs = new Map<string, Sdf>()
  const nerveCurves = new Map<string, Vec3[][]>()
  const softCurves = new Map<string, Vec3[][]>()
  /** A left-side soft-tissue mesh and its centre lines, with the right side as their mirror. */
  const setPaired = (id: string, material: TissueMaterial, left: MeshData, curves: Vec3[][]): void => {
    byId.set(`${id}-left`, { material, mesh: left })
    byId.set(`${id}-right`, { material, mesh: mirrorMesh(left) })
    softCurves.set(`${id}-left`, curves)
    softCurves.set(`${id}-right`, curves.map(mirrorPath))
  }

  // Vertebrae.
  for (const level of ['T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const) {
    const pose = sk.vertebrae[level]
    const sup = sk.segments.find((s) => s.lower === level)?.facets ?? []
    const inf = sk.segments.find((s) => s.upper === level)?.facets ?? []
    const { sdf, bounds } = vertebraSdf(level, localJoints(pose, sup), localJoints(pose, inf))
    const budget = level === 'T12' ? options.budgets.contextVertebra : options.budgets.vertebra
    const mesh = await bone(sdf, bounds, options.vertebraEdge, budget)
    byId.set(level.toLowerCase(), { material: 'bone', mesh, pose })
    boneSdfs.set(level.toLowerCase(), worldSdf(sdf, pose))
  }
  // Sacrum and coccyx, posed by the sacral slope.
  const l5s1 = sk.segments.find((s) => s.lower === 'S1')?.facets ?? []
  const sac = sacrumSdf(localJoints(sk.sacrum, l5s1))
  byId.set('sacrum', {
    material: 'bone',
    mesh: await bone(sac.sdf, sac.bounds, options.vertebraEdge * 1.1, options.budgets.sacrum, true),
    pose: sk.sacrum,
  })
  boneSdfs.set('sacrum', worldSdf(sac.sdf, sk.sacrum))
  const coc = coccyxSdf()
  byId.set('coccyx', {
    material: 'bone',
    mesh: await bone(coc.sdf, coc.bounds, 0.9, options.budgets.small),
    pose: sk.sacrum,
  })
  boneSdfs.set('coccyx', worldSdf(coc.sdf, sk.sacrum))
  // Hip bones and femurs (left built, right mirrored), world frame.
  const auricular = toWorld(sk.sacrum, [61, -22, -10])
  const hip = hipBoneSdf(sk.pelvis, auricular)
  const hipMesh = await bone(hip.sdf, hip.bounds, options.boneEdge, options.budgets.hip, true)
  const fem = femurSdf(sk.pelvis)
  const femMesh = await bone(fem.sdf, fem.bounds, options.boneEdge * 1.2, options.budgets.femur)
  const rib = ribSdf(ribPath(sk.vertebrae.T12))
  const ribMesh = await bone(rib.sdf, rib.bounds, 1.2, 900)
  for (const [id, sdf, mesh] of [
    ['hip-bone', hip.sdf, hipMesh],
    ['femur', fem.sdf, femMesh],
    ['rib-12', rib.sdf, ribMesh],
  ] as const) {
    byId.set(`${id}-left`, { material: 'bone', mesh })
    byId.set(`${id}-right`, { material: 'bone', mesh: mirrorMesh(mesh) })
    boneSdfs.set(`${id}-left`, sdf)
    boneSdfs.set(`${id}-right`, (p) => sdf(mirrorX(p)))
  }
  // Discs, nuclei, facet capsules.
  for (const seg of sk.segments) {
    if (seg.level === 'T12-L1') continue
    const key = seg.level.toLowerCase()
    const upperPose = sk.vertebrae[seg.upper]
    const lowerPose = seg.lower === 'S1' ? sk.sacrum : sk.vertebrae[seg.lower]
    byId.set(`${key}-disc`, { material: 'cartilage', mesh: discMesh(seg.upper, upperPose, seg.lower, lowerPose) })
    byId.set(`${key}-nucleus-pulposus`, {
      material: 'cartilage',
      mesh: nucleusMesh(seg.upper, upperPose, seg.lower, lowerPose),
    })
    for (const j of seg.facets) {
      const up = dirToWorld(upperPose, [0, 1, 0])
      const tangent: Vec3 = [
        up[1] * j.normal[2] - up[2] * j.normal[1],
        up[2] * j.normal[0] - up[0] * j.normal[2],
        up[0] * j.normal[1] - up[1] * j.normal[0],
      ]
      byId.set(`${key}-facet-${j.side}`, {
        material: 'cartilage',
        mesh: ellipsoidMesh(j.centre, scale(j.normal, 3.2), scale(up, 9.5), scale(tangent, 7.5), 8, 14),
      })
    }
  }
  // Sacroiliac joints: thin plates on the auricular surfaces.
  for (const s of [1, -1]) {
    const c = toWorld(sk.sacrum, [52.5 * s, -22, -8])
    const m = ellipsoidMesh(
      c,
      [2.2, 0, 0],
      scale(dirToWorld(sk.sacrum, [0, 1, 0]), 24),
      scale(dirToWorld(sk.sacrum, [0, 0, 1]), 14),
      10,
      16
    )
    byId.set(`sacroiliac-joint-${s > 0 ? 'left' : 'right'}`, { material: 'cartilage', mesh: m })
  }
  // Nerves.
  for (const course of nerveCourses(f)) {
    const midline = ['dural-sac', 'spinal-cord', 'cauda-equina'].includes(course.id)
    const sides: [string, NerveCourse][] = midline
      ? [[course.id, course]]
      : [
          [`${course.id}-left`, course],
          [
            `${course.id}-right`,
            {
              ...course,
              paths: course.paths.map((p) => ({ ...p, points: mirrorPath(p.points) })),
              side: mirrorX(course.side),
            },
          ],
        ]
    for (const [id, c] of sides) {
      byId.set(id, { material: 'nerve', mesh: nerveMesh(c) })
      nerveCurves.set(
        id,
        c.paths.map((p) => p.points)
      )
    }
  }
  // Muscles.
  for (const m of muscleCourses(f)) setPaired(m.id, 'muscle', muscleMesh(m), [m.points])
  // Thick muscles from their fibre bundles, deepest first, each carved off what it lies on.
  const skin = skinSdf(sk.pelvis)
  const fleshSdfs = new Map<string, Sdf>(boneSdfs)
  const ownSdfs = new Map<string, Sdf>()
  const muscleSdfs = new Map<string, Sdf>()
  const muscleLayers = new Map<string, readonly string[]>()
  for (const m of fleshyMuscles(f)) {
    const own = fleshySdf(m)
    ownSdfs.set(m.id, own.sdf)
    // Bones by their own id; muscles (paired) by their left-side id.
    const layers = m.liesOn.map((id) => (fleshSdfs.has(id) ? id : `${id}-left`))
    const under = layers.map((id) => {
      const sdf = fleshSdfs.get(id)
      if (!sdf) throw new Error(`${m.id} lies on unknown ${id}`)
      return sdf
    })
    // Kept under the skin with room for the subcutaneous fat.
    const sdf = carve(own.sdf, [...under, (p) => -skin.sdf(p) - SUBCUTANEOUS_FAT], m.gap ?? 0.8)
    fleshSdfs.set(`${m.id}-left`, sdf)
    muscleSdfs.set(`${m.id}-left`, sdf)
    muscleLayers.set(`${m.id}-left`, layers)
    const raw = await meshSdf(sdf, own.bounds, { edgeLength: options.muscleEdge })
    const middle = m.fibres[Math.floor(m.fibres.length / 2)] ?? []
    setPaired(m.id, 'muscle', await simplifyMesh(raw, m.budget), [middle, ...m.fibres])
  }
  // Abdominal wall: three curved sheets, each at its own depth under the skin.
  for (const layer of flankLayers(f, skin.sdf)) {
    setPaired(layer.id, 'muscle', thickSheetMesh(layer.grid, layer.half), [layer.midline])
  }
  // Thoracolumbar fascia over the erector spinae.
  const erectorColumns = ['multifidus', 'longissimus-thoracis', 'iliocostalis-lumborum'].map((id) => {
    const sdf = ownSdfs.get(id)
    if (!sdf) throw new Error(`No ${id} for the thoracolumbar fascia`)
    return sdf
  })
  // Evaluated millions of times while meshing, so a plain loop rather than a mapped array.
  const erector: Sdf = (p) => {
    let d = Infinity
    for (const column of erectorColumns) d = Math.min(d, column(p))
    return d
  }
  const tlf = thoracolumbarFasciaSdf(f, erector)
  // A thin sheet: manifold's own simplifier keeps it closed where free edge collapse would tear it.
  const tlfMesh = await meshSdfSimplified(tlf.sdf, tlf.bounds, { edgeLength: 1.5 }, 0.1, options.budgets.sheet)
  byId.set('thoracolumbar-fascia', { material: 'ligament', mesh: tlfMesh })
  softCurves.set('thoracolumbar-fascia', [tlf.path])
  // Ligaments.
  for (const l of ligamentCourses(f)) {
    const mesh = ligamentMesh(l)
    if (l.paired) {
      setPaired(
        l.id,
        'ligament',
        mesh,
        l.bands.map((b) => b.points)
      )
    } else {
      byId.set(l.id, { material: 'ligament', mesh })
      softCurves.set(
        l.id,
        l.bands.map((b) => b.points)
      )
    }
  }
  // Skin.
  const skinRaw = await meshSdf(skin.sdf, skin.bounds, { edgeLength: options.skinEdge })
  const skinLm = skinLandmarks(sk)
  const skinMesh = await simplifyMesh(
    skinRaw,
    options.budgets.skin,
    SIMPLIFY_DEFAULTS,
    zoneSimplifyAttributes(skinRaw, skinLm)
  )
  const zones = skinZoneAttributes(skinMesh, skinLm)
  byId.set('skin', {
    material: 'skin',
    mesh: skinMesh,
    attributes: { _BODY_AREA: zones.bodyArea, _DERMATOME: zones.dermatome },
  })

  const parts: Part[] = STRUCTURES.map((structure) => {
    const got = byId.get(structure.id)
    if (!got) throw new Error(`No geometry for structure ${structure.id}`)
    const part: Part = { structure, material: got.material, mesh: got.mesh, pose: got.pose ?? IDENTITY }
    if (got.attributes) part.attributes = got.attributes
    return part
  })
  const extras = [...illustrations(f, nerveCurves), ...triggerPoints(softCurves)]
  return { skeleton: sk, parts, boneSdfs, muscleSdfs, muscleLayers, nerveCurves, softCurves, extras }
}
