/** The types of slidev-timer.js: what the pacing uses of Slidev's timer. */
import type { ComputedRef, Ref } from 'vue'

/** Slidev's timer state, shared between the presenter view and the audience window. */
export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  slides: Record<number, { start?: number, end?: number }>
  startedAt: number
  pausedAt: number
}

/** Slidev's presenter timer: its shared state, status and the seconds passed (a pause counts for nothing). */
export declare function useTimer(): {
  state: Ref<TimerState>
  status: ComputedRef<TimerState['status']>
  passed: ComputedRef<number>
  resume: () => void
}
