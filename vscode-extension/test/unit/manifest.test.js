'use strict';
// The manifest (package.json) names files that must exist: a wrong path makes VS Code drop the
// grammar, snippets or icon without an error the user sees.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const exists = (relative) => fs.existsSync(path.join(root, relative));

test('every path of the manifest exists', () => {
  const paths = [manifest.main, manifest.icon];
  for (const language of manifest.contributes.languages) {
    paths.push(language.configuration, language.icon.light, language.icon.dark);
  }
  for (const grammar of manifest.contributes.grammars) paths.push(grammar.path);
  for (const snippet of manifest.contributes.snippets) paths.push(snippet.path);
  const missing = paths.filter((p) => !p || !exists(p));
  assert.deepEqual(missing, []);
});

test('the language, the grammar and the snippets agree', () => {
  const [language] = manifest.contributes.languages;
  assert.equal(language.id, 'marshall');
  assert.deepEqual(language.extensions, ['.marshall']);
  const [grammar] = manifest.contributes.grammars;
  assert.equal(grammar.language, 'marshall');
  const tm = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8'));
  assert.equal(tm.scopeName, grammar.scopeName);
  JSON.parse(fs.readFileSync(path.join(root, language.configuration), 'utf8'));
});

test('the icon is a PNG of at least 128 by 128 pixels (what the marketplace asks for)', () => {
  const png = fs.readFileSync(path.join(root, manifest.icon));
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a');
  assert.ok(png.readUInt32BE(16) >= 128 && png.readUInt32BE(20) >= 128);
});

test('every command the manifest declares is registered by the extension', () => {
  const source = fs.readFileSync(path.join(root, manifest.main), 'utf8');
  for (const { command } of manifest.contributes.commands) {
    assert.ok(source.includes(`registerCommand('${command}'`), `${command} is not registered in ${manifest.main}`);
  }
});

test('the setting the Java search reads is declared', () => {
  const properties = manifest.contributes.configuration.properties;
  assert.ok('marshall.java.home' in properties);
  assert.ok('marshall.server.jar' in properties);
});

test('a snippet for each declaration kind of the language', () => {
  const snippets = JSON.parse(fs.readFileSync(path.join(root, manifest.contributes.snippets[0].path), 'utf8'));
  const prefixes = new Set(Object.values(snippets).map((s) => s.prefix));
  for (const kind of ['programme', 'use', 'param', 'cluster', 'state', 'actor', 'network', 'intervention', 'each',
    'indicator', 'milestone', 'result', 'priorities', 'assumption', 'risk', 'fn', 'native', 'enum', 'allow']) {
    assert.ok(prefixes.has(kind), `no snippet for ${kind}`);
  }
});

test('language-configuration: comments and brackets of the language', () => {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
  assert.equal(config.comments.lineComment, '//');
  assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
  assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
  for (const pattern of [config.indentationRules.increaseIndentPattern, config.indentationRules.decreaseIndentPattern]) {
    new RegExp(pattern); // VS Code compiles these as JavaScript regexes
  }
  assert.match('cluster sialkot {', new RegExp(config.indentationRules.increaseIndentPattern));
  assert.match('  }', new RegExp(config.indentationRules.decreaseIndentPattern));
});
