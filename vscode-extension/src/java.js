'use strict';
// Finding a Java runtime for the Marshall language server and commands: from the setting
// `marshall.java.home`, then JAVA_HOME, then the `java` on PATH. The version is asked from the
// candidate itself (`java -version`), since a JAVA_HOME or PATH entry says nothing about it.
// No `vscode` import: everything that touches the machine (does a file exist, run java) is
// passed in, so that the logic is unit-tested with `node --test`.
const path = require('node:path');
const { execFile } = require('node:child_process');

/** The oldest Java feature release Marshall runs on (the project builds with --release 21). */
const MINIMUM_JAVA = 21;

/**
 * The version printed by `java -version` (or `java --version`): `openjdk version "25.0.1" …`,
 * `java version "1.8.0_292"`, `openjdk 21.0.2 2024-01-16`. Returns { version, feature } or null.
 */
function parseJavaVersion(output) {
  const text = String(output);
  const quoted = /\bversion\s+"([^"]+)"/.exec(text);
  const bare = quoted ? null : /^(?:openjdk|java)\s+(\d[\w.+-]*)/m.exec(text);
  const version = quoted ? quoted[1] : bare ? bare[1] : null;
  if (!version) return null;
  const numbers = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!numbers) return null;
  // Up to Java 8 the feature release was the second number ("1.8.0_292" is Java 8).
  const feature = numbers[1] === '1' && numbers[2] !== undefined ? Number(numbers[2]) : Number(numbers[1]);
  return { version, feature };
}

/** The java executable of a JDK or JRE home folder. */
function javaExecutable(home, platform = process.platform) {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  return paths.join(home, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

/**
 * Where to look, in order. A non-empty setting is the only candidate: a setting that points at
 * the wrong place must be reported, not silently replaced by another Java.
 * `exists(file)` says whether a file exists (for the PATH search).
 */
function javaCandidates({ setting, env = {}, platform = process.platform, exists }) {
  const home = typeof setting === 'string' ? setting.trim() : '';
  if (home) return [{ java: javaExecutable(home, platform), source: 'the setting marshall.java.home' }];
  const candidates = [];
  if (env.JAVA_HOME && env.JAVA_HOME.trim()) {
    candidates.push({ java: javaExecutable(env.JAVA_HOME.trim(), platform), source: 'JAVA_HOME' });
  }
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const name = platform === 'win32' ? 'java.exe' : 'java';
  const pathVariable = platform === 'win32' ? env.Path || env.PATH || '' : env.PATH || '';
  for (const dir of pathVariable.split(paths.delimiter)) {
    // Windows PATH entries may be quoted (they may hold spaces and the delimiter).
    const folder = dir.replace(/^"(.*)"$/, '$1');
    if (!folder) continue;
    const java = paths.join(folder, name);
    if (exists(java)) {
      candidates.push({ java, source: 'PATH' });
      break; // the one a shell would run
    }
  }
  return candidates;
}

/**
 * The first candidate whose `java -version` says `minimum` or newer.
 * `probe(java)` resolves to the output of `java -version` or rejects when it cannot run.
 * Resolves to { ok: true, java, version, feature, source }
 * or { ok: false, minimum, tried: [{ java, source, problem }] }.
 */
async function findJava({ setting, env, platform, exists, probe, minimum = MINIMUM_JAVA }) {
  const tried = [];
  for (const candidate of javaCandidates({ setting, env, platform, exists })) {
    let output;
    try {
      output = await probe(candidate.java);
    } catch (error) {
      tried.push({ ...candidate, problem: `cannot run it (${describeError(error)})` });
      continue;
    }
    const parsed = parseJavaVersion(output);
    if (!parsed) {
      tried.push({ ...candidate, problem: 'its version could not be read from `java -version`' });
    } else if (parsed.feature < minimum) {
      tried.push({ ...candidate, problem: `it is Java ${parsed.version}, older than ${minimum}` });
    } else {
      return { ok: true, ...candidate, ...parsed };
    }
  }
  return { ok: false, minimum, tried };
}

/** The message shown when no suitable Java was found: what was tried and what to do. */
function noJavaMessage(result) {
  const lines = [`Marshall needs Java ${result.minimum} or newer, and none was found.`];
  if (result.tried.length === 0) {
    lines.push('The setting marshall.java.home is empty, JAVA_HOME is not set and there is no java on PATH.');
  } else {
    for (const t of result.tried) lines.push(`${t.java} (from ${t.source}): ${t.problem}.`);
  }
  lines.push(`Install a JDK ${result.minimum} or newer (JDK 25 recommended) and set marshall.java.home to its folder.`);
  return lines.join(' ');
}

function describeError(error) {
  if (error && error.code === 'ENOENT') return 'no such file';
  if (error && error.code === 'EACCES') return 'not executable';
  if (error && error.killed) return 'it did not answer in time';
  return error && error.message ? error.message.split('\n')[0] : String(error);
}

/** Runs `java -version` (no shell: paths with spaces need no quoting) and resolves to its output. */
function probeJava(java, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    execFile(java, ['-version'], { timeout: timeoutMs, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(error);
      else resolve(`${stderr}${stdout}`);
    });
  });
}

module.exports = { MINIMUM_JAVA, parseJavaVersion, javaExecutable, javaCandidates, findJava, noJavaMessage, probeJava };
