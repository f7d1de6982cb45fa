'use strict';
// The packaged extension (made by `npm run package` just before this test): the .vsix holds the
// server jar that was built, the grammar and the client with its dependencies, and nothing of the
// tests. (extension.test.js runs the bundled jar through the extension's commands.)
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `marshall-${manifest.version}.vsix`);
const builtJar = path.join(root, '..', 'cli', 'target', 'marshall.jar');

/** The entries of a zip file, read from its central directory: name -> { size, crc }. */
function zipEntries(file) {
  const zip = fs.readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, `${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'central directory entry');
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, { crc: zip.readUInt32LE(offset + 16), size: zip.readUInt32LE(offset + 24) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function crc32(bytes) {
  if (zlib.crc32) return zlib.crc32(bytes);
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

test('the .vsix holds the built server jar, the grammar and the client', () => {
  const entries = zipEntries(vsix);
  for (const name of ['extension/package.json', 'extension/syntaxes/marshall.tmLanguage.json',
    'extension/language-configuration.json', 'extension/snippets/marshall.json', 'extension/images/icon.png',
    'extension/src/extension.js', 'extension/src/java.js', 'extension/src/commands.js',
    'extension/node_modules/vscode-languageclient/package.json', 'extension.vsixmanifest']) {
    assert.ok(entries.has(name), `${name} is missing from ${path.basename(vsix)}`);
  }
  const jar = entries.get('extension/server/marshall.jar');
  assert.ok(jar, 'the server jar is missing');
  const built = fs.readFileSync(builtJar);
  assert.equal(jar.size, built.length, 'the bundled jar is not the one built');
  assert.equal(jar.crc, crc32(built), 'the bundled jar is not the one built');
  const strays = [...entries.keys()].filter((name) => /^extension\/(test|scripts)\//.test(name) || name.endsWith('.vsix'));
  assert.deepEqual(strays, []);
});
