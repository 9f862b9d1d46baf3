import { describe, expect, it } from 'vitest'
import { describeView } from '../../../src/store/describe-view'

describe('describeView', () => {
  it('describes the default view and how to move it', () => {
    const text = describeView({
      view: 'oblique',
      selectedId: null,
      hiddenLayers: new Set(['skin']),
      isolate: false,
      xray: false,
      causeName: null,
    })
    expect(text).toContain('3D model of the lower back')
    expect(text).toContain('Hidden layers: skin.')
    expect(text).toContain('arrow keys')
  })

  it('names the selection, isolation, X-ray and the cause', () => {
    const text = describeView({
      view: 'back',
      selectedId: 'l4',
      hiddenLayers: new Set(),
      isolate: true,
      xray: true,
      causeName: 'Sciatica',
    })
    expect(text).toContain('seen from the back')
    expect(text).toContain('Selected: L4 vertebra, shown alone.')
    expect(text).toContain('X-ray is on')
    expect(text).not.toContain('posed')
    expect(
      describeView({
        view: 'left',
        selectedId: null,
        hiddenLayers: new Set(),
        isolate: false,
        xray: false,
        causeName: null,
        poseName: 'Lean back 80 %',
      })
    ).toContain('The spine is posed: Lean back 80 %.')
    expect(text).toContain('Sciatica')
  })
})
