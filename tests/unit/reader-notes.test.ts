import { describe, expect, it } from 'vitest'
import { noteParagraphs, readerNoteHtml, slideAnchor, slideFromHash } from '../../reader/notes'

describe('readerNoteHtml: Slidev\'s rendered notes for the reader view', () => {
  it('drops the click marks and the space after them', () => {
    const html = '<p>Here is the plan.</p>\n<p><span class="slidev-note-click-mark" data-clicks="1"></span> First, the frame.</p>\n'
    expect(readerNoteHtml(html)).toBe('<p>Here is the plan.</p>\n<p>First, the frame.</p>')
  })

  it('drops a paragraph that held only a click mark', () => {
    const html = '<p>One.</p>\n<p><span class="slidev-note-click-mark" data-clicks="2"></span></p>\n<p>Two.</p>'
    expect(readerNoteHtml(html)).toBe('<p>One.</p>\n<p>Two.</p>')
  })

  it('keeps a mark in mid-paragraph out of the text without gluing words', () => {
    const html = '<p>Before. <span class="slidev-note-click-mark" data-clicks="1"></span>After.</p>'
    expect(readerNoteHtml(html)).toBe('<p>Before. After.</p>')
  })

  it('joins a click step that goes on with the sentence before it', () => {
    const html = '<p><span class="slidev-note-click-mark" data-clicks="1"></span> From Khorgos,</p>\n<p><span class="slidev-note-click-mark" data-clicks="2"></span> across the sea;</p>\n<p>and on to Europe.</p>\n<p>Next.</p>'
    expect(readerNoteHtml(html)).toBe('<p>From Khorgos, across the sea; and on to Europe.</p>\n<p>Next.</p>')
  })

  it('gives an empty string for a slide without notes', () => {
    expect(readerNoteHtml(undefined)).toBe('')
    expect(readerNoteHtml('')).toBe('')
  })
})

describe('noteParagraphs: a note\'s Markdown as the paragraphs a reader sees', () => {
  it('splits at blank lines, drops [click] and [click:N] markers, collapses spaces', () => {
    const note = 'Here is the plan.\n\n[click] First, the frame:\nwhat happened.\n\n  [click:2]   Then trade.  \n\n\n'
    expect(noteParagraphs(note)).toEqual(['Here is the plan.', 'First, the frame: what happened.', 'Then trade.'])
  })

  it('joins a paragraph that ends in a comma or semicolon with the next, as readerNoteHtml does', () => {
    const note = '[click] From Khorgos,\n\n[click] across the sea;\n\n[click] and on to Europe.\n\nNext.'
    expect(noteParagraphs(note)).toEqual(['From Khorgos, across the sea; and on to Europe.', 'Next.'])
  })

  it('gives no paragraph for no note', () => {
    expect(noteParagraphs(undefined)).toEqual([])
    expect(noteParagraphs('[click]\n\n')).toEqual([])
  })
})

describe('slide anchors', () => {
  it('names a slide\'s block slide-N and reads N back from the hash', () => {
    expect(slideAnchor(12)).toBe('slide-12')
    expect(slideFromHash('#slide-12', 23)).toBe(12)
    expect(slideFromHash('slide-1', 23)).toBe(1)
  })

  it('names no slide for another hash or a number out of the deck', () => {
    for (const hash of [
      '',
      '#',
      '#slide-0',
      '#slide-24',
      '#slide-2x',
      '#top',
      '#slide--1',
    ])
      expect(slideFromHash(hash, 23), hash).toBeUndefined()
  })
})
