'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const commands = require('../../src/commands');

const jdk25 = { java: '/opt/My JDK/bin/java', feature: 25, jar: '/home/me/.vscode/extensions/marshall 0.1.0/server/marshall.jar' };
const jdk21 = { ...jdk25, feature: 21 };

test('the bundled jar is server/marshall.jar inside the extension', () => {
  assert.equal(commands.bundledJar('/ext/marshall-0.1.0'), path.join('/ext/marshall-0.1.0', 'server', 'marshall.jar'));
});

test('the server is `java [options] -jar marshall.jar lsp`, paths kept whole', () => {
  const server = commands.serverCommand(jdk25);
  assert.equal(server.command, '/opt/My JDK/bin/java');
  assert.deepEqual(server.args.slice(-3), ['-jar', jdk25.jar, 'lsp']);
  assert.ok(server.args.includes('--enable-native-access=ALL-UNNAMED'));
  assert.ok(server.args.includes('--sun-misc-unsafe-memory-access=allow'));
});

test('JDK 21 gets no option it does not know', () => {
  const args = commands.serverCommand(jdk21).args;
  assert.ok(!args.some((a) => a.startsWith('--enable-native-access') || a.startsWith('--sun-misc')));
  assert.ok(args.indexOf('-jar') > args.indexOf('-Dmarshall.stdout.tty=false'), 'JVM options come before -jar');
});

test('report writes into the given folder, with runs only when set', () => {
  const report = commands.reportCommand(jdk25, { file: '/work/my programmes/sialkot.marshall', outDir: '/tmp/r 1' });
  assert.deepEqual(report.args.slice(report.args.indexOf('-jar')),
    ['-jar', jdk25.jar, 'report', '/work/my programmes/sialkot.marshall', '--out', '/tmp/r 1']);
  const withRuns = commands.reportCommand(jdk25, { file: 'a.marshall', outDir: 'out', runs: 200 });
  assert.deepEqual(withRuns.args.slice(-2), ['--runs', '200']);
  const zero = commands.reportCommand(jdk25, { file: 'a.marshall', outDir: 'out', runs: 0 });
  assert.ok(!zero.args.includes('--runs'));
});

test('simulate runs the file', () => {
  const simulate = commands.simulateCommand(jdk25, { file: 'x y.marshall', runs: 50 });
  assert.deepEqual(simulate.args.slice(simulate.args.indexOf('-jar')), ['-jar', jdk25.jar, 'simulate', 'x y.marshall', '--runs', '50']);
});

test('reportFolder: one stable folder per file, a readable name', () => {
  const a = commands.reportFolder('/store', '/p/sialkot.marshall');
  assert.equal(a, commands.reportFolder('/store', '/p/sialkot.marshall'));
  assert.notEqual(a, commands.reportFolder('/store', '/q/sialkot.marshall'));
  assert.match(path.basename(a), /^sialkot-[0-9a-f]{12}$/);
  assert.match(path.basename(commands.reportFolder('/store', '/p/my file.marshall')), /^my_file-/);
});

test('displayCommand quotes arguments with spaces', () => {
  assert.equal(commands.displayCommand({ command: '/opt/My JDK/bin/java', args: ['-jar', 'a.jar', 'lsp'] }),
    '"/opt/My JDK/bin/java" -jar a.jar lsp');
});
