/** Types for subset-font (HarfBuzz's hb-subset in WebAssembly), which ships none. */
declare module 'subset-font' {
  import type { Buffer } from 'node:buffer'

  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2'
    keepFeatures?: string[]
    noLayoutClosure?: boolean
    preserveNameIds?: number[]
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>
}
