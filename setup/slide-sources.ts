import { sourceIds } from '../data/sources.ts'

/**
 * Every slide says whose material it shows: `sources: [article, S11]` in its frontmatter (drawn by
 * slide-top.vue), unless a chart on it draws its own source line, or it is marked `sources: none`
 * (the agenda, the sources slide). Run for the whole deck as `slidev` and `slidev build` start
 * (vite.config.ts), for each slide as it is rendered (setup/transformers.ts: an edit while presenting),
 * and by the unit tests.
 */

/** Charts that print their own source line under the plot. */
export const selfSourcedCharts = [
  'TradeChart',
  'VisitTimeline',
  'RouteMap',
  'RelationsMatrix',
] as const

export interface SlideForSources {
  /** 1-based, as in the URL. */
  no: number
  title: string
  /** The Markdown file, relative to the project. */
  file: string
  content: string
  frontmatter: Record<string, unknown>
}

function where(slide: SlideForSources): string {
  return `slide ${slide.no} "${slide.title}" (${slide.file})`
}

/** The problems with a slide's `sources:`, each a sentence naming the slide, its file and what to do. */
export function slideSourceProblems(slide: SlideForSources): string[] {
  const given = slide.frontmatter.sources
  if (given === 'none')
    return []
  if (given === undefined) {
    const chart = selfSourcedCharts.find(name => new RegExp(`<${name}\\b`).test(slide.content))
    return chart
      ? []
      : [`${where(slide)} has no sources: give "sources: [article, …]" (ids from data/sources.ts) in its frontmatter, or "sources: none" for a slide that cites nothing.`]
  }
  if (!Array.isArray(given) || given.length === 0)
    return [`${where(slide)}: "sources:" must be a list of source ids such as [article, S11], or none.`]
  const known = new Set<string>(sourceIds)
  return given
    .filter(id => !known.has(String(id)))
    .map(id => `${where(slide)} cites the unknown source id "${String(id)}": the ids are ${sourceIds.join(', ')} (data/sources.ts).`)
}

/**
 * The problems of every slide of the deck under `root`, read as Slidev reads it (export/deck.ts):
 * vite.config.ts runs it as `slidev` and `slidev build` start, so that a bad id stops them at once.
 */
export async function deckSourceProblems(root: string): Promise<string[]> {
  const { loadDeck } = await import('../export/deck.ts')
  return (await loadDeck(root)).flatMap(slideSourceProblems)
}
