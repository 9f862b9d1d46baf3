/**
 * Every citation the content rests on, keyed by the ids used in the clinical reference sheet
 * (`shared/reference/clinical.md` §1). Structures, causes, content and red flags refer to these
 * ids; the sources page lists them all. Plain data, no React or three.js.
 */

/** What kind of publication a source is; the sources page groups by it. */
export type SourceKind =
  'guideline' | 'systematic-review' | 'review' | 'study' | 'textbook' | 'reference' | 'standard' | 'web-page'

export const SOURCE_KIND_NAMES: Record<SourceKind, string> = {
  guideline: 'Clinical guidelines and frameworks',
  'systematic-review': 'Systematic reviews',
  review: 'Reviews and overviews',
  study: 'Original studies',
  textbook: 'Textbooks and clinical manuals',
  reference: 'Clinical reference chapters',
  standard: 'Standards',
  'web-page': 'Web pages',
}

export interface Source {
  /** Stable id, as in the clinical reference sheet, e.g. `NICE-NG59`. */
  readonly id: string
  /** Short form shown next to a statement, e.g. "NICE NG59, 2016 (updated 2020)". */
  readonly short: string
  /** Full citation. */
  readonly citation: string
  /** Where to read it (DOI link, guideline page or PubMed), when one is known. */
  readonly url?: string
  readonly kind: SourceKind
  /**
   * True when the compilers of the reference sheet read the source itself (abstract, text or a
   * faithful copy); false when the citation comes from memory or a secondary page only.
   */
  readonly verified: boolean
  /** How the source was checked, or why it is unverified. */
  readonly verificationNote?: string
}

function src(source: Source): Source {
  return source
}

