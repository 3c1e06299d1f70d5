/**
 * Pacing against the plan, pure. On slide N the talk is on plan from N's planned start to its planned
 * end; arriving before the start is being ahead by the difference, staying past the end is being behind
 * by the overrun. Within 15 seconds of either edge it is on plan.
 */
import type { PlannedSlide } from './plan'
import { clock, slideWindow } from './plan'

export const onPlanTolerance = 15

export interface Pacing {
  kind: 'ahead' | 'behind' | 'on'
  /** Seconds ahead or behind (0 on plan). */
  seconds: number
}

/** Where the talk stands on slide `no` after `elapsed` seconds. */
export function pacing(plan: PlannedSlide[], no: number, elapsed: number): Pacing {
  const w = slideWindow(plan, no)
  if (!w)
    return { kind: 'on', seconds: 0 }
  if (w.start - elapsed > onPlanTolerance)
    return { kind: 'ahead', seconds: w.start - elapsed }
  if (elapsed - w.end > onPlanTolerance)
    return { kind: 'behind', seconds: elapsed - w.end }
  return { kind: 'on', seconds: 0 }
}

/** Seconds the text rounds to, so that it (a live region) changes every 5 seconds, not every second. */
export const pacingStep = 5

/** The words the presenter reads: "0:40 ahead of plan", "1:10 behind plan", "on plan". */
export function pacingText(p: Pacing): string {
  if (p.kind === 'on')
    return 'on plan'
  const shown = clock(Math.round(p.seconds / pacingStep) * pacingStep)
  return p.kind === 'ahead'
    ? `${shown} ahead of plan`
    : `${shown} behind plan`
}
