/**
 * Slidev's presenter timer, for the pacing (use-pacing.ts), through a plain module as
 * reader/slidev-client.js does it (Slidev's client sources do not pass the strict type check). Apart from
 * reader/slidev-client.js so that it comes with the presenter's pacing chunk, not the audience's first load.
 */
export { useTimer } from '@slidev/client/composables/useTimer.ts'
