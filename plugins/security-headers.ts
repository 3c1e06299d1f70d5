/**
 * The hosted deck's response headers, defined once: the content security policy, the other security
 * headers and the caching rules. netlify.toml and vercel.json carry them (tests/unit/security-headers
 * checks they match), plugins/hosting-headers.ts writes them into the build as `_headers` and the
 * policy as a `<meta>` tag. docs/hosting.md says why each directive is there.
 */

/** The content security policy, directive by directive. */
export const contentSecurityPolicy: Record<string, string[]> = {
  'default-src': ['\'self\''],
  'script-src': ['\'self\''],
  'style-src': ['\'self\'', '\'unsafe-inline\''],
  'img-src': ['\'self\'', 'data:'],
  'font-src': ['\'self\''],
  'connect-src': ['\'self\''],
  'object-src': ['\'none\''],
  'base-uri': ['\'self\''],
  'form-action': ['\'none\''],
  'frame-ancestors': ['\'none\''],
}

/** Directives a browser ignores in a `<meta>` policy (and warns about in the console). */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/** The policy as one header value; `meta` leaves out the directives a `<meta>` tag cannot carry. */
export function cspValue(meta = false): string {
  return Object.entries(contentSecurityPolicy)
    .filter(([name]) => !meta || !headerOnly.has(name))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** What the deck never asks the browser for; the presenter's screen mirror, fullscreen and wake lock it does. */
export const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=(self)',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'screen-wake-lock=(self)',
  'usb=()',
].join(', ')

/** The headers every response carries. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': cspValue(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': permissionsPolicy,
}

export const immutable = 'public, max-age=31536000, immutable'
export const revalidate = 'no-cache'

/** One header rule: a path pattern in Netlify's and Cloudflare's syntax (`*` matches the rest). */
export interface HeaderRule {
  path: string
  headers: Record<string, string>
}

/**
 * The rules under `base`: the security headers everywhere, `no-cache` everywhere, then the hashed
 * files under assets/ immutable. Netlify lets the later rule's value of a header win for a path.
 */
export function headerRules(base = '/'): HeaderRule[] {
  return [
    {
      path: `${base}*`,
      headers: { ...securityHeaders, 'Cache-Control': revalidate },
    },
    {
      path: `${base}assets/*`,
      headers: { 'Cache-Control': immutable },
    },
  ]
}

/** The `[[headers]]` tables of netlify.toml. */
export function netlifyToml(rules = headerRules()): string {
  return rules.map(rule => [
    '[[headers]]',
    `for = ${JSON.stringify(rule.path)}`,
    '',
    '[headers.values]',
    ...Object.entries(rule.headers).map(([name, value]) => `${name} = ${JSON.stringify(value)}`),
  ].join('\n')).join('\n\n')
}

/** The `headers` of vercel.json: Vercel's patterns, with the no-cache rule leaving assets/ out. */
export function vercelHeaders(): { source: string, headers: { key: string, value: string }[] }[] {
  const list = (headers: Record<string, string>): { key: string, value: string }[] =>
    Object.entries(headers).map(([key, value]) => ({ key, value }))
  return [
    {
      source: '/(.*)',
      headers: list(securityHeaders),
    },
    {
      source: '/((?!assets/).*)',
      headers: list({ 'Cache-Control': revalidate }),
    },
    {
      source: '/assets/(.*)',
      headers: list({ 'Cache-Control': immutable }),
    },
  ]
}

/**
 * The `_headers` file for the build's root (Cloudflare Pages, Netlify). Cloudflare joins the values
 * of a header that several matching rules set, so here `no-cache` goes only on the unhashed files
 * (`unhashed`: paths relative to the build), `/` and the app's routes, never on assets/.
 */
export function headersFile(base: string, unhashed: string[]): string {
  const rules: HeaderRule[] = [
    { path: `${base}*`, headers: securityHeaders },
    {
      path: `${base}assets/*`,
      headers: { 'Cache-Control': immutable },
    },
    ...['', ...unhashed].map(file => ({
      path: `${base}${file}`,
      headers: { 'Cache-Control': revalidate },
    })),
  ]
  return `${rules.map(rule => [
    rule.path,
    ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`),
  ].join('\n')).join('\n')}\n`
}

/** Parses a `_headers` file into its rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#'))
      continue
    if (!/^\s/.test(line)) {
      rules.push({
        path: line.trim(),
        headers: {},
      })
      continue
    }
    const at = line.indexOf(':')
    rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return rules
}

/** The headers `_headers` rules give `path`, joining a header several rules set, as Cloudflare does. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)
    if (!pattern.test(path))
      continue
    for (const [name, value] of Object.entries(rule.headers)) {
      out[name] = out[name]
        ? `${out[name]}, ${value}`
        : value
    }
  }
  return out
}
