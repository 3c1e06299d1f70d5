import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addCspMeta } from '../../plugins/hosting-headers'
import { contentSecurityPolicy, cspValue, headerRules, headersFile, headersFor, immutable, netlifyToml, parseHeadersFile, revalidate, securityHeaders, vercelHeaders } from '../../plugins/security-headers'

/** The deploy files carry exactly the headers plugins/security-headers.ts defines; its text forms. */

const root = join(import.meta.dirname, '..', '..')

describe('the deploy files', () => {
  it('netlify.toml ends with the module\'s [[headers]] tables and has no others', () => {
    const toml = readFileSync(join(root, 'netlify.toml'), 'utf8')
    const first = toml.indexOf('[[headers]]')
    expect(first).toBeGreaterThan(0)
    expect(toml.slice(first).trimEnd()).toBe(netlifyToml())
  })

  it('vercel.json has the module\'s headers', () => {
    const vercel = JSON.parse(readFileSync(join(root, 'vercel.json'), 'utf8')) as { headers: unknown }
    expect(vercel.headers).toEqual(vercelHeaders())
  })
})

describe('the policy', () => {
  it('allows scripts from the deck only, no object, no other host', () => {
    expect(contentSecurityPolicy['script-src']).toEqual(['\'self\''])
    expect(contentSecurityPolicy['object-src']).toEqual(['\'none\''])
    expect(cspValue()).not.toMatch(/https?:|\*|unsafe-eval/)
    expect(cspValue()).not.toMatch(/script-src[^;]*unsafe-inline/)
  })

  it('leaves frame-ancestors out of the <meta> form only', () => {
    expect(cspValue()).toContain('frame-ancestors \'none\'')
    expect(cspValue(true)).not.toContain('frame-ancestors')
    expect(cspValue(true).split('; ')).toHaveLength(cspValue().split('; ').length - 1)
  })

  it('puts the <meta> tag after the character set, before any script', () => {
    const html = '<html><head>\n<meta charset="utf-8">\n<script type="module" src="/a.js"></script></head></html>'
    const out = addCspMeta(html)
    expect(out.indexOf('charset')).toBeLessThan(out.indexOf('Content-Security-Policy'))
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'))
    expect(addCspMeta('<html><head><title>x</title></head></html>')).toMatch(/^<html><head>\n {2}<meta http-equiv/)
  })
})

describe('the header rules', () => {
  it('caches assets/ for a year, immutable, and revalidates the rest (the later Netlify rule wins)', () => {
    const rules = headerRules('/talks/x/')
    expect(rules.map(r => r.path)).toEqual(['/talks/x/*', '/talks/x/assets/*'])
    expect(rules[0]!.headers).toEqual({ ...securityHeaders, 'Cache-Control': revalidate })
    expect(rules[1]!.headers).toEqual({ 'Cache-Control': immutable })
  })

  it('writes a _headers file whose rules never set Cache-Control twice for a path', () => {
    const text = headersFile('/', ['404.html', 'favicon.svg', 'index.html'])
    const rules = parseHeadersFile(`# comment\n${text}`)
    expect(rules[0]).toEqual({ path: '/*', headers: securityHeaders })
    expect(headersFor(rules, '/assets/index-abc.js')).toEqual({ ...securityHeaders, 'Cache-Control': immutable })
    expect(headersFor(rules, '/')).toEqual({ ...securityHeaders, 'Cache-Control': revalidate })
    expect(headersFor(rules, '/index.html')['Cache-Control']).toBe(revalidate)
    expect(headersFor(rules, '/7')).toEqual(securityHeaders)
  })

  it('joins a header two matching rules set, as Cloudflare Pages does', () => {
    const rules = parseHeadersFile('/*\n  X-A: one\n/a/*\n  X-A: two\n')
    expect(headersFor(rules, '/a/b')).toEqual({ 'X-A': 'one, two' })
    expect(headersFor(rules, '/b')).toEqual({ 'X-A': 'one' })
  })
})
