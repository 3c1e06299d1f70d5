import type { ComputedRef } from 'vue'
import type { LayoutResult } from './chart-utils'
import { computed } from 'vue'
import { revealCount } from './chart-utils'

/**
 * A chart's layout from its props, and how many of its steps the presenter's click reveals
 * (all of them without a click: the PDF, the overview).
 */
export function useChartLayout<L extends { steps: number }>(
  result: () => LayoutResult<L>,
  step: () => number | undefined,
): { layout: ComputedRef<L | undefined>, error: ComputedRef<string>, shown: ComputedRef<number> } {
  const r = computed(result)
  const layout = computed(() => r.value.ok ? r.value.layout : undefined)
  const error = computed(() => r.value.ok ? '' : r.value.error)
  const shown = computed(() => layout.value
    ? revealCount(step(), layout.value.steps)
    : 0)
  return { layout, error, shown }
}
