/**
 * Draws the extension's icon (a lens over a document, EU blue) at the sizes the
 * stores and browsers ask for, as PNG, with no image library: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE: [number, number, number, number] = [0, 68, 148, 255];
const GOLD: [number, number, number, number] = [255, 204, 0, 255];
const WHITE: [number, number, number, number] = [255, 255, 255, 255];
const CLEAR: [number, number, number, number] = [0, 0, 0, 0];

function icon(size: number): Buffer {
  const s = size / 128;
  return png(size, (px, py) => {
    const x = (px + 0.5) / s;
    const y = (py + 0.5) / s;
    // Rounded square background.
    const r = 24;
    const cx = Math.min(Math.max(x, r), 128 - r);
    const cy = Math.min(Math.max(y, r), 128 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
    // Lens ring and handle.
    const d = Math.hypot(x - 54, y - 54);
    if (d >= 26 && d <= 36) return GOLD;
    const along = (x - 54 + (y - 54)) / Math.SQRT2;
    const across = Math.abs(x - 54 - (y - 54)) / Math.SQRT2;
    if (along > 36 && along < 74 && across < 8) return GOLD;
    // Text lines inside the lens.
    if (d < 26 && [44, 54, 64].some((ly) => Math.abs(y - ly) < 2.5) && Math.abs(x - 54) < 16) return WHITE;
    return BLUE;
  });
}

const out = join(import.meta.dirname, '..', 'public', 'icon');
for (const size of [16, 32, 48, 128]) writeFileSync(join(out, `${size}.png`), icon(size));
console.log(`icons written to ${out}`);
