/** The types of slidev-client.js: what the reader view and the presenter's pacing use of Slidev's client, no more. */
import type { ClicksContext, RenderContext, SlideRoute, SlidevConfig } from '@slidev/types'
import type { ComputedRef, DefineComponent, InjectionKey, WritableComputedRef } from 'vue'

/** A slide's route as Slidev builds it: its title and its rendered notes (also in `slidev build`). */
export type DeckSlideRoute = SlideRoute & {
  meta: { slide: { title?: string, noteHTML?: string, note?: string, frontmatter?: Record<string, unknown> } }
}

/** The deck's headmatter (`title`, `aspectRatio`, `colorSchema`, …). */
export declare const configs: SlidevConfig
/** Width over height of a slide (16/9 here). */
export declare const slideAspect: ComputedRef<number>

export declare function useNav(): {
  slides: ComputedRef<DeckSlideRoute[]>
  currentSlideNo: ComputedRef<number>
  /** The click step of the current slide. */
  clicks: ComputedRef<number>
  /** True in the presenter view (`/presenter/…`). */
  isPresenter: ComputedRef<boolean>
}

export declare function useDarkMode(): {
  isColorSchemaConfigured: ComputedRef<boolean>
  isDark: WritableComputedRef<boolean>
  toggleDark: (value?: boolean) => boolean
}

/** A click context fixed at `current` (CLICKS_MAX: every step shown). */
export declare function createFixedClicks(route: SlideRoute, current: number): ClicksContext
/** The `$slidev.nav` a slide sees when it is drawn outside the slide show (print, overview). */
export declare function useFixedNav(route: SlideRoute, clicks: ClicksContext): object
export declare const CLICKS_MAX: number
export declare const injectionSlidevContext: InjectionKey<object>

/** A button, or with `to` a router link, of Slidev's navigation bar; `title` is its accessible name. */
export declare const IconButton: DefineComponent<{ title: string, to?: string }>
/** Scales the slide canvas to its own box (or to `width`). */
export declare const SlideContainer: DefineComponent<{ no?: number, width?: number }>
/** One slide's component with its route, frontmatter and clicks provided. */
export declare const SlideWrapper: DefineComponent<{
  clicksContext: ClicksContext
  route: SlideRoute
  renderContext?: RenderContext
}>

/** Sets the document's title while the calling component is mounted. */
export declare function useHead(input: { title: string }): void
