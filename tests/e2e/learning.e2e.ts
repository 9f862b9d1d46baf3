import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openAppPage, type AppPage } from './harness/app-page'
import { useBrowserAndServer } from './harness/suite'
import { pixelAt, settle, storeValue } from './harness/scene-probe'
import { looksLike } from './harness/colour'
import { findTour, type TourStep } from '../../src/domain/tours'
import {
  generateQuiz,
  type FindItQuestion,
  type WhereFeltQuestion,
  type WhichCauseQuestion,
} from '../../src/domain/quiz'
import { findCause, structureRolesOf } from '../../src/domain/causes'
import { ROLE_PALETTE } from '../../src/domain/palette'
import { SYSTEM_NAMES, expandToStructureIds, findStructure } from '../../src/domain/structures'
import type { QuizKind } from '../../src/domain/activities'
import { SELECTED_COLOUR } from '../../src/scene/materials'

/** Where the camera is and which way it looks, rounded so a still camera reads the same. */
async function cameraPose(page: Page): Promise<string> {
  return page.evaluate(() => {
    const camera = window.__explorer!.r3f!.camera
    return [...camera.position.toArray(), ...camera.quaternion.toArray()].map((v) => v.toFixed(4)).join()
  })
}

async function frames(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)))
}

/** The structures a step lights and the colour each should show: the selection's, or its role's. */
function litBy(step: TourStep): { id: string; colour: string }[] {
  if (step.select) return [{ id: step.select, colour: SELECTED_COLOUR }]
  if (step.highlight) return step.highlight.flatMap(expandToStructureIds).map((id) => ({ id, colour: SELECTED_COLOUR }))
  const roles = structureRolesOf(findCause(step.cause!)!)
  return step.frame
    .flatMap(expandToStructureIds)
    .filter((id) => roles.has(id))
    .map((id) => ({ id, colour: ROLE_PALETTE[roles.get(id)!].colour }))
}

