'use strict';
// The command lines the extension runs: the language server, `report` and `simulate`, each
// `java [options] -jar marshall.jar COMMAND …`. Arguments are passed as an array to spawn (no
// shell), so paths with spaces need no quoting. No `vscode` import: unit-tested with `node --test`.
const path = require('node:path');
const crypto = require('node:crypto');

/** The server jar inside the installed extension (copied there by scripts/package.js). */
function bundledJar(extensionPath) {
  return path.join(extensionPath, 'server', 'marshall.jar');
}

/**
 * JVM options, as bin/marshall gives them on the fallback runtime: Truffle needs native access
 * and Unsafe on newer JDKs (without them it prints warnings on standard error), and output is
 * never a terminal here (no colour).
 */
function jvmOptions(feature) {
  const options = [];
  if (feature >= 22) options.push('--enable-native-access=ALL-UNNAMED');
  if (feature >= 23) options.push('--sun-misc-unsafe-memory-access=allow');
  options.push(
    '-Dmarshall.stdout.tty=false',
    '-Dmarshall.stderr.tty=false',
    '-Dmarshall.runtime=fallback',
    '-Dmarshall.runtime.reason=started by the editor extension',
    '-Dpolyglot.engine.WarnInterpreterOnly=false');
  return options;
}

function marshall({ java, feature, jar }, args) {
  return { command: java, args: [...jvmOptions(feature), '-jar', jar, ...args] };
}

/** The language server over standard input and output. */
function serverCommand(runtime) {
  return marshall(runtime, ['lsp']);
}

function runOptions(runs) {
  return Number.isInteger(runs) && runs > 0 ? ['--runs', String(runs)] : [];
}

/** `report FILE --out DIR`: index.html and the other documents in DIR. */
function reportCommand(runtime, { file, outDir, runs }) {
  return marshall(runtime, ['report', file, '--out', outDir, ...runOptions(runs)]);
}

/** `simulate FILE`: the forecast as text. */
function simulateCommand(runtime, { file, runs }) {
  return marshall(runtime, ['simulate', file, ...runOptions(runs)]);
}

/**
 * The folder a file's report is written to: one per source file (so two open reports do not
 * overwrite each other), stable across runs (so a refresh rewrites it), under `base`
 * (the extension's storage or the system's temporary folder).
 */
function reportFolder(base, file) {
  const name = path.basename(file).replace(/\.marshall$/, '').replace(/[^A-Za-z0-9_-]/g, '_');
  const digest = crypto.createHash('sha256').update(path.resolve(file)).digest('hex').slice(0, 12);
  return path.join(base, `${name}-${digest}`);
}

/** A command line for the log, each argument with spaces quoted. */
function displayCommand({ command, args }) {
  return [command, ...args].map((a) => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}

module.exports = { bundledJar, jvmOptions, serverCommand, reportCommand, simulateCommand, reportFolder, displayCommand };
