// Draws Kanalvagt's mark (a white envelope on a municipal-blue tile, guarded by a gold shield with a check) into
// assets/icon-<size>.png. Each size is rendered from the vector shapes, not scaled from another size, so small icons
// stay crisp: strokes never get thinner than about a pixel, and 16 px drops the check that would only be a smudge.
// Run `node scripts/make-icons.mjs` after changing the drawing and commit the PNGs.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pngjs from "pngjs";

const SIZES = [16, 32, 64, 80, 128];
const SUBSAMPLES = 8; // 8×8 samples per pixel: smooth edges without visible banding.

const BLUE = [11, 79, 140]; // #0B4F8C: white on it is 8:1, gold on it 5:1.
const WHITE = [255, 255, 255];
const GOLD = [255, 194, 14]; // #FFC20E

const assetsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function distanceToPath(px, py, points, closed) {
  let best = Infinity;
  const last = closed ? points.length : points.length - 1;
  for (let i = 0; i < last; i++) {
    best = Math.min(best, distanceToSegment(px, py, points[i], points[(i + 1) % points.length]));
  }
  return best;
}

function insidePolygon(px, py, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const roundedRect = (x0, y0, x1, y1, r) => (px, py) => {
  const qx = Math.max(x0 + r - px, 0, px - (x1 - r));
  const qy = Math.max(y0 + r - py, 0, py - (y1 - r));
  return px >= x0 && px <= x1 && py >= y0 && py <= y1 && Math.hypot(qx, qy) <= r;
};

const stroke = (points, halfWidth) => (px, py) => distanceToPath(px, py, points, false) <= halfWidth;

// A polygon grown by `pad` in every direction (pad 0 is the polygon itself).
const polygon =
  (points, pad = 0) =>
  (px, py) =>
    insidePolygon(px, py, points) || (pad > 0 && distanceToPath(px, py, points, true) <= pad);

function shieldOutline(cx, top, width, height) {
  const half = width / 2;
  const shoulder = top + 0.42 * height;
  const right = [
    [cx + half, top],
    [cx + half, shoulder],
  ];
  // The lower edge is a quadratic curve from the shoulder to the point, sampled finely enough for 128 px.
  for (let i = 1; i <= 12; i++) {
    const t = i / 12;
    const x = (1 - t) ** 2 * (cx + half) + 2 * (1 - t) * t * (cx + half) + t * t * cx;
    const y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * (top + 0.82 * height) + t * t * (top + height);
    right.push([x, y]);
  }
  const left = right
    .slice(0, -1)
    .reverse()
    .map(([x, y]) => [2 * cx - x, y]);
  return [...right, ...left];
}

// The drawing in unit coordinates (0..1); `pixel` is the size of one pixel in those units.
function layers(size) {
  const pixel = 1 / size;
  const line = (width) => Math.max(width, 1.1 * pixel) / 2;
  // Straight edges on whole pixels stay sharp at 16 and 32 px.
  const snap = (v) => Math.round(v * size) / size;
  const shield = shieldOutline(snap(0.7), snap(0.47), 2 * snap(0.18), 0.43);
  const drawn = [
    { color: BLUE, inside: roundedRect(0, 0, 1, 1, 0.2) },
    { color: WHITE, inside: roundedRect(snap(0.13), snap(0.22), snap(0.73), snap(0.64), 0.06) },
    {
      color: BLUE,
      inside: stroke(
        [
          [0.17, 0.27],
          [0.43, 0.46],
          [0.69, 0.27],
        ],
        line(0.06),
      ),
    },
    // A ring of tile blue keeps the shield apart from the envelope it overlaps.
    { color: BLUE, inside: polygon(shield, Math.max(0.05, 1.2 * pixel)) },
    { color: GOLD, inside: polygon(shield) },
  ];
  if (size >= 32) {
    drawn.push({
      color: BLUE,
      inside: stroke(
        [
          [0.62, 0.65],
          [0.68, 0.71],
          [0.79, 0.58],
        ],
        line(0.055),
      ),
    });
  }
  return drawn;
}

function render(size) {
  const png = new pngjs.PNG({ width: size, height: size });
  const drawn = layers(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Premultiplied colour, composited front over back one sample at a time.
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const px = (x + (sx + 0.5) / SUBSAMPLES) / size;
          const py = (y + (sy + 0.5) / SUBSAMPLES) / size;
          const top = drawn.findLast((layer) => layer.inside(px, py));
          if (top) {
            sum[0] += top.color[0];
            sum[1] += top.color[1];
            sum[2] += top.color[2];
            sum[3] += 1;
          }
        }
      }
      const offset = (y * size + x) * 4;
      const alpha = sum[3] / (SUBSAMPLES * SUBSAMPLES);
      for (let c = 0; c < 3; c++) png.data[offset + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      png.data[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pngjs.PNG.sync.write(png);
}

for (const size of SIZES) {
  const file = join(assetsDir, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
