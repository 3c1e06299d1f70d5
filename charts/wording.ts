import type { PowerId } from '../data/powers'
import type { SourceId } from '../data/sources'
import { powerById } from '../data/powers'
import { sourceById } from '../data/sources'

/**
 * Words the charts build from data/ for their headlines, descriptions and source lines: lists joined
 * in English, a power's name inside a sentence, the publishers of some sources.
 */

/** The publishers of some sources, once each, in the order given ("The Diplomat", "Astana Times"…). */
export function publishers(ids: readonly SourceId[]): string[] {
  return [
    ...new Set(ids.map(id => sourceById(id).publisher)),
  ]
}

/** "the European Union", "China": for headlines built from data. */
export function powerNameInSentence(id: PowerId): string {
  const name = powerById[id].name
  return id === 'eu' || id === 'us'
    ? `the ${name}`
    : name
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "A, B and C". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1)
    return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
