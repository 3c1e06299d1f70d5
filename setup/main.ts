import { defineAppSetup } from '@slidev/types'
import { powerCss } from '../data/powers'

/** The power colours are defined once, in data/powers.ts; this turns them into CSS custom properties. */
export default defineAppSetup(() => {
  if (typeof document === 'undefined' || document.getElementById('power-colours'))
    return
  const style = document.createElement('style')
  style.id = 'power-colours'
  style.textContent = powerCss()
  document.head.append(style)
})
