import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LINK_STATE,
  formatActivityLink,
  formatDeepLink,
  opensDefaultView,
  parseDeepLink,
  shareLink,
  type LinkValidators,
} from '../../../src/domain/deep-link'
import { findPosePreset, NEUTRAL_POSE, NEUTRAL_POSE_STATE } from '../../../src/domain/movement'

const validators: LinkValidators = {
  isStructureId: (id) => ['l4', 'sciatic-nerve-left'].includes(id),
  isCauseId: (id) => id === 'sciatica',
}

describe('parseDeepLink', () => {
  it('reads a full link', () => {
    const { state, problems } = parseDeepLink(
      '?structure=l4&cause=sciatica&view=back&hide=skin,superficial-muscle&xray=1&isolate=1',
      validators
    )
    expect(problems).toEqual([])
    expect(state).toEqual({
      structureId: 'l4',
      causeId: 'sciatica',
      view: 'back',
      hiddenLayers: ['skin', 'superficial-muscle'],
      xray: true,
      isolate: true,
      pose: NEUTRAL_POSE_STATE,
    })
  })

  it('gives the default state for an empty link', () => {
    expect(parseDeepLink('', validators)).toEqual({
      state: DEFAULT_LINK_STATE,
      embed: false,
      activity: null,
      problems: [],
    })
  })

  it('drops an unknown structure politely and keeps the rest', () => {
    const { state, problems } = parseDeepLink('?structure=l9&view=front', validators)
    expect(state.structureId).toBeNull()
    expect(state.view).toBe('front')
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('“l9”')
  })

  it('drops an unknown cause, view and layer, each with its own message', () => {
    const { state, problems } = parseDeepLink('?cause=gout&view=sideways&hide=bone,feathers', validators)
    expect(state.causeId).toBeNull()
    expect(state.view).toBe(DEFAULT_LINK_STATE.view)
    expect(state.hiddenLayers).toEqual(['bone'])
    expect(problems).toHaveLength(3)
  })

  it('clips an absurdly long id in the message', () => {
    const { problems } = parseDeepLink(`?structure=${'x'.repeat(500)}`, validators)
    expect(problems[0]!.length).toBeLessThan(140)
  })

  it('ignores isolate without a structure', () => {
    expect(parseDeepLink('?isolate=1', validators).state.isolate).toBe(false)
  })

  it('reads hide=none as every layer shown', () => {
    expect(parseDeepLink('?hide=none', validators).state.hiddenLayers).toEqual([])
  })
})

describe('parseDeepLink on hostile links', () => {
  /** Every quoted echo in the messages, without its quotes. */
  const echoes = (problems: string[]) => problems.flatMap((p) => [...p.matchAll(/“([^”]*)”/g)].map((m) => m[1]!))

  it('keeps the message short for a 100 kB parameter, and shows the default state', () => {
    const huge = 'a'.repeat(100_000)
    const { state, problems } = parseDeepLink(`?structure=${huge}&cause=${huge}&view=${huge}&hide=${huge}`, validators)
    expect(state).toEqual(DEFAULT_LINK_STATE)
    expect(problems).toHaveLength(4)
    for (const echo of echoes(problems)) expect(echo).toBe(`${'a'.repeat(40)}…`)
    expect(problems.join(' ').length).toBeLessThan(600)
  })

  it('names a few unknown layers and counts the rest, in one message', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `layer${i}`).join(',')
    const { state, problems } = parseDeepLink(`?hide=bone,${many}`, validators)
    expect(state.hiddenLayers).toEqual(['bone'])
    expect(problems).toEqual(["The link hides layers we don't have (“layer0”, “layer1”, “layer2” and 4997 more)."])
  })

  it('uses the first of repeated parameters and says so', () => {
    const { state, problems } = parseDeepLink(
      '?structure=l4&structure=sciatic-nerve-left&view=back&view=front',
      validators
    )
    expect(state.structureId).toBe('l4')
    expect(state.view).toBe('back')
    expect(problems).toEqual([
      'The link names more than one structure, so only the first is used.',
      'The link names more than one view, so only the first is used.',
    ])
  })

  it('does not take an id with a zero-width space for the real one, and shows the invisible character', () => {
    const { state, problems } = parseDeepLink('?structure=l4%E2%80%8B', validators)
    expect(state.structureId).toBeNull()
    expect(echoes(problems)).toEqual(['l4\uFFFD'])
  })

  it('shows bidi overrides and controls as replacement characters, so they cannot reorder the message', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE, a newline and a NUL.
    const { problems } = parseDeepLink(`?view=${encodeURIComponent('\u202Ekcab\u2066x\n\0')}`, validators)
    expect(echoes(problems)).toEqual(['\uFFFDkcab\uFFFDx\uFFFD\uFFFD'])
  })

  it('clips by characters, never leaving half an emoji', () => {
    const { problems } = parseDeepLink(`?cause=${encodeURIComponent('🦴'.repeat(60))}`, validators)
    const [echo] = echoes(problems)
    expect(echo).toBe(`${'🦴'.repeat(40)}…`)
    // With the u flag, only a lone (half) surrogate matches this class.
    expect(echo).not.toMatch(/[\uD800-\uDFFF]/u)
  })

  it('reads right-to-left and other scripts as unknown ids, echoed as written', () => {
    const { state, problems } = parseDeepLink(`?structure=${encodeURIComponent('فقرة')}`, validators)
    expect(state.structureId).toBeNull()
    expect(echoes(problems)).toEqual(['فقرة'])
  })

  it('survives broken percent-encoding, echoing the replacement character', () => {
    const { state, problems } = parseDeepLink('?structure=%E0%A4%A&view=%', validators)
    expect(state).toEqual(DEFAULT_LINK_STATE)
    expect(echoes(problems)).toEqual(['\uFFFD%A', '%'])
  })

  it('treats script-like values as unknown ids, echoed as plain text for the banner to escape', () => {
    const payload = '<img src=x onerror=alert(1)>'
    const { state, problems } = parseDeepLink(
      `?structure=${encodeURIComponent(payload)}&cause=javascript:alert(1)`,
      validators
    )
    expect(state).toEqual(DEFAULT_LINK_STATE)
    expect(echoes(problems)).toEqual([payload, 'javascript:alert(1)'])
  })

  it('reads the polluting key names as unknown, not as object members', () => {
    const { state, problems } = parseDeepLink('?view=constructor&hide=__proto__,toString', validators)
    expect(state).toEqual(DEFAULT_LINK_STATE)
    expect(problems).toHaveLength(2)
  })
})

