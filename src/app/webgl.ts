/**
 * Whether this browser can create a WebGL2 context, checked before the 3D view (and three.js)
 * is loaded, so a browser without it gets a clear message instead of a crash.
 */
export function detectWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2')
    if (!gl) return false
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return true
  } catch {
    return false
  }
}
