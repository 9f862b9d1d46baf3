import { describePose } from '../domain/movement'
import type { TryIt } from '../domain/try-it'
import { useExplorerStore } from '../store/explorer-store'

/**
 * "Try it" in a cause's panel: what a movement shows about the cause, a button per pose that bends
 * the model into it (and opens the movement controls with its figures), and, where the cause rests
 * on a proposed chain of events, the chain in words with what studies found.
 */
export function TryItSection({ tryIt }: { tryIt: TryIt }) {
  const { setPose, setMovementOpen, announce } = useExplorerStore.getState()
  return (
    <section aria-labelledby="try-it-title">
      <h3 id="try-it-title">See it move</h3>
      <p>{tryIt.shows}</p>
      {tryIt.chain && (
        <>
          <p id="try-it-chain" className="cause-panel__note">
            The proposed chain:
          </p>
          <ol className="try-it__chain" aria-labelledby="try-it-chain">
            {tryIt.chain.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {tryIt.evidence && (
        <p>
          <strong>What studies find:</strong> {tryIt.evidence}
        </p>
      )}
      <div className="try-it__actions">
        {tryIt.poses.map((pose) => (
          <button
            key={pose.label}
            type="button"
            onClick={() => {
              setPose(pose.state)
              setMovementOpen(true)
              announce(`Spine: ${describePose(pose.state)}`)
            }}
          >
            Try it: {pose.label}
          </button>
        ))}
      </div>
    </section>
  )
}