/** Every source, in the order of the reference sheet (guidelines first). */
export const SOURCE_LIST: readonly Source[] = [
  src({
    id: 'NICE-NG59',
    short: 'NICE NG59, 2016 (updated 2020)',
    citation:
      'National Guideline Centre. Low back pain and sciatica in over 16s: assessment and management. NICE guideline NG59. London: NICE; published 30 Nov 2016, updated 11 Dec 2020. https://www.nice.org.uk/guidance/ng59',
    url: 'https://www.nice.org.uk/guidance/ng59',
    kind: 'guideline',
    verified: true,
    verificationNote: 'guideline copy, NGC summary, and NICE/MIMS pages on the 2020 sciatica-drug update',
  }),
  src({
    id: 'NICE-QS155',
    short: 'NICE QS155, 2017',
    citation:
      'NICE. Low back pain and sciatica in over 16s. Quality standard QS155; 2017. https://www.nice.org.uk/guidance/qs155',
    url: 'https://www.nice.org.uk/guidance/qs155',
    kind: 'guideline',
    verified: true,
  }),
  src({
    id: 'NICE-BMJ-2017',
    short: 'Bernstein et al., BMJ 2017',
    citation:
      'Bernstein IA, Malik Q, Carville S, Ward S. Low back pain and sciatica: summary of NICE guidance. BMJ 2017;356:i6748. doi:10.1136/bmj.i6748',
    url: 'https://doi.org/10.1136/bmj.i6748',
    kind: 'guideline',
    verified: true,
  }),
  src({
    id: 'NICE-CG88',
    short: 'NICE CG88, 2009 (replaced)',
    citation:
      'NICE. Low back pain: early management of persistent non-specific low back pain. CG88; 2009 (superseded by NG59). https://www.nice.org.uk/guidance/cg88',
    url: 'https://www.nice.org.uk/guidance/cg88',
    kind: 'guideline',
    verified: true,
    verificationNote: 'historical only',
  }),
  src({
    id: 'ACP-2017',
    short: 'Qaseem et al. (ACP), 2017',
    citation:
      'Qaseem A, Wilt TJ, McLean RM, Forciea MA; Clinical Guidelines Committee of the ACP. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166(7):514–530. doi:10.7326/M16-2367',
    url: 'https://doi.org/10.7326/M16-2367',
    kind: 'guideline',
    verified: true,
  }),
  src({
    id: 'LANCET-HARTVIGSEN-2018',
    short: 'Hartvigsen et al., Lancet 2018',
    citation:
      'Hartvigsen J, Hancock MJ, Kongsted A, et al.; Lancet Low Back Pain Series Working Group. What low back pain is and why we need to pay attention. Lancet 2018;391(10137):2356–2367. doi:10.1016/S0140-6736(18)30480-X',
    url: 'https://doi.org/10.1016/S0140-6736(18)30480-X',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'LANCET-FOSTER-2018',
    short: 'Foster et al., Lancet 2018',
    citation:
      'Foster NE, Anema JR, Cherkin D, et al.; Lancet Low Back Pain Series Working Group. Prevention and treatment of low back pain: evidence, challenges, and promising directions. Lancet 2018;391(10137):2368–2383. doi:10.1016/S0140-6736(18)30489-6',
    url: 'https://doi.org/10.1016/S0140-6736(18)30489-6',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'MAHER-2017',
    short: 'Maher et al., Lancet 2017',
    citation:
      'Maher C, Underwood M, Buchbinder R. Non-specific low back pain. Lancet 2017;389(10070):736–747. doi:10.1016/S0140-6736(16)30970-9',
    url: 'https://doi.org/10.1016/S0140-6736(16)30970-9',
    kind: 'review',
    verified: true,
    verificationNote: 'abstract and opening',
  }),
  src({
    id: 'OLIVEIRA-2018',
    short: 'Oliveira et al., Eur Spine J 2018',
    citation:
      'Oliveira CB, Maher CG, Pinto RZ, et al. Clinical practice guidelines for the management of non-specific low back pain in primary care: an updated overview. Eur Spine J 2018;27(11):2791–2803. doi:10.1007/s00586-018-5673-2',
    url: 'https://doi.org/10.1007/s00586-018-5673-2',
    kind: 'systematic-review',
    verified: true,
    verificationNote: 'text seen; author list from memory',
  }),
  src({
    id: 'VERHAGEN-2016',
    short: 'Verhagen et al., Eur Spine J 2016',
    citation:
      'Verhagen AP, Downie A, Popal N, Maher C, Koes BW. Red flags presented in current low back pain guidelines: a review. Eur Spine J 2016;25(9):2788–2802. doi:10.1007/s00586-016-4684-0',
    url: 'https://doi.org/10.1007/s00586-016-4684-0',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'GBD-2021-LBP',
    short: 'GBD 2021 Low Back Pain Collaborators, 2023',
    citation:
      'GBD 2021 Low Back Pain Collaborators (Ferreira ML, de Luca K, Haile LM, et al.). Global, regional, and national burden of low back pain, 1990–2020, its attributable risk factors, and projections to 2050: a systematic analysis of the Global Burden of Disease Study 2021. Lancet Rheumatol 2023;5(6):e316–e329. doi:10.1016/S2665-9913(23)00098-X',
    url: 'https://doi.org/10.1016/S2665-9913(23)00098-X',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract',
  }),
  src({
    id: 'BRINJIKJI-2015a',
    short: 'Brinjikji et al., AJNR 2015 (pain-free people)',
    citation:
      'Brinjikji W, Luetmer PH, Comstock B, et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations. AJNR Am J Neuroradiol 2015;36(4):811–816. doi:10.3174/ajnr.A4173',
    url: 'https://doi.org/10.3174/ajnr.A4173',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'BRINJIKJI-2015b',
    short: 'Brinjikji et al., AJNR 2015 (with vs without pain)',
    citation:
      'Brinjikji W, Diehn FE, Jarvik JG, et al. MRI findings of disc degeneration are more prevalent in adults with low back pain than in asymptomatic controls: a systematic review and meta-analysis. AJNR 2015;36(12):2394–2399. doi:10.3174/ajnr.A4498',
    url: 'https://doi.org/10.3174/ajnr.A4498',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'HICKS-2009',
    short: 'Hicks et al., Spine 2009',
    citation:
      'Hicks GE, Morone N, Weiner DK. Degenerative lumbar disc and facet disease in older adults: prevalence and clinical correlates. Spine 2009;34(12):1301–1306. doi:10.1097/BRS.0b013e3181a18263',
    url: 'https://doi.org/10.1097/BRS.0b013e3181a18263',
    kind: 'study',
    verified: true,
  }),
  src({
    id: 'KALICHMAN-2009',
    short: 'Kalichman et al., Spine J 2009',
    citation:
      'Kalichman L, Cole R, Kim DH, et al. Spinal stenosis prevalence and association with symptoms: the Framingham Study. Spine J 2009;9(7):545–550. doi:10.1016/j.spinee.2009.03.005',
    url: 'https://doi.org/10.1016/j.spinee.2009.03.005',
    kind: 'study',
    verified: true,
  }),
  src({
    id: 'KONSTANTINOU-2008',
    short: 'Konstantinou & Dunn, Spine 2008',
    citation:
      'Konstantinou K, Dunn KM. Sciatica: review of epidemiological studies and prevalence estimates. Spine 2008;33(22):2464–2472. doi:10.1097/BRS.0b013e318183a4a2',
    url: 'https://doi.org/10.1097/BRS.0b013e318183a4a2',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'MCAVINEY-2020',
    short: 'McAviney et al., Eur Spine J 2020',
    citation:
      'McAviney J, Roberts C, Sullivan B, et al. The prevalence of adult de novo scoliosis: a systematic review and meta-analysis. Eur Spine J 2020;29:2960–2969. doi:10.1007/s00586-020-06453-0',
    url: 'https://doi.org/10.1007/s00586-020-06453-0',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'ANSARI-2024',
    short: 'Ansari et al., EFORT Open Rev 2024',
    citation:
      'Ansari K, Singh M, McDermott JR, et al. Adolescent idiopathic scoliosis in adulthood. EFORT Open Rev 2024;9(7):676–684. doi:10.1530/EOR-23-0162',
    url: 'https://doi.org/10.1530/EOR-23-0162',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'CLARK-2016',
    short: 'Clark et al., Spine 2016',
    citation:
      'Clark EM, Tobias JH, Fairbank J. The impact of small spinal curves in adolescents who have not presented to secondary care: a population-based cohort study. Spine 2016;41(10):E611–E617. doi:10.1097/BRS.0000000000001330',
    url: 'https://doi.org/10.1097/BRS.0000000000001330',
    kind: 'study',
    verified: true,
  }),
  src({
    id: 'BALAGUE-2016',
    short: 'Balagué & Pellisé, 2016',
    citation:
      'Balagué F, Pellisé F. Adolescent idiopathic scoliosis and back pain. Scoliosis Spinal Disord 2016;11:27. doi:10.1186/s13013-016-0086-7',
    url: 'https://doi.org/10.1186/s13013-016-0086-7',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'DEPALMA-2011',
    short: 'DePalma et al., Pain Med 2011',
    citation:
      'DePalma MJ, Ketchum JM, Saullo T. What is the source of chronic low back pain and does age play a role? Pain Med 2011;12(2):224–233. doi:10.1111/j.1526-4637.2010.01045.x',
    url: 'https://doi.org/10.1111/j.1526-4637.2010.01045.x',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract',
  }),
  src({
    id: 'KUSLICH-1991',
    short: 'Kuslich et al., 1991',
    citation:
      'Kuslich SD, Ulstrom CL, Michael CJ. The tissue origin of low back pain and sciatica: a report of pain response to tissue stimulation during operations on the lumbar spine using local anesthesia. Orthop Clin North Am 1991;22(2):181–187',
    kind: 'study',
    verified: true,
    verificationNote: 'via secondary quotations; primary not opened',
  }),
  src({
    id: 'EDGAR-2007',
    short: 'Edgar, J Bone Joint Surg Br 2007',
    citation:
      'Edgar MA. The nerve supply of the lumbar intervertebral disc. J Bone Joint Surg Br 2007;89-B(9):1135–1139. doi:10.1302/0301-620X.89B9.18939',
    url: 'https://doi.org/10.1302/0301-620X.89B9.18939',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'SHAYOTA-2019',
    short: 'Shayota et al., Anat Cell Biol 2019',
    citation:
      'Shayota B, Wong TL, Fru D, et al. A comprehensive review of the sinuvertebral nerve with clinical applications. Anat Cell Biol 2019;52(2):128–133. doi:10.5115/acb.2019.52.2.128',
    url: 'https://doi.org/10.5115/acb.2019.52.2.128',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'ITO-2013',
    short: 'Ito & Creemers, Global Spine J 2013',
    citation:
      'Ito K, Creemers L. Mechanisms of intervertebral disk degeneration/injury and pain: a review. Global Spine J 2013;3(3):145–152. doi:10.1055/s-0033-1347300',
    url: 'https://doi.org/10.1055/s-0033-1347300',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'YOUNG-2003',
    short: 'Young et al., Spine J 2003',
    citation:
      'Young S, Aprill C, Laslett M. Correlation of clinical examination characteristics with three sources of chronic low back pain. Spine J 2003;3(6):460–465',
    kind: 'study',
    verified: true,
  }),
  src({
    id: 'DREYER-1996',
    short: 'Dreyer & Dreyfuss, 1996',
    citation:
      'Dreyer SJ, Dreyfuss PH. Low back pain and the zygapophysial (facet) joints. Arch Phys Med Rehabil 1996;77(3):290–300',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'FUKUI-1997',
    short: 'Fukui et al., Clin J Pain 1997',
    citation:
      'Fukui S, Ohseto K, Shiotani M, et al. Distribution of referred pain from the lumbar zygapophyseal joints and dorsal rami. Clin J Pain 1997;13(4):303–307. PMID 9430810',
    url: 'https://pubmed.ncbi.nlm.nih.gov/9430810/',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract',
  }),
  src({
    id: 'MCCALL-1979',
    short: 'McCall et al., Spine 1979',
    citation:
      "McCall IW, Park WM, O'Brien JP. Induced pain referral from posterior lumbar elements in normal subjects. Spine 1979;4(5):441–446",
    kind: 'study',
    verified: true,
    verificationNote: 'abstract',
  }),
  src({
    id: 'MARKS-1989',
    short: 'Marks, Pain 1989',
    citation:
      'Marks R. Distribution of pain provoked from lumbar facet joints and related structures during diagnostic spinal infiltration. Pain 1989;39(1):37–40',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract seen; author, year and journal from memory',
  }),
  src({
    id: 'DWYER-1990',
    short: 'Dwyer et al., Spine 1990 (neck joints)',
    citation:
      'Dwyer A, Aprill C, Bogduk N. Cervical zygapophyseal joint pain patterns I: a study in normal volunteers. Spine 1990;15(6):453–457',
    kind: 'study',
    verified: false,
    verificationNote:
      'Note: this map is cervical, not lumbar. Do not use it for lumbar facets; use FUKUI-1997, MCCALL-1979 and MARKS-1989.',
  }),
  src({
    id: 'FORTIN-1994',
    short: 'Fortin et al., Spine 1994',
    citation:
      'Fortin JD, Dwyer AP, West S, Pier J. Sacroiliac joint: pain referral maps upon applying a new injection/arthrography technique. Part I: asymptomatic volunteers. Spine 1994;19(13):1475–1482 (Part II: clinical evaluation, same issue 1483–1489)',
    kind: 'study',
    verified: true,
    verificationNote: 'abstracts',
  }),
  src({
    id: 'SLIPMAN-2000',
    short: 'Slipman et al., 2000',
    citation:
      'Slipman CW, Jackson HB, Lipetz JS, et al. Sacroiliac joint pain referral zones. Arch Phys Med Rehabil 2000;81(3):334–338',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract start; zone percentages from memory, marked',
  }),
  src({
    id: 'SCHWARZER-1995',
    short: 'Schwarzer et al., Spine 1995',
    citation:
      'Schwarzer AC, Aprill CN, Bogduk N. The sacroiliac joint in chronic low back pain. Spine 1995;20(1):31–37',
    kind: 'study',
    verified: true,
  }),
  src({
    id: 'KUROSAWA-2015',
    short: 'Kurosawa et al., Eur Spine J 2015',
    citation:
      'Kurosawa D, Murakami E, Aizawa T. Referred pain location depends on the affected section of the sacroiliac joint. Eur Spine J 2015;24(3):521–527',
    kind: 'study',
    verified: true,
  }),
  src({
    id: 'WILKE-2017',
    short: 'Wilke et al., 2017',
    citation:
      'Wilke J, Schleip R, Klingler W, Stecco C. The lumbodorsal fascia as a potential source of low back pain: a narrative review. Biomed Res Int 2017;2017:5349620. doi:10.1155/2017/5349620',
    url: 'https://doi.org/10.1155/2017/5349620',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'MENSE-2019',
    short: 'Mense, Eur J Transl Myol 2019',
    citation: 'Mense S. Innervation of the thoracolumbar fascia. Eur J Transl Myol 2019;29(3):8297',
    kind: 'review',
    verified: true,
    verificationNote: 'abstract; author from memory',
  }),
  src({
    id: 'OHTORI-2009',
    short: 'Ohtori et al., J Pain 2009',
    citation:
      'Ohtori S, Yamashita M, Inoue G, et al. L2 spinal nerve-block effects on acute low back pain from osteoporotic vertebral fracture. J Pain 2009;10(8):870–875',
    kind: 'study',
    verified: true,
  }),
  src({
    id: 'FEINSTEIN-1954',
    short: 'Feinstein et al., 1954',
    citation:
      'Feinstein B, Langton JNK, Jameson RM, Schiller F. Experiments on pain referred from deep somatic tissues. J Bone Joint Surg Am 1954;36-A(5):981–997',
    kind: 'study',
    verified: true,
    verificationNote: 'existence only',
  }),
  src({
    id: 'KELLGREN-1939',
    short: 'Kellgren, Clin Sci 1939',
    citation:
      'Kellgren JH. On the distribution of pain arising from deep somatic structures with charts of segmental pain areas. Clin Sci 1939;4:35–46',
    kind: 'study',
    verified: false,
    verificationNote: 'Cited from memory; not checked against the original.',
  }),
  src({
    id: 'BOGDUK-2012',
    short: 'Bogduk, Clinical and Radiological Anatomy of the Lumbar Spine, 2012',
    citation: 'Bogduk N. Clinical and Radiological Anatomy of the Lumbar Spine. 5th ed. Elsevier; 2012',
    kind: 'textbook',
    verified: false,
    verificationNote: 'textbook; innervation facts tagged T',
  }),
  src({
    id: 'STATPEARLS-LDH',
    short: 'StatPearls: Lumbar Disc Herniation',
    citation:
      'Al Qaraghli MI, De Jesus O. Lumbar Disc Herniation. 2025. PMID 32809713. In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    url: 'https://pubmed.ncbi.nlm.nih.gov/32809713/',
    kind: 'reference',
    verified: true,
  }),
  src({
    id: 'STATPEARLS-STENOSIS',
    short: 'StatPearls: Spinal Stenosis',
    citation:
      'Spinal Stenosis and Neurogenic Claudication (Raja A, Hoang S, Patel P, Mesfin FB). statpearls.com/sp/md/485/29357. In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    url: 'https://www.statpearls.com/sp/md/485/29357',
    kind: 'reference',
    verified: true,
    verificationNote: 'text; authors from memory',
  }),
  src({
    id: 'STATPEARLS-FACET',
    short: 'StatPearls: Lumbosacral Facet Syndrome',
    citation:
      'Alexander CE, Varacallo M. Lumbosacral Facet Syndrome. Updated 2023. PMID 28722935. In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28722935/',
    kind: 'reference',
    verified: true,
  }),
  src({
    id: 'STATPEARLS-SIJ',
    short: 'StatPearls: Sacroiliac Joint Pain',
    citation:
      'Sacroiliac Joint Injury / Sacroiliac Joint Pain (Raj MA, Ampat G, Varacallo M). In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    kind: 'reference',
    verified: true,
    verificationNote: 'text; authors from memory',
  }),
  src({
    id: 'STATPEARLS-MPS',
    short: 'StatPearls: Myofascial Pain',
    citation:
      'Myofascial Pain (Bordoni B, Sugumar K, Varacallo M). Updated 2023. statpearls.com/point-of-care/25475. In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    url: 'https://www.statpearls.com/point-of-care/25475',
    kind: 'reference',
    verified: true,
    verificationNote: 'text; authors from memory',
  }),
  src({
    id: 'STATPEARLS-SPONDY',
    short: 'StatPearls: Lumbosacral Spondylolisthesis',
    citation:
      'Lumbosacral Spondylolisthesis (editor Ampat G). Updated 2023. statpearls.com/point-of-care/24481. In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    url: 'https://www.statpearls.com/point-of-care/24481',
    kind: 'reference',
    verified: true,
  }),
  src({
    id: 'STATPEARLS-IBP',
    short: 'StatPearls: Inflammatory Back Pain',
    citation:
      'Inflammatory Back Pain. statpearls.com/sp/ms/349/23508. In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    url: 'https://www.statpearls.com/sp/ms/349/23508',
    kind: 'reference',
    verified: true,
  }),
  src({
    id: 'STATPEARLS-PIRIFORMIS',
    short: 'StatPearls: Piriformis Syndrome',
    citation:
      'Piriformis Syndrome (Hicks BL, Lam JC, Varacallo M). In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    kind: 'reference',
    verified: false,
    verificationNote: 'StatPearls copy not found; see HOPAYIAN-2010',
  }),
  src({
    id: 'STATPEARLS-CES',
    short: 'StatPearls: Cauda Equina Syndrome',
    citation:
      'Cauda Equina Syndrome (authors not confirmed). In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    kind: 'reference',
    verified: false,
    verificationNote: 'not found; see LONG-2020, FINUCANE-2020',
  }),
  src({
    id: 'STATPEARLS-SCOLIOSIS',
    short: 'StatPearls: Scoliosis',
    citation: 'Scoliosis. In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    kind: 'reference',
    verified: false,
    verificationNote: 'not found; see BALAGUE-2016, MCAVINEY-2020, ANSARI-2024',
  }),
  src({
    id: 'STATPEARLS-SCIATICA',
    short: 'StatPearls: Sciatica',
    citation: 'Sciatica (Davis D, Maini K, Vasudevan A). In: StatPearls. Treasure Island (FL): StatPearls Publishing',
    kind: 'reference',
    verified: false,
    verificationNote: 'not found; see KONSTANTINOU-2008, JENSEN-2019',
  }),
  src({
    id: 'TRAVELL-SIMONS-V2',
    short: 'Travell & Simons, Trigger Point Manual vol. 2, 1992',
    citation:
      'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 2: The Lower Extremities. Baltimore: Williams & Wilkins; 1992 (QL, iliopsoas, gluteals, piriformis, hamstrings)',
    kind: 'textbook',
    verified: false,
    verificationNote:
      'for the primary. The referral descriptions were checked against several secondary transcriptions, listed under TP-SECONDARY.',
  }),
  src({
    id: 'TRAVELL-SIMONS-V1',
    short: 'Simons, Travell & Simons, Trigger Point Manual vol. 1, 1999',
    citation:
      'Simons DG, Travell JG, Simons LS. Myofascial Pain and Dysfunction: The Trigger Point Manual. Vol. 1: Upper Half of Body. 2nd ed. Baltimore: Williams & Wilkins; 1999 (thoracolumbar paraspinals, abdominals)',
    kind: 'textbook',
    verified: false,
    verificationNote: 'for the primary; secondary as above',
  }),
  src({
    id: 'TP-SECONDARY',
    short: 'Secondary trigger-point referral pages',
    citation:
      'Secondary pages that transcribe Travell & Simons: the National Association of Myofascial Trigger Point Therapists symptom checker (check.myofascialtherapy.org, paraspinal page); painfreehealth.ca (gluteus minimus); fitness-vip.com "Muscles of lower torso pain" (QL TrP sub-patterns); triggerpointtherapist.com (iliopsoas, piriformis); docstoc/Parker (iliopsoas)',
    kind: 'web-page',
    verified: true,
    verificationNote: 'secondary, not authoritative',
  }),
  src({
    id: 'LUCAS-2009',
    short: 'Lucas et al., Clin J Pain 2009',
    citation:
      'Lucas N, Macaskill P, Irwig L, Moran R, Bogduk N. Reliability of physical examination for diagnosis of myofascial trigger points: a systematic review of the literature. Clin J Pain 2009;25(1):80–89. doi:10.1097/AJP.0b013e31817e13b6',
    url: 'https://doi.org/10.1097/AJP.0b013e31817e13b6',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'QUINTNER-2015',
    short: 'Quintner et al., Rheumatology 2015',
    citation:
      'Quintner JL, Bove GM, Cohen ML. A critical evaluation of the trigger point phenomenon. Rheumatology (Oxford) 2015;54(3):392–399. doi:10.1093/rheumatology/keu471',
    url: 'https://doi.org/10.1093/rheumatology/keu471',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'DOMMERHOLT-2015',
    short: 'Dommerholt & Gerwin, 2015',
    citation:
      'Dommerholt J, Gerwin RD. A critical evaluation of Quintner et al: missing the point. J Bodyw Mov Ther 2015;19(2):193–204. doi:10.1016/j.jbmt.2015.01.009',
    url: 'https://doi.org/10.1016/j.jbmt.2015.01.009',
    kind: 'review',
    verified: true,
    verificationNote: 'rebuttal',
  }),
  src({
    id: 'JANDA-1978',
    short: 'Janda, 1978',
    citation:
      'Janda V. Muscles, central nervous motor regulation and back problems. In: Korr IM, ed. The Neurobiologic Mechanisms in Manipulative Therapy. New York: Plenum; 1978:27–41. Also Page P, Frank CC, Lardner R. Assessment and Treatment of Muscle Imbalance: The Janda Approach. Human Kinetics; 2010',
    kind: 'textbook',
    verified: false,
    verificationNote: 'concept confirmed only via secondary pages',
  }),
  src({
    id: 'LAIRD-2014',
    short: 'Laird et al., BMC Musculoskelet Disord 2014',
    citation:
      'Laird RA, Gilbert J, Kent P, Keating JL. Comparing lumbo-pelvic kinematics in people with and without back pain: a systematic review and meta-analysis. BMC Musculoskelet Disord 2014;15:229. doi:10.1186/1471-2474-15-229',
    url: 'https://doi.org/10.1186/1471-2474-15-229',
    kind: 'systematic-review',
    verified: true,
    verificationNote: 'authors from memory',
  }),
  src({
    id: 'SWAIN-2020',
    short: 'Swain et al., J Biomech 2020',
    citation:
      'Swain CTV, Pan F, Owen PJ, Schmidt H, Belavy DL. No consensus on causality of spine postures or physical exposure and low back pain: a systematic review of systematic reviews. J Biomech 2020;102:109312. doi:10.1016/j.jbiomech.2019.08.006',
    url: 'https://doi.org/10.1016/j.jbiomech.2019.08.006',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'SUGAVANAM-2024',
    short: 'Sugavanam et al., Disabil Rehabil 2024',
    citation:
      'Sugavanam T, Sannasi R, Anand PA, Javia PA. Postural asymmetry in low back pain: a systematic review and meta-analysis of observational studies. Disabil Rehabil 2024. doi:10.1080/09638288.2024.2385070',
    url: 'https://doi.org/10.1080/09638288.2024.2385070',
    kind: 'systematic-review',
    verified: true,
    verificationNote: 'abstract',
  }),
  src({
    id: 'YOUDAS-2000',
    short: 'Youdas et al., Phys Ther 2000',
    citation:
      'Youdas JW, Garrett TR, Egan KS, Therneau TM. Lumbar lordosis and pelvic inclination in adults with chronic low back pain. Phys Ther 2000;80(3):261–275',
    kind: 'study',
    verified: true,
  }),
  src({
    id: 'LEDERMAN-2011',
    short: 'Lederman, J Bodyw Mov Ther 2011',
    citation:
      'Lederman E. The fall of the postural–structural–biomechanical model in manual and physical therapies: exemplified by lower back pain. J Bodyw Mov Ther 2011;15(2):131–138 (first published online in CPDO Online Journal, 2010)',
    kind: 'review',
    verified: true,
  }),
  src({
    id: 'SARAGIOTTO-2016',
    short: 'Saragiotto et al., Cochrane 2016',
    citation:
      'Saragiotto BT, Maher CG, Yamato TP, et al. Motor control exercise for chronic non-specific low-back pain. Cochrane Database Syst Rev 2016;(1):CD012004',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'OWEN-2020',
    short: 'Owen et al., Br J Sports Med 2020',
    citation:
      'Owen PJ, Miller CT, Mundell NL, et al. Which specific modes of exercise training are most effective for treating low back pain? Network meta-analysis. Br J Sports Med 2020;54(21):1279–1287',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'HODGES-1996',
    short: 'Hodges & Richardson, Spine 1996',
    citation:
      'Hodges PW, Richardson CA. Inefficient muscular stabilization of the lumbar spine associated with low back pain: a motor control evaluation of transversus abdominis. Spine 1996;21(22):2640–2650',
    kind: 'study',
    verified: false,
    verificationNote: 'Cited from memory; not checked against the original.',
  }),
  src({
    id: 'HIDES-1994',
    short: 'Hides et al., Spine 1994',
    citation:
      'Hides JA, Stokes MJ, Saide M, Jull GA, Cooper DH. Evidence of lumbar multifidus muscle wasting ipsilateral to symptoms in patients with acute/subacute low back pain. Spine 1994;19(2):165–172',
    kind: 'study',
    verified: false,
    verificationNote: 'Cited from memory; not checked against the original.',
  }),
  src({
    id: 'HOPAYIAN-2010',
    short: 'Hopayian et al., Eur Spine J 2010',
    citation:
      'Hopayian K, Song F, Riera R, Sambandan S. The clinical features of the piriformis syndrome: a systematic review. Eur Spine J 2010;19(12):2095–2109. doi:10.1007/s00586-010-1504-9',
    url: 'https://doi.org/10.1007/s00586-010-1504-9',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'JENSEN-2019',
    short: 'Jensen et al., BMJ 2019',
    citation: 'Jensen RK, Kongsted A, Kjaer P, Koes B. Diagnosis and treatment of sciatica. BMJ 2019;367:l6273',
    kind: 'review',
    verified: true,
    verificationNote: 'existence and abstract start',
  }),
  src({
    id: 'ASAS-IBP-2009',
    short: 'Sieper et al. (ASAS), 2009',
    citation:
      'Sieper J, van der Heijde D, Landewé R, et al. New criteria for inflammatory back pain in patients with chronic back pain: a real patient exercise by experts from the ASAS. Ann Rheum Dis 2009;68(6):784–788',
    kind: 'guideline',
    verified: true,
    verificationNote: 'criteria via a textbook table; authors from memory',
  }),
  src({
    id: 'MAYO-AXSPA-2020',
    short: 'Mayo Clin Proc 2020 (axial spondyloarthritis)',
    citation:
      'Recognizing axial spondyloarthritis: a guide for primary care. Mayo Clin Proc 2020. doi:10.1016/j.mayocp.2020.02.007',
    url: 'https://doi.org/10.1016/j.mayocp.2020.02.007',
    kind: 'review',
    verified: true,
    verificationNote: 'abstract; authors not retrieved',
  }),
  src({
    id: 'MEDSCAPE-MERALGIA',
    short: 'Medscape: Meralgia paresthetica',
    citation: 'Medscape eMedicine. Meralgia paresthetica: clinical presentation (article 1141848)',
    kind: 'reference',
    verified: true,
    verificationNote: 'secondary reference',
  }),
  src({
    id: 'LIRETTE-2014',
    short: 'Lirette et al., Ochsner J 2014',
    citation:
      'Lirette LS, Chaiban G, Tolba R, Eissa H. Coccydynia: an overview of the anatomy, etiology, and treatment of coccyx pain. Ochsner J 2014;14(1):84–87',
    kind: 'review',
    verified: false,
    verificationNote: 'Cited from memory; not checked against the original.',
  }),
  src({
    id: 'POUTOGLIDOU-2020',
    short: 'Poutoglidou et al., Cureus 2020',
    citation:
      'Poutoglidou F, Piagkou M, Totlis T, Tzika M, Natsis K. Sciatic nerve variants and the piriformis muscle: a systematic review and meta-analysis. Cureus 2020;12(11):e11531',
    kind: 'systematic-review',
    verified: true,
    verificationNote: "via the project's anatomy reference sheet",
  }),
  src({
    id: 'DOWNIE-2013',
    short: 'Downie et al., BMJ 2013',
    citation:
      'Downie A, Williams CM, Henschke N, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095. doi:10.1136/bmj.f7095',
    url: 'https://doi.org/10.1136/bmj.f7095',
    kind: 'systematic-review',
    verified: true,
  }),
  src({
    id: 'FINUCANE-2020',
    short: 'Finucane et al., JOSPT 2020',
    citation:
      'Finucane LM, Downie A, Mercer C, et al. International framework for red flags for potential serious spinal pathologies. J Orthop Sports Phys Ther 2020;50(7):350–372. doi:10.2519/jospt.2020.9971',
    url: 'https://doi.org/10.2519/jospt.2020.9971',
    kind: 'guideline',
    verified: true,
  }),
  src({
    id: 'NHS-REDFLAGS',
    short: 'NHS Gloucestershire: Red flags for spinal conditions',
    citation:
      'NHS Gloucestershire G-care, Red flags for spinal conditions (low back pain pathways that restate NICE CKS). https://g-care.glos.nhs.uk/pathway/72/resource/3',
    url: 'https://g-care.glos.nhs.uk/pathway/72/resource/3',
    kind: 'web-page',
    verified: true,
    verificationNote: 'secondary to NICE CKS; NICE CKS itself U',
  }),
  src({
    id: 'LONG-2020',
    short: 'Long et al., Am J Emerg Med 2020',
    citation:
      'Long B, Koyfman A, Gottlieb M. Evaluation and management of cauda equina syndrome in the emergency department. Am J Emerg Med 2020;38(1):143–148',
    kind: 'review',
    verified: true,
    verificationNote: 'text; authors from memory',
  }),
  src({
    id: 'ISNCSCI',
    short: 'ASIA: International Standards (ISNCSCI)',
    citation:
      "American Spinal Injury Association. International Standards for Neurological Classification of Spinal Cord Injury (key sensory points and key muscles), as already used in the project's anatomy reference sheet (§3.4)",
    kind: 'standard',
    verified: true,
    verificationNote: 'secondary, via that sheet',
  }),
  // Added for issue 15 (prognosis, pain science, trigger-point consensus, mimics, small fixes).
  // "Checked" notes say how each was checked in that review (an abstract or the publisher's page).
  src({
    id: 'MENEZES-COSTA-2012',
    short: 'Menezes Costa et al., CMAJ 2012',
    citation:
      'da C Menezes Costa L, Maher CG, Hancock MJ, McAuley JH, Herbert RD, Costa LOP. The prognosis of acute and persistent low-back pain: a meta-analysis. CMAJ 2012;184(11):E613–E624. doi:10.1503/cmaj.111271',
    url: 'https://doi.org/10.1503/cmaj.111271',
    kind: 'systematic-review',
    verified: true,
    verificationNote: 'abstract (PubMed and CMAJ full text): pain 52/100 at onset, 23 at 6 weeks, 6 at a year (acute)',
  }),
  src({
    id: 'HENSCHKE-2008',
    short: 'Henschke et al., BMJ 2008',
    citation:
      'Henschke N, Maher CG, Refshauge KM, et al. Prognosis in patients with recent onset low back pain in Australian primary care: inception cohort study. BMJ 2008;337:a171. doi:10.1136/bmj.a171',
    url: 'https://doi.org/10.1136/bmj.a171',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract (PMC): 973 people; 72 % fully recovered at 12 months; median 58 days for pain',
  }),
  src({
    id: 'HILL-2008',
    short: 'Hill et al. (STarT Back tool), Arthritis Rheum 2008',
    citation:
      'Hill JC, Dunn KM, Lewis M, et al. A primary care back pain screening tool: identifying patient subgroups for initial treatment. Arthritis Rheum 2008;59(5):632–641. doi:10.1002/art.23563',
    url: 'https://doi.org/10.1002/art.23563',
    kind: 'study',
    verified: false,
    verificationNote: 'citation from memory; the tool itself is described in HILL-2011, which was checked',
  }),
  src({
    id: 'HILL-2011',
    short: 'Hill et al. (STarT Back trial), Lancet 2011',
    citation:
      'Hill JC, Whitehurst DGT, Lewis M, et al. Comparison of stratified primary care management for low back pain with current best practice (STarT Back): a randomised controlled trial. Lancet 2011;378(9802):1560–1571. doi:10.1016/S0140-6736(11)60937-9',
    url: 'https://doi.org/10.1016/S0140-6736(11)60937-9',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract (PMC and PEDro)',
  }),
  src({
    id: 'KENDALL-1997',
    short: 'Kendall, Linton & Main, yellow flags guide, 1997',
    citation:
      'Kendall NAS, Linton SJ, Main CJ. Guide to Assessing Psychosocial Yellow Flags in Acute Low Back Pain: Risk Factors for Long-Term Disability and Work Loss. Wellington: Accident Compensation Corporation and New Zealand Guidelines Group; 1997 (incorporated in the New Zealand Acute Low Back Pain Guide, 2004)',
    kind: 'guideline',
    verified: true,
    verificationNote:
      'guide text (2004 edition and NZGG pages): beliefs that pain is harmful, fear-avoidance, low mood, passive expectations',
  }),
  src({
    id: 'FERNANDEZ-2018',
    short: 'Fernández-de-las-Peñas & Dommerholt (Delphi), Pain Med 2018',
    citation:
      'Fernández-de-las-Peñas C, Dommerholt J. International consensus on diagnostic criteria and clinical considerations of myofascial trigger points: a Delphi study. Pain Med 2018;19(1):142–150. doi:10.1093/pm/pnx207',
    url: 'https://doi.org/10.1093/pm/pnx207',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract (PubMed): 60 experts; taut band, tender spot and referred pain; active vs latent told apart by whether the pain is the familiar one; no fixed referral area',
  }),
  src({
    id: 'BEUTLER-2003',
    short: 'Beutler et al., Spine 2003',
    citation:
      'Beutler WJ, Fredrickson BE, Murtland A, et al. The natural history of spondylolysis and spondylolisthesis: 45-year follow-up evaluation. Spine 2003;28(10):1027–1035. doi:10.1097/01.BRS.0000061992.98108.A0',
    url: 'https://pubmed.ncbi.nlm.nih.gov/12768144/',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract (PubMed): one-sided defects never slipped; slips slowed each decade; none reached 40 %',
  }),
  src({
    id: 'MURPHY-2009',
    short: 'Murphy et al., Chiropr Osteopat 2009',
    citation:
      'Murphy DR, Hurwitz EL, Gerrard JK, Clary R. Pain patterns and descriptions in patients with radicular pain: does the pain necessarily follow a specific dermatome? Chiropr Osteopat 2009;17:9. doi:10.1186/1746-1340-17-9',
    url: 'https://doi.org/10.1186/1746-1340-17-9',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract: lumbar root pain did not follow the dermatome in 64 % of roots; S1 most often did',
  }),
  src({
    id: 'LESHER-2008',
    short: 'Lesher et al., Pain Med 2008',
    citation:
      'Lesher JM, Dreyfuss P, Hager N, Kaplan M, Furman M. Hip joint pain referral patterns: a descriptive study. Pain Med 2008;9(1):22–25. doi:10.1111/j.1526-4637.2006.00153.x',
    url: 'https://pubmed.ncbi.nlm.nih.gov/18254763/',
    kind: 'study',
    verified: true,
    verificationNote: 'abstract (PubMed): buttock 71 %, thigh 57 %, groin 55 %, below the knee 22 %, low back 0 %',
  }),
  src({
    id: 'NICE-NG226',
    short: 'NICE NG226 (osteoarthritis), 2022',
    citation:
      'NICE. Osteoarthritis in over 16s: diagnosis and management. NICE guideline NG226; 19 Oct 2022. https://www.nice.org.uk/guidance/ng226',
    url: 'https://www.nice.org.uk/guidance/ng226',
    kind: 'guideline',
    verified: true,
    verificationNote: 'NICE rationale pages and NCBI Bookshelf record: diagnose without imaging; exercise first',
  }),
  src({
    id: 'GRIMALDI-2015',
    short: 'Grimaldi et al., Sports Med 2015',
    citation:
      'Grimaldi A, Mellor R, Hodges P, Bennell K, Wajswelner H, Vicenzino B. Gluteal tendinopathy: a review of mechanisms, assessment and management. Sports Med 2015;45(8):1107–1119. doi:10.1007/s40279-015-0336-5',
    url: 'https://doi.org/10.1007/s40279-015-0336-5',
    kind: 'review',
    verified: true,
    verificationNote:
      'abstract (University of Queensland record): main local source of outer hip pain; mid-life; more women',
  }),
  src({
    id: 'NICE-NG111',
    short: 'NICE NG111 (kidney infection), 2018',
    citation:
      'NICE. Pyelonephritis (acute): antimicrobial prescribing. NICE guideline NG111; 31 Oct 2018. https://www.nice.org.uk/guidance/ng111',
    url: 'https://www.nice.org.uk/guidance/ng111',
    kind: 'guideline',
    verified: true,
    verificationNote: 'NICE recommendations page',
  }),
  src({
    id: 'NICE-NG118',
    short: 'NICE NG118 (kidney stones), 2019',
    citation:
      'NICE. Renal and ureteric stones: assessment and management. NICE guideline NG118; 2019. https://www.nice.org.uk/guidance/ng118',
    url: 'https://www.nice.org.uk/guidance/ng118',
    kind: 'guideline',
    verified: false,
    verificationNote: 'guideline number and title from memory; not opened in this review',
  }),
  src({
    id: 'GRAYS-2020',
    short: "Gray's Anatomy, 42nd ed., 2020",
    citation:
      "Standring S, ed. Gray's Anatomy: The Anatomical Basis of Clinical Practice. 42nd ed. Elsevier; 2020 (kidneys: position T12–L3, right lower than left; hip joint capsule)",
    kind: 'textbook',
    verified: false,
    verificationNote: 'textbook anatomy from memory; the edition and the pages were not opened in this review',
  }),
  src({
    id: 'NICE-CKS-PLANTAR',
    short: 'NICE CKS: plantar fasciitis',
    citation: 'NICE Clinical Knowledge Summaries. Plantar fasciitis. https://cks.nice.org.uk/topics/plantar-fasciitis/',
    url: 'https://cks.nice.org.uk/topics/plantar-fasciitis/',
    kind: 'reference',
    verified: false,
    verificationNote: 'topic and address from memory; not opened in this review',
  }),
  // Movement (the movement panel, src/domain/movement.ts): not in the reference sheet.
  src({
    id: 'PEARCY-1984',
    short: 'Pearcy, Portek & Shepherd, Spine 1984',
    citation:
      'Pearcy M, Portek I, Shepherd J. Three-dimensional x-ray analysis of normal movement in the lumbar spine. Spine 1984;9(3):294–297. doi:10.1097/00007632-198404000-00013',
    url: 'https://doi.org/10.1097/00007632-198404000-00013',
    kind: 'study',
    verified: false,
    verificationNote:
      "abstract read (about 14° of flexion plus extension per level, more flexion than extension except at L5–S1); the per-level split is recalled from the paper's table, not re-read",
  }),
  src({
    id: 'PEARCY-1985',
    short: 'Pearcy, Acta Orthop Scand Suppl 1985',
    citation: 'Pearcy MJ. Stereo radiography of lumbar spine motion. Acta Orthop Scand Suppl 1985;212:1–45',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract read: side-bending about 10° at the upper three levels, 6° at L4–L5, 3° at L5–S1; axial rotation about 2° per level',
  }),
  src({
    id: 'PEARCY-BOGDUK-1988',
    short: 'Pearcy & Bogduk, Spine 1988',
    citation:
      'Pearcy MJ, Bogduk N. Instantaneous axes of rotation of the lumbar intervertebral joints. Spine 1988;13(9):1033–1041',
    kind: 'study',
    verified: false,
    verificationNote:
      'from memory: the axes of flexion–extension lie in the back half of the disc, near the lower vertebra',
  }),
  src({
    id: 'ESOLA-1996',
    short: 'Esola et al., Spine 1996',
    citation:
      'Esola MA, McClure PW, Fitzgerald GK, Siegler S. Analysis of lumbar spine and hip motion during forward bending in subjects with and without a history of low back pain. Spine 1996;21(1):71–78',
    kind: 'study',
    verified: false,
    verificationNote: 'from memory: the lumbar spine leads early in a forward bend and the hips late',
  }),
  src({
    id: 'WILKE-1999',
    short: 'Wilke et al., Spine 1999',
    citation:
      'Wilke HJ, Neef P, Caimi M, Hoogland T, Claes LE. New in vivo measurements of pressures in the intervertebral disc in daily life. Spine 1999;24(8):755–762',
    kind: 'study',
    verified: true,
    verificationNote:
      "abstract read: one volunteer (45 years, 70 kg), sensor in the L4–L5 nucleus; the figures used are the abstract's",
  }),
  src({
    id: 'SCHMID-1999',
    short: 'Schmid et al., AJR 1999',
    citation:
      'Schmid MR, Stucki G, Duewell S, Wildermuth S, Romanowski B, Hodler J. Changes in cross-sectional measurements of the spinal canal and intervertebral foramina as a function of body position: in vivo studies on an open-configuration MR system. AJR Am J Roentgenol 1999;172(4):1095–1102. doi:10.2214/ajr.172.4.10587155',
    url: 'https://doi.org/10.2214/ajr.172.4.10587155',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract read: L4–L5 canal 268 mm² upright flexed, 224 mm² upright extended; foramina changed by up to 44 %, smallest in extension',
  }),
  src({
    id: 'FREDERICSON-2001',
    short: 'Fredericson et al., Spine J 2001',
    citation:
      'Fredericson M, Lee SU, Welsh J, Butts K, Norbash A, Carragee EJ. Changes in posterior disc bulging and intervertebral foraminal size associated with flexion-extension movement: a comparison between L4-5 and L5-S1 levels in normal subjects. Spine J 2001;1(1):10–17',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract read: three volunteers; the L4–L5 foramen grew in flexion and shrank in extension, more than at L5–S1',
  }),
  src({
    id: 'SCHONSTROM-1989',
    short: 'Schönström et al., J Orthop Res 1989',
    citation:
      'Schönström N, Lindahl S, Willén J, Hansson T. Dynamic changes in the dimensions of the lumbar spinal canal: an experimental study in vitro. J Orthop Res 1989;7(1):115–121. doi:10.1002/jor.1100070116',
    url: 'https://doi.org/10.1002/jor.1100070116',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract read: cadaver spines; from flexion to extension the canal at L3–L4 lost about 40 mm² (16 %) and 2 mm of depth',
  }),
  src({
    id: 'FENNELL-1996',
    short: 'Fennell et al., Spine 1996',
    citation:
      'Fennell AJ, Jones AP, Hukins DWL. Migration of the nucleus pulposus within the intervertebral disc during flexion and extension of the spine. Spine 1996;21(23):2753–2757. doi:10.1097/00007632-199612010-00009',
    url: 'https://doi.org/10.1097/00007632-199612010-00009',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract read: MRI of three volunteers; the nucleus moved backward in flexion and forward in extension in 22 of 24 measurements, in step with the angle',
  }),
  src({
    id: 'ALEXANDER-2007',
    short: 'Alexander et al., Spine 2007',
    citation:
      'Alexander LA, Hancock E, Agouris I, Smith FW, MacSween A. The response of the nucleus pulposus of the lumbar intervertebral discs to functionally loaded positions. Spine 2007;32(14):1508–1512. doi:10.1097/BRS.0b013e318067dccb',
    url: 'https://doi.org/10.1097/BRS.0b013e318067dccb',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract read: upright MRI of 11 volunteers; the nucleus sat further back in flexed and upright sitting than standing, mainly at L4–L5 and L5–S1',
  }),
  src({
    id: 'NAZARI-2012',
    short: 'Nazari et al., Clin Biomech 2012',
    citation:
      'Nazari J, Pope MH, Graveling RA. Reality about migration of the nucleus pulposus within the intervertebral disc with changing postures. Clin Biomech 2012;27(3):213–217. doi:10.1016/j.clinbiomech.2011.09.011',
    url: 'https://doi.org/10.1016/j.clinbiomech.2011.09.011',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract read: MRI of 25 volunteers sitting, standing and lying; what looks like the nucleus moving is mostly the nucleus changing shape',
  }),
  src({
    id: 'SAYIT-2013',
    short: 'Sayit et al., Global Spine J 2013',
    citation:
      'Sayit E, Daubs MD, Aghdasi B, Montgomery SR, Inoue H, Wang CJ, et al. Dynamic changes of the ligamentum flavum in the cervical spine assessed with kinetic magnetic resonance imaging. Global Spine J 2013;3(2):69–74. doi:10.1055/s-0033-1337121',
    url: 'https://doi.org/10.1055/s-0033-1337121',
    kind: 'study',
    verified: true,
    verificationNote:
      'abstract read: kinetic MRI of 257 patients; the ligamentum flavum was thicker in extension and thinner in flexion (neck, not low back)',
  }),
  src({
    id: 'NACHEMSON-1981',
    short: 'Nachemson, Spine 1981',
    citation: 'Nachemson AL. Disc pressure measurements. Spine 1981;6(1):93–97',
    kind: 'review',
    verified: false,
    verificationNote:
      'from memory: his summary of the disc pressure measurements of the 1960s (L3–L4), in which sitting loaded the disc more than standing; not re-read',
  }),
]

/** Every source by id. */
export const SOURCES: Readonly<Record<string, Source>> = Object.fromEntries(SOURCE_LIST.map((s) => [s.id, s]))

/** The source with this id, or undefined for an unknown id. */
export function findSource(id: string): Source | undefined {
  return Object.prototype.hasOwnProperty.call(SOURCES, id) ? SOURCES[id] : undefined
}

export function isSourceId(id: string): boolean {
  return findSource(id) !== undefined
}
