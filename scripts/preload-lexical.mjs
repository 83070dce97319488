// Evaluates Lexical's packages one at a time, dependencies first, before anything else loads.
//
// Lexical's Node builds (`*.node.mjs`) each pick their dev or prod build with a top-level await.
// When Payload's config pulls in a dozen of them at once, Node 20 now and then loses track of one
// of those awaits: the process ends with exit 13 ("unsettled top-level await") before our code
// runs. Loaded one by one, each finds its dependencies already evaluated, and the stall is gone.
//
// Upstream: Node's handling of top-level await across concurrently evaluated module graphs
// (nodejs/node#55468, and #58398 for its reporting); Payload hit the same exit 13 in its own
// scripts (payloadcms/payload#8467, a workaround, removed in #10669 once their dev script stopped
// stalling). When it can go: `node scripts/startup-trials.mjs 20` starts the config 20 times with
// and without this preload; once "without" shows no exit 13 on the lock file's Node and Lexical
// versions, delete this file and its `--import` in scripts/run-ts.mjs, payload-cli.ts and
// tests/helpers/setup-env.ts.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const modules = fileURLToPath(new URL('../node_modules', import.meta.url))
const manifest = (name) => JSON.parse(fs.readFileSync(path.join(modules, name, 'package.json'), 'utf8'))
const isLexical = (name) => name === 'lexical' || name.startsWith('@lexical/')
const lexicalDependencies = (name) => Object.keys(manifest(name).dependencies ?? {}).filter(isLexical)
const hasMainEntry = (name) => {
  const { exports } = manifest(name)
  return !exports || typeof exports === 'string' || '.' in exports
}

// Depth-first, so that every package comes after the Lexical packages it imports.
const ordered = []
const seen = new Set()
const visit = (name) => {
  if (seen.has(name)) return
  seen.add(name)
  lexicalDependencies(name).forEach(visit)
  ordered.push(name)
}
lexicalDependencies('@payloadcms/richtext-lexical').forEach(visit)

for (const name of ordered.filter(hasMainEntry)) await import(name)
