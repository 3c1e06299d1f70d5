import { wrapText } from './text-measure'

/**
 * The frame every headed chart shares (ChartFrame draws it): the viewBox width, the type sizes, where
 * the headline and the subtitle sit, and the source line under the marks, whose last line sets the
 * chart's height. A chart places its own marks below the subtitle.
 */

/** Every chart's viewBox is this wide, about 1:1 with a slide's content width. */
export const CHART_WIDTH = 860
/** Type sizes in viewBox units (≈ px on the slide): labels never go below 15, the source line is 14. */
export const TYPE = {
  title: 22,
  subtitle: 16,
  label: 16,
  small: 15,
  source: 14,
} as const
/** Baselines of the headline and the subtitle, the same in every chart. */
export const TITLE_Y = 24
export const SUBTITLE_Y = 50

/** The parts of a chart's layout that ChartFrame draws. */
export interface ChartFrameLayout {
  width: number
  height: number
  title: string
  subtitle: string
  titleY: number
  subtitleY: number
  description: string
  source: { lines: string[], y: number, lineHeight: number }
}

/** The source line under a chart: its text wrapped to the chart's width, first baseline at `y`. */
export function sourceBlock(text: string, y: number, lineHeight = 18): ChartFrameLayout['source'] {
  return {
    lines: wrapText(text, CHART_WIDTH, TYPE.source),
    y,
    lineHeight,
  }
}

/** A chart's height: down to its last source line, plus room for the descenders. */
export function frameHeight(source: ChartFrameLayout['source']): number {
  return Math.ceil(source.y + (source.lines.length - 1) * source.lineHeight + 8)
}

/** The frame of a chart: its width, headings at the shared baselines, source line, height and description. */
export function chartFrame(headings: { title: string, subtitle: string }, source: ChartFrameLayout['source'], description: string): ChartFrameLayout {
  return {
    width: CHART_WIDTH,
    height: frameHeight(source),
    ...headings,
    titleY: TITLE_Y,
    subtitleY: SUBTITLE_Y,
    source,
    description,
  }
}
