import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Color, DoubleSide, MeshStandardMaterial, type Material, type Mesh } from 'three'
import { findCause } from '../domain/causes'
import { expandToStructureIds } from '../domain/structures'
import { useExplorerStore } from '../store/explorer-store'
import { prefersReducedMotion } from './motion'
import type { SceneMaterials } from './materials'
import type { ModelIndex } from './model-index'

export interface CauseAnimationProps {
  index: ModelIndex
  materials: SceneMaterials
}

/** Seconds each step of a nerve path stays lit. */
const STEP_SECONDS = 0.45
/** How many times the pulse runs down the nerve before it rests. */
const PULSE_RUNS = 3
/** Seconds of one swell of the inflammation glow. */
const GLOW_PERIOD = 1.6
/** How long the glow lasts before it rests at a steady brightness, s. */
const GLOW_SECONDS = 8

/**
 * Short animations that tell a cause's story: a pulse that runs along a nerve's path (root →
 * lumbosacral trunk → sciatic nerve → its branches) and a glow on inflamed joints. Both run a
 * few seconds and then rest; with reduced motion they are not animated at all.
 */
export function CauseAnimation({ index, materials }: CauseAnimationProps) {
  const invalidate = useThree((s) => s.invalidate)
  const causeId = useExplorerStore((s) => s.causeId)
  const selectedId = useExplorerStore((s) => s.selectedId)
  const pulse = useMemo(
    () =>
      new MeshStandardMaterial({
        name: 'look-pulse',
        color: new Color('#fff7b0'),
        emissive: new Color('#fff27a'),
        emissiveIntensity: 0.9,
        vertexColors: true,
        side: DoubleSide,
      }),
    []
  )
  useEffect(() => () => pulse.dispose(), [pulse])

  const cause = causeId ? findCause(causeId) : undefined
  const steps = useMemo<Mesh[][]>(
    () => (cause?.path ?? []).map((ref) => expandToStructureIds(ref).flatMap((id) => index.get(id)?.meshes ?? [])),
    [cause, index]
  )
  const glowing = cause?.id === 'inflammation'
  const started = useRef(0)
  const lit = useRef<{ meshes: Mesh[]; restore: Material[] } | null>(null)
  const reduced = useMemo(() => prefersReducedMotion(), [])

  useEffect(() => {
    started.current = performance.now()
    invalidate()
    const rolePainSource = materials.role.get('pain-source')
    return () => {
      if (rolePainSource) rolePainSource.emissiveIntensity = 0.25
      lit.current = null
    }
  }, [causeId, selectedId, materials, invalidate])

  useFrame(() => {
    if (reduced || selectedId) return
    const elapsed = (performance.now() - started.current) / 1000
    let animating = false

    if (steps.length > 0) {
      const step = Math.floor(elapsed / STEP_SECONDS)
      const running = step < steps.length * PULSE_RUNS
      const current = running ? steps[step % steps.length] : undefined
      if (lit.current && lit.current.meshes !== current) {
        // Give the previous step back the material the look gave it (unless a look changed since).
        lit.current.meshes.forEach((m, i) => {
          if (m.material === pulse) m.material = lit.current!.restore[i]!
        })
        lit.current = null
      }
      if (current && !lit.current) {
        lit.current = { meshes: current, restore: current.map((m) => m.material as Material) }
        for (const m of current) if (m.visible) m.material = pulse
      }
      animating = running
    }

    if (glowing) {
      const material = materials.role.get('pain-source')
      if (material) {
        const running = elapsed < GLOW_SECONDS
        material.emissiveIntensity = running
          ? 0.25 + 0.45 * (0.5 - 0.5 * Math.cos((elapsed / GLOW_PERIOD) * Math.PI * 2))
          : 0.4
        animating ||= running
      }
    }
    if (animating) invalidate()
  })

  return null
}
