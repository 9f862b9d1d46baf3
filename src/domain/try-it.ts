/**
 * "Try it": the pose that shows what a cause is about, for the causes where a movement tells
 * part of the story (leaning back narrows the canal in stenosis, the slump position stretches the
 * sciatic nerve). Plain data: the cause panel shows a button per pose, and the scene bends the
 * model as it does for any pose.
 */

import type { CauseId } from './causes'
import { findPosePreset, NEUTRAL_POSE, type PosePresetId, type PoseState, type SpinePose } from './movement'

/** One pose a cause's panel offers. */
export interface TryItPose {
  /** The button's words after "Try it: " ("lean back"). */
  readonly label: string
  readonly state: PoseState
}

export interface TryIt {
  readonly causeId: CauseId
  /** The telling pose first; a second one shows what eases it, where there is one. */
  readonly poses: readonly TryItPose[]
  /** What the pose shows about this cause, in plain words. */
  readonly shows: string
  /** A proposed chain of cause and effect, step by step, when the cause rests on one. */
  readonly chain?: readonly string[]
  /** What the studies say about that chain. */
  readonly evidence?: string
  readonly sources: readonly string[]
}

function named(id: PosePresetId, label: string): TryItPose {
  const preset = findPosePreset(id)
  if (!preset) throw new Error(`try-it: no posture ${id}`)
  return { label, state: { pose: preset.pose, presetId: preset.id } }
}

function free(label: string, pose: Partial<SpinePose>): TryItPose {
  return { label, state: { pose: { ...NEUTRAL_POSE, ...pose }, presetId: null } }
}

export const TRY_IT_POSES: readonly TryIt[] = [
  {
    causeId: 'spinal-stenosis',
    poses: [free('lean back', { bend: -0.8 }), named('sitting-slumped', 'sit slumped')],
    shows:
      'Leaning back narrows the spinal canal and the nerve exits, which can bring on leg pain in stenosis. Sitting or bending forward opens them again and often eases it.',
    sources: ['SCHMID-1999', 'FREDERICSON-2001'],
  },
  {
    causeId: 'disc-herniation',
    poses: [named('bending-forward', 'bend forward')],
    shows:
      'Bending forward squeezes the front of the disc and stretches its back wall, where most herniations happen. The pressure inside the disc rises, and discs are built to take it.',
    sources: ['WILKE-1999', 'PEARCY-1984'],
  },
  {
    causeId: 'facet-osteoarthritis',
    // Extension with side-bending closes the facet joints on the side bent towards.
    poses: [free('lean back and to the left', { bend: -1, sideBend: 0.6 })],
    shows:
      'Leaning back and to one side presses the facet joints on that side together. Facet pain is often worse with this movement, but no movement can prove the pain comes from these joints.',
    sources: ['STATPEARLS-FACET'],
  },
  {
    causeId: 'sciatica',
    poses: [named('sitting-slumped', 'sit slumped')],
    shows:
      'Sitting slumped is how the slump test starts. With the neck bent and the knee straight, it stretches the sciatic nerve and its roots, so an irritated root can bring on leg pain. The model shows the lower back only.',
    sources: [],
  },
  {
    causeId: 'muscle-imbalance',
    poses: [free('tip the pelvis forward', { pelvicTilt: 1 })],
    shows:
      'Tipping the pelvis forward deepens the curve of the lower back. This is the posture the idea of muscle imbalance is about.',
    chain: ['Tight hip flexors', 'the pelvis tips forward', 'a deeper curve in the lower back'],
    evidence:
      'On average, studies find no difference in pelvic tilt or the curve of the lower back between people with and without back pain.',
    sources: ['JANDA-1978', 'LAIRD-2014'],
  },
]

/** The "Try it" poses of a cause, or undefined when it has none. */
export function findTryIt(causeId: string): TryIt | undefined {
  return TRY_IT_POSES.find((t) => t.causeId === causeId)
}