describe('tours and the self-test in Chromium', () => {
  const suite = useBrowserAndServer()
  let app: AppPage

  // One page for every test: the model loads once.
  beforeAll(async () => {
    app = await openAppPage(suite.browser, suite.server.url)
    await app.open()
    await app.waitForMark('first-model-frame')
  })
  afterAll(() => app?.close())

  it('plays a whole tour by keyboard: each step cuts the camera to a new view and lights its structures', async () => {
    const { page } = app
    const tour = findTour('sciatica')!
    const entriesBefore = await page.evaluate(() => history.length)
    await page.getByRole('button', { name: 'Tours and self-test' }).click()
    const dialog = page.getByRole('dialog', { name: 'Tours and self-test' })
    await dialog.getByRole('button', { name: tour.title }).focus()
    await page.keyboard.press('Enter')
    let previousPose = ''
    for (const [i, step] of tour.steps.entries()) {
      await page.getByRole('heading', { level: 2, name: step.title }).waitFor()
      expect(await page.evaluate(() => location.search)).toContain(`tour=sciatica&step=${i + 1}`)
      expect(await page.getByTestId('announcer').textContent()).toContain(`Tour step ${i + 1} of ${tour.steps.length}`)
      // Reduced motion: the camera cuts to the step's view, so a few frames later it stays put.
      await frames(page, 3)
      const pose = await cameraPose(page)
      await settle(page)
      expect(await cameraPose(page)).toBe(pose)
      expect(pose, step.title).not.toBe(previousPose)
      previousPose = pose
      // Measured by pixels: a structure the step lights shows the selection colour or its role's.
      const lit: string[] = []
      let seen = false
      for (const { id, colour } of litBy(step)) {
        const point = await page.evaluate((s) => window.__explorer!.visiblePoint(s), id)
        if (!point) continue
        const pixel = await pixelAt(page, point)
        lit.push(`${id} ${pixel.join(',')}`)
        if ((seen = looksLike(pixel, colour))) break
      }
      expect(seen, `${step.title}: ${lit.join('; ') || 'nothing lit in view'}`).toBe(true)
      if (i === 2) {
        await app.screenshot('tour-sciatica-step-3')
        expect(await app.axe()).toEqual([])
      }
      if (i < tour.steps.length - 1) await page.keyboard.press('ArrowRight')
    }
    // Starting the tour was one history entry; moving between steps replaced it.
    expect(await page.evaluate(() => history.length)).toBe(entriesBefore + 1)
    // Escape leaves, keeping the last step's view to explore from.
    await page.keyboard.press('Escape')
    await page.locator('.tour').waitFor({ state: 'detached' })
    expect(await storeValue(page, 'causeId')).toBe('sciatica')
    expect(await page.evaluate(() => location.search)).toContain('cause=sciatica')

    // A link to a step the tour does not have opens its first step with a message; an unknown tour
    // gets a message and the default view.
    await page.evaluate(() => {
      history.pushState(null, '', '?e2e&tour=stenosis&step=12')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await page.getByRole('heading', { level: 2, name: findTour('stenosis')!.steps[0]!.title }).waitFor()
    expect(await page.locator('.notice').textContent()).toContain('there is no step 12')
    await page.evaluate(() => {
      history.pushState(null, '', '?e2e&tour=moon-walk')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await page.locator('.tour').waitFor({ state: 'detached' })
    expect(await page.locator('.notice').textContent()).toContain('“moon-walk”')
    expect(app.problems).toEqual([])
  })

  /**
   * Starts a self-test from the header by keyboard (with a fresh seed), then opens the link to a
   * fixed seed, so the run is the same every time; returns its questions, made again from that seed.
   */
  async function startQuiz(kind: QuizKind, title: string, seed: number) {
    const { page } = app
    await page.getByRole('button', { name: 'Tours and self-test' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'Tours and self-test' }).getByRole('button', { name: title }).focus()
    await page.keyboard.press('Enter')
    await page.getByText('Question 1 of 10', { exact: true }).waitFor()
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('quiz'))).toBe(kind)
    await page.evaluate((search) => {
      history.pushState(null, '', search)
      dispatchEvent(new PopStateEvent('popstate'))
    }, `?e2e&quiz=${kind}&seed=${seed}`)
    const questions = generateQuiz(kind, seed)
    await page.getByRole('heading', { level: 2, name: questions[0]!.prompt, exact: true }).waitFor()
    expect(await page.getByText('Question 1 of 10', { exact: true }).count()).toBe(1)
    return questions
  }

  /** Checks the feedback and the score line, then goes on with Enter (the focus is on Next). */
  async function next(i: number, right: boolean): Promise<void> {
    const feedback = app.page.locator('.quiz__feedback')
    expect(await feedback.textContent()).toMatch(right ? /^Right/ : /^Not quite/)
    await app.page.keyboard.press('Enter')
    if (i < 9) await app.page.getByText(`Question ${i + 2} of 10`, { exact: true }).waitFor()
  }

  it('runs a whole "which cause?" self-test by keyboard, each answer opening the cause', async () => {
    const { page } = app
    const questions = (await startQuiz('which-cause', 'Which cause?', 11)) as WhichCauseQuestion[]
    for (const [i, q] of questions.entries()) {
      // Wrong on purpose once, to see the other feedback.
      const pick =
        i === 3 ? q.options.findIndex((o) => o.id !== q.correct) : q.options.findIndex((o) => o.id === q.correct)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Space')
      for (let k = 0; k < pick; k++) await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 2, name: findCause(q.correct)!.name, exact: true }).waitFor()
      if (i === 0) expect(await app.axe()).toEqual([])
      await next(i, i !== 3)
    }
    await page.getByRole('heading', { level: 2, name: 'You got 9 of 10 right' }).waitFor()
  })

  it('runs a whole "where is it felt?" self-test by keyboard, each answer opening the structure', async () => {
    const { page } = app
    const questions = (await startQuiz('where-felt', 'Where is it felt?', 12)) as WhereFeltQuestion[]
    for (const [i, q] of questions.entries()) {
      const right = new Set<string>(i === 5 ? q.correct.slice(1) : q.correct)
      for (const option of q.options) {
        await page.keyboard.press('Tab')
        if (right.has(option.id)) await page.keyboard.press('Space')
      }
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      const name = findStructure(q.structureIds[0]!)!.name
      await page.getByRole('heading', { level: 2, name, exact: true }).waitFor()
      await next(i, i !== 5)
    }
    await page.getByRole('heading', { level: 2, name: 'You got 9 of 10 right' }).waitFor()
  })

  it('runs a whole "find it" self-test by clicking the model, and once from the Structures list', async () => {
    const { page } = app
    const questions = (await startQuiz('find-it', 'Find it', 1929)) as FindItQuestion[]
    for (const [i, q] of questions.entries()) {
      await page.getByRole('heading', { level: 2, name: q.prompt }).waitFor()
      if (i === 1) {
        // From the Structures list, by keyboard: open the structure's group, then Enter on it.
        const structure = findStructure(q.answers[0]!)!
        const tree = page.getByRole('tree')
        const group = tree.locator('[aria-level="1"]', {
          has: page.getByText(SYSTEM_NAMES[structure.system], { exact: true }),
        })
        if ((await group.getAttribute('aria-expanded')) === 'false') {
          await group.focus()
          await page.keyboard.press('ArrowRight')
        }
        await tree.locator('[aria-level="2"]', { has: page.getByText(structure.name, { exact: true }) }).focus()
        await page.keyboard.press('Enter')
      } else {
        // Look from the preset views, as a user would turn the model, until the structure shows. (The
        // seed's structures mostly show from the first view; every find-it structure shows from one.)
        let point: { x: number; y: number } | null = null
        for (const view of ['oblique', 'back', 'front', 'left', 'right', 'top']) {
          if (view !== 'oblique') await page.getByLabel('View', { exact: true }).selectOption(view)
          await settle(page, { invalidate: true, stillFrames: 1, maxFrames: 30 })
          for (const id of q.answers) {
            point = await page.evaluate((s) => window.__explorer!.visiblePoint(s), id)
            if (point) break
          }
          if (point) break
        }
        expect(point, q.prompt).not.toBeNull()
        await page.mouse.click(point!.x, point!.y)
      }
      await page.locator('.quiz__feedback').waitFor()
      await next(i, true)
    }
    await page.getByRole('heading', { level: 2, name: 'You got 10 of 10 right' }).waitFor()
    expect(await app.axe()).toEqual([])
    expect(app.problems).toEqual([])
  })
})
