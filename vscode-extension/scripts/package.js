#!/usr/bin/env node
// Packages the extension as a .vsix (nothing is published): copies the Marshall jar built by
// Maven (cli/target/marshall.jar, or the path given as the first argument) into server/, where
// the extension starts it from, and runs `vsce package`. Writes marshall-VERSION.vsix here, or
// where --out says.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const extension = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const version = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')).version;
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(extension, `marshall-${version}.vsix`));
const positional = args.filter((_, i) => i !== outIndex && i !== outIndex + 1);
const jar = path.resolve(positional[0] || path.join(extension, '..', 'cli', 'target', 'marshall.jar'));

if (!fs.existsSync(jar)) {
  console.error(`package: ${jar} does not exist; build it first (bin/test, or mvn -pl cli -am package)`);
  process.exit(2);
}
const server = path.join(extension, 'server');
fs.mkdirSync(server, { recursive: true });
fs.copyFileSync(jar, path.join(server, 'marshall.jar'));

const vsce = require.resolve('@vscode/vsce/vsce');
const result = spawnSync(process.execPath,
  [vsce, 'package', '--out', out, '--skip-license', '--allow-missing-repository'],
  { cwd: extension, stdio: ['ignore', 'inherit', 'inherit'] });
if (result.status !== 0) {
  console.error(`package: vsce package failed (exit ${result.status})`);
  process.exit(1);
}
console.log(`package: wrote ${path.relative(process.cwd(), out) || out}`);
