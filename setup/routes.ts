import { defineRoutesSetup } from '@slidev/types'

/**
 * Slidev's routes plus `/reader` (reader/ReaderPage.vue): the whole talk as one page, every slide with
 * its speaker notes. A lazy import, so the slide show's first load does not grow.
 */
export default defineRoutesSetup(routes => [
  ...routes,
  {
    name: 'reader',
    path: '/reader',
    component: () => import('../reader/ReaderPage.vue'),
  },
])
