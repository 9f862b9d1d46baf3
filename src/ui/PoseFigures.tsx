import { percentChange, type MeasuredLevel, type PoseMeasurements } from '../domain/movement'

const LEVEL_NAMES: Record<MeasuredLevel, string> = { 'L4-L5': 'L4–L5', 'L5-S1': 'L5–S1' }

/** A signed figure with a real minus sign, so "−1.2" is not read as a dash. */
function signed(value: number, digits: number): string {
  const text = Math.abs(value).toFixed(digits)
  if (Number(text) === 0) return (0).toFixed(digits)
  return `${value < 0 ? '−' : '+'}${text}`
}

interface Row {
  name: string
  neutral: number
  posed: number
  unit: 'mm' | 'mm²'
}

function rowsOf(measurements: PoseMeasurements): Row[] {
  const rows: Row[] = []
  for (const level of ['L4-L5', 'L5-S1'] as const) {
    for (const side of ['left', 'right'] as const) {
      const distance = measurements.foramenHeight.find((d) => d.level === level && d.side === side)
      if (distance)
        rows.push({
          name: `Nerve exit height, ${LEVEL_NAMES[level]}, ${side}`,
          neutral: distance.neutralMm,
          posed: distance.posedMm,
          unit: 'mm',
        })
    }
  }
  for (const area of measurements.canalArea) {
    rows.push({
      name: `Spinal canal area, ${LEVEL_NAMES[area.level]}`,
      neutral: area.neutralMm2,
      posed: area.posedMm2,
      unit: 'mm²',
    })
  }
  return rows
}

/**
 * The nerve exits (foramina) and the canal measured on the posed model, as the change from
 * standing in mm (mm² for the canal's area) and per cent. The scene measures them; until it has, the table says so.
 */
export function PoseFigures({ measurements }: { measurements: PoseMeasurements | null }) {
  if (!measurements) return <p className="movement-panel__pending">The figures appear once the 3D model has loaded.</p>
  const rows = rowsOf(measurements)
  return (
    <table className="pose-figures">
      <caption>Change from standing, measured on the model</caption>
      <thead>
        <tr>
          <th scope="col">Space</th>
          <th scope="col">Standing → now</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ name, neutral, posed, unit }) => {
          // Areas in whole square millimetres, heights to a tenth of a millimetre.
          const digits = unit === 'mm' ? 1 : 0
          return (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                {neutral.toFixed(digits)} {unit} → {posed.toFixed(digits)} {unit}
              </td>
              <td>
                {signed(posed - neutral, digits)} {unit} ({signed(percentChange(neutral, posed), 0)} %)
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
