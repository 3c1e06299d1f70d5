import type { Readable, Writable } from 'node:stream'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

/**
 * Runs a child process (slidev, Vite) and passes its output on line by line, leaving out what looks like
 * a warning but is not: Slidev's advert for its browser exporter, and its "exported to" line, which names
 * the export's private temporary file (the export says itself what it wrote, and where).
 */

const noise = [
  /\[Slidev\] Try the new browser exporter!/,
  /You can use the browser exporter instead/,
  /✓ .*exported to /,
]

// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[[\d;]*m/g

/** Whether a line of a child's output is only noise (colour codes do not count). */
export function isNoise(line: string): boolean {
  const plain = line.replace(ansi, '')
  return noise.some(pattern => pattern.test(plain))
}

function passOn(from: Readable, to: Writable): void {
  createInterface({ input: from, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
    if (!isNoise(line))
      to.write(`${line}\n`)
  })
}

/** Runs `cmd` and resolves with its exit status (null when a signal ended it), its output filtered. */
export function runQuietly(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, out: Writable, err: Writable): Promise<number | null> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, {
      cwd,
      env,
      stdio: ['inherit', 'pipe', 'pipe'],
    })
    passOn(child.stdout, out)
    passOn(child.stderr, err)
    child.on('error', fail)
    child.on('close', code => done(code))
  })
}
