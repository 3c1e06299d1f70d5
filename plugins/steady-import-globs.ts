import type { Plugin } from 'vite'
import { readFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Every `slidev` process (server, build, export) rewrites Slidev's glob modules,
 * node_modules/.slidev/virtual/import-glob.<hash>.ts, as it starts, with a plain write that empties the
 * file first. Another slidev process of the project reading it at that moment sees it empty and its build
 * fails ("default" is not exported). The file's name is the hash of its content, so an empty read means
 * "being written": it is read again until it holds its content.
 */

const importGlob = /[\\/]node_modules[\\/]\.slidev[\\/]virtual[\\/]import-glob\.[\da-f]+\.ts$/

/** The glob module's text once it is written; throws naming the file after `tries` empty reads. */
export async function steadyText(file: string, tries = 100, pause = 20): Promise<string> {
  for (let i = 0; i < tries; i++) {
    const text = await readFile(file, 'utf8')
    if (text.trim())
      return text
    await sleep(pause)
  }
  throw new Error(`${file} stayed empty for ${tries * pause} ms: is another slidev process stuck writing it?`)
}

export function steadyImportGlobs(): Plugin {
  return {
    name: 'deck:steady-import-globs',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0]!
      return importGlob.test(file)
        ? steadyText(file)
        : undefined
    },
  }
}
