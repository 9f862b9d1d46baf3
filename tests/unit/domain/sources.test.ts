import { describe, expect, it } from 'vitest'
import { DERMATOMES } from '../../../src/domain/body-areas'
import { CAUSES } from '../../../src/domain/causes'
import { CAUSE_CONTENT, GUIDANCE, STRUCTURE_CONTENT_LIST } from '../../../src/domain/content'
import { MIMICS } from '../../../src/domain/mimics'
import { RED_FLAGS } from '../../../src/domain/red-flags'
import { SOURCE_KIND_NAMES, SOURCE_LIST, SOURCES, findSource, isSourceId } from '../../../src/domain/sources'
import { emptyStrings, placeholderStrings } from './content-helpers'

/** The ids of clinical reference sheet §1, in its order. */
const REFERENCE_IDS = [
  'NICE-NG59',
  'NICE-QS155',
  'NICE-BMJ-2017',
  'NICE-CG88',
  'ACP-2017',
  'LANCET-HARTVIGSEN-2018',
  'LANCET-FOSTER-2018',
  'MAHER-2017',
  'OLIVEIRA-2018',
  'VERHAGEN-2016',
  'GBD-2021-LBP',
  'BRINJIKJI-2015a',
  'BRINJIKJI-2015b',
  'HICKS-2009',
  'KALICHMAN-2009',
  'KONSTANTINOU-2008',
  'MCAVINEY-2020',
  'ANSARI-2024',
  'CLARK-2016',
  'BALAGUE-2016',
  'DEPALMA-2011',
  'KUSLICH-1991',
  'EDGAR-2007',
  'SHAYOTA-2019',
  'ITO-2013',
  'YOUNG-2003',
  'DREYER-1996',
  'FUKUI-1997',
  'MCCALL-1979',
  'MARKS-1989',
  'DWYER-1990',
  'FORTIN-1994',
  'SLIPMAN-2000',
  'SCHWARZER-1995',
  'KUROSAWA-2015',
  'WILKE-2017',
  'MENSE-2019',
  'OHTORI-2009',
  'FEINSTEIN-1954',
  'KELLGREN-1939',
  'BOGDUK-2012',
  'STATPEARLS-LDH',
  'STATPEARLS-STENOSIS',
  'STATPEARLS-FACET',
  'STATPEARLS-SIJ',
  'STATPEARLS-MPS',
  'STATPEARLS-SPONDY',
  'STATPEARLS-IBP',
  'STATPEARLS-PIRIFORMIS',
  'STATPEARLS-CES',
  'STATPEARLS-SCOLIOSIS',
  'STATPEARLS-SCIATICA',
  'TRAVELL-SIMONS-V2',
  'TRAVELL-SIMONS-V1',
  'TP-SECONDARY',
  'LUCAS-2009',
  'QUINTNER-2015',
  'DOMMERHOLT-2015',
  'JANDA-1978',
  'LAIRD-2014',
  'SWAIN-2020',
  'SUGAVANAM-2024',
  'YOUDAS-2000',
  'LEDERMAN-2011',
  'SARAGIOTTO-2016',
  'OWEN-2020',
  'HODGES-1996',
  'HIDES-1994',
  'HOPAYIAN-2010',
  'JENSEN-2019',
  'ASAS-IBP-2009',
  'MAYO-AXSPA-2020',
  'MEDSCAPE-MERALGIA',
  'LIRETTE-2014',
  'POUTOGLIDOU-2020',
  'DOWNIE-2013',
  'FINUCANE-2020',
  'NHS-REDFLAGS',
  'LONG-2020',
  'ISNCSCI',
]

describe('sources', () => {
  it('covers every citation of the clinical reference sheet, in its order, then the later additions', () => {
    expect(REFERENCE_IDS).toHaveLength(80)
    expect(SOURCE_LIST.map((s) => s.id).slice(0, REFERENCE_IDS.length)).toEqual(REFERENCE_IDS)
    // Additions after the sheet (prognosis, pain science, mimics) say how each was checked.
    for (const s of SOURCE_LIST.slice(REFERENCE_IDS.length)) expect(s.verificationNote, s.id).toBeDefined()
  })

  it('rests trigger-point content on the primary sources, not on therapist web pages', () => {
    const used = new Set([
      ...CAUSES.flatMap((c) => c.sources),
      ...STRUCTURE_CONTENT_LIST.flatMap((c) => c.sources),
      ...Object.values(CAUSE_CONTENT).flatMap((c) => c.sources),
    ])
    expect(used.has('TP-SECONDARY')).toBe(false)
    for (const id of ['TRAVELL-SIMONS-V2', 'FERNANDEZ-2018', 'LUCAS-2009']) expect(used.has(id), id).toBe(true)
  })

  it('keys each source by its id', () => {
    for (const [id, source] of Object.entries(SOURCES)) expect(source.id).toBe(id)
  })

  it('finds sources by id and rejects unknown ids', () => {
    expect(findSource('NICE-NG59')?.short).toMatch(/NICE NG59/)
    expect(findSource('NICE-NG59')?.url).toBe('https://www.nice.org.uk/guidance/ng59')
    expect(findSource('toString')).toBeUndefined()
    expect(isSourceId('NOT-A-SOURCE')).toBe(false)
  })

  it('has full citations, known kinds and https links', () => {
    expect(emptyStrings(SOURCE_LIST)).toEqual([])
    expect(placeholderStrings(SOURCE_LIST)).toEqual([])
    for (const s of SOURCE_LIST) {
      expect(s.citation.length, s.id).toBeGreaterThan(s.short.length)
      expect(Object.keys(SOURCE_KIND_NAMES), s.id).toContain(s.kind)
      if (s.url) expect(s.url, s.id).toMatch(/^https:\/\/\S+$/)
      if (!s.verified) expect(s.verificationNote, s.id).toBeDefined()
    }
  })

  it('resolves every source id used anywhere in the domain data', () => {
    const used = [
      ...CAUSES.flatMap((c) => c.sources),
      ...STRUCTURE_CONTENT_LIST.flatMap((c) => c.sources),
      ...Object.values(CAUSE_CONTENT).flatMap((c) => c.sources),
      ...RED_FLAGS.flatMap((f) => f.sources),
      ...DERMATOMES.flatMap((d) => d.sources),
      ...MIMICS.flatMap((m) => [...m.sources, ...m.commonness.sources]),
      ...GUIDANCE.flatMap((g) => g.sections.flatMap((s) => s.points.flatMap((p) => p.sources))),
    ]
    expect(used.filter((id) => !isSourceId(id))).toEqual([])
  })

  it('never rests lumbar content on the cervical facet map', () => {
    const used = new Set(STRUCTURE_CONTENT_LIST.flatMap((c) => c.sources))
    expect(used.has('DWYER-1990')).toBe(false)
  })
})
