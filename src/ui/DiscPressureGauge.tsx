import { DISC_PRESSURE_GAUGE_MAX, type DiscPressureReading } from '../domain/movement'
import { discPressureText } from '../domain/movement-text'

/**
 * The L4–L5 disc pressure for the pose: a bar from 0 to the highest pressure in the study, with the
 * figure in words beside it. A posture the study did not measure gets words and no bar: a bar
 * would suggest a figure we do not have.
 */
export function DiscPressureGauge({ reading }: { reading: DiscPressureReading }) {
  const mpa = reading.basis === 'measured' ? reading.figure.mpa : reading.basis === 'estimated' ? reading.mpa : null
  const text = discPressureText(reading)
  return (
    <div className="pressure-gauge">
      {mpa !== null && (
        <div className="pressure-gauge__bar">
          <meter
            min={0}
            max={DISC_PRESSURE_GAUGE_MAX}
            value={mpa}
            aria-label="Pressure in the L4–L5 disc"
            aria-valuetext={text}
          />
          <span className="pressure-gauge__scale" aria-hidden="true">
            0–{DISC_PRESSURE_GAUGE_MAX} MPa
          </span>
        </div>
      )}
      <p className="pressure-gauge__text">{text}</p>
    </div>
  )
}
