import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MovementPanel } from '../../../src/ui/MovementPanel'
import { StructurePanel } from '../../../src/ui/StructurePanel'
import { useExplorerStore } from '../../../src/store/explorer-store'
import { NEUTRAL_POSE, NEUTRAL_POSE_STATE, POSE_PRESETS, type PoseMeasurements } from '../../../src/domain/movement'
import { DISC_PRESSURE_NOTE, MOVEMENT_REASSURANCE } from '../../../src/domain/movement-text'

const initial = useExplorerStore.getState()
const store = () => useExplorerStore.getState()
beforeEach(() => useExplorerStore.setState({ ...initial, movementOpen: true }, true))
afterEach(cleanup)

const bendSlider = () => screen.getByRole('slider', { name: 'Bend forward or back' })

describe('MovementPanel', () => {
  it('moves the spine from the keyboard: arrows by 5 %, Page Up by 20 %, End and Home to the ends', async () => {
    render(<MovementPanel />)
    const slider = bendSlider()
    expect(slider.getAttribute('aria-valuetext')).toBe('Neutral')
    slider.focus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}')
    expect(store().pose).toEqual({ pose: { ...NEUTRAL_POSE, bend: 0.1 }, presetId: null })
    expect(slider.getAttribute('aria-valuetext')).toBe('Bend forward 10 %')
    await userEvent.keyboard('{PageUp}')
    expect(store().pose.pose.bend).toBeCloseTo(0.3)
    await userEvent.keyboard('{End}')
    expect(store().pose.pose.bend).toBe(1)
    await userEvent.keyboard('{Home}')
    expect(store().pose.pose.bend).toBe(-1)
    expect(slider.getAttribute('aria-valuetext')).toBe('Lean back 100 %')
  })

  it('follows a drag or a tap on the track (the input changes value)', () => {
    render(<MovementPanel />)
    fireEvent.change(screen.getByRole('slider', { name: 'Pelvic tilt' }), { target: { value: '-40' } })
    expect(store().pose).toEqual({ pose: { ...NEUTRAL_POSE, pelvicTilt: -0.4 }, presetId: null })
    expect(screen.getByRole('slider', { name: 'Pelvic tilt' }).getAttribute('aria-valuetext')).toBe(
      'Tuck the pelvis under 40 %'
    )
  })

  it("puts the patient's left at the slider's left for side-bending", async () => {
    render(<MovementPanel />)
    screen.getByRole('slider', { name: 'Side-bend' }).focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(store().pose.pose.sideBend).toBeCloseTo(0.05)
  })

  it('sets each named posture, marks it pressed and announces it; Reset returns to standing', async () => {
    render(<MovementPanel />)
    const postures = screen.getByRole('group', { name: 'Postures' })
    for (const preset of POSE_PRESETS) {
      await userEvent.click(within(postures).getByRole('button', { name: preset.name }))
      expect(store().pose).toEqual({ pose: preset.pose, presetId: preset.id })
      expect(store().announcement).toBe(`Spine: ${preset.name}`)
      expect(within(postures).getByRole('button', { name: preset.name }).getAttribute('aria-pressed')).toBe('true')
    }
    await userEvent.click(within(postures).getByRole('button', { name: 'Reset' }))
    expect(store().pose).toBe(NEUTRAL_POSE_STATE)
    expect(store().announcement).toBe('Spine: Standing')
    expect(within(postures).getByRole('button', { name: 'Standing' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('always shows the reassurance and the one-volunteer note, whatever the pose', async () => {
    render(<MovementPanel />)
    const always = () => {
      expect(screen.getByText(MOVEMENT_REASSURANCE.text)).toBeDefined()
      expect(screen.getByText(DISC_PRESSURE_NOTE.text)).toBeDefined()
      expect(screen.getByText(/Wilke 1999, one volunteer/)).toBeDefined()
    }
    always()
    await userEvent.click(screen.getByRole('button', { name: 'Lifting with a round back' }))
    always()
    expect(
      screen.getByText('2.3 MPa, measured lifting 20 kg with a rounded back (Wilke 1999, one volunteer)')
    ).toBeDefined()
    // A pose the study did not measure: no bar, and words that say so.
    bendSlider().focus()
    await userEvent.keyboard('{Home}')
    always()
    expect(screen.getByText(/did not measure this posture/)).toBeDefined()
    expect(document.querySelector('meter')).toBeNull()
  })

  it('shows the figures the scene measured, as change from standing in mm, mm² and per cent', () => {
    const measurements: PoseMeasurements = {
      foramenHeight: [
        { level: 'L4-L5', side: 'left', neutralMm: 20, posedMm: 18 },
        { level: 'L4-L5', side: 'right', neutralMm: 20, posedMm: 21 },
        { level: 'L5-S1', side: 'left', neutralMm: 16, posedMm: 16 },
        { level: 'L5-S1', side: 'right', neutralMm: 16, posedMm: 15.2 },
      ],
      canalArea: [
        { level: 'L4-L5', neutralMm2: 267, posedMm2: 251.6 },
        { level: 'L5-S1', neutralMm2: 282, posedMm2: 310 },
      ],
    }
    store().setPoseMeasurements(measurements)
    render(<MovementPanel />)
    const row = (name: string) =>
      within(screen.getByRole('rowheader', { name }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    expect(row('Nerve exit height, L4–L5, left')).toEqual(['20.0 mm → 18.0 mm', '−2.0 mm (−10 %)'])
    expect(row('Nerve exit height, L4–L5, right')).toEqual(['20.0 mm → 21.0 mm', '+1.0 mm (+5 %)'])
    expect(row('Nerve exit height, L5–S1, left')).toEqual(['16.0 mm → 16.0 mm', '0.0 mm (0 %)'])
    expect(row('Nerve exit height, L5–S1, right')).toEqual(['16.0 mm → 15.2 mm', '−0.8 mm (−5 %)'])
    expect(row('Spinal canal area, L4–L5')).toEqual(['267 mm² → 252 mm²', '−15 mm² (−6 %)'])
    expect(row('Spinal canal area, L5–S1')).toEqual(['282 mm² → 310 mm²', '+28 mm² (+10 %)'])
  })

  it('says the figures wait for the model when the scene has measured nothing yet', () => {
    render(<MovementPanel />)
    expect(screen.queryByRole('table')).toBeNull()
    expect(screen.getByText('The figures appear once the 3D model has loaded.')).toBeDefined()
  })

  it('explains a free pose control by control, and closes', async () => {
    render(<MovementPanel />)
    bendSlider().focus()
    await userEvent.keyboard('{ArrowLeft}')
    expect(screen.getByText(/leg pain of spinal stenosis/)).toBeDefined()
    await userEvent.click(screen.getByRole('button', { name: 'Close the movement controls' }))
    expect(store().movementOpen).toBe(false)
  })
})

describe('Try it in the cause panel', () => {
  it('bends the spine into the telling pose, opens the movement controls and announces it', async () => {
    useExplorerStore.setState({ movementOpen: false })
    store().setCause('spinal-stenosis')
    render(<StructurePanel />)
    await userEvent.click(screen.getByRole('button', { name: 'Try it: lean back' }))
    expect(store().pose).toEqual({ pose: { ...NEUTRAL_POSE, bend: -0.8 }, presetId: null })
    expect(store().movementOpen).toBe(true)
    expect(store().announcement).toBe('Spine: Lean back 80 %')
    await userEvent.click(screen.getByRole('button', { name: 'Try it: sit slumped' }))
    expect(store().pose.presetId).toBe('sitting-slumped')
  })

  it('shows the proposed chain for muscle imbalance, and what studies found', async () => {
    store().setCause('muscle-imbalance')
    render(<StructurePanel />)
    const chain = screen.getByRole('list', { name: 'The proposed chain:' })
    expect(
      within(chain)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['Tight hip flexors', 'the pelvis tips forward', 'a deeper curve in the lower back'])
    expect(screen.getByText(/no difference in pelvic tilt/)).toBeDefined()
    await userEvent.click(screen.getByRole('button', { name: 'Try it: tip the pelvis forward' }))
    expect(store().pose.pose.pelvicTilt).toBe(1)
  })

  it('offers no Try it for a cause the movement does not explain', () => {
    store().setCause('scoliosis')
    render(<StructurePanel />)
    expect(screen.queryByRole('button', { name: /^Try it/ })).toBeNull()
  })
})
