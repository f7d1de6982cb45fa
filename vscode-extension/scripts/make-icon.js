#!/usr/bin/env node
// Draws the extension's icon (images/icon.png, 128×128): a white "M" whose right stroke rises
// like a forecast towards an amber milestone dot, on a dark blue rounded square. Plain Node
// (zlib for the PNG), so the icon can be remade anywhere: `npm run icon`.
'use strict';
const fs = require('node:fs');
const zlib = require('node:zlib');

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

const background = [31, 78, 121];
const ink = [255, 255, 255];
const milestone = [242, 169, 0];

// The M as a polyline in a 128 grid, stroked with a round pen.
const stroke = [[26, 100], [26, 34], [58, 74], [90, 40]];
const penRadius = 9;
const dot = { x: 100, y: 28, r: 13 };

function insideRoundedSquare(x, y) {
  const radius = 24;
  const cx = Math.min(Math.max(x, radius), SIZE - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (Math.hypot(x - dot.x, y - dot.y) <= dot.r) return milestone;
  for (let i = 0; i + 1 < stroke.length; i++) {
    if (distanceToSegment(x, y, stroke[i], stroke[i + 1]) <= penRadius) return ink;
  }
  return background;
}

const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  raw[y * (1 + SIZE * 4)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (c) { sum[0] += c[0]; sum[1] += c[1]; sum[2] += c[2]; sum[3] += 255; }
      }
    }
    const n = SAMPLES * SAMPLES;
    const covered = sum[3] / 255;
    const offset = y * (1 + SIZE * 4) + 1 + x * 4;
    for (let k = 0; k < 3; k++) raw[offset + k] = covered ? Math.round(sum[k] / covered) : 0;
    raw[offset + 3] = Math.round(sum[3] / n);
  }
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32 ? zlib.crc32(body) : crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from('89504e470d0a1a0a', 'hex'),
  chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = process.argv[2] || 'images/icon.png';
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
