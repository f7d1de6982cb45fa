'use strict';
// The Marshall extension: starts the language server (`marshall lsp` over stdio) with a Java 21+
// and adds two commands, "Marshall: Open report" (the donor report in a webview, refreshed on
// save) and "Marshall: Simulate" (the forecast in an output channel). The decisions — which Java,
// which command line — live in java.js and commands.js, tested without VS Code; this file is
// the glue to the editor.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { findJava, noJavaMessage, probeJava } = require('./java');
const commands = require('./commands');

let client;
let log;
const reports = new Map(); // file -> { panel, folder, running, again }

async function activate(context) {
  log = vscode.window.createOutputChannel('Marshall');
  const simulation = vscode.window.createOutputChannel('Marshall Simulate');
  context.subscriptions.push(log, simulation,
    vscode.commands.registerCommand('marshall.openReport', () => openReport(context)),
    vscode.commands.registerCommand('marshall.simulate', () => simulate(context, simulation)),
    vscode.commands.registerCommand('marshall.restartServer', () => restartServer(context)),
    vscode.workspace.onDidSaveTextDocument((document) =>
      (reports.has(document.uri.fsPath) ? refreshReport(context, document.uri.fsPath) : undefined)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('marshall.java.home') || event.affectsConfiguration('marshall.server.jar')) {
        restartServer(context);
      }
    }));
  await startServer(context);
}

async function deactivate() {
  if (client) await client.stop().catch(() => undefined);
}

/** The Java and jar to run Marshall with, or undefined after telling the user what is missing. */
async function runtime(context) {
  const settings = vscode.workspace.getConfiguration('marshall');
  const jar = settings.get('server.jar') || commands.bundledJar(context.extensionPath);
  if (!fs.existsSync(jar)) {
    showError(`The Marshall jar ${jar} does not exist. Reinstall the extension, or set marshall.server.jar to a built cli/target/marshall.jar.`, 'marshall.server.jar');
    return undefined;
  }
  const found = await findJava({
    setting: settings.get('java.home'),
    env: process.env,
    platform: process.platform,
    exists: (file) => { try { return fs.statSync(file).isFile(); } catch { return false; } },
    probe: probeJava,
  });
  if (!found.ok) {
    showError(noJavaMessage(found), 'marshall.java.home');
    return undefined;
  }
  log.appendLine(`Java ${found.version} at ${found.java} (from ${found.source}); jar ${jar}`);
  return { java: found.java, feature: found.feature, jar };
}

function showError(message, setting) {
  log.appendLine(message);
  vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
    if (choice) vscode.commands.executeCommand('workbench.action.openSettings', setting);
  });
}

async function startServer(context) {
  const java = await runtime(context);
  if (!java) return;
  const server = commands.serverCommand(java);
  log.appendLine(`Starting the language server: ${commands.displayCommand(server)}`);
  const executable = { command: server.command, args: server.args, transport: TransportKind.stdio };
  client = new LanguageClient('marshall', 'Marshall', { run: executable, debug: executable }, {
    documentSelector: [{ language: 'marshall', scheme: 'file' }, { language: 'marshall', scheme: 'untitled' }],
    outputChannel: log,
  });
  try {
    await client.start();
  } catch (error) {
    const message = `The Marshall language server did not start (${error && error.message ? error.message : error}); highlighting and the commands still work. Details are in the Marshall output.`;
    log.appendLine(message);
    vscode.window.showWarningMessage(message);
  }
}

async function restartServer(context) {
  if (client) {
    const old = client;
    client = undefined;
    await old.stop().catch(() => undefined);
  }
  await startServer(context);
}

/** The saved Marshall file of the active editor, or undefined after saying why not. */
async function activeFile() {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'marshall') {
    vscode.window.showErrorMessage('Open a .marshall file first.');
    return undefined;
  }
  if (editor.document.isUntitled || editor.document.uri.scheme !== 'file') {
    vscode.window.showErrorMessage('Save the programme to a file first.');
    return undefined;
  }
  if (editor.document.isDirty && !(await editor.document.save())) return undefined;
  return editor.document.uri.fsPath;
}

/** Runs Marshall; lines of output go to `sink`. Resolves to the exit code. */
function run(command, cwd, sink) {
  return new Promise((resolve) => {
    const child = spawn(command.command, command.args, { cwd, windowsHide: true });
    child.stdout.setEncoding('utf8').on('data', (text) => sink(text));
    child.stderr.setEncoding('utf8').on('data', (text) => sink(text));
    child.on('error', (error) => { sink(`${error.message}\n`); resolve(-1); });
    child.on('close', (code) => resolve(code === null ? -1 : code));
  });
}

async function simulate(context, channel) {
  const file = await activeFile();
  if (!file) return;
  const java = await runtime(context);
  if (!java) return;
  const runs = vscode.workspace.getConfiguration('marshall').get('simulate.runs');
  const command = commands.simulateCommand(java, { file, runs });
  channel.clear();
  channel.show(true);
  channel.appendLine(`$ ${commands.displayCommand(command)}`);
  const code = await run(command, path.dirname(file), (text) => channel.append(text));
  channel.appendLine(code === 0 ? '' : `Marshall stopped with exit code ${code}.`);
}

async function openReport(context) {
  const file = await activeFile();
  if (!file) return;
  let report = reports.get(file);
  if (!report) {
    const base = context.globalStorageUri ? context.globalStorageUri.fsPath : os.tmpdir();
    const folder = commands.reportFolder(path.join(base, 'reports'), file);
    // The report is one self-contained page without scripts (its own CSP forbids them), so the
    // webview runs none either.
    const panel = vscode.window.createWebviewPanel('marshall.report', `Report: ${path.basename(file)}`,
      vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [vscode.Uri.file(folder)] });
    report = { panel, folder, running: false, again: false };
    reports.set(file, report);
    panel.onDidDispose(() => reports.delete(file));
    panel.webview.html = page('Writing the report…');
  } else {
    report.panel.reveal(undefined, true);
  }
  await refreshReport(context, file);
}

/** Writes the report again and shows it; a save during a run asks for one more run after it. */
async function refreshReport(context, file) {
  const report = reports.get(file);
  if (!report) return;
  if (report.running) {
    report.again = true;
    return;
  }
  report.running = true;
  try {
    do {
      report.again = false;
      const java = await runtime(context);
      if (!java) return;
      const runs = vscode.workspace.getConfiguration('marshall').get('simulate.runs');
      const command = commands.reportCommand(java, { file, outDir: report.folder, runs });
      let output = '';
      log.appendLine(`$ ${commands.displayCommand(command)}`);
      const code = await run(command, path.dirname(file), (text) => { output += text; log.append(text); });
      if (!reports.has(file)) return; // closed meanwhile
      const index = path.join(report.folder, 'index.html');
      if (code === 0 && fs.existsSync(index)) {
        report.panel.webview.html = fs.readFileSync(index, 'utf8');
      } else {
        report.panel.webview.html = page(`Marshall could not write the report (exit code ${code}):`, output);
      }
    } while (report.again);
  } finally {
    report.running = false;
  }
}

function page(title, details = '') {
  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head>`
    + `<body><p>${escape(title)}</p>${details ? `<pre>${escape(details)}</pre>` : ''}</body></html>`;
}

module.exports = { activate, deactivate };
