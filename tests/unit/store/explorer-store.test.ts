import { beforeEach, describe, expect, it } from 'vitest'
import { useExplorerStore, linkStateOf } from '../../../src/store/explorer-store'
import { DEFAULT_LINK_STATE } from '../../../src/domain/deep-link'
import { findPosePreset, NEUTRAL_POSE, NEUTRAL_POSE_STATE } from '../../../src/domain/movement'

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

  it('frames the selection again after the spine moves only when the camera last framed it', () => {
    store().select('l5-root-left')
    const framed = store().camera.seq
    store().followSelection()
    expect(store().camera).toMatchObject({ kind: 'frame-selection', seq: framed + 1 })
    // The user asked for another view since: moving the spine leaves the camera alone.
    store().setView('front')
    const viewed = store().camera.seq
    store().followSelection()
    expect(store().camera).toMatchObject({ kind: 'view', seq: viewed })
    // Nothing selected: nothing to follow.
    store().select('l4')
    store().select(null)
    const before = store().camera
    store().followSelection()
    expect(store().camera).toBe(before)
  })

  it('names a view only while the camera looks from it: choosing one puts the name back at once', () => {
    expect(store().viewAligned).toBe(true)
    // The scene reports the camera turned away (a framing, or the user's drag).
    store().setViewAligned(false)
    expect(store().viewAligned).toBe(false)
    store().setView('left')
    expect(store()).toMatchObject({ view: 'left', viewAligned: true })
    expect(store().camera.kind).toBe('view')
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
    const pose = { pose: { bend: 0.6, sideBend: -0.3, twist: 0, pelvicTilt: 0 }, presetId: null }
    store().applyLink({
      structureId: 'l5',
      causeId: 'sciatica',
      view: 'back',
      hiddenLayers: ['skin', 'superficial-muscle'],
      xray: true,
      isolate: false,
      pose,
    })
    expect(linkStateOf(store())).toEqual({
      structureId: 'l5',
      causeId: 'sciatica',
      view: 'back',
      hiddenLayers: ['skin', 'superficial-muscle'],
      xray: true,
      isolate: false,
      pose,
    })
  })

  it('keeps the layers it already shows when a link names the same ones, so the panels that list them stay as they are', () => {
    const shown = store().hiddenLayers
    store().applyLink(DEFAULT_LINK_STATE)
    expect(store().hiddenLayers).toBe(shown)
    store().applyLink({ ...DEFAULT_LINK_STATE, hiddenLayers: ['skin', 'superficial-muscle'] })
    expect(store().hiddenLayers).not.toBe(shown)
    expect([...store().hiddenLayers]).toEqual(['skin', 'superficial-muscle'])
  })

  it('opens the movement controls for a link that bends the spine, and leaves them as they are for standing', () => {
    store().applyLink({ ...DEFAULT_LINK_STATE, pose: { pose: NEUTRAL_POSE, presetId: null } })
    expect(store().movementOpen).toBe(false)
    const slumped = findPosePreset('sitting-slumped')!
    store().applyLink({ ...DEFAULT_LINK_STATE, pose: { pose: slumped.pose, presetId: slumped.id } })
    expect(store().pose.presetId).toBe('sitting-slumped')
    expect(store().movementOpen).toBe(true)
    // Back to a standing link: the pose follows, the open controls stay open.
    store().applyLink(DEFAULT_LINK_STATE)
    expect(store().pose).toEqual(NEUTRAL_POSE_STATE)
    expect(store().movementOpen).toBe(true)
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

describe('tours and self-tests in the store', () => {
  const scene = {
    frame: ['l4-l5-disc', 'l5-root-left'],
    from: 'back' as const,
    hiddenLayers: ['skin', 'superficial-muscle'] as const,
    highlight: ['l4', 'l5'],
    selectedId: 'l5-root-left',
    causeId: 'disc-herniation',
    pose: { pose: { bend: -0.8, sideBend: 0, twist: 0, pelvicTilt: 0 }, presetId: null },
  }

  it('stages a step in one change: layers, light, selection, cause, and a framing from the named view', () => {
    useExplorerStore.setState(initial, true)
    store().toggleHidden('l4')
    store().setXray(true)
    store().setPainLookupOpen(true)
    const changes: string[][] = []
    const stop = useExplorerStore.subscribe((s, p) =>
      changes.push(Object.keys(s).filter((k) => s[k as keyof typeof s] !== p[k as keyof typeof p]))
    )
    store().stage(scene)
    stop()
    expect(changes).toHaveLength(1)
    expect(store()).toMatchObject({
      selectedId: 'l5-root-left',
      causeId: 'disc-herniation',
      view: 'back',
      xray: false,
      isolate: false,
      painLookupOpen: false,
    })
    expect([...store().hiddenLayers]).toEqual(['skin', 'superficial-muscle'])
    expect([...store().hiddenIds]).toEqual([])
    expect([...store().spotlightIds]).toEqual(['l4', 'l5'])
    expect(store().camera).toMatchObject({ kind: 'frame-set', ids: scene.frame, from: 'back' })
    // The step's pose comes in the same change (a stenosis step leans the spine back).
    expect(store().pose).toBe(scene.pose)
  })

  it('asks for the default view when a scene frames nothing, and the best direction when it names none', () => {
    useExplorerStore.setState(initial, true)
    store().stage({ ...scene, frame: [], from: null })
    expect(store().camera.kind).toBe('view')
    expect(store().view).toBe('oblique')
    store().stage({ ...scene, from: null })
    expect(store().camera).toMatchObject({ kind: 'frame-set', from: undefined })
  })

  it('drops ids it does not know rather than selecting nothing real', () => {
    useExplorerStore.setState(initial, true)
    store().stage({ ...scene, selectedId: 'l9', causeId: 'gout' })
    expect(store().selectedId).toBeNull()
    expect(store().causeId).toBeNull()
  })

  it('clears the spotlight when the user picks something else, and when the activity ends', () => {
    useExplorerStore.setState(initial, true)
    store().stage(scene)
    store().select('sacrum')
    expect(store().spotlightIds.size).toBe(0)
    store().stage(scene)
    store().setCause('sciatica')
    expect(store().spotlightIds.size).toBe(0)
    store().setActivity({ kind: 'tour', tourId: 'sciatica', step: 2 })
    store().stage(scene)
    store().setActivity(null)
    expect(store().activity).toBeNull()
    expect(store().spotlightIds.size).toBe(0)
    // Leaving keeps what is on screen, to explore from.
    expect(store().selectedId).toBe('l5-root-left')
    expect(store().causeId).toBe('disc-herniation')
  })

  it('keeps the spotlight when the selection is only cleared', () => {
    useExplorerStore.setState(initial, true)
    store().stage({ ...scene, selectedId: null })
    store().select(null)
    expect([...store().spotlightIds]).toEqual(['l4', 'l5'])
  })
})
