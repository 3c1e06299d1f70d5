import type { TradeRecord } from '../../data/trade'
import { powerById, visitingPowerIds } from '../../data/powers'
import { statisticsLabel } from '../../data/trade'

/**
 * Figures in the speaker notes against data/: the presenter reads the notes aloud, so a trade figure
 * or the route's cargo said there must be one that data/ holds. When a figure in data/ changes, the
 * notes that still say the old one are named, with the records they may mean.
 */
export interface NotesSlide {
  no: number
  title: string
  file: string
  note: string
}

export interface FigureKind {
  /** Finds the figures of this kind in a text; group 1 is the number. */
  pattern: RegExp
  unit: string
  file: string
  /** The records of data/ for this kind, each with its value and how to name it. */
  records: { value: number, name: string, words: string[] }[]
}

/** Trade records as a figure kind: "24.1 billion" in the notes must be the value of one of them. */
export function tradeFigures(trade: readonly TradeRecord[]): FigureKind {
  return {
    pattern: /(\d+(?:\.\d+)?) billion/g,
    unit: 'billion',
    file: 'data/trade.ts',
    records: trade.map(r => ({
      value: r.value,
      name: `${powerById[r.partner].name} ${r.year}, ${statisticsLabel[r.statistics]}: ${r.value}`,
      words: [
        powerById[r.partner].name,
        String(r.year),
        ...(r.partner === 'us'
          ? ['U.S.', 'Washington']
          : []),
      ],
    })),
  }
}

function sentenceAt(note: string, at: number): string {
  const before = note.slice(0, at)
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1
  const after = note.slice(at).search(/\.\s|\n/)
  return note.slice(start, after < 0
    ? undefined
    : at + after + 1).replace(/\[click\]/g, '').trim()
}

/** The records a stale figure may mean: those its sentence (or its chapter) names, of the year it says. */
function candidates(kind: FigureKind, sentence: string, file: string): string[] {
  const chapter = visitingPowerIds.find(p => file.endsWith(`/${p}.md`))
  const context = `${sentence} ${chapter ? powerById[chapter].name : ''}`
  const year = /\b(?:19|20)\d\d\b/.exec(sentence)?.[0]
  const named = kind.records.filter(r => r.words.some(w => !/^\d+$/.test(w) && context.includes(w)))
  const dated = named.filter(r => !year || r.words.includes(year))
  return (dated.length
    ? dated
    : named.length ? named : kind.records).map(r => r.name)
}

/** A figure a record holds, or "about N": N the rounded gap between two records. */
function holds(kind: FigureKind, text: string, m: RegExpMatchArray): boolean {
  const n = Number(m[1])
  if (kind.records.some(r => r.value === n))
    return true
  return text.slice(0, m.index).endsWith('about ')
    && kind.records.some(a => kind.records.some(b => Math.round(a.value - b.value) === n))
}

/** One sentence per figure in the notes that no record of its kind holds. */
export function staleFigures(slides: readonly NotesSlide[], kinds: readonly FigureKind[]): string[] {
  return slides.flatMap(s => kinds.flatMap(kind => [
    ...s.note.matchAll(kind.pattern),
  ]
    .filter(m => !holds(kind, s.note, m))
    .map(m => `slide ${s.no} "${s.title}" (${s.file}): its notes say "${m[0]}", which no record of ${kind.file} holds (the sentence: "${sentenceAt(s.note, m.index!)}"). Records it may mean: ${candidates(kind, sentenceAt(s.note, m.index!), s.file).join('; ')}. Make the notes say the figure in data/, or correct ${kind.file}.`)))
}
