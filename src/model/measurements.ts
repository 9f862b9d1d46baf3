/**
 * The published numbers the generator uses, copied from `../shared/reference/anatomy.json`
 * (`modelDefaults` and the per-level tables) into typed, cited constants. Millimetres and degrees.
 * `source` is the id of the citation in anatomy.json `sources`; `estimate` marks our own choice
 * inside anatomical reason, not a published value.
 */

export type SourceId =
  | 'panjabi1992'
  | 'iranMRI'
  | 'shin2024'
  | 'scirep2022'
  | 'macthiong2011'
  | 'lmg2018'
  | 'omanSacrum'
  | 'woon2013'
  | 'medpharm'
  | 'chen2018'
  | 'seatedMRI'
  | 'textbook'
  /** Snider KT et al. Reliability of Tuffier's line as an anatomic landmark. Spine 2008;33(6):E161–5 (not in anatomy.json). */
  | 'snider2008'
  /**
   * Rajagopal A et al. Full-body musculoskeletal model for muscle-driven simulation of human gait.
   * IEEE Trans Biomed Eng 2016;63(10):2068–79 (`opensim-org/opensim-models`,
   * `Models/Rajagopal/Rajagopal2016.osim`; not in anatomy.json). Its muscle forces come from
   * Handsfield GG et al. J Biomech 2014;47(3):631–8, MRI volumes of 24 young adults.
   */
  | 'rajagopal2016'
  | 'estimate'

export type VertebraLevel = 'T12' | 'L1' | 'L2' | 'L3' | 'L4' | 'L5'
export type DiscLevel = 'L1-L2' | 'L2-L3' | 'L3-L4' | 'L4-L5' | 'L5-S1'

/** A vertebra's model dimensions (modelDefaults.vertebrae, chosen inside panjabi1992 bands). */
export interface VertebraDimensions {
  /** Anterior body height, mm. */
  bodyHeightAnterior: number
  /** Posterior body height, mm. */
  bodyHeightPosterior: number
  /** Upper end-plate width (left–right), mm. */
  endplateWidth: number
  /** End-plate depth (antero-posterior), mm. */
  endplateDepth: number
  /** Vertebral canal width (interpedicular), mm. */
  canalWidth: number
  /** Vertebral canal depth (antero-posterior), mm. */
  canalDepth: number
  /** Pedicle width (transverse), mm. */
  pedicleWidth: number
  /** Pedicle height, mm. */
  pedicleHeight: number
  /** Transverse-process tip-to-tip span, mm (lmg2018). */
  transverseProcessSpan: number
  source: SourceId
}

/** Model vertebra dimensions per level. L1–L5: modelDefaults [E] inside panjabi1992/lmg2018 bands. */
export const VERTEBRAE: Record<VertebraLevel, VertebraDimensions> = {
  // T12 is context only; scaled from L1 (estimate).
  T12: {
    bodyHeightAnterior: 23,
    bodyHeightPosterior: 25,
    endplateWidth: 38,
    endplateDepth: 31,
    canalWidth: 20,
    canalDepth: 17,
    pedicleWidth: 7.5,
    pedicleHeight: 15,
    transverseProcessSpan: 60,
    source: 'estimate',
  },
  L1: {
    bodyHeightAnterior: 25,
    bodyHeightPosterior: 27,
    endplateWidth: 41,
    endplateDepth: 33,
    canalWidth: 23.7,
    canalDepth: 17,
    pedicleWidth: 8.6,
    pedicleHeight: 15,
    transverseProcessSpan: 74,
    source: 'panjabi1992',
  },
  L2: {
    bodyHeightAnterior: 26.5,
    bodyHeightPosterior: 27.5,
    endplateWidth: 42.6,
    endplateDepth: 34,
    canalWidth: 23.8,
    canalDepth: 16.5,
    pedicleWidth: 8.3,
    pedicleHeight: 15,
    transverseProcessSpan: 89,
    source: 'panjabi1992',
  },
  L3: {
    bodyHeightAnterior: 27.5,
    bodyHeightPosterior: 27.5,
    endplateWidth: 44.1,
    endplateDepth: 35,
    canalWidth: 24.3,
    canalDepth: 16,
    pedicleWidth: 10.2,
    pedicleHeight: 14.5,
    transverseProcessSpan: 97,
    source: 'panjabi1992',
  },
  L4: {
    bodyHeightAnterior: 27.5,
    bodyHeightPosterior: 26.5,
    endplateWidth: 46.6,
    endplateDepth: 35,
    canalWidth: 25.4,
    canalDepth: 16.5,
    pedicleWidth: 14,
    pedicleHeight: 14,
    transverseProcessSpan: 97,
    source: 'panjabi1992',
  },
  L5: {
    bodyHeightAnterior: 29.5,
    bodyHeightPosterior: 25.5,
    endplateWidth: 47.3,
    endplateDepth: 35.7,
    canalWidth: 27.1,
    canalDepth: 18,
    pedicleWidth: 18.6,
    pedicleHeight: 13,
    transverseProcessSpan: 97,
    source: 'panjabi1992',
  },
}

