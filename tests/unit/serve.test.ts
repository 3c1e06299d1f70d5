// @vitest-environment node
import type { StaticServer } from '../../tools/serve'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../tools/serve'

const app = '<!doctype html><title>the app</title>'
let dist: string
let server: StaticServer

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'serve-dist-'))
  writeFileSync(join(dist, 'index.html'), app)
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'assets', 'index-abc.js'), 'export {}')
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>')
  server = await serveStatic(dist, '/talks/kazakhstan/')
})

afterAll(async () => {
  await server?.close()
  rmSync(dist, { recursive: true, force: true })
})

async function get(path: string) {
  const r = await fetch(new URL(path, server.url))
  return { status: r.status, type: r.headers.get('content-type') ?? '', body: await r.text() }
}

describe('npm run preview (tools/serve.ts) answers as a static host does', () => {
  it('serves files under the base as they are', async () => {
    expect(await get('/talks/kazakhstan/assets/index-abc.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', body: 'export {}' })
    expect((await get('/talks/kazakhstan/favicon.svg')).type).toBe('image/svg+xml')
    expect(await get('/talks/kazakhstan/')).toMatchObject({ status: 200, body: app })
  })

  it.each([
    '/talks/kazakhstan/7',
    '/talks/kazakhstan/presenter/3',
    '/talks/kazakhstan/overview',
    '/talks/kazakhstan/presenter/',
    '/talks/kazakhstan',
  ])('answers the deep link %s with the app', async (path) => {
    expect(await get(path)).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: app })
  })

  it.each([
    '/talks/kazakhstan/assets/nope.js',
    '/talks/kazakhstan/assets/index-abc.css',
    '/talks/kazakhstan/og-image.png',
    '/talks/kazakhstan/7/missing.woff2',
  ])('answers the missing file %s with a 404, not the app', async (path) => {
    const r = await get(path)
    expect(r.status).toBe(404)
    expect(r.body).not.toContain('the app')
  })

  it('answers paths outside the base with a 404 (a wrong base shows as such)', async () => {
    expect((await get('/assets/index-abc.js')).status).toBe(404)
    expect((await get('/7')).status).toBe(404)
  })
})
