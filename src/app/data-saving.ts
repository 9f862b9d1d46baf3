/** The Network Information API's part we read (Chromium-based browsers; absent elsewhere). */
interface NetworkInformation {
  saveData?: boolean
  effectiveType?: string
}

/** Effective connection types too slow to start a 1.5 MB download unasked. */
const SLOW_CONNECTIONS = new Set(['slow-2g', '2g'])

/**
 * Whether to wait for the user's tap before downloading the 3D model: the browser's data saver
 * is on, or the connection is very slow. Where the browser does not say, the model loads.
 */
export function prefersDataSaving(nav: Navigator = navigator): boolean {
  const connection = (nav as Navigator & { connection?: NetworkInformation }).connection
  if (!connection) return false
  return connection.saveData === true || SLOW_CONNECTIONS.has(connection.effectiveType ?? '')
}
