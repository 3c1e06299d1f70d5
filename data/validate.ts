import type { BaseMap } from './schemas/map.ts'
import type { Cargo, Leg, Place } from './schemas/places.ts'
import type { Power } from './schemas/powers.ts'
import type { Quote } from './schemas/quotes.ts'
import type { Relation } from './schemas/relations.ts'
import type { Source } from './schemas/sources.ts'
import type { TradeRecord } from './schemas/trade.ts'
import type { Visit } from './schemas/visits.ts'
import { baseMap } from './map.ts'
import { places, routeCargo, routeLegs } from './places.ts'
import { powers } from './powers.ts'
import { quotes } from './quotes.ts'
import { relations } from './relations.ts'
import { parseMap } from './schemas/map.ts'
import { parseCargo, parseLegs, parsePlaces } from './schemas/places.ts'
import { parsePowers } from './schemas/powers.ts'
import { parseQuotes } from './schemas/quotes.ts'
import { parseRelations } from './schemas/relations.ts'
import { parseSources } from './schemas/sources.ts'
import { parseTrade } from './schemas/trade.ts'
import { parseVisits } from './schemas/visits.ts'
import { sources } from './sources.ts'
import { trade } from './trade.ts'
import { visits } from './visits.ts'

/**
 * The one place the records of data/ are checked, in Node only, so that the browser never loads zod.
 * Importing this module checks them all: vite.config.ts imports it, so `slidev` and `slidev build` stop
 * at start-up with the first bad record's message (file, record, field); plugins/validate-data.ts loads
 * it again when a data file changes under the dev server; the unit tests call `validateData`.
 */

/** Every record list of data/, as the browser gets it (loosely typed, so tests can pass bad ones). */
export interface DeckData {
  powers: readonly unknown[]
  sources: readonly unknown[]
  trade: readonly unknown[]
  visits: readonly unknown[]
  quotes: readonly unknown[]
  places: readonly unknown[]
  legs: readonly unknown[]
  cargo: unknown
  relations: readonly unknown[]
  map: unknown
}

/** The same lists, each as its schema gives it back. */
export interface ValidatedData {
  powers: Power[]
  sources: Source[]
  trade: TradeRecord[]
  visits: Visit[]
  quotes: Quote[]
  places: Place[]
  legs: Leg[]
  cargo: Cargo
  relations: Relation[]
  map: BaseMap
}

/** The deck's own records, the ones the slides show. */
export const deckData: DeckData = {
  powers,
  sources,
  trade,
  visits,
  quotes,
  places,
  legs: routeLegs,
  cargo: routeCargo,
  relations,
  map: baseMap,
}

/**
 * Checks every list, each record and the checks across records (duplicate ids and keys, the legs'
 * places, one relation cell per power and aspect); throws the first problem as a DataError. The order
 * is the one in which the data files used to check themselves on import, so the same problem comes first.
 */
export function validateData(data: DeckData = deckData): ValidatedData {
  const map = parseMap(data.map)
  const checkedPowers = parsePowers('data/powers.ts', data.powers)
  const checkedSources = parseSources('data/sources.ts', data.sources)
  const checkedPlaces = parsePlaces('data/places.ts', data.places)
  const legs = parseLegs('data/places.ts', data.legs, Object.fromEntries(checkedPlaces.map(p => [p.id, p])))
  const cargo = parseCargo('data/places.ts', data.cargo)
  const checkedQuotes = parseQuotes('data/quotes.ts', data.quotes)
  const checkedRelations = parseRelations('data/relations.ts', data.relations)
  const checkedTrade = parseTrade('data/trade.ts', data.trade)
  const checkedVisits = parseVisits('data/visits.ts', data.visits)
  return {
    powers: checkedPowers,
    sources: checkedSources,
    trade: checkedTrade,
    visits: checkedVisits,
    quotes: checkedQuotes,
    places: checkedPlaces,
    legs,
    cargo,
    relations: checkedRelations,
    map,
  }
}

export const validated: ValidatedData = validateData()