describe('formatDeepLink', () => {
  it('writes nothing for the default state', () => {
    expect(formatDeepLink(DEFAULT_LINK_STATE)).toBe('')
  })

  it('round-trips through parseDeepLink', () => {
    const link = '?structure=sciatic-nerve-left&cause=sciatica&view=left&hide=skin,nerve&xray=1&isolate=1'
    const { state } = parseDeepLink(link, validators)
    expect(formatDeepLink(state)).toBe(link)
  })

  it('keeps parameters it does not own, such as e2e', () => {
    const keep = new URLSearchParams('e2e&structure=l1')
    expect(formatDeepLink({ ...DEFAULT_LINK_STATE, structureId: 'l4' }, keep)).toBe('?e2e=&structure=l4')
  })

  it('writes hide=none when every layer is shown', () => {
    expect(formatDeepLink({ ...DEFAULT_LINK_STATE, hiddenLayers: [] })).toBe('?hide=none')
  })
})

describe('the embed parameter', () => {
  it('turns on the embedded layout with embed=1 and leaves the state as the rest of the link says', () => {
    const { state, embed, problems } = parseDeepLink('?embed=1&structure=l4&view=back', validators)
    expect(embed).toBe(true)
    expect(problems).toEqual([])
    expect(state).toEqual({ ...DEFAULT_LINK_STATE, structureId: 'l4', view: 'back' })
  })

  it('is off without it and with embed=0', () => {
    expect(parseDeepLink('?structure=l4', validators).embed).toBe(false)
    expect(parseDeepLink('?embed=0', validators)).toEqual({
      state: DEFAULT_LINK_STATE,
      embed: false,
      activity: null,
      problems: [],
    })
  })

  it('reports an unknown value politely and shows the full explorer', () => {
    const { embed, problems } = parseDeepLink('?embed=yes', validators)
    expect(embed).toBe(false)
    expect(problems).toEqual(["The link's embed setting (“yes”) is not one we know, so the full explorer is shown."])
  })

  it('survives the URL tidying: formatting keeps it while the state changes', () => {
    const keep = new URLSearchParams('embed=1&e2e')
    const search = formatDeepLink({ ...DEFAULT_LINK_STATE, structureId: 'l4' }, keep)
    expect(new URLSearchParams(search).get('embed')).toBe('1')
    expect(parseDeepLink(search, validators)).toMatchObject({ embed: true, state: { structureId: 'l4' } })
  })
})

