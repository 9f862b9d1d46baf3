import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DISCLAIMER, RED_FLAGS } from '../../../src/domain/red-flags'
import { BODY_AREAS, bodyAreasInGroup } from '../../../src/domain/body-areas'
import { useExplorerStore } from '../../../src/store/explorer-store'
import { WhereItHurtsPanel } from '../../../src/ui/WhereItHurtsPanel'

const initial = useExplorerStore.getState()
const store = () => useExplorerStore.getState()

beforeEach(() => useExplorerStore.setState(initial, true))
afterEach(cleanup)

/** The result buttons, in the order they are shown. */
function resultButtons() {
  const results = screen.getByRole('region', { name: 'What can be felt there' })
  return within(results)
    .queryAllByRole('listitem')
    .map((li) => within(li).getAllByRole('button')[0]?.textContent)
}

describe('WhereItHurtsPanel', () => {
  it('shows the S1 root first for the sole and the back of the thigh, grouped as nerve pain', async () => {
    const user = userEvent.setup()
    render(<WhereItHurtsPanel />)
    await user.click(screen.getByRole('checkbox', { name: 'Sole of the foot' }))
    await user.click(screen.getByRole('checkbox', { name: 'Back of the thigh' }))
    expect(store().painAreas).toEqual(['sole', 'posterior-thigh'])
    expect(resultButtons()[0]).toBe('S1 nerve root')
    const nerve = screen.getByRole('region', { name: 'Nerve pain (radicular)' })
    expect(within(nerve).getAllByRole('button')[0]).toHaveProperty('textContent', 'S1 nerve root')
    expect(within(nerve).getAllByText('Fits all 2 places you picked.').length).toBeGreaterThan(0)
    expect(screen.getByRole('status').textContent).toMatch(/^2 places picked/)
  })

  it('selects a structure or a cause when its result is chosen', async () => {
    const user = userEvent.setup()
    useExplorerStore.setState({ painAreas: ['sole', 'posterior-thigh'] })
    render(<WhereItHurtsPanel />)
    await user.click(screen.getByRole('button', { name: 'S1 nerve root' }))
    expect(store().selectedId).toBe('s1-root-left')
    await user.click(screen.getByRole('button', { name: 'Sciatica (radiculopathy)' }))
    expect(store().causeId).toBe('sciatica')
  })

  it('works from the keyboard: Tab to a place, Space to pick it', async () => {
    const user = userEvent.setup()
    render(<WhereItHurtsPanel />)
    await user.tab() // the close button
    await user.tab()
    const first = screen.getByRole('checkbox', { name: 'Centre of the low back' })
    expect(document.activeElement).toBe(first)
    await user.keyboard(' ')
    expect(store().painAreas).toEqual(['lumbar-midline'])
    expect((first as HTMLInputElement).checked).toBe(true)
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'One side of the low back' }))
    await user.keyboard(' ')
    expect(store().painAreas).toEqual(['lumbar-midline', 'lumbar-paraspinal'])
    await user.keyboard(' ')
    expect(store().painAreas).toEqual(['lumbar-midline'])
    expect(resultButtons().length).toBeGreaterThan(0)
  })

  it('groups the places under body-part headings and describes each place', () => {
    render(<WhereItHurtsPanel />)
    const lowBack = screen.getByRole('group', { name: 'Low back' })
    expect(within(lowBack).getByRole('checkbox', { name: 'Tailbone' })).toHaveProperty('type', 'checkbox')
    // The Foot group holds exactly the foot's places, in the domain's order.
    const foot = screen.getByRole('group', { name: 'Foot' })
    const names = within(foot)
      .getAllByRole('checkbox')
      .map((box) => box.parentElement?.querySelector('label')?.textContent)
    expect(names).toEqual(bodyAreasInGroup('foot').map((a) => a.name))
    // A screen reader hears where the place is, not just its name.
    const sole = screen.getByRole('checkbox', { name: 'Sole of the foot' })
    const description = document.getElementById(sole.getAttribute('aria-describedby') ?? '')
    expect(description?.textContent).toBe(BODY_AREAS.sole.description)
  })

  it('clears every place', async () => {
    const user = userEvent.setup()
    useExplorerStore.setState({ painAreas: ['sole', 'heel'] })
    render(<WhereItHurtsPanel />)
    expect(resultButtons().length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: 'Clear all places' }))
    expect(store().painAreas).toEqual([])
    expect(resultButtons()).toEqual([])
    expect(screen.getByRole('button', { name: 'Clear all places' })).toHaveProperty('disabled', true)
  })

  it('always shows the disclaimer and a way to the warning signs', async () => {
    const user = userEvent.setup()
    render(<WhereItHurtsPanel />)
    // The disclaimer and the way to the warning signs sit together, with no place picked yet.
    const disclaimer = screen.getByText(DISCLAIMER, { exact: false }).parentElement!
    expect(store().painAreas).toEqual([])
    await user.click(within(disclaimer).getByRole('button', { name: 'Signs that need urgent help' }))
    expect(store().redFlagsOpen).toBe(true)
  })

  it('shows the emergency sign when the saddle area is picked', async () => {
    const user = userEvent.setup()
    render(<WhereItHurtsPanel />)
    expect(screen.queryByText('An emergency sign.')).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: 'Saddle area' }))
    // It says what the sign means and what to do now, from the red-flag data itself.
    const saddle = RED_FLAGS.find((f) => f.id === 'saddle-anaesthesia')!
    const sign = screen.getByText('An emergency sign.').closest('p')!
    expect(sign.textContent).toContain(saddle.meaning)
    expect(sign.textContent).toContain(saddle.action)
  })

  it('closes the lookup', async () => {
    const user = userEvent.setup()
    useExplorerStore.setState({ painLookupOpen: true })
    render(<WhereItHurtsPanel />)
    await user.click(screen.getByRole('button', { name: 'Close “Where does it hurt?”' }))
    expect(store().painLookupOpen).toBe(false)
  })

  it('has no accessibility violations that axe can find without layout', async () => {
    useExplorerStore.setState({ painAreas: ['sole', 'posterior-thigh', 'perineum-saddle'] })
    const { container } = render(<WhereItHurtsPanel />)
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  })
})
