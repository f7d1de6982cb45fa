#!/usr/bin/env node
// Snapshot tests of the grammar over every example of the project (../examples/*.marshall).
//
// vscode-tmgrammar-snap keeps each snapshot next to its source file (FILE.snap), and the examples
// belong to the project, not to the extension. So the examples are copied, fresh on every run,
// into test/snap/ (the copies are ignored by git; the .snap files are committed), and a snapshot
// without an example, or an example without a snapshot, fails the run instead of passing silently.
// Arguments are passed to vscode-tmgrammar-snap (--updateSnapshot rewrites the snapshots).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const extension = path.resolve(__dirname, '..');
const examples = path.resolve(extension, '..', 'examples');
const snapDir = path.join(extension, 'test', 'snap');
const update = process.argv.includes('--updateSnapshot') || process.argv.includes('-u');

const sources = fs.readdirSync(examples).filter((name) => name.endsWith('.marshall')).sort();
if (sources.length === 0) {
  console.error(`snap: no .marshall file in ${examples}`);
  process.exit(1);
}
fs.mkdirSync(snapDir, { recursive: true });
for (const name of fs.readdirSync(snapDir)) {
  if (name.endsWith('.marshall')) fs.rmSync(path.join(snapDir, name));
}
for (const name of sources) fs.copyFileSync(path.join(examples, name), path.join(snapDir, name));

const orphans = fs.readdirSync(snapDir)
  .filter((name) => name.endsWith('.marshall.snap') && !sources.includes(name.slice(0, -'.snap'.length)));
const missing = sources.filter((name) => !fs.existsSync(path.join(snapDir, `${name}.snap`)));
if (update) {
  for (const name of orphans) fs.rmSync(path.join(snapDir, name));
} else if (orphans.length > 0 || missing.length > 0) {
  if (missing.length > 0) console.error(`snap: no snapshot for ${missing.join(', ')}`);
  if (orphans.length > 0) console.error(`snap: snapshot of no example: ${orphans.join(', ')}`);
  console.error('snap: run `npm run test:snap:update` and review the new snapshots (git diff)');
  process.exit(1);
}

const bin = require.resolve('vscode-tmgrammar-test/dist/snapshot.js');
const result = spawnSync(process.execPath,
  [bin, ...process.argv.slice(2), path.join('test', 'snap', '*.marshall')],
  { cwd: extension, stdio: 'inherit' });
process.exit(result.status === null ? 1 : result.status);
