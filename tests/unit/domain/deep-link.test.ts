import { describe, expect, it } from 'vitest'
import { DEFAULT_LINK_STATE, formatDeepLink, parseDeepLink, type LinkValidators } from '../../../src/domain/deep-link'

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
    })
  })

  it('gives the default state for an empty link', () => {
    expect(parseDeepLink('', validators)).toEqual({ state: DEFAULT_LINK_STATE, problems: [] })
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