describe('shareLink', () => {
  const page = { origin: 'https://clinic.example', pathname: '/explorer/' }

  it('is the absolute address of the state, in the order the URL sync writes', () => {
    const state = { ...DEFAULT_LINK_STATE, structureId: 'l4', view: 'back' as const, xray: true }
    expect(shareLink(state, page)).toBe(`https://clinic.example/explorer/${formatDeepLink(state)}`)
    expect(shareLink(state, page)).toBe('https://clinic.example/explorer/?structure=l4&view=back&xray=1')
  })

  it('opens the same state when parsed back', () => {
    const state = { ...DEFAULT_LINK_STATE, causeId: 'sciatica', hiddenLayers: [] }
    const url = new URL(shareLink(state, page))
    expect(parseDeepLink(url.search, validators)).toEqual({ state, embed: false, activity: null, problems: [] })
  })

  it('is the bare page address for the default state', () => {
    expect(shareLink(DEFAULT_LINK_STATE, page)).toBe('https://clinic.example/explorer/')
  })
})

describe('tour and self-test links', () => {
  it('reads ?tour=<id>&step=<n>, steps counted from 1, the step left to the tour to check', () => {
    expect(parseDeepLink('?tour=sciatica&step=3', validators)).toMatchObject({
      activity: { kind: 'tour', tourId: 'sciatica', step: 3 },
      problems: [],
    })
    expect(parseDeepLink('?tour=sciatica', validators).activity).toEqual({ kind: 'tour', tourId: 'sciatica', step: 1 })
    // The tour's length is not known here: its player says so when the step is past the end.
    expect(parseDeepLink('?tour=sciatica&step=99', validators).activity).toMatchObject({ step: 99 })
  })

  it('answers an unknown tour with a polite message and no tour (the default view)', () => {
    const { activity, state, problems } = parseDeepLink('?tour=moon-walk&step=2', validators)
    expect(activity).toBeNull()
    expect(state).toEqual(DEFAULT_LINK_STATE)
    expect(problems).toEqual(["The link names a tour we don't have (“moon-walk”), so the default view is shown."])
  })

  it('starts at step 1 when the step is not a step number', () => {
    for (const step of ['0', '-2', 'two', '1.5', '9'.repeat(20)]) {
      const { activity, problems } = parseDeepLink(`?tour=stenosis&step=${step}`, validators)
      expect(activity, step).toEqual({ kind: 'tour', tourId: 'stenosis', step: 1 })
      expect(problems, step).toHaveLength(1)
      expect(problems[0]).toContain('starts at step 1')
    }
  })

  it('reads ?quiz=<kind>&seed=<n>, and gives a link without a seed a new one', () => {
    expect(parseDeepLink('?quiz=which-cause&seed=42', validators)).toMatchObject({
      activity: { kind: 'quiz', quiz: 'which-cause', seed: 42 },
      problems: [],
    })
    expect(parseDeepLink('?quiz=find-it', validators, { newSeed: () => 7 }).activity).toEqual({
      kind: 'quiz',
      quiz: 'find-it',
      seed: 7,
    })
  })

  it('answers an unknown self-test or an unusable seed politely', () => {
    const unknown = parseDeepLink('?quiz=spelling&seed=1', validators)
    expect(unknown.activity).toBeNull()
    expect(unknown.problems[0]).toContain('“spelling”')
    const bad = parseDeepLink('?quiz=where-felt&seed=4294967296', validators, { newSeed: () => 5 })
    expect(bad.activity).toEqual({ kind: 'quiz', quiz: 'where-felt', seed: 5 })
    expect(bad.problems[0]).toContain('“4294967296”')
  })

  it('opens the tour when a link names both, and says so', () => {
    const { activity, problems } = parseDeepLink('?quiz=find-it&seed=1&tour=sciatica', validators)
    expect(activity).toMatchObject({ kind: 'tour', tourId: 'sciatica' })
    expect(problems).toEqual(['The link names both a tour and a self-test, so only the tour opens.'])
  })

  it('writes activity links that keep foreign parameters and round-trip', () => {
    const keep = new URLSearchParams('e2e&structure=l4&tour=old')
    const tour = formatActivityLink({ kind: 'tour', tourId: 'sciatica', step: 2 }, keep)
    expect(tour).toBe('?e2e=&tour=sciatica&step=2')
    const quiz = formatActivityLink({ kind: 'quiz', quiz: 'find-it', seed: 4294967295 })
    expect(parseDeepLink(quiz, validators)).toMatchObject({ activity: { seed: 4294967295 }, problems: [] })
  })

  it('drops the activity parameters from view links (a shared view never opens a tour)', () => {
    expect(formatDeepLink(DEFAULT_LINK_STATE, new URLSearchParams('tour=sciatica&step=2&quiz=find-it&seed=3'))).toBe('')
  })
})

