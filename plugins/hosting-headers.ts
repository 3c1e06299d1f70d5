import type { Plugin } from 'vite'
import { readdirSync } from 'node:fs'
import process from 'node:process'
import { cspValue, headersFile } from './security-headers.ts'

/**
 * The hosted build's headers (plugins/security-headers.ts): the content security policy as a `<meta>`
 * tag in index.html, for hosts that send no headers (GitHub Pages), and a `_headers` file at the
 * build's root for the hosts that read one (Cloudflare Pages, Netlify). Not in the dev server, nor in
 * the one-file build, which inlines its scripts (docs/hosting.md).
 */
export function hostingHeaders(): Plugin {
  let base = '/'
  let publicDir = ''
  return {
    name: 'deck:hosting-headers',
    apply: (_, env) => env.command === 'build' && process.env.DECK_SINGLE_FILE !== '1',
    configResolved(config) {
      base = config.base
      publicDir = config.publicDir
    },
    transformIndexHtml: {
      order: 'post',
      handler: html => addCspMeta(html),
    },
    generateBundle(_, bundle) {
      const unhashed = [
        ...Object.keys(bundle).filter(name => !name.startsWith('assets/')),
        ...publicFiles(publicDir),
        // Written after this hook: the page by Vite, its 404 copy by Slidev.
        'index.html',
        '404.html',
      ]
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersFile(base, [
          ...new Set(unhashed),
        ].sort()),
      })
    },
  }
}

/** The page with the policy's `<meta>` tag first in its head, after the character set. */
export function addCspMeta(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${cspValue(true)}">`
  const charset = html.match(/<meta charset=[^>]*>/i)
  if (charset)
    return html.replace(charset[0], `${charset[0]}\n  ${tag}`)
  return html.replace(/<head[^>]*>/i, head => `${head}\n  ${tag}`)
}

/** The files of the public folder (copied to the build's root as they are), dotfiles left out. */
function publicFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false })
      .filter(name => !name.split(/[\\/]/).some(part => part.startsWith('.')) && /\.[a-z0-9]+$/i.test(name))
      .map(name => name.replace(/\\/g, '/'))
  }
  catch {
    return []
  }
}