/** A disc's model heights and the segmental lordosis of its motion segment. */
export interface DiscDimensions {
  /** Anterior disc height, mm (iranMRI band). */
  anteriorHeight: number
  /** Middle disc height, mm (shin2024 / iranMRI bands). */
  middleHeight: number
  /** Posterior disc height, mm (iranMRI band). */
  posteriorHeight: number
  /** Segmental lordosis, upper vertebra to lower vertebra, degrees (scirep2022 band). */
  segmentalLordosis: number
  source: SourceId
}

/** modelDefaults.discs [E], chosen inside the iranMRI, shin2024 and scirep2022 bands. */
export const DISCS: Record<DiscLevel, DiscDimensions> = {
  'L1-L2': { anteriorHeight: 10, middleHeight: 8.5, posteriorHeight: 6.5, segmentalLordosis: 2, source: 'iranMRI' },
  'L2-L3': { anteriorHeight: 12, middleHeight: 9.5, posteriorHeight: 7.5, segmentalLordosis: 6, source: 'iranMRI' },
  'L3-L4': { anteriorHeight: 13.5, middleHeight: 10.5, posteriorHeight: 8, segmentalLordosis: 9, source: 'iranMRI' },
  'L4-L5': { anteriorHeight: 15.5, middleHeight: 11.5, posteriorHeight: 8.5, segmentalLordosis: 13, source: 'iranMRI' },
  'L5-S1': { anteriorHeight: 16, middleHeight: 10.5, posteriorHeight: 7, segmentalLordosis: 21, source: 'iranMRI' },
}

/** T12–L1 disc, context only (estimate inside the bach2019 band). */
export const T12_L1_DISC: DiscDimensions = {
  anteriorHeight: 7,
  middleHeight: 6,
  posteriorHeight: 5,
  segmentalLordosis: 0,
  source: 'estimate',
}

/** Facet-joint angle to the mid-sagittal plane, degrees (modelDefaults [E] inside the quoted ranges). */
export const FACET_ANGLE_TO_SAGITTAL: Record<DiscLevel, number> = {
  'L1-L2': 26,
  'L2-L3': 32,
  'L3-L4': 40,
  'L4-L5': 47,
  'L5-S1': 52,
}

/**
 * Radius of curvature of the lumbar facets in the transverse plane, mm (estimate: axial CT and
 * atlas sections show the superior articular facet concave, C- or J-shaped, wrapping the front of
 * the inferior process, its front part turned nearly coronal and its back part nearly sagittal;
 * no published radius was found in the references).
 */
export const FACET_CURVATURE_RADIUS = 13

/** Sacro-pelvic parameters (modelDefaults.pelvis [E] inside macthiong2011 bands), degrees. */
export const PELVIS = {
  /** Sacral slope, degrees. source: macthiong2011 */
  sacralSlope: 40,
  /** Pelvic incidence, degrees. source: macthiong2011 */
  pelvicIncidence: 53,
  /** Pelvic tilt, degrees. source: macthiong2011 */
  pelvicTilt: 13,
  /** Distance from the bicoxofemoral axis to the S1 end-plate centre, mm. source: estimate */
  pelvicRadius: 118,
  /** Distance between the hip-joint centres, mm. source: estimate */
  interHipDistance: 172,
  /** Acetabulum radius, mm. source: estimate */
  acetabulumRadius: 26,
  /** Distance between the anterior superior iliac spines, mm. source: estimate */
  interAsisDistance: 236,
  /** Greatest width across the iliac crests, mm. source: estimate */
  intercristalWidth: 280,
  /**
   * Height of the iliac crests' highest points above the hip-joint centres, mm. It puts the
   * intercristal (Tuffier's) line through the L4–L5 disc, the middle of its published range: the
   * L4 body or its lower end plate in most men, the L5 body or its upper end plate in most women.
   * source: snider2008
   */
  crestHeight: 155,
} as const

/** Sacrum (omanSacrum female means, scaled to the model's L5; modelDefaults S1 [E]). */
export const SACRUM = {
  /** S1 end-plate width, mm. source: estimate (anatomy.json vertebrae.S1.endplateWidthModel) */
  s1EndplateWidth: 49,
  /** S1 end-plate depth, mm. source: estimate (anatomy.json vertebrae.S1.endplateDepthModel) */
  s1EndplateDepth: 35,
  /** Anterior (curved) sacral height, mm. source: omanSacrum (98 ± 9.2, female), raised toward male */
  anteriorHeight: 104,
  /** Inter-auricular distance, mm. source: omanSacrum */
  interauricularDistance: 108.7,
  /** Auricular-surface height, mm. source: omanSacrum */
  auricularHeight: 56.2,
  /** Sacral width across the alae, mm. source: estimate (Korean PMCT median 95.3) */
  width: 100,
} as const

/** Coccyx (woon2013). */
export const COCCYX = {
  /** Curved length, mm (male 44 ± 8). source: woon2013 */
  curvedLength: 40,
  /** Number of segments (modal, 76 %). source: woon2013 */
  segments: 4,
} as const

