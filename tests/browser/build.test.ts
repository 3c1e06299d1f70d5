import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { load } from '@slidev/parser/fs'
import { afterAll, describe, expect, it } from 'vitest'
import { loadDeck, projectRoot } from '../../export/deck'
import { buildDeck, cleanTemp, copyWithEdit } from './helpers'

afterAll(cleanTemp)

let deckBuild: ReturnType<typeof buildDeck> | undefined
/** The deck built once for the tests below that only read the output. */
function built(): ReturnType<typeof buildDeck> {
  deckBuild ??= buildDeck()
  return deckBuild
}

/** The value of the `content` attribute of the meta tag `<meta name|property="key">`, entities decoded. */
function metaContent(html: string, key: string): string | undefined {
  const tag = html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))
  return tag?.[1]?.replace(/&quot;/g, '"').replace(/&#0?39;|&#x27;/g, '\'').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}

describe('slidev build', () => {
  it('builds the deck into a static site with its own fonts and favicon', () => {
    const { dir, result } = built()
    expect(result.status, result.output).toBe(0)
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
    expect(html).toContain('favicon.svg')
    expect(html).not.toMatch(/fonts\.(googleapis|gstatic)|cdn\.jsdelivr|unpkg/)
    const assets = readdirSync(join(dir, 'assets'), { recursive: true, encoding: 'utf8' })
    expect(assets.some(f => /source-sans-3-latin-400-normal.*\.woff2$/.test(f))).toBe(true)
    expect(existsSync(join(dir, 'favicon.svg'))).toBe(true)
  })

  it('builds without component naming conflicts (Slidev auto-imports every file in components/)', () => {
    const { result } = built()
    expect(result.status, result.output).toBe(0)
    expect(result.output).toContain('modules transformed')
    expect(result.output).not.toMatch(/naming conflicts?/i)
  })

  it('writes the description, author, keywords and og:title meta tags as the headmatter says, without stray quotes or \\n', async () => {
    const { dir, result } = built()
    expect(result.status, result.output).toBe(0)
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
    const { headmatter } = await load({
      roots: [projectRoot],
      userRoot: projectRoot,
    }, join(projectRoot, 'slides.md'))
    const plain = (value: unknown) => (Array.isArray(value)
      ? value.join(', ')
      : String(value)).replace(/\s+/g, ' ').trim()
    const seo = headmatter.seoMeta as Record<string, string>
    const expected: Record<string, string> = {
      'description': plain(headmatter.info),
      'author': plain(headmatter.author),
      'keywords': plain(headmatter.keywords),
      'og:title': plain(seo.ogTitle ?? headmatter.title),
      'og:description': plain(seo.ogDescription ?? headmatter.info),
    }
    for (const [key, value] of Object.entries(expected)) {
      const content = metaContent(html, key)
      expect(content, key).toBe(value)
      expect(content, key).not.toMatch(/^"|"$|\\n/)
    }
  })

  it('keeps zod and Vue\'s template compiler out of the browser: no built script holds their code', () => {
    const { dir, result } = built()
    expect(result.status, result.output).toBe(0)
    const assets = join(dir, 'assets')
    const scripts = readdirSync(assets, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    const holding = (marker: string): string[] => scripts.filter(f => readFileSync(join(assets, f), 'utf8').includes(marker))
    // Names that minifying keeps: zod names every schema class "$ZodType" (data/validate.ts checks the
    // data in Node); the compiler's tokenizer has an "inRCDATA" state (plugins/vue-runtime.ts).
    expect(holding('$ZodType')).toEqual([])
    expect(holding('inRCDATA')).toEqual([])
  })

  it('refuses to build with a bad data record, naming the file, the record and the field', () => {
    const copy = copyWithEdit('data/visits.ts', 'start: \'2022-11-16\', end: \'2022-11-17\'', 'start: \'2022-11-17\', end: \'2022-11-16\'')
    const { result } = buildDeck('/', copy)
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('data/visits.ts: record #9 (borrell): field "when.end": the range ends before')
  })

  it('refuses to build a slide that cites an unknown source id, naming the slide, its file and the id', async () => {
    const copy = copyWithEdit('pages/russia.md', 'sources: [article, S3]', 'sources: [article, S33]')
    const slide = (await loadDeck(copy)).find(s => s.frontmatter.sources?.toString() === 'article,S33')!
    const { result } = buildDeck('/', copy)
    expect(result.status).not.toBe(0)
    expect(result.output).toContain(`slide ${slide.no} "${slide.title}" (pages/russia.md) cites the unknown source id "S33"`)
  })
})
