import { beforeEach, describe, expect, it } from 'vitest'
import { useExplorerStore, linkStateOf } from '../../../src/store/explorer-store'

const initial = useExplorerStore.getState()
beforeEach(() => useExplorerStore.setState(initial, true))
const store = () => useExplorerStore.getState()

describe('explorer store', () => {
  it('selects a known structure, asks the camera to frame it and announces it', () => {
    store().select('l4')
    expect(store().selectedId).toBe('l4')
    expect(store().camera.kind).toBe('frame-selection')
    expect(store().announcement).toBe('Selected L4 vertebra')
  })

  it('ignores an unknown id', () => {
    store().select('l9')
    expect(store().selectedId).toBeNull()
  })

  it('shows a hidden structure when it is selected', () => {
    store().toggleHidden('l4')
    expect(store().hiddenIds.has('l4')).toBe(true)
    store().select('l4')
    expect(store().hiddenIds.has('l4')).toBe(false)
  })

  it('isolates only with a selection, and clearing the selection ends isolation', () => {
    store().setIsolate(true)
    expect(store().isolate).toBe(false)
    store().select('l4')
    store().setIsolate(true)
    expect(store().isolate).toBe(true)
    store().select(null)
    expect(store().isolate).toBe(false)
  })

  it('peels layers from the skin inwards', () => {
    store().peelTo('nerve')
    expect([...store().hiddenLayers]).toEqual(['skin', 'superficial-muscle', 'deep-muscle', 'ligament'])
    store().peelTo('skin')
    expect(store().hiddenLayers.size).toBe(0)
  })

  it('hides the selection and clears it', () => {
    store().select('sacrum')
    store().hideSelected()
    expect(store().hiddenIds.has('sacrum')).toBe(true)
    expect(store().selectedId).toBeNull()
  })

  it('show all restores the default layers and clears hiding', () => {
    store().toggleHidden('l1')
    store().peelTo('bone')
    store().showAll()
    expect(store().hiddenIds.size).toBe(0)
    expect([...store().hiddenLayers]).toEqual(['skin'])
  })

  it('applies a link and reads it back', () => {
    store().applyLink({
      structureId: 'l5',
      causeId: 'sciatica',
      view: 'back',
      hiddenLayers: ['skin', 'superficial-muscle'],
      xray: true,
      isolate: false,
    })
    expect(linkStateOf(store())).toEqual({
      structureId: 'l5',
      causeId: 'sciatica',
      view: 'back',
      hiddenLayers: ['skin', 'superficial-muscle'],
      xray: true,
      isolate: false,
    })
  })
})

describe('selecting a buried structure', () => {
  it('turns X-ray on so the structure can be seen, and leaves it off for an outer one', () => {
    useExplorerStore.setState(initial, true)
    store().select('gluteus-maximus-left')
    expect(store().xray).toBe(false)
    store().select('l5-root-left')
    expect(store().xray).toBe(true)
  })
})
