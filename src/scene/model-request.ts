/**
 * The model's download, startable before the 3D code has loaded (this module has no three.js in
 * it): the app starts both once its text has painted, so the 1.5 MB file never competes with the
 * scripts and styles that the first paint needs, and the two downloads run side by side.
 */
/** The generated model, served from public/models/. */
export const MODEL_URL = `${import.meta.env.BASE_URL}models/lumbar-spine.glb`

const started = new Map<string, Promise<Response>>()

/** Starts downloading `url` (once); a failure is left for {@link takeModelResponse} to report. */
export function startModelDownload(url: string): void {
  if (started.has(url)) return
  const response = fetch(url)
  // Read by takeModelResponse; until then a rejection must not count as unhandled.
  response.catch(() => undefined)
  started.set(url, response)
}

/** The download started for `url`, handed out once (a later load fetches again), or a new one. */
export function takeModelResponse(url: string): Promise<Response> {
  const response = started.get(url)
  started.delete(url)
  return response ?? fetch(url)
}
