// Draws the add-in's icons (a rising bar chart under a female symbol, in the brand colours) as PNGs
// at their real sizes, with node's zlib only, so no image package is needed. Run: node scripts/make-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const BRAND = [123, 45, 142]; // purple background
const BAR = [255, 255, 255];
const SYMBOL = [255, 196, 228]; // pink female symbol
const SIZES = [16, 32, 64, 80];
const SAMPLES = 4; // supersampling per axis, for smooth edges

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Colour of a point (u, v in 0..1 of the icon), or null when transparent. */
function paint(u, v, size) {
  // Rounded square background.
  const r = 0.18;
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return null;
  // Three rising bars; the middle one is the share of women.
  const bars = [
    [0.18, 0.34, 0.62],
    [0.42, 0.58, 0.45],
    [0.66, 0.82, 0.3],
  ];
  for (const [x0, x1, top] of bars) if (u >= x0 && u <= x1 && v >= top && v <= 0.84) return BAR;
  // Female symbol (ring and cross) at the top left, only where it can be seen (32 px and up).
  if (size >= 32) {
    const cx = 0.3;
    const cy = 0.24;
    const d = Math.hypot(u - cx, v - cy);
    if (d >= 0.08 && d <= 0.125) return SYMBOL;
    if (Math.abs(u - cx) <= 0.022 && v >= cy + 0.12 && v <= cy + 0.3) return SYMBOL;
    if (Math.abs(v - (cy + 0.22)) <= 0.022 && Math.abs(u - cx) <= 0.08) return SYMBOL;
  }
  return BRAND;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let rr = 0, gg = 0, bb = 0, aa = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = paint((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          rr += c[0];
          gg += c[1];
          bb += c[2];
          aa += 1;
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      if (aa > 0) {
        raw[o] = Math.round(rr / aa);
        raw[o + 1] = Math.round(gg / aa);
        raw[o + 2] = Math.round(bb / aa);
      }
      raw[o + 3] = Math.round((255 * aa) / (SAMPLES * SAMPLES));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  writeFileSync(join(assets, `icon-${size}.png`), png(size));
  console.log(`assets/icon-${size}.png`);
}
