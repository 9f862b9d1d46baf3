/**
 * Whether this browser has WebGL 2 at all, answered without creating a context: the first
 * context in a page starts the GPU process's GL (hundreds of milliseconds on a phone or on
 * software GL), so it is created once, for the real canvas, by `createRendererOrGiveUp` in the
 * 3D view. A browser with WebGL switched off still defines the class; that case is caught there.
 */
export function hasWebGL2Api(): boolean {
  return typeof WebGL2RenderingContext === 'function'
}
