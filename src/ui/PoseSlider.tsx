import type { KeyboardEvent } from 'react'
import { CHANNEL_NAMES, MOVEMENT_DIRECTIONS, type PoseChannel } from '../domain/movement'
import { sliderValueText } from '../domain/movement-text'

/**
 * Which end of the slider each direction sits at: +1 puts the control's positive direction on the
 * right. Side-bend and twist put the patient's left on the slider's left, as it reads in words.
 */
const RIGHT_END_SIGN: Record<PoseChannel, 1 | -1> = { bend: 1, sideBend: -1, twist: -1, pelvicTilt: 1 }

/** Per cent moved by the arrow keys and by Page Up / Page Down. */
const ARROW_STEP = 5
const PAGE_STEP = 20

export interface PoseSliderProps {
  channel: PoseChannel
  /** The control's value, −1…1. */
  value: number
  onChange: (value: number) => void
}

function endLabel(channel: PoseChannel, sign: 1 | -1): string {
  return MOVEMENT_DIRECTIONS.find((d) => d.channel === channel && d.sign === sign)?.label ?? ''
}

/**
 * One movement control: a native range input (so touch, pointer and assistive technology all work)
 * from one direction through neutral in the middle to the other, read out in words ("Bend forward
 * 60 %"). The keys are handled here so every browser steps alike: arrows 5 %, Page Up / Page Down
 * 20 %, Home and End to the ends.
 */
export function PoseSlider({ channel, value, onChange }: PoseSliderProps) {
  const flip = RIGHT_END_SIGN[channel]
  const position = Math.round(value * 100) * flip
  const id = `pose-slider-${channel}`
  const set = (next: number) => onChange((Math.min(100, Math.max(-100, next)) * flip) / 100)

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: position + ARROW_STEP,
      ArrowUp: position + ARROW_STEP,
      ArrowLeft: position - ARROW_STEP,
      ArrowDown: position - ARROW_STEP,
      PageUp: position + PAGE_STEP,
      PageDown: position - PAGE_STEP,
      Home: -100,
      End: 100,
    }
    const next = moves[e.key]
    if (next === undefined) return
    e.preventDefault()
    set(next)
  }

  const valueText = sliderValueText(channel, value)
  return (
    <div className="pose-slider">
      <div className="pose-slider__head">
        <label htmlFor={id}>{CHANNEL_NAMES[channel]}</label>
        {/* The slider reads its value out itself; this is the same words for the eye. */}
        <span className="pose-slider__value" aria-hidden="true">
          {valueText}
        </span>
      </div>
      <div className="pose-slider__row">
        <span className="pose-slider__end" aria-hidden="true">
          {endLabel(channel, flip === 1 ? -1 : 1)} ◀
        </span>
        <input
          id={id}
          type="range"
          min={-100}
          max={100}
          step={1}
          value={position}
          aria-valuetext={valueText}
          onChange={(e) => set(Number(e.target.value))}
          onKeyDown={onKeyDown}
        />
        <span className="pose-slider__end" aria-hidden="true">
          ▶ {endLabel(channel, flip)}
        </span>
      </div>
    </div>
  )
}
