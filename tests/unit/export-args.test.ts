import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allKinds, defaultOutput, parseArgs, plannedOutputs } from '../../export/cli'
import { plainNote, plainNoteParagraphs } from '../../export/notes-text'
import { slidevExportArgs, slidevExporter } from '../../export/slidev-exporter'

describe('npm run export: options', () => {
  it('reads the kind of export, --output, --paper and --dark, and passes the rest to slidev', () => {
    expect(parseArgs([])).toMatchObject({
      kind: 'pdf',
      dark: false,
      paper: 'a4',
      pass: [],
    })
    expect(parseArgs([
      '--handout',
      '--paper',
      'letter',
      '--output=h.pdf',
    ])).toMatchObject({
      kind: 'handout',
      paper: 'letter',
      output: 'h.pdf',
      perPage: 1,
    })
    expect(parseArgs(['--handout', '--per-page', '2'])).toMatchObject({ kind: 'handout', perPage: 2 })
    expect(parseArgs([
      '--format',
      'pptx-editable',
      '--dark',
      '--range',
      '2-4',
    ])).toMatchObject({
      kind: 'pptx-editable',
      dark: true,
      pass: ['--range', '2-4'],
    })
    expect(parseArgs(['--notes']).kind).toBe('notes')
    expect(parseArgs(['--format=html']).kind).toBe('html')
  })

  it('refuses what it cannot do, saying why', () => {
    expect(() => parseArgs(['--format', 'docx'])).toThrow(/--format docx: use one of/)
    expect(() => parseArgs(['--paper', 'a5'])).toThrow(/--paper a5/)
    expect(() => parseArgs(['--handout', '--per-page', '4'])).toThrow(/--per-page 4: use 1 or 2/)
    expect(() => parseArgs(['--per-page', '2'])).toThrow(/add --handout/)
    expect(() => parseArgs(['--handout', '--format', 'pptx'])).toThrow(/cannot be combined/)
    expect(() => parseArgs(['--notes', '--dark'])).toThrow(/no dark version/)
    expect(() => parseArgs(['--output'])).toThrow(/--output needs a value/)
    expect(() => parseArgs(['--range', '2-4'])).toThrow(/^--range 2-4: the slide PDF, the handout and the HTML file are made by the deck itself/)
    expect(() => parseArgs(['--handout', '--with-clicks'])).toThrow(/^--with-clicks: /)
    expect(() => parseArgs(['--format', 'html', '--timeout', '9'])).toThrow(/^--timeout 9: /)
    expect(parseArgs(['--notes', '--range', '2']).pass).toEqual(['--range', '2'])
  })

  it('adds -dark to every default name, so a dark export never overwrites the light one', () => {
    const kinds = [
      'pdf',
      'png',
      'handout',
      'notes',
      'pptx',
      'pptx-editable',
      'html',
    ] as const
    const light = kinds.map(k => defaultOutput(k, 'deck', false))
    const dark = kinds.filter(k => k !== 'notes').map(k => defaultOutput(k, 'deck', true))
    expect(new Set([
      ...light,
      ...dark,
    ]).size).toBe(light.length + dark.length)
    expect(light).toEqual([
      'deck.pdf',
      'deck',
      'deck-handout.pdf',
      'deck-notes.pdf',
      'deck.pptx',
      'deck-editable.pptx',
      'deck.html',
    ])
    for (const name of dark)
      expect(name).toMatch(/^deck-dark(?:[.-]|$)/)
  })
})

describe('npm run export -- --all', () => {
  it('writes every output under its default name into the folder given (or the current one), dark without the HTML file', () => {
    const args = parseArgs([
      '--all',
      '--paper',
      'letter',
      '--per-page',
      '2',
    ])
    expect(args).toMatchObject({ all: true, paper: 'letter', perPage: 2 })
    expect(plannedOutputs(args, 'deck', '/talk')).toEqual(allKinds.map(kind => ({
      kind,
      output: join('/talk', defaultOutput(kind, 'deck', false)),
    })))
    expect(plannedOutputs(parseArgs(['--all', '--output', 'out']), 'deck', '/talk').map(o => o.output)).toEqual([
      '/talk/out/deck.pdf',
      '/talk/out/deck-handout.pdf',
      '/talk/out/deck.pptx',
      '/talk/out/deck-editable.pptx',
      '/talk/out/deck.html',
    ])
    expect(plannedOutputs(parseArgs(['--all', '--dark']), 'deck', '/talk').map(o => o.kind)).toEqual(allKinds.filter(k => k !== 'html'))
    // One output, as before.
    expect(plannedOutputs(parseArgs(['--handout']), 'deck', '/talk')).toEqual([
      { kind: 'handout', output: '/talk/deck-handout.pdf' },
    ])
  })

  it('refuses a choice of output or an option for slidev export beside --all', () => {
    expect(() => parseArgs(['--all', '--format', 'pptx'])).toThrow(/^--all writes every output .*leave out --format/)
    expect(() => parseArgs(['--all', '--handout'])).toThrow(/leave out --handout/)
    expect(() => parseArgs(['--all', '--notes'])).toThrow(/leave out --notes/)
    expect(() => parseArgs(['--all', '--range', '2-4'])).toThrow(/^--range 2-4: --all takes only/)
  })
})

describe('speaker notes as plain text', () => {
  it('drops click markers, markdown and HTML, and keeps paragraphs and list items', () => {
    const note = [
      'Welcome. [click] The **first** point, see [the article](https://example.org) and `code`.',
      '',
      '[click:3] A <span class="x">third</span> step &amp; more:',
      '- one item',
      '- *another* item',
      '',
      '<p>Last</p>',
    ].join('\n')
    expect(plainNoteParagraphs(note)).toEqual([
      'Welcome. The first point, see the article and code.',
      'A third step & more:\n• one item\n• another item',
      'Last',
    ])
    expect(plainNote('')).toBe('')
    expect(plainNote('snake_case_name stays')).toBe('snake_case_name stays')
  })
})

describe('the exporter of Slidev, run in the export process', () => {
  it('reads the options passed through as slidev export does, and refuses others by name', () => {
    expect(slidevExportArgs([
      '--range',
      '2-4',
      '--wait=900',
      '--with-clicks',
      '--omit-background=false',
    ])).toEqual({
      'range': '2-4',
      'wait': 900,
      'with-clicks': true,
      'omit-background': false,
    })
    expect(() => slidevExportArgs(['--bogus', '1'])).toThrow(/^--bogus: not an option of slidev export here; it takes --timeout, /)
    expect(() => slidevExportArgs(['--scale'])).toThrow(/--scale needs a value/)
    expect(() => slidevExportArgs(['--scale', 'big'])).toThrow(/--scale big: a number/)
  })

  it('finds exportSlides and getExportOptions in the installed @slidev/cli', async () => {
    const { exportSlides, getExportOptions } = await slidevExporter()
    expect(typeof exportSlides).toBe('function')
    expect(typeof getExportOptions).toBe('function')
  })
})
