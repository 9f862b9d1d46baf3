import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CAUSES } from '../../../src/domain/causes'
import { useExplorerStore } from '../../../src/store/explorer-store'
import { RedFlagsDialog } from '../../../src/ui/RedFlagsDialog'
import { StructurePanel } from '../../../src/ui/StructurePanel'
import { NOT_A_DIAGNOSIS, RANKING_BASIS, WhereItHurtsPanel } from '../../../src/ui/WhereItHurtsPanel'

const initial = useExplorerStore.getState()
beforeEach(() => useExplorerStore.setState(initial, true))
afterEach(cleanup)

function section(name: string | RegExp) {
  const heading = screen.getByRole('heading', { name })
  const region = heading.closest('section')
  if (!region) throw new Error(`no section for ${String(name)}`)
  return region
}

describe('cause panels: safety wording', () => {
  it('gives stenosis a safety net: both legs on walking is expected, new or quickly worsening weakness is not', () => {
    useExplorerStore.getState().setCause('spinal-stenosis')
    render(<StructurePanel />)
    const net = section('What is expected, and what is not')
    const expected = within(net).getByRole('heading', { name: 'Expected with this condition' }).nextElementSibling
    expect(expected?.textContent).toMatch(/one or both legs when you walk or stand/)
    const emergency = within(net).getByRole('heading', {
      name: /Not expected: get emergency help now/,
    }).nextElementSibling
    expect(emergency?.textContent).toMatch(/both legs that is new or getting worse/)
    expect(emergency?.textContent).not.toMatch(/when you walk/)
  })

  it('never calls both-leg symptoms an emergency without saying new or getting worse', () => {
    for (const cause of CAUSES) {
      useExplorerStore.getState().setCause(cause.id)
      const { unmount } = render(<StructurePanel />)
      const text = section('When to see a clinician').textContent ?? ''
      expect(text, cause.id).toMatch(/both legs that is new or getting worse fast/)
      expect(text, cause.id).toMatch(/999.*911.*112/)
      unmount()
    }
  })

  it('shows two evidence labels for a cause: real and can hurt, and explains back pain in general', () => {
    useExplorerStore.getState().setCause('disc-herniation')
    render(<StructurePanel />)
    const evidence = section('What the evidence says')
    expect(within(evidence).getByText('Real and can hurt: strong evidence')).toBeTruthy()
    expect(within(evidence).getByText('Explains back pain in general: conflicting evidence')).toBeTruthy()
  })

  it('says when the text was last reviewed, on a cause and on a structure', () => {
    useExplorerStore.getState().setCause('spinal-stenosis')
    const { unmount } = render(<StructurePanel />)
    expect(screen.getByText(/Text last reviewed/).textContent).toMatch(/1 December 2026/)
    unmount()
    useExplorerStore.getState().setCause(null)
    useExplorerStore.getState().select('l4-l5-disc')
    render(<StructurePanel />)
    expect(
      screen
        .getByText(/Text last reviewed/)
        .querySelector('time')
        ?.getAttribute('dateTime')
    ).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('marks the trigger-point markers as described sites, with active and latent as clinical states', () => {
    useExplorerStore.getState().select('quadratus-lumborum-left')
    render(<StructurePanel />)
    expect(section('Trigger points').textContent).toMatch(
      /active or latent depends on your symptoms, not on where it is/
    )
  })
})

describe('"Where does it hurt?" reads as a map, not a diagnosis', () => {
  it('says in one line that it is not a diagnosis and who can make one, and how results are ordered', () => {
    useExplorerStore.setState({ painAreas: ['lumbar-midline'] })
    render(<WhereItHurtsPanel />)
    expect(screen.getByText(NOT_A_DIAGNOSIS).textContent).toMatch(/doctor or physiotherapist/)
    expect(screen.getByText(RANKING_BASIS)).toBeTruthy()
  })

  it('lists non-specific low back pain first for the centre of the low back, with how common it is', () => {
    useExplorerStore.setState({ painAreas: ['lumbar-midline'] })
    render(<WhereItHurtsPanel />)
    const results = screen.getByRole('region', { name: 'What can be felt there' })
    const first = within(results).getAllByRole('listitem')[0]!
    expect(within(first).getAllByRole('button')[0]?.textContent).toBe('Non-specific low back pain')
    expect(first.textContent).toMatch(/How common: About 85 to 95 in 100/)
    expect(first.textContent).toMatch(/Order from study figures/)
  })

  it('warns about fever and urine symptoms when the flank is picked', () => {
    useExplorerStore.setState({ painAreas: ['flank'] })
    render(<WhereItHurtsPanel />)
    const warning = screen.getByText('Kidney pain (infection or a stone).').closest('div')
    expect(warning?.textContent).toMatch(/fever/)
    expect(warning?.textContent).toMatch(/needs a doctor today/)
  })

  it('opens a problem outside the spine in place of the results, and comes back', async () => {
    const user = userEvent.setup()
    useExplorerStore.setState({ painAreas: ['groin', 'anterior-thigh'] })
    render(<WhereItHurtsPanel />)
    const mimics = screen.getByRole('region', { name: 'Not from the spine, but often taken for back pain' })
    await user.click(within(mimics).getByRole('button', { name: 'Hip joint problems (such as hip arthritis)' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Hip joint problems (such as hip arthritis)' })).toBeTruthy()
    expect(section('How to tell it from back pain').textContent).toMatch(/groin/)
    await user.click(screen.getByRole('button', { name: 'Back to “Where does it hurt?”' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Where does it hurt?' })).toBeTruthy()
  })

  it('says that knee and foot results are text only', async () => {
    const user = userEvent.setup()
    useExplorerStore.setState({ painAreas: ['heel'] })
    render(<WhereItHurtsPanel />)
    const mimics = screen.getByRole('region', { name: 'Not from the spine, but often taken for back pain' })
    expect(within(mimics).getByText('Text only')).toBeTruthy()
    await user.click(within(mimics).getByRole('button', { name: /Heel and sole problems/ }))
    expect(screen.getByText(/Text only: the model has no bones below the thigh/)).toBeTruthy()
  })

  it('has no accessibility violations that axe can find without layout, with mimics listed', async () => {
    useExplorerStore.setState({ painAreas: ['flank', 'groin', 'heel'] })
    const { container } = render(<WhereItHurtsPanel />)
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
})

describe('guidance pages', () => {
  it('opens "What helps, and what does not" from the introduction, with NICE\'s do-not-offer list', async () => {
    const user = userEvent.setup()
    render(<StructurePanel />)
    await user.click(screen.getByRole('button', { name: 'What helps, and what does not' }))
    expect(section('What helps').textContent).toMatch(/Stay active/)
    expect(section('What helps').textContent).toMatch(/Heat/)
    expect(section('What does not help').textContent).toMatch(/Bed rest/)
    expect(section('What does not help').textContent).toMatch(/Routine scans/)
    expect(section('What NICE says not to offer for back pain').textContent).toMatch(/Belts or corsets/)
    expect(screen.getAllByText(/evidence/i).length).toBeGreaterThan(5)
    await user.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.getByRole('heading', { name: 'Why does the lower back hurt?' })).toBeTruthy()
  })

  it('gives the prognosis in numbers, and yellow flags with STarT Back', async () => {
    const user = userEvent.setup()
    render(<StructurePanel />)
    await user.click(screen.getByRole('button', { name: 'How back pain usually goes' }))
    expect(section('New back pain').textContent).toMatch(/6 weeks the average was 23/)
    expect(section('New back pain').textContent).toMatch(/72 in 100/)
    await user.click(screen.getByRole('button', { name: 'Close' }))
    await user.click(screen.getByRole('button', { name: 'How pain works, and what slows recovery' }))
    expect(section('Hurt is not the same as harm').textContent).toMatch(/turn the volume up/)
    expect(section('Yellow flags: what can slow recovery').textContent).toMatch(/fear of movement/)
    expect(section('Sorting by risk (STarT Back)').textContent).toMatch(/low, medium or high risk/)
  })
})

describe('urgent help', () => {
  it('names emergency numbers for the UK, the USA and the EU', () => {
    // Rendered closed: jsdom has no showModal, and the dialog's content is in the page either way.
    render(<RedFlagsDialog />)
    const text = document.querySelector('.red-flags__numbers')?.textContent ?? ''
    for (const number of ['999', '911', '112', '111']) expect(text).toContain(number)
  })
})

describe('muscle panels', () => {
  it('say where the muscle starts and ends, what it does and its nerve supply, once', () => {
    useExplorerStore.getState().select('piriformis-right')
    render(<StructurePanel />)
    const attaches = section('Where it attaches and what it does')
    const terms = within(attaches)
      .getAllByRole('term')
      .map((t) => t.textContent)
    expect(terms).toEqual(['Starts from', 'Ends on', 'What it does', 'Nerve supply'])
    expect(attaches.textContent).toMatch(/front \(inner\) face of the sacrum/)
    expect(attaches.textContent).toMatch(/greater trochanter/)
    expect(attaches.textContent).toMatch(/Turns the thigh out/)
    expect(screen.getAllByText(/Nerve supply/)).toHaveLength(1)
  })

  it('a structure that is not a muscle keeps its nerve supply under how it hurts', () => {
    useExplorerStore.getState().select('l4-l5-disc')
    render(<StructurePanel />)
    expect(screen.queryByRole('heading', { name: 'Where it attaches and what it does' })).toBeNull()
    expect(section('Can it cause pain, and how?').textContent).toMatch(/Nerve supply:/)
  })
})
