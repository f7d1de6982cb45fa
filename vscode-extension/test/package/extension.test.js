'use strict';
// The extension's glue (src/extension.js) driven without VS Code: a stand-in for the `vscode`
// module records what the extension asks of the editor, and a stand-in language client records
// how the server would be started. Runs after packaging, on the jar bundled in server/; the
// report and simulation are real runs of that jar with the JDK of JAVA_HOME.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');
const { spawnSync } = require('node:child_process');
const { javaExecutable, parseJavaVersion } = require('../../src/java');

const root = path.join(__dirname, '..', '..');
const jar = path.join(root, 'server', 'marshall.jar');

/** A fresh extension module wired to a stand-in editor; returns the module and what it recorded. */
function loadExtension({ settings = {}, clientStarts = true } = {}) {
  const seen = { errors: [], warnings: [], commands: new Map(), panels: [], saved: [], clients: [], channels: [] };
  const channel = (name) => {
    const c = { name, text: '', append(t) { c.text += t; }, appendLine(t) { c.text += `${t}\n`; }, clear() { c.text = ''; }, show() {}, dispose() {} };
    seen.channels.push(c);
    return c;
  };
  const disposable = { dispose() {} };
  const vscode = {
    window: {
      activeTextEditor: undefined,
      createOutputChannel: channel,
      showErrorMessage: async (message) => { seen.errors.push(message); return undefined; },
      showWarningMessage: async (message) => { seen.warnings.push(message); return undefined; },
      createWebviewPanel: (type, title, column, options) => {
        const panel = { type, title, options, webview: { html: '' }, reveal() {}, onDidDispose: () => disposable };
        seen.panels.push(panel);
        return panel;
      },
    },
    workspace: {
      getConfiguration: () => ({ get: (key) => settings[key] }),
      onDidSaveTextDocument: (listener) => { seen.saved.push(listener); return disposable; },
      onDidChangeConfiguration: () => disposable,
    },
    commands: {
      registerCommand: (id, callback) => { seen.commands.set(id, callback); return disposable; },
      executeCommand: async () => undefined,
    },
    Uri: { file: (fsPath) => ({ fsPath, scheme: 'file' }) },
    ViewColumn: { Beside: -2 },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions });
      seen.clients.push(this);
    }
    async start() { if (!clientStarts) throw new Error('the server exited with code 2'); }
    async stop() {}
  }
  const stand_ins = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } } };
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request in stand_ins ? stand_ins[request] : load.call(this, request, ...rest);
  };
  try {
    const file = require.resolve('../../src/extension');
    delete require.cache[file];
    return { extension: require(file), vscode, seen };
  } finally {
    Module._load = load;
  }
}

function context(storage) {
  return { extensionPath: root, subscriptions: [], globalStorageUri: { fsPath: storage } };
}

test('all commands are registered, and a missing jar is reported clearly', async () => {
  const { extension, seen } = loadExtension({ settings: { 'server.jar': '/no/such/marshall.jar' } });
  await extension.activate(context(os.tmpdir()));
  assert.deepEqual([...seen.commands.keys()].sort(), ['marshall.openReport', 'marshall.restartServer', 'marshall.simulate']);
  assert.equal(seen.clients.length, 0);
  assert.match(seen.errors[0], /The Marshall jar \/no\/such\/marshall\.jar does not exist/);
});

test('no suitable Java: the message names what was tried', async () => {
  const { extension, seen } = loadExtension({ settings: { 'java.home': '/no/such jdk' } });
  await extension.activate(context(os.tmpdir()));
  assert.equal(seen.clients.length, 0);
  assert.match(seen.errors[0], /needs Java 21 or newer/);
  assert.match(seen.errors[0], /\/no\/such jdk\/bin\/java \(from the setting marshall\.java\.home\): cannot run it/);
});

const javaHome = process.env.JAVA_HOME;
const feature = javaHome && (() => {
  const run = spawnSync(javaExecutable(javaHome), ['-version'], { encoding: 'utf8' });
  const parsed = parseJavaVersion(`${run.stderr}${run.stdout}`);
  return parsed ? parsed.feature : 0;
})();
const noJava = !javaHome ? 'JAVA_HOME is not set' : feature < 21 ? `JAVA_HOME is Java ${feature}` : !fs.existsSync(jar) ? 'no bundled jar (npm run package)' : false;

test('the server is started as `java … -jar server/marshall.jar lsp` over stdio', { skip: noJava }, async () => {
  const { extension, seen } = loadExtension({ settings: { 'java.home': javaHome } });
  await extension.activate(context(os.tmpdir()));
  assert.deepEqual(seen.errors, []);
  const [client] = seen.clients;
  assert.equal(client.serverOptions.run.command, javaExecutable(javaHome));
  assert.deepEqual(client.serverOptions.run.args.slice(-3), ['-jar', jar, 'lsp']);
  assert.equal(client.serverOptions.run.transport, 0);
  assert.deepEqual(client.clientOptions.documentSelector.map((s) => s.language), ['marshall', 'marshall']);
});

test('a server that does not start leaves a warning, not a failed activation', { skip: noJava }, async () => {
  const { extension, seen } = loadExtension({ settings: { 'java.home': javaHome }, clientStarts: false });
  await extension.activate(context(os.tmpdir()));
  assert.match(seen.warnings[0], /language server did not start \(the server exited with code 2\); highlighting and the commands still work/);
});

test('Open report shows index.html and refreshes it on save; Simulate prints the forecast', { skip: noJava }, async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'marshall extension test '));
  try {
    const file = path.join(work, 'my programme.marshall');
    fs.copyFileSync(path.join(root, '..', 'examples', 'sialkot.marshall'), file);
    const { extension, vscode, seen } = loadExtension({ settings: { 'java.home': javaHome, 'simulate.runs': 20 } });
    await extension.activate(context(path.join(work, 'storage')));
    const document = { languageId: 'marshall', isUntitled: false, isDirty: false, uri: { scheme: 'file', fsPath: file } };
    vscode.window.activeTextEditor = { document };

    await seen.commands.get('marshall.openReport')();
    assert.deepEqual(seen.errors, []);
    const [panel] = seen.panels;
    assert.equal(panel.title, 'Report: my programme.marshall');
    assert.equal(panel.options.enableScripts, false, 'the report is a page without scripts');
    assert.match(panel.webview.html, /Sialkot surgical instruments: collective efficiency/);

    const text = fs.readFileSync(file, 'utf8').replace('"Sialkot surgical instruments: collective efficiency"', '"Sialkot, saved again"');
    fs.writeFileSync(file, text);
    await Promise.all(seen.saved.map((listener) => listener(document)));
    assert.match(panel.webview.html, /Sialkot, saved again/);

    fs.writeFileSync(file, text.replace('lead     = cda', 'lead     = nobody'));
    await Promise.all(seen.saved.map((listener) => listener(document)));
    assert.match(panel.webview.html, /Marshall could not write the report \(exit code 1\)/);
    assert.match(panel.webview.html, /nobody/, 'the diagnostics are shown in the panel');

    fs.writeFileSync(file, text);
    await seen.commands.get('marshall.simulate')();
    const simulation = seen.channels.find((c) => c.name === 'Marshall Simulate');
    assert.match(simulation.text, /20 runs/);
    assert.match(simulation.text, /quick_win/);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
