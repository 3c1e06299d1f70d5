import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildDeck, cleanTemp, copyProject } from './helpers'

afterAll(cleanTemp)

describe('slidev build', () => {
  it('builds the deck into a static site with its own fonts and favicon', () => {
    const { dir, result } = buildDeck()
    expect(result.status, result.output).toBe(0)
    const html = readFileSync(join(dir, 'index.html'), 'utf8')
    expect(html).toContain('favicon.svg')
    expect(html).not.toMatch(/fonts\.(googleapis|gstatic)|cdn\.jsdelivr|unpkg/)
    const assets = readdirSync(join(dir, 'assets'), { recursive: true, encoding: 'utf8' })
    expect(assets.some(f => /source-sans-3-latin-400-normal.*\.woff2$/.test(f))).toBe(true)
    expect(existsSync(join(dir, 'favicon.svg'))).toBe(true)
  })

  it('refuses to build with a bad data record, naming the file, the record and the field', () => {
    const copy = copyProject()
    const file = join(copy, 'data', 'visits.ts')
    const text = readFileSync(file, 'utf8')
    const broken = text.replace('start: \'2022-11-16\', end: \'2022-11-17\'', 'start: \'2022-11-17\', end: \'2022-11-16\'')
    expect(broken).not.toBe(text)
    writeFileSync(file, broken)
    const { result } = buildDeck('/', copy)
    expect(result.status).not.toBe(0)
    expect(result.output).toContain('data/visits.ts: record #9 (borrell): field "when.end": the range ends before')
  })
})
