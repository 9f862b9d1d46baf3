/** The explanation content: one entry per structure content id and one per cause. */

export * from './types'
export {
  STRUCTURE_CONTENT,
  STRUCTURE_CONTENT_LIST,
  findStructureContent,
  contentForStructure,
  causesInvolvingContent,
} from './structures'
export { CAUSE_CONTENT, findCauseContent } from './causes'
export { GUIDANCE, GUIDANCE_IDS, findGuidance, type GuidanceId, type GuidanceTopic } from './guidance'
export {
  allPanelTexts,
  causePanelText,
  formatReviewDate,
  guidancePanelText,
  mimicPanelText,
  reviewedOn,
  structurePanelText,
  type PanelText,
} from './panel-text'
