import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
}

/** Per-path replacement: an HTTP status to answer with, or the bytes to serve instead. */
export type Override = number | Uint8Array

export interface StaticServer {
  url: string
  close(): Promise<void>
}

/**
 * Serves a built app from `root` on a free local port. `overrides` replace single paths, so a
 * test can serve the app without its model (404) or with a truncated one.
 */
export async function serveStatic(root: string, overrides: Record<string, Override> = {}): Promise<StaticServer> {
  const base = resolve(root)
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
      const override = overrides[path]
      if (typeof override === 'number') {
        res.writeHead(override, { 'content-type': 'text/plain' }).end(`HTTP ${override}`)
        return
      }
      if (override) {
        res
          .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
          .end(Buffer.from(override))
        return
      }
      let file = normalize(join(base, path))
      if (!file.startsWith(base)) {
        res.writeHead(403).end()
        return
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html')
        const body = await readFile(file)
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      }
    })()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
