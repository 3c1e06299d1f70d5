import type { PowerId } from '../data/powers'
import type { TradeRecord } from '../data/trade'
import type { ComparisonKind, ComparisonRecord, TradeScales } from './trade-scales'
import { powerById } from '../data/powers'
import { TYPE } from './frame'
import { textWidth } from './text-measure'
import { BAR_HEIGHT, barLabel, comparisonLabel, LABEL_GAP, LANE_HEIGHT, MARKER } from './trade-scales'

/**
 * TradeChart's marks step: a bar per record on the shared baseline, and each comparison mark on its
 * own lane under its partner's bar, with where their labels go.
 */

export interface TradeBar {
  record: TradeRecord
  partner: PowerId
  name: string
  glyph: string
  colour: string
  value: number
  /** "$39.9 bn", plus a note when the article quotes this very figure. */
  label: string
  /** Row top; the bar runs from x0 to x1 at y…y+height. */
  y: number
  x0: number
  x1: number
  height: number
  labelX: number
  /** Vertical centre of the bar (text uses dy="0.35em"). */
  cy: number
}

export interface TradeComparison {
  kind: ComparisonKind
  record: TradeRecord
  partner: PowerId
  colour: string
  value: number
  /** Stem from x0 to x, marker at x, all at height cy. */
  x0: number
  x: number
  cy: number
  label: string
  labelX: number
  anchor: 'start' | 'end'
}

/** The CSS colour of a power: a custom property set from data/powers.ts (light and dark). */
function powerColour(id: PowerId): string {
  return `var(--power-${id})`
}

/** Marks step: one bar per record, top to bottom; with a focus, the others in neutral grey. */
export function tradeBars(shown: readonly TradeRecord[], scales: TradeScales, focus?: PowerId): TradeBar[] {
  return shown.map((r, i) => {
    const y = scales.rowsTop + i * scales.rowHeight
    const x1 = scales.x(r.value)
    return {
      record: r,
      partner: r.partner,
      name: powerById[r.partner].name,
      glyph: powerById[r.partner].glyph,
      colour: focus && r.partner !== focus
        ? 'var(--chart-rule)'
        : powerColour(r.partner),
      value: r.value,
      label: barLabel(r),
      y,
      x0: scales.x0,
      x1,
      height: BAR_HEIGHT,
      labelX: x1 + LABEL_GAP,
      cy: y + BAR_HEIGHT / 2,
    }
  })
}

/** Marks step: each comparison on its own lane under its partner's bar, labelled right of it if it fits, else left. */
export function tradeComparisons(bars: readonly TradeBar[], compared: readonly ComparisonRecord[], scales: TradeScales): TradeComparison[] {
  return bars.flatMap(bar => compared
    .filter(c => c.record.partner === bar.partner)
    .map((c, lane): TradeComparison => {
      const cx = scales.x(c.record.value)
      const label = comparisonLabel(c.kind, c.record)
      const fitsRight = cx + MARKER + LABEL_GAP + textWidth(label, TYPE.small) <= scales.right
      return {
        kind: c.kind,
        record: c.record,
        partner: bar.partner,
        colour: bar.colour,
        value: c.record.value,
        x0: scales.x0,
        x: cx,
        cy: bar.y + BAR_HEIGHT + lane * LANE_HEIGHT + LANE_HEIGHT / 2 + 2,
        label,
        labelX: fitsRight
          ? cx + MARKER + LABEL_GAP
          : cx - MARKER - LABEL_GAP,
        anchor: fitsRight ? 'start' : 'end',
      }
    }))
}
