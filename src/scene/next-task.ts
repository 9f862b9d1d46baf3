/**
 * Resolves in a new task, after whatever the browser has queued meanwhile (input, a frame): how
 * long work is cut into slices that each stay a short task. A posted message, not a timer, so no
 * minimum delay is added, and a slice inside an idle period carries on within it.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
