#!/usr/bin/env node
/**
 * Draws the toolbar icons (popup/icons/icon-{16,32,48,128}.png): an envelope on a blue tile with
 * a red "returned" badge. Drawn from geometry rather than shipped as a design file so that every
 * size is crisp; run it again after changing the shapes. No dependencies: a tiny PNG encoder.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

const blue = [26, 95, 180, 255];
const white = [255, 255, 255, 255];
const red = [179, 38, 30, 255];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function nearSegment(x, y, ax, ay, bx, by, w) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= w * w;
}

/** Colour at a point of the unit square, or null for transparent. */
function shade(x, y) {
  // Badge: red disc with a white "!" (drawn last, on top).
  const bx = 0.76, by = 0.76, br = 0.22;
  const inBadge = (x - bx) ** 2 + (y - by) ** 2 <= br * br;
  if (inBadge) {
    const bang = (Math.abs(x - bx) < 0.03 && y > by - 0.13 && y < by + 0.04) || (x - bx) ** 2 + (y - by - 0.1) ** 2 < 0.035 ** 2;
    return bang ? white : red;
  }
  if ((x - bx) ** 2 + (y - by) ** 2 <= (br + 0.04) ** 2) return null; // a gap around the badge
  if (!roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  // Envelope: white body with the flap's V in blue.
  const e = { x0: 0.16, y0: 0.26, x1: 0.84, y1: 0.72 };
  if (x >= e.x0 && x <= e.x1 && y >= e.y0 && y <= e.y1) {
    const flap = nearSegment(x, y, e.x0 + 0.02, e.y0 + 0.02, 0.5, 0.52, 0.045) || nearSegment(x, y, e.x1 - 0.02, e.y0 + 0.02, 0.5, 0.52, 0.045);
    return flap ? blue : white;
  }
  return blue;
}

function png(size) {
  const ss = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
          acc[3] += c[3];
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const a = acc[3] / (ss * ss);
      for (let i = 0; i < 3; i++) raw[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('popup/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`popup/icons/icon-${size}.png`, png(size));
console.log('icons written to popup/icons/');
