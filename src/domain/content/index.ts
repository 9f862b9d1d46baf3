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