/** Nerve sizes. */
export const NERVES = {
  /** Sciatic nerve band width, mm. source: estimate (sciaticModelEllipse) */
  sciaticWidth: 13,
  /** Sciatic nerve thickness, mm. source: medpharm (5.5 ± 1.2) */
  sciaticThickness: 5.5,
  /** Femoral nerve medio-lateral width between psoas and iliacus, mm. source: medpharm (6.2 ± 1.2) */
  femoralWidth: 6.2,
  /** Femoral nerve antero-posterior thickness, mm. source: medpharm (4.5 ± 0.5) */
  femoralThickness: 4.5,
  /** Lumbar root radius, mm. source: estimate */
  rootRadius: 2.4,
  /** Dorsal root ganglion radius, mm. source: estimate (shen2006 reports DRG sizes of 4–7 mm width) */
  drgRadius: 3.6,
  /** Spinal cord radius at the lumbar enlargement, mm. source: estimate */
  cordRadius: 4.2,
} as const

/** Muscle cross-sections, cm² (seatedMRI, female seated means). */
export const MUSCLE_CSA = {
  /** Psoas major CSA at L1, cm². source: seatedMRI */
  psoasL1: 1.9,
  /** Psoas major CSA at L5, cm². source: seatedMRI */
  psoasL5: 12.1,
  /** Multifidus CSA at L1, cm². source: seatedMRI */
  multifidusL1: 1.8,
  /** Multifidus CSA at L5, cm². source: seatedMRI */
  multifidusL5: 5.7,
  /** Erector spinae peak CSA, cm². source: seatedMRI */
  erectorSpinaePeak: 13.9,
} as const

/** Radius of the circle with a cross-section of `cm2` cm², mm: a belly's equivalent radius. */
export const radiusOfCsa = (cm2: number): number => Math.sqrt((cm2 * 100) / Math.PI)

/** Standard deviations of the cross-sections above, cm² (seatedMRI). */
export const MUSCLE_CSA_SD: Readonly<Record<keyof typeof MUSCLE_CSA, number>> = {
  psoasL1: 1.1,
  psoasL5: 2.5,
  multifidusL1: 0.3,
  multifidusL5: 1.4,
  erectorSpinaePeak: 2.2,
}

/** Femur. */
export const FEMUR = {
  /** Femoral length, head to knee, mm. source: estimate */
  length: 440,
  /** Femoral head radius, mm. source: estimate */
  headRadius: 23,
  /** Neck–shaft angle, degrees. source: textbook */
  neckShaftAngle: 127,
  /** Anteversion, degrees. source: textbook */
  anteversion: 12,
} as const

/**
 * Specific tension Rajagopal 2016 turned Handsfield 2014's MRI volumes into forces with, N/cm²:
 * maximum isometric force = 60 N/cm² × volume ÷ optimal fibre length. source: rajagopal2016
 */
export const RAJAGOPAL_SPECIFIC_TENSION = 60

/**
 * A muscle part's maximum isometric force (N) and optimal fibre length (m), as Rajagopal2016.osim
 * gives them for the left side.
 */
export interface PublishedMusclePart {
  name: string
  maxForce: number
  optimalFibreLength: number
}

/**
 * The parts of the hip and thigh muscles whose paths this model does not take from Rajagopal 2016
 * (psoas, iliacus, the three hamstrings of the long head and rectus femoris), for their volumes;
 * the gluteals' and piriformis's are with their paths in `opensim-paths.ts`. source: rajagopal2016
 */
export const RAJAGOPAL_2016_SIZES: Readonly<Record<string, readonly PublishedMusclePart[]>> = {
  'psoas-major': [{ name: 'psoas_l', maxForce: 1426.79, optimalFibreLength: 0.1169 }],
  iliacus: [{ name: 'iliacus_l', maxForce: 1021.14, optimalFibreLength: 0.1066 }],
  // Biceps femoris's long head, semitendinosus and semimembranosus (the short head arises on the
  // linea aspera and is not part of this model's hamstrings).
  hamstrings: [
    { name: 'bflh_l', maxForce: 1313.18, optimalFibreLength: 0.0976 },
    { name: 'semiten_l', maxForce: 591.3, optimalFibreLength: 0.193 },
    { name: 'semimem_l', maxForce: 2200.99, optimalFibreLength: 0.069 },
  ],
  'rectus-femoris': [{ name: 'recfem_l', maxForce: 2191.74, optimalFibreLength: 0.0759 }],
}

/** A muscle's volume from its published parts, cm³: force × optimal fibre length ÷ specific tension. */
export function publishedVolume(parts: readonly PublishedMusclePart[]): number {
  return parts.reduce((sum, p) => sum + (p.maxForce / RAJAGOPAL_SPECIFIC_TENSION) * p.optimalFibreLength * 100, 0)
}

/**
 * How far a muscle's volume here may stray from the published mean once scaled to this body, as a
 * share of it: the model is one body, and Handsfield's subjects' volumes spread more widely than
 * this around their mean. source: estimate
 */
export const MUSCLE_VOLUME_TOLERANCE = 0.25
