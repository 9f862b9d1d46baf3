import { describe, expect, it } from 'vitest'
import { TOUR_IDS } from '../../../src/domain/activities'
import { isCauseId, findCause, structureRolesOf } from '../../../src/domain/causes'
import { parseDeepLink, formatActivityLink } from '../../../src/domain/deep-link'
import { readingStats, sentencesOf, wordsOf } from '../../../src/domain/readability'
import { RED_FLAGS } from '../../../src/domain/red-flags'
import { isSourceId } from '../../../src/domain/sources'
import {
  LAYERS,
  expandToStructureIds,
  findStructure,
  isStructureId,
  layersOutside,
} from '../../../src/domain/structures'
import { TOURS, findTour, sceneOfStep } from '../../../src/domain/tours'
import { NEUTRAL_POSE_STATE, parsePoseLink } from '../../../src/domain/movement'
import { isViewPreset } from '../../../src/domain/views'

const steps = TOURS.flatMap((tour) => tour.steps.map((step, i) => ({ tour: tour.id, n: i + 1, step })))
const validators = { isStructureId, isCauseId }

describe('the tours', () => {
  it('are the eight tours the issue names, each 5 to 10 steps, in the order of TOUR_IDS', () => {
    expect(TOURS.map((t) => t.id)).toEqual([...TOUR_IDS])
    for (const tour of TOURS) {
      expect(tour.steps.length, tour.id).toBeGreaterThanOrEqual(5)
      expect(tour.steps.length, tour.id).toBeLessThanOrEqual(10)
    }
  })

  it('name only structures, groups, causes, views, layers, sources and warning signs that exist', () => {
    const problems: string[] = []
    const flagIds = new Set(RED_FLAGS.map((f) => f.id))
    for (const { tour, n, step } of steps) {
      const where = `${tour} step ${n}`
      for (const ref of [...step.frame, ...(step.highlight ?? [])]) {
        if (expandToStructureIds(ref).length === 0) problems.push(`${where}: unknown structure or group ${ref}`)
      }
      if (step.select && !isStructureId(step.select)) problems.push(`${where}: unknown structure ${step.select}`)
      // The types already hold these to their vocabularies; the data is checked as it runs too.
      const { cause, view }: { cause?: string; view: string } = step
      if (cause && !isCauseId(cause)) problems.push(`${where}: unknown cause ${cause}`)
      if (!isViewPreset(view)) problems.push(`${where}: unknown view ${view}`)
      if (!LAYERS.includes(step.layers)) problems.push(`${where}: unknown layer ${step.layers}`)
      if (step.sources.length === 0) problems.push(`${where}: no source`)
      for (const id of step.sources) if (!isSourceId(id)) problems.push(`${where}: unknown source ${id}`)
      for (const id of step.redFlags ?? []) if (!flagIds.has(id)) problems.push(`${where}: unknown warning sign ${id}`)
      if (step.pose && !parsePoseLink(step.pose).ok) problems.push(`${where}: a pose that does not parse, ${step.pose}`)
    }
    expect(problems).toEqual([])
  })

  it('bend the spine where the stenosis tour explains walking and sitting, and stand it up again after', () => {
    const stenosis = findTour('stenosis')!.steps.map(sceneOfStep)
    const bends = stenosis.map((s) => s.pose.presetId ?? s.pose.pose.bend)
    expect(bends).toContain(-0.8)
    expect(bends).toContain('sitting-slumped')
    // A step that names no pose stands the spine up, so a bend never carries into the next topic.
    expect(sceneOfStep(findTour('lower-back-in-two-minutes')!.steps[0]!).pose).toBe(NEUTRAL_POSE_STATE)
  })

  it('light something at every step (a selection, a set of structures or a cause), so each step shows', () => {
    const unlit = steps.filter(({ step }) => !step.select && !step.highlight?.length && !step.cause)
    expect(unlit.map(({ tour, n }) => `${tour} ${n}`)).toEqual([])
  })

  it('never frame, light or select a structure that the step’s layers hide', () => {
    const hidden: string[] = []
    for (const { tour, n, step } of steps) {
      const peeled = new Set(layersOutside(step.layers))
      const ids = [...step.frame, ...(step.highlight ?? []), ...(step.select ? [step.select] : [])].flatMap(
        expandToStructureIds
      )
      for (const id of ids) if (peeled.has(findStructure(id)!.layer)) hidden.push(`${tour} ${n}: ${id}`)
    }
    expect(hidden).toEqual([])
  })

  it('frame at least one structure the step’s cause involves, so the highlight is in view', () => {
    const off = steps.filter(({ step }) => {
      if (!step.cause) return false
      const roles = structureRolesOf(findCause(step.cause)!)
      return !step.frame.flatMap(expandToStructureIds).some((id) => roles.has(id))
    })
    expect(off.map(({ tour, n }) => `${tour} ${n}`)).toEqual([])
  })

  it('move the camera or the highlight at every step (no two steps in a row put the same thing on screen)', () => {
    for (const tour of TOURS) {
      const scenes = tour.steps.map((s) => JSON.stringify(sceneOfStep(s)))
      for (let i = 1; i < scenes.length; i++) expect(scenes[i], `${tour.id} step ${i + 1}`).not.toBe(scenes[i - 1])
    }
  })

  it('keep every step at reading grade 8 or below, with no sentence over 25 words', () => {
    const over = steps
      .map(({ tour, n, step }) => ({ where: `${tour} ${n}`, stats: readingStats([step.title, step.text]) }))
      .filter(({ stats }) => stats.grade > 8 || stats.longestSentence > 25)
      .map(({ where, stats }) => `${where}: grade ${stats.grade.toFixed(1)}, ${stats.longestSentence} words`)
    expect(over).toEqual([])
    // Short by design: a step is read beside the model, not instead of it.
    for (const { tour, n, step } of steps) {
      expect(sentencesOf(step.text).length, `${tour} ${n}`).toBeLessThanOrEqual(5)
      expect(wordsOf(step.title).length, `${tour} ${n}`).toBeLessThanOrEqual(9)
    }
  })

  it('make every step reachable: its link opens it, and Next from step 1 gets there', () => {
    for (const { tour, n } of steps) {
      const link = formatActivityLink({ kind: 'tour', tourId: tour, step: n })
      expect(link).toBe(`?tour=${tour}&step=${n}`)
      expect(parseDeepLink(link, validators)).toMatchObject({
        activity: { kind: 'tour', tourId: tour, step: n },
        problems: [],
      })
      expect(findTour(tour)!.steps[n - 1]).toBeDefined()
    }
  })

  it('lead the urgent-help tour to the warning signs: most of its steps list them', () => {
    const urgent = findTour('urgent-help')!
    const listed = new Set(urgent.steps.flatMap((s) => s.redFlags ?? []))
    for (const flag of RED_FLAGS.filter((f) => f.caudaEquina)) expect(listed.has(flag.id), flag.id).toBe(true)
  })
})

describe('sceneOfStep', () => {
  it('expands groups and pairs to structure ids and peels the layers outside the step’s', () => {
    const scene = sceneOfStep(findTour('lower-back-in-two-minutes')!.steps[0]!)
    expect(scene.frame).toEqual(['l1', 'l2', 'l3', 'l4', 'l5', 'sacrum'])
    expect(scene.from).toBe('left')
    expect(scene.hiddenLayers).toEqual(LAYERS.slice(0, LAYERS.indexOf('bone')))
    expect(scene.highlight).toEqual(['l1', 'l2', 'l3', 'l4', 'l5'])
    expect(scene.selectedId).toBeNull()
    expect(scene.causeId).toBeNull()
    const sciatic = sceneOfStep(findTour('lower-back-in-two-minutes')!.steps[4]!)
    expect(sciatic.frame).toEqual(['sciatic-nerve-left', 'sciatic-nerve-right'])
  })
})
