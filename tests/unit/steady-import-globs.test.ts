import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { steadyImportGlobs, steadyText } from '../../plugins/steady-import-globs'

const dir = mkdtempSync(join(tmpdir(), 'deck-glob-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('glob modules of Slidev, read while another slidev process rewrites them', () => {
  it('waits for an emptied file to hold its content again', async () => {
    const file = join(dir, 'import-glob.0123456789.ts')
    writeFileSync(file, '')
    setTimeout(writeFileSync, 60, file, 'export default {}\n')
    expect(await steadyText(file)).toBe('export default {}\n')
  })

  it('fails naming the file when it stays empty', async () => {
    const file = join(dir, 'import-glob.abcdef0123.ts')
    writeFileSync(file, '')
    await expect(steadyText(file, 3, 5)).rejects.toThrow(`${file} stayed empty for 15 ms`)
  })

  it('loads only the glob modules under node_modules/.slidev/virtual/', async () => {
    const load = steadyImportGlobs().load as (id: string) => Promise<string | undefined>
    const modules = join(dir, 'node_modules', '.slidev', 'virtual')
    mkdirSync(modules, { recursive: true })
    const file = join(modules, 'import-glob.fedcba9876.ts')
    writeFileSync(file, 'export default { a: 1 }\n')
    expect(await load(`${file}?v=1`)).toBe('export default { a: 1 }\n')
    expect(await load(join(dir, 'slides.md'))).toBeUndefined()
    expect(await load(join(modules, 'other.ts'))).toBeUndefined()
  })
})
