import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

/** Content types of the files a built deck holds. */
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
}

/** The content type a static host sends for `file`. */
export function contentType(file: string): string {
  return types[extname(file)] ?? 'application/octet-stream'
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built deck under `base` (e.g. "/talks/kazakhstan/") the way static hosts do:
 * files as they are, a 404 for a missing file (a path with an extension, such as assets/nope.js),
 * and index.html for any other path under the base (the SPA fallback that makes a deep link such as
 * /talks/kazakhstan/7, /talks/kazakhstan/presenter/3 or /talks/kazakhstan/overview reload).
 */
export function serveStatic(dir: string, base = '/', port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(dir)
  const prefix = base.endsWith('/')
    ? base
    : `${base}/`
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    let path = decodeURIComponent(url.pathname)
    if (!path.startsWith(prefix) && `${path}/` !== prefix) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not under ${prefix}`)
      return
    }
    path = path.slice(prefix.length - 1) || '/'
    let file = normalize(join(root, path))
    if (!file.startsWith(root)) {
      res.writeHead(403).end()
      return
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const index = join(file, 'index.html')
      if (existsSync(index)) {
        file = index
      }
      else if (extname(path)) {
        // A missing file (/assets/nope.js) is a 404, as on a static host: answering it with the app
        // would turn a wrong base into MIME-type errors. Only extension-less paths are the app's routes.
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`)
        return
      }
      else {
        file = join(root, 'index.html')
      }
    }
    res.writeHead(200, {
      'content-type': contentType(file),
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo
      ok({
        url: `http://${host}:${actual}${prefix}`,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}
