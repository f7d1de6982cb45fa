'use strict';
// Every regular expression of the TextMate grammar compiles with Oniguruma, the engine VS Code
// uses (a JavaScript RegExp accepts a different language: lookbehinds, \h, possessive quantifiers).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const oniguruma = require('vscode-oniguruma');

const grammarFile = path.join(__dirname, '..', '..', 'syntaxes', 'marshall.tmLanguage.json');

/** Every match/begin/end/while of the grammar, with where it is. */
function regexesOf(node, where, found) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => regexesOf(item, `${where}[${i}]`, found));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') {
        found.push({ where: `${where}.${key}`, source: value });
      } else {
        regexesOf(value, `${where}.${key}`, found);
      }
    }
  }
  return found;
}

test('every regex of the grammar compiles with vscode-oniguruma', async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const regexes = regexesOf(JSON.parse(fs.readFileSync(grammarFile, 'utf8')), '$', []);
  assert.ok(regexes.length > 50, `only ${regexes.length} regexes found`);
  const failures = [];
  for (const { where, source } of regexes) {
    try {
      const scanner = new oniguruma.OnigScanner([source]);
      const text = new oniguruma.OnigString('cluster sialkot { trust += 0.02 * (1 - trust) } // 12% 40_000 EUR');
      scanner.findNextMatchSync(text, 0); // must not throw
      text.dispose();
      scanner.dispose();
    } catch (error) {
      failures.push(`${where}: ${source}: ${error.message}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('the checker itself refuses a broken regex (the test can fail)', async () => {
  assert.throws(() => new oniguruma.OnigScanner(['(unclosed']));
});

test('every #include of the grammar names a repository entry', () => {
  const grammar = JSON.parse(fs.readFileSync(grammarFile, 'utf8'));
  const includes = [];
  (function walk(node) {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.include === 'string') includes.push(node.include);
      Object.values(node).forEach(walk);
    }
  })(grammar);
  const unknown = includes.filter((i) => i.startsWith('#') && !(i.slice(1) in grammar.repository));
  assert.deepEqual(unknown, []);
  const used = new Set(includes.map((i) => i.slice(1)));
  assert.deepEqual(Object.keys(grammar.repository).filter((name) => !used.has(name)), [], 'unused repository entries');
});
