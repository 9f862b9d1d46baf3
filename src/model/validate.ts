/**
 * Khronos glTF validator gate: the uncompressed document must have 0 errors and 0 warnings.
 */
import validator from 'gltf-validator'

export interface ValidationSummary {
  numErrors: number
  numWarnings: number
  numInfos: number
  numHints: number
  messages: string[]
}

/** Validates GLB bytes; throws when there are errors or warnings. */
export async function validateGlb(glb: Uint8Array): Promise<ValidationSummary> {
  const report = await validator.validateBytes(glb, { maxIssues: 50 })
  const { issues } = report
  const summary: ValidationSummary = {
    numErrors: issues.numErrors,
    numWarnings: issues.numWarnings,
    numInfos: issues.numInfos,
    numHints: issues.numHints,
    messages: issues.messages.map((m) => `${m.severity} ${m.code} ${m.pointer ?? ''}: ${m.message}`),
  }
  if (summary.numErrors > 0 || summary.numWarnings > 0) {
    throw new Error(`glTF validation failed:\n${summary.messages.join('\n')}`)
  }
  return summary
}
