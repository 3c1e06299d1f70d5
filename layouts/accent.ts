import type { PowerId } from '../data/powers'

/** The colour of a power as the CSS variable set from data/powers.ts, or the neutral rule colour. */
export function accentColour(power: PowerId | null | undefined): string {
  return power
    ? `var(--power-${power})`
    : 'var(--deck-rule)'
}
