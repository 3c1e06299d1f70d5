import type { AddressInfo } from 'node:net'
import type { HeaderRule } from '../plugins/security-headers.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { headersFile, headersFor, parseHeadersFile } from '../plugins/security-headers.ts'
import { contentType } from './serve.ts'

/**
 * Serves a built deck as a host that reads its `_headers` file would (Cloudflare Pages, Netlify): each
 * response with the headers the file's matching rules give its path (a build without one, such as the
 * bench's bare deck, gets the rules plugins/hosting-headers.ts would write for it), an ETag and a 304 for a matching
 * If-None-Match, the SPA fallback for extension-less paths, a 404 for a missing file. Counts the body
 * bytes it sends per path, for the repeat-visit measure.
 */

export interface HeaderServer {
  url: string
  rules: HeaderRule[]
  /** Body bytes sent, by path, since the last reset. */
  sent: Map<string, number>
  close: () => Promise<void>
}

/** The file a request path under `base` names, `index.html` for an app route, or undefined for a 404. */
function fileFor(root: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base) && `${path}/` !== base)
    return undefined
  const rel = path.slice(base.length)
  const file = normalize(join(root, rel))
  if (!file.startsWith(root))
    return undefined
  if (existsSync(file) && statSync(file).isFile())
    return file
  if (existsSync(join(file, 'index.html')))
    return join(file, 'index.html')
  return extname(rel)
    ? undefined
    : join(root, 'index.html')
}

/** The build's `_headers` rules, or those the deck's plugin would write for its top-level files. */
function rulesOf(root: string, base: string): HeaderRule[] {
  const file = join(root, '_headers')
  if (existsSync(file))
    return parseHeadersFile(readFileSync(file, 'utf8'))
  const unhashed = readdirSync(root).filter(name => statSync(join(root, name)).isFile() && !name.startsWith('_'))
  return parseHeadersFile(headersFile(base, unhashed.sort()))
}

export function serveWithHeaders(dir: string, base = '/'): Promise<HeaderServer> {
  const root = resolve(dir)
  const rules = rulesOf(root, base)
  const sent = new Map<string, number>()
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const file = fileFor(root, base, path)
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    const body = readFileSync(file)
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`
    const headers = {
      ...headersFor(rules, path),
      'ETag': etag,
      'Content-Type': contentType(file),
    }
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end()
      return
    }
    sent.set(path, (sent.get(path) ?? 0) + body.length)
    res.writeHead(200, headers).end(body)
  })
  return new Promise((ok) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      ok({
        url: `http://127.0.0.1:${port}${base}`,
        rules,
        sent,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}
