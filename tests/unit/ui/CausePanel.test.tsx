import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StructurePanel } from '../../../src/ui/StructurePanel'
import { CausePicker } from '../../../src/ui/CausePicker'
import { CauseLegend } from '../../../src/ui/CauseLegend'
import { useExplorerStore } from '../../../src/store/explorer-store'
import { CAUSES } from '../../../src/domain/causes'
import { ROLES } from '../../../src/domain/roles'
import { CAUSE_CONTENT, contentForStructure } from '../../../src/domain/content'

/** The text of every level-2 heading: the panel shows one subject, so exactly one. */
const panelTitles = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)

const initial = useExplorerStore.getState()
beforeEach(() => useExplorerStore.setState(initial, true))
afterEach(cleanup)

describe('structure and cause panels', () => {
  it('explains a selected disc in plain words, with evidence, sources and cause links', async () => {
    useExplorerStore.getState().select('l4-l5-disc')
    render(<StructurePanel />)
    expect(panelTitles()).toEqual(['L4–L5 intervertebral disc'])
    // Every place the disc's pain can be felt is listed, each naming its body areas.
    const felt = screen.getByRole('heading', { name: 'Where you feel it' }).parentElement!
    const feltAt = contentForStructure('l4-l5-disc')!.feltAt
    expect(feltAt.length).toBeGreaterThan(0)
    expect(within(felt).getAllByRole('listitem')).toHaveLength(feltAt.length)
    expect(screen.getAllByText(/evidence/i).length).toBeGreaterThan(0)
    const causes = screen.getByRole('heading', { name: 'Causes that involve it' }).parentElement!
    await userEvent.click(within(causes).getByRole('button', { name: 'Disc herniation' }))
    expect(useExplorerStore.getState().causeId).toBe('disc-herniation')
  })

  it('shows a cause with every involved structure in its role', () => {
    useExplorerStore.getState().setCause('muscle-imbalance')
    render(<StructurePanel />)
    expect(panelTitles()).toEqual([expect.stringMatching(/^Muscle imbalance/)])
    expect(screen.getAllByText(`${ROLES.tight.label}:`).length).toBeGreaterThan(0)
    expect(screen.getAllByText(`${ROLES.weak.label}:`).length).toBeGreaterThan(0)
    // Honest about evidence: what is contested is stated, not hidden.
    const contested = screen.getByText('Disputed or unproven:').parentElement!
    expect(contested.textContent).toContain(CAUSE_CONTENT['muscle-imbalance'].evidenceSummary.contested)
  })

  it('picks a cause from the header and lists only its roles in the legend', async () => {
    render(
      <>
        <CausePicker />
        <CauseLegend />
      </>
    )
    await userEvent.selectOptions(screen.getByLabelText('Cause'), 'sciatica')
    expect(useExplorerStore.getState().causeId).toBe('sciatica')
    const legend = screen.getByRole('region', { name: /Colour legend/ })
    const roles = new Set(CAUSES.find((c) => c.id === 'sciatica')!.involved.map((i) => ROLES[i.role].label))
    const entries = within(legend).getAllByRole('button')
    expect(new Set(entries.map((b) => b.textContent))).toEqual(roles)

    // Each entry says where its structures are, and a click frames exactly them.
    const pathway = within(legend).getByRole('button', { name: /^Show nerve path the pain travels along/ })
    expect(pathway.getAttribute('aria-label')).toMatch(/both sides$/)
    await userEvent.click(pathway)
    const request = useExplorerStore.getState().camera
    const sciatica = CAUSES.find((c) => c.id === 'sciatica')!
    expect(request.kind).toBe('frame-set')
    expect(request.ids).toContain('sciatic-nerve-left')
    expect(request.ids).toContain('sciatic-nerve-right')
    expect(sciatica.involved.some((i) => i.role === 'pain-pathway')).toBe(true)
  })
})
