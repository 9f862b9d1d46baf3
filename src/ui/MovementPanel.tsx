import {
  describePose,
  discPressureFor,
  findPosePreset,
  isNeutralPose,
  NARROWING_SOURCES,
  NEUTRAL_POSE_STATE,
  POSE_CHANNELS,
  POSE_PRESETS,
  type PoseChannel,
  type PosePreset,
} from '../domain/movement'
import { DISC_PRESSURE_NOTE, MODEL_MOVEMENT_NOTE, MOVEMENT_REASSURANCE, poseExplanation } from '../domain/movement-text'
import { useExplorerStore } from '../store/explorer-store'
import { DiscPressureGauge } from './DiscPressureGauge'
import { PanelHeader } from './PanelParts'
import { PoseFigures } from './PoseFigures'
import { PoseSlider } from './PoseSlider'
import { SourceList } from './SourceList'

/**
 * "Move the spine": four controls and the named postures, with what the pose does in words, the
 * nerve exit and canal figures the scene measures, and the disc pressure the study measured. The
 * reassurance stands next to the numbers whatever the pose. Nothing here animates: the scene eases
 * the model on its own, and respects reduced motion there.
 */
export function MovementPanel() {
  const state = useExplorerStore((s) => s.pose)
  const measurements = useExplorerStore((s) => s.poseMeasurements)
  const { setPose, setMovementOpen, announce } = useExplorerStore.getState()
  const preset = state.presetId ? findPosePreset(state.presetId) : undefined
  const explanation = poseExplanation(state)
  const standing = isNeutralPose(state.pose)

  const choose = (p: PosePreset) => {
    setPose({ pose: p.pose, presetId: p.id })
    announce(`Spine: ${p.name}`)
  }
  const reset = () => {
    setPose(NEUTRAL_POSE_STATE)
    announce('Spine: Standing')
  }
  const move = (channel: PoseChannel, value: number) => {
    setPose({ pose: { ...state.pose, [channel]: value }, presetId: null })
  }
  const isCurrent = (p: PosePreset) =>
    state.presetId === p.id || (p.id === 'standing' && state.presetId === null && standing)

  const sources = [
    ...explanation.flatMap((line) => line.sources),
    ...NARROWING_SOURCES,
    ...DISC_PRESSURE_NOTE.sources,
    ...MOVEMENT_REASSURANCE.sources,
    ...MODEL_MOVEMENT_NOTE.sources,
  ]

  return (
    <section id="movement-panel" className="movement-panel" aria-labelledby="movement-title">
      <PanelHeader
        titleId="movement-title"
        title="Move the spine"
        meta={describePose(state)}
        closeLabel="Close the movement controls"
        onClose={() => setMovementOpen(false)}
      />
      <div className="movement-panel__presets" role="group" aria-label="Postures">
        {POSE_PRESETS.map((p) => (
          <button key={p.id} type="button" aria-pressed={isCurrent(p)} onClick={() => choose(p)}>
            {p.name}
          </button>
        ))}
        {/* Never disabled: a button that disables itself on press drops the keyboard focus. */}
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
      <div className="movement-panel__sliders">
        {POSE_CHANNELS.map((channel) => (
          <PoseSlider
            key={channel}
            channel={channel}
            value={state.pose[channel]}
            onChange={(value) => move(channel, value)}
          />
        ))}
      </div>
      {explanation.length > 0 && (
        <section>
          <h3>What this pose does</h3>
          {explanation.map((line) => (
            <p key={line.text}>{line.text}</p>
          ))}
        </section>
      )}
      <p className="movement-panel__reassurance">{MOVEMENT_REASSURANCE.text}</p>
      <section>
        <h3>Nerve exits and spinal canal</h3>
        <PoseFigures measurements={measurements} />
      </section>
      <section>
        <h3>Pressure in the L4–L5 disc</h3>
        <DiscPressureGauge reading={discPressureFor(state.pose, preset)} />
        <p className="movement-panel__note">{DISC_PRESSURE_NOTE.text}</p>
      </section>
      <section>
        <h3>What the model can show</h3>
        <p className="movement-panel__note">{MODEL_MOVEMENT_NOTE.text}</p>
      </section>
      <section>
        <h3>Sources</h3>
        <SourceList ids={[...new Set(sources)]} />
      </section>
    </section>
  )
}
