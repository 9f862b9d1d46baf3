import type { BodyArea } from '../domain/body-areas'
import { PAIN_REGION_CHOICES } from '../domain/pain-lookup'

export interface PainAreaPickerProps {
  /** The areas picked so far. */
  readonly picked: readonly string[]
  /** Called with the area whose box was ticked or unticked. */
  readonly onToggle: (area: BodyArea) => void
}

/**
 * The places a person can feel pain, as groups of checkboxes under body-part headings: a keyboard
 * user tabs from box to box and ticks with Space, and a screen reader reads each group's name and
 * each place's plain description.
 */
export function PainAreaPicker({ picked, onToggle }: PainAreaPickerProps) {
  return (
    <fieldset className="pain-picker">
      <legend>Where do you feel it? Pick every place that applies.</legend>
      {PAIN_REGION_CHOICES.map(({ group, choices }) => (
        <fieldset key={group.id} className="pain-picker__group">
          <legend>{group.name}</legend>
          <ul>
            {choices.map((area) => {
              const inputId = `pain-area-${area.id}`
              return (
                <li key={area.id}>
                  <input
                    type="checkbox"
                    id={inputId}
                    checked={picked.includes(area.id)}
                    aria-describedby={`${inputId}-where`}
                    onChange={() => onToggle(area.id)}
                  />
                  <label htmlFor={inputId}>{area.name}</label>
                  <span id={`${inputId}-where`} className="visually-hidden">
                    {area.description}
                  </span>
                </li>
              )
            })}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  )
}
