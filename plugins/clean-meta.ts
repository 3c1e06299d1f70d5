import type { Plugin } from 'vite'

/**
 * Slidev 53 writes the headmatter's `info`, `author` and `keywords` (and `og:description` when it falls
 * back to `info`) through `JSON.stringify(escapeHtml(value))` (node/setups/indexHtml.ts, `toAttrValue`),
 * and its head renderer escapes the JSON's quotes once more, so the built page says
 * `content="&quot;A 15–20 …\n&quot;"`: search results and link previews show the quotes and the `\n`.
 * This undoes that for every meta tag whose value is such a JSON string, and leaves the others alone.
 */
export function cleanMetaTags(): Plugin {
  return {
    name: 'deck:clean-meta-tags',
    transformIndexHtml: {
      order: 'post',
      handler: html => cleanMeta(html),
    },
  }
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#039;': '\'',
  '&#39;': '\'',
  '&#x27;': '\'',
}

function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#0?39|#x27);/g, e => entities[e]!)
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The plain text of a value Slidev wrapped as JSON, or undefined when `content` is not one. Its head
 * renderer turns the JSON's quotes into `&quot;` and leaves the HTML escapes inside as they are, so the
 * value is `&quot;` + a JSON string body of HTML-escaped text + `&quot;`.
 */
function plainValue(content: string): string | undefined {
  const wrapped = /^&quot;(.*)&quot;$/s.exec(content)
  if (!wrapped || wrapped[1]!.includes('"'))
    return undefined
  try {
    const value: unknown = JSON.parse(`"${wrapped[1]}"`)
    return typeof value === 'string'
      ? unescapeHtml(value).replace(/\s+/g, ' ').trim()
      : undefined
  }
  catch {
    return undefined
  }
}

/** Rewrites `content="…"` of every twice-escaped meta tag in `html` to the value's plain text. */
export function cleanMeta(html: string): string {
  return html.replace(/<meta\b[^>]*>/g, tag => tag.replace(/\bcontent="([^"]*)"/, (attr, content: string) => {
    const plain = plainValue(content)
    return plain === undefined
      ? attr
      : `content="${escapeAttr(plain)}"`
  }))
}
