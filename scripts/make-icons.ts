/**
 * Draws the app's icons (public/icons/icon-192.png, icon-512.png, icon-maskable-512.png): a
 * place circle with dots around it, as the map draws a place, on the basemap's sea colour.
 * PNG written with node:zlib, no image library. Run once: `npx tsx scripts/make-icons.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const SEA = [0xc9, 0xdb, 0xe6];
const PLACE = [0x0b, 0x57, 0xd0];
const DOTS = [
  [0xe6, 0x9f, 0x00],
  [0xb2, 0x18, 0x2b],
  [0x00, 0x9e, 0x73],
  [0x33, 0x22, 0x88],
  [0xcc, 0x66, 0x77],
];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** An RGB image of `size` pixels square; `safe` shrinks the drawing into a maskable safe zone. */
function draw(size: number, safe: number): Buffer {
  const rows: Buffer[] = [];
  const c = size / 2;
  const scale = safe * size;
  const dots = DOTS.map((color, k) => {
    const a = k * 2.39996 - Math.PI / 2;
    return { x: c + 0.3 * scale * Math.cos(a), y: c + 0.3 * scale * Math.sin(a), color };
  });
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      let px = SEA;
      if (Math.hypot(x - c, y - c) < 0.17 * scale) px = PLACE;
      for (const d of dots) {
        const r = Math.hypot(x - d.x, y - d.y);
        if (r < 0.075 * scale) px = r > 0.06 * scale ? [255, 255, 255] : d.color;
      }
      row.set(px, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const [name, size, safe] of [
  ['icon-192.png', 192, 1],
  ['icon-512.png', 512, 1],
  ['icon-maskable-512.png', 512, 0.8],
] as const)
  fs.writeFileSync(path.join(ROOT, 'public/icons', name), draw(size, safe));