describe('pose links', () => {
  const slumped = findPosePreset('sitting-slumped')!

  it('reads a named posture, one direction with an amount, and a list, each with the rest of the link', () => {
    expect(parseDeepLink('?pose=sitting-slumped&structure=l4&view=back', validators)).toMatchObject({
      state: { structureId: 'l4', view: 'back', pose: { pose: slumped.pose, presetId: 'sitting-slumped' } },
      problems: [],
    })
    expect(parseDeepLink('?pose=extension&amount=0.8&cause=sciatica', validators)).toMatchObject({
      state: { causeId: 'sciatica', pose: { pose: { ...NEUTRAL_POSE, bend: -0.8 }, presetId: null } },
      problems: [],
    })
    expect(parseDeepLink('?pose=flexion:0.6,side-left:0.3', validators).state.pose).toEqual({
      pose: { ...NEUTRAL_POSE, bend: 0.6, sideBend: 0.3 },
      presetId: null,
    })
  })

  it('shows an unknown movement standing, with a polite note, and keeps the rest of the link', () => {
    const { state, problems } = parseDeepLink('?pose=moonwalk&structure=l4', validators)
    expect(state.pose).toEqual(NEUTRAL_POSE_STATE)
    expect(state.structureId).toBe('l4')
    expect(problems).toEqual([
      "The link asks for a movement we don't have (“moonwalk”), so the spine is shown standing.",
    ])
  })

  it('says why a known movement could not be used, echoing the amount', () => {
    const { state, problems } = parseDeepLink('?pose=extension&amount=7', validators)
    expect(state.pose).toEqual(NEUTRAL_POSE_STATE)
    expect(problems).toEqual([
      "The link's movement (“extension, amount 7”) could not be used (an amount outside 0 to 1), so the spine is shown standing.",
    ])
    expect(parseDeepLink('?pose=flexion:0.2,flexion:0.4', validators).problems[0]).toContain('a movement given twice')
  })

  it('notes an amount without a movement, and a second pose', () => {
    expect(parseDeepLink('?amount=0.5', validators).problems).toEqual([
      'The link gives a movement amount (“0.5”) but no movement, so the spine is shown standing.',
    ])
    const twice = parseDeepLink('?pose=flexion&pose=extension', validators)
    expect(twice.state.pose.pose.bend).toBe(1)
    expect(twice.problems).toEqual(['The link names more than one movement, so only the first is used.'])
  })

  it('clips a hostile pose and shows it as text, never as markup', () => {
    const huge = parseDeepLink(`?pose=${'a'.repeat(100_000)}`, validators)
    expect(huge.problems[0]).toContain(`“${'a'.repeat(40)}…”`)
    expect(huge.problems[0]!.length).toBeLessThan(160)
    const payload = '<img src=x onerror=alert(1)>'
    const hostile = parseDeepLink(`?pose=${encodeURIComponent(payload)}`, validators)
    expect(hostile.state).toEqual(DEFAULT_LINK_STATE)
    expect(hostile.problems[0]).toContain(`“${payload}”`)
    // A right-to-left override in the amount is shown as a replacement character.
    const flipped = parseDeepLink(`?pose=extension&amount=${encodeURIComponent('\u202E1')}`, validators)
    expect(flipped.problems[0]).toContain('“extension, amount \uFFFD1”')
  })

  it('writes a pose after the rest of the view, and nothing for standing', () => {
    expect(
      formatDeepLink({
        ...DEFAULT_LINK_STATE,
        structureId: 'l4-l5-disc',
        pose: { pose: slumped.pose, presetId: slumped.id },
      })
    ).toBe('?structure=l4-l5-disc&pose=sitting-slumped')
    expect(
      formatDeepLink({ ...DEFAULT_LINK_STATE, pose: { pose: { ...NEUTRAL_POSE, bend: -0.8 }, presetId: null } })
    ).toBe('?pose=extension&amount=0.8')
    expect(formatDeepLink({ ...DEFAULT_LINK_STATE, pose: { pose: NEUTRAL_POSE, presetId: 'standing' } })).toBe('')
  })

  it('round-trips a list of movements with readable commas and colons', () => {
    const link = '?cause=sciatica&pose=flexion:0.6,side-left:0.3'
    const { state, problems } = parseDeepLink(link, validators)
    expect(problems).toEqual([])
    expect(formatDeepLink(state)).toBe(link)
  })

  it('counts a pose as leaving the default view (the poster shows the spine standing)', () => {
    expect(opensDefaultView('')).toBe(true)
    expect(opensDefaultView('?e2e')).toBe(true)
    expect(opensDefaultView('?pose=sitting-slumped')).toBe(false)
    expect(opensDefaultView('?pose=extension&amount=0.8')).toBe(false)
  })
})
