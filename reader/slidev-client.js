/**
 * The parts of Slidev's client the reader view, the navigation-bar link and the presenter's pacing use,
 * the ones its overview and print pages draw slides with. Slidev ships its client as TypeScript sources that need its
 * build-time globals and do not pass this project's strict type check, so they come in through this
 * plain module; slidev-client.d.ts gives the narrow types the reader relies on.
 */
export { configs, slideAspect, useDarkMode, useNav } from '@slidev/client'
export { createFixedClicks } from '@slidev/client/composables/useClicks.ts'
export { useFixedNav } from '@slidev/client/composables/useNav.ts'
export { CLICKS_MAX, injectionSlidevContext } from '@slidev/client/constants.ts'
export { default as IconButton } from '@slidev/client/internals/IconButton.vue'
export { default as SlideContainer } from '@slidev/client/internals/SlideContainer.vue'
export { default as SlideWrapper } from '@slidev/client/internals/SlideWrapper.vue'
// Slidev's own head manager, which sets the slide show's title.
export { useHead } from '@unhead/vue'
