'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { parseJavaVersion, javaExecutable, javaCandidates, findJava, noJavaMessage, probeJava } = require('../../src/java');

test('parseJavaVersion reads the version lines of common JDKs', () => {
  assert.deepEqual(parseJavaVersion('openjdk version "25.0.1" 2025-10-21 LTS\nOpenJDK Runtime Environment Temurin-25.0.1+8'),
    { version: '25.0.1', feature: 25 });
  assert.deepEqual(parseJavaVersion('java version "21" 2023-09-19 LTS'), { version: '21', feature: 21 });
  assert.deepEqual(parseJavaVersion('openjdk version "17.0.13" 2024-10-15'), { version: '17.0.13', feature: 17 });
  assert.deepEqual(parseJavaVersion('java version "1.8.0_292"'), { version: '1.8.0_292', feature: 8 });
  assert.deepEqual(parseJavaVersion('openjdk version "26-ea" 2026-03-17'), { version: '26-ea', feature: 26 });
  assert.deepEqual(parseJavaVersion('Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "22.0.2" 2024-07-16'),
    { version: '22.0.2', feature: 22 });
  // `java --version` prints no quotes.
  assert.deepEqual(parseJavaVersion('openjdk 21.0.2 2024-01-16\nOpenJDK Runtime Environment'), { version: '21.0.2', feature: 21 });
});

test('parseJavaVersion refuses output without a version', () => {
  assert.equal(parseJavaVersion(''), null);
  assert.equal(parseJavaVersion('Error: could not find libjava.so'), null);
  assert.equal(parseJavaVersion('version "abc"'), null);
});

test('javaExecutable is bin/java, bin\\java.exe on Windows', () => {
  assert.equal(javaExecutable('/opt/My JDK', 'linux'), '/opt/My JDK/bin/java');
  assert.equal(javaExecutable('C:\\Program Files\\Java\\jdk-21', 'win32'), 'C:\\Program Files\\Java\\jdk-21\\bin\\java.exe');
});

test('javaCandidates: the setting alone when it is given', () => {
  const candidates = javaCandidates({
    setting: ' /opt/jdk 25 ', env: { JAVA_HOME: '/usr/lib/jvm/x', PATH: '/usr/bin' }, platform: 'linux', exists: () => true,
  });
  assert.deepEqual(candidates, [{ java: '/opt/jdk 25/bin/java', source: 'the setting marshall.java.home' }]);
});

test('javaCandidates: JAVA_HOME, then the first java on PATH', () => {
  const present = new Set(['/home/me/my tools/bin/java', '/usr/bin/java']);
  const candidates = javaCandidates({
    setting: '', env: { JAVA_HOME: '/usr/lib/jvm/jdk-25', PATH: '/nowhere::/home/me/my tools/bin:/usr/bin' },
    platform: 'linux', exists: (f) => present.has(f),
  });
  assert.deepEqual(candidates, [
    { java: '/usr/lib/jvm/jdk-25/bin/java', source: 'JAVA_HOME' },
    { java: '/home/me/my tools/bin/java', source: 'PATH' },
  ]);
});

test('javaCandidates on Windows: Path, semicolons, quoted entries, java.exe', () => {
  const candidates = javaCandidates({
    setting: undefined, env: { Path: 'C:\\Windows;"C:\\Program Files\\Java\\jdk-21\\bin"' },
    platform: 'win32', exists: (f) => f === 'C:\\Program Files\\Java\\jdk-21\\bin\\java.exe',
  });
  assert.deepEqual(candidates, [{ java: 'C:\\Program Files\\Java\\jdk-21\\bin\\java.exe', source: 'PATH' }]);
});

test('findJava skips a Java that is too old or cannot run, and takes the next one', async () => {
  const outputs = {
    '/old/bin/java': 'openjdk version "17.0.2" 2022-01-18',
    '/usr/bin/java': 'openjdk version "25.0.1" 2025-10-21',
  };
  const found = await findJava({
    setting: '', env: { JAVA_HOME: '/old', PATH: '/usr/bin' }, platform: 'linux', exists: () => true,
    probe: async (java) => outputs[java],
  });
  assert.deepEqual(found, { ok: true, java: '/usr/bin/java', source: 'PATH', version: '25.0.1', feature: 25 });
});

test('findJava reports every candidate it tried, and the message says what to do', async () => {
  const missing = Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' });
  const found = await findJava({
    setting: '', env: { JAVA_HOME: '/gone', PATH: '/usr/bin' }, platform: 'linux', exists: () => true,
    probe: async (java) => { if (java === '/gone/bin/java') throw missing; return 'openjdk version "11.0.1"'; },
  });
  assert.equal(found.ok, false);
  assert.deepEqual(found.tried.map((t) => t.problem), ['cannot run it (no such file)', 'it is Java 11.0.1, older than 21']);
  const message = noJavaMessage(found);
  assert.match(message, /needs Java 21 or newer/);
  assert.match(message, /\/gone\/bin\/java \(from JAVA_HOME\): cannot run it \(no such file\)/);
  assert.match(message, /set marshall\.java\.home/);
});

test('findJava with nothing to try says where it looked', async () => {
  const found = await findJava({ setting: '', env: {}, platform: 'linux', exists: () => false, probe: async () => '' });
  assert.deepEqual(found, { ok: false, minimum: 21, tried: [] });
  assert.match(noJavaMessage(found), /marshall\.java\.home is empty, JAVA_HOME is not set and there is no java on PATH/);
});

test('probeJava runs a java whose path has spaces, and findJava uses it', { skip: process.platform === 'win32' }, async () => {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'marshall java test '));
  try {
    const jdk = path.join(home, 'My JDK 21');
    fs.mkdirSync(path.join(jdk, 'bin'), { recursive: true });
    const java = path.join(jdk, 'bin', 'java');
    // Like a real java: the version on standard error, and only for -version.
    fs.writeFileSync(java, '#!/bin/sh\n[ "$1" = -version ] || exit 3\necho \'openjdk version "21.0.5" 2024-10-15\' >&2\n');
    fs.chmodSync(java, 0o755);
    assert.match(await probeJava(java), /21\.0\.5/);
    const found = await findJava({
      setting: jdk, env: {}, platform: process.platform, exists: fs.existsSync, probe: probeJava,
    });
    assert.deepEqual(found, { ok: true, java, source: 'the setting marshall.java.home', version: '21.0.5', feature: 21 });
    const notThere = await findJava({
      setting: path.join(home, 'nothing here'), env: {}, platform: process.platform, exists: fs.existsSync, probe: probeJava,
    });
    assert.equal(notThere.ok, false);
    assert.match(notThere.tried[0].problem, /cannot run it \(no such file\)/);
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
});

test('probeJava on the real JDK of JAVA_HOME', { skip: !process.env.JAVA_HOME && 'JAVA_HOME is not set' }, async () => {
  const java = javaExecutable(process.env.JAVA_HOME);
  const parsed = parseJavaVersion(await probeJava(java));
  assert.ok(parsed && parsed.feature >= 8, `no version read from ${java}`);
});
