/** Sets a performance mark once per page: the e2e tests and the benchmark wait on these. */
export function markOnce(name: 'app-start' | 'canvas-created' | 'model-ready' | 'first-model-frame'): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name)
}
