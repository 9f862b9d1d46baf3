import { useExplorerStore, type PatientLeftOnScreen } from '../store/explorer-store'

const HINTS: Record<PatientLeftOnScreen, { text: string; arrow: string }> = {
  'screen-left': { text: "Patient's left", arrow: '←' },
  'screen-right': { text: "Patient's left", arrow: '→' },
  'toward-viewer': { text: "Seen from the patient's left side", arrow: '' },
  'away-from-viewer': { text: "Seen from the patient's right side", arrow: '' },
}

/**
 * Which way the patient's left is on screen, so "left L5 root" is never mistaken for the viewer's
 * left. Updated as the model turns.
 */
export function OrientationHint() {
  const side = useExplorerStore((s) => s.patientLeft)
  const hint = HINTS[side]
  const arrowFirst = side === 'screen-left'
  return (
    <p className={`orientation-hint orientation-hint--${side}`} data-side={side}>
      {arrowFirst && <span aria-hidden="true">{hint.arrow} </span>}
      {hint.text}
      {!arrowFirst && hint.arrow && <span aria-hidden="true"> {hint.arrow}</span>}
      {hint.arrow && (
        <span className="visually-hidden">
          {side === 'screen-left' ? ' is on the left of the screen' : ' is on the right of the screen'}
        </span>
      )}
    </p>
  )
}
