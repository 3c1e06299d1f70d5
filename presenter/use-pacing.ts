/**
 * The presenter view's pacing, wired to Slidev: the plan from the slides' rendered notes and the
 * headmatter's `duration`, Slidev's shared timer started at the presenter's first advance, and the
 * rehearsal's arrivals on each slide. Used by PresenterPacing.vue only (the presenter view).
 */
import type { DeckSlideRoute } from '../reader/slidev-client.js'
import type { Pacing } from './pacing'
import type { PlannedSlide } from './plan'
import type { Arrival } from './rehearsal'
import { computed, ref, watch } from 'vue'
import { configs, useNav } from '../reader/slidev-client.js'
import { pacing } from './pacing'
import { buildPlan, slideWindow, toSeconds } from './plan'
import { useTimer } from './slidev-timer.js'

/** Slidev's default when the headmatter sets no `duration`. */
const slidevDefaultDuration = 30 * 60

/** The plan of the deck as the client has it (rendered notes; the raw notes on the dev server). */
export function planOf(slides: DeckSlideRoute[], duration: unknown): PlannedSlide[] {
  return buildPlan(slides.map(r => ({
    no: r.no,
    title: r.meta.slide.title ?? '',
    note: r.meta.slide.noteHTML || r.meta.slide.note || '',
    time: r.meta.slide.frontmatter?.time,
  })), toSeconds(duration) ?? slidevDefaultDuration)
}

export function usePacing() {
  const { slides, currentSlideNo, clicks } = useNav()
  const { state, status, passed } = useTimer()
  const plan = computed(() => planOf(slides.value, configs.duration))
  const arrivals = ref<Arrival[]>([])

  /**
   * Starts the timer at the first advance, from slide `from` to slide `to`: the slide left counts as on
   * plan, so the timer starts at its planned end (at the planned start of `to` for a click on the same slide).
   */
  function startAt(from: number, to: number): void {
    const left = slideWindow(plan.value, from)
    const at = from === to
      ? slideWindow(plan.value, to)?.start ?? 0
      : left?.end ?? 0
    arrivals.value = from === to || !left
      ? [
          { no: to, at },
        ]
      : [
          { no: from, at: left.start },
          { no: to, at },
        ]
    state.value = {
      status: 'running',
      slides: {},
      startedAt: Date.now() - at * 1000,
      pausedAt: 0,
    }
  }

  watch(currentSlideNo, (no, old) => {
    if (status.value === 'stopped')
      startAt(old, no)
    else if (status.value === 'running')
      arrivals.value.push({ no, at: passed.value })
  })
  watch(clicks, () => {
    if (status.value === 'stopped')
      startAt(currentSlideNo.value, currentSlideNo.value)
  })
  // Slidev's own play and reset buttons.
  watch(status, (now, before) => {
    if (now === 'stopped') {
      arrivals.value = []
    }
    else if (before === 'stopped' && arrivals.value.length === 0) {
      arrivals.value = [
        { no: currentSlideNo.value, at: passed.value },
      ]
    }
  })

  const pace = computed<Pacing | undefined>(() => status.value === 'stopped'
    ? undefined
    : pacing(plan.value, currentSlideNo.value, passed.value))
  return { plan, pace, arrivals, passed }
}
