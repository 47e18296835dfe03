// Draws media/icon.png (128×128): a plan page with a budget table and a check mark on a blue tile.
// Uses only Node built-ins (zlib for the PNG); run `node scripts/make-icon.mjs` after changing it.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges

/** Signed distance from (x, y) to a rounded rectangle; negative inside. */
function roundRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.max(left + radius - x, 0, x - (right - radius));
  const cy = Math.max(top + radius - y, 0, y - (bottom - radius));
  const outside = Math.hypot(cx, cy) - radius;
  const inside = Math.max(left - x, x - right, top - y, y - bottom);
  return cx > 0 || cy > 0 ? outside : inside;
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The colour [r, g, b, a] at a point, painted back to front. */
function paint(x, y) {
  let color = [0, 0, 0, 0];
  const over = (c) => (color = c);
  if (roundRect(x, y, 4, 4, 124, 124, 24) <= 0) over([24, 92, 160, 255]); // tile
  if (roundRect(x, y, 26, 16, 94, 108, 6) <= 0) over([250, 250, 247, 255]); // page
  if (roundRect(x, y, 34, 28, 86, 36, 2) <= 0) over([24, 92, 160, 255]); // title bar
  // the budget table: three rows of a name cell and an amount cell
  for (const top of [44, 56, 68]) {
    if (roundRect(x, y, 34, top, 62, top + 7, 1.5) <= 0) over([150, 170, 190, 255]);
    if (roundRect(x, y, 66, top, 86, top + 7, 1.5) <= 0) over([150, 170, 190, 255]);
  }
  // a total row underlined with an error squiggle
  if (roundRect(x, y, 34, 84, 62, 91, 1.5) <= 0) over([150, 170, 190, 255]);
  if (x >= 34 && x <= 66 && Math.abs(y - (96 + 2 * Math.sin((x - 34) / 2))) <= 1.4) {
    over([210, 50, 40, 255]);
  }
  // the check badge
  if (Math.hypot(x - 92, y - 92) <= 26) over([255, 255, 255, 255]);
  if (Math.hypot(x - 92, y - 92) <= 22) over([46, 160, 90, 255]);
  if (Math.min(segment(x, y, 80, 93, 89, 102), segment(x, y, 89, 102, 105, 83)) <= 4) {
    over([255, 255, 255, 255]);
  }
  return color;
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = paint(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        // premultiplied, so transparent samples do not darken the edges
        for (let i = 0; i < 3; i++) sum[i] += (c[i] * c[3]) / 255;
        sum[3] += c[3];
      }
    }
    const n = SS * SS;
    const alpha = sum[3] / n;
    for (let i = 0; i < 3; i++) {
      row[1 + px * 4 + i] = alpha ? Math.round((sum[i] / n / alpha) * 255) : 0;
    }
    row[1 + px * 4 + 3] = Math.round(alpha);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../media/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${png.length} bytes)`);
