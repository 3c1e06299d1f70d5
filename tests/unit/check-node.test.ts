import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../export/deck'

const script = join(projectRoot, 'tools', 'check-node.cjs')

/** Runs the check as `npm install`'s preinstall does, with a faked Node version. */
function check(version: string) {
  const r = spawnSync(process.execPath, [script, version], { encoding: 'utf8' })
  return { status: r.status, output: `${r.stdout}${r.stderr}` }
}

describe('tools/check-node.cjs: Node older than 22.12 is refused in plain words', () => {
  it.each(['20.20.2', '22.11.0', 'v18.19.1'])('refuses Node %s, naming it, 22.12 and how to get Node 22', (version) => {
    const { status, output } = check(version)
    expect(status).toBe(1)
    expect(output).toContain(`this is Node.js ${version.replace(/^v/, '')}`)
    expect(output).toContain('Node.js 22.12 or newer')
    expect(output).toContain('nvm install 22')
    expect(output).toContain('nodejs.org/en/download')
  })

  it.each([
    '22.12.0',
    '22.23.3',
    '24.1.0',
    'v26.0.0',
  ])('accepts Node %s silently', (version) => {
    expect(check(version)).toEqual({ status: 0, output: '' })
  })

  it('accepts the Node running the tests (the project needs at least 22.12 to run them)', () => {
    expect(spawnSync(process.execPath, [script]).status).toBe(0)
  })

  it('runs before every install, and npm refuses an old Node before fetching anything (devEngines)', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'))
    expect(pkg.scripts.preinstall).toBe('node tools/check-node.cjs')
    expect(pkg.engines.node).toBe('>=22.12.0')
    expect(pkg.devEngines.runtime).toEqual({ name: 'node', version: pkg.engines.node, onFail: 'error' })
  })
})
