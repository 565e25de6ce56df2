/**
 * Writes build/icon.png (512x512 RGBA), the app icon electron-builder turns into the
 * Windows .ico and the Linux icon set. Node built-ins only, so it is reproducible:
 * `node scripts/make-icon.mjs`.
 *
 * The motif: a dark blue rounded tile holding a three-column board of cards, one of
 * them amber (today's assignment board).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 512;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build/icon.png');

/** A rounded rectangle: x, y, width, height, corner radius, RGB colour. */
const rect = (x, y, w, h, r, rgb) => ({ x, y, w, h, r, rgb });
const TILE = [0x1d, 0x3f, 0x72];
const COLUMN = [0x2a, 0x55, 0x92];
const CARD = [0xf4, 0xf6, 0xf8];
const ACCENT = [0xf2, 0xa9, 0x00];

const shapes = [rect(24, 24, 464, 464, 96, TILE)];
const columns = [
  [CARD, CARD, CARD],
  [CARD, ACCENT],
  [CARD, CARD, CARD],
];
columns.forEach((cards, c) => {
  const x = 72 + c * 128;
  shapes.push(rect(x, 88, 112, 336, 20, COLUMN));
  cards.forEach((rgb, i) => shapes.push(rect(x + 12, 104 + i * 84, 88, 68, 12, rgb)));
});

/** Signed distance from a pixel centre to a rounded rectangle (negative inside). */
function distance(px, py, { x, y, w, h, r }) {
  const dx = Math.abs(px - (x + w / 2)) - (w / 2 - r);
  const dy = Math.abs(py - (y + h / 2)) - (h / 2 - r);
  return Math.hypot(Math.max(dx, 0), Math.max(dy, 0)) + Math.min(Math.max(dx, dy), 0) - r;
}

// Each row: a filter byte (0 = none) then RGBA pixels, composited shape over shape
// with one pixel of anti-aliasing at the edges.
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (const s of shapes) {
      const cover = Math.min(Math.max(0.5 - distance(px + 0.5, py + 0.5, s), 0), 1);
      if (cover === 0) continue;
      const outA = cover + a * (1 - cover);
      [r, g, b] = [0, 1, 2].map((k) => (s.rgb[k] * cover + [r, g, b][k] * a * (1 - cover)) / outA);
      a = outA;
    }
    raw.set([r, g, b, a * 255].map(Math.round), py * (SIZE * 4 + 1) + 1 + px * 4);
  }
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(
  out,
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]),
);
console.log(`Wrote ${path.relative(root, out)}`);
