/* eslint-disable no-var, prefer-template */
// Refuses a Node.js older than 22.12 in plain words. Plain ES5 CommonJS on purpose: it must parse and
// run on the old Node it refuses. `node tools/check-node.cjs [version]` (the version, for tests, fakes
// the running one). Exit 0: fine; exit 1: too old, with the message on stderr.
'use strict'

var process = require('node:process')

var need = [22, 12, 0]
var found = process.argv[2] || process.versions.node
var have = parse(found)

function parse(version) {
  var m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(version))
  if (!m)
    return null
  return [
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
  ]
}

function atLeast(mine, wanted) {
  var i
  for (i = 0; i < wanted.length; i++) {
    if (mine[i] !== wanted[i])
      return mine[i] > wanted[i]
  }
  return true
}

if (!have) {
  process.stderr.write('check-node: cannot read the Node.js version "' + found + '".\n')
  process.exit(1)
}
if (!atLeast(have, need)) {
  process.stderr.write([
    '',
    'This deck needs Node.js 22.12 or newer, and this is Node.js ' + have.join('.') + '.',
    'Get Node.js 22: with nvm, run `nvm install 22` (then `nvm use` here picks it from .nvmrc);',
    'or download it from https://nodejs.org/en/download. Then run the command again.',
    '',
    '',
  ].join('\n'))
  process.exit(1)
}
