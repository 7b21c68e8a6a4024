// SPDX-License-Identifier: MIT
// Regenerates sea-outline.json, the coastlines and borders under the report's map: Natural
// Earth's 1:50m countries (public domain) from npm's world-atlas (TopoJSON), decoded here
// without a library, clipped to South-East Asia, simplified and rounded to 0.01 degree.
//   mkdir /tmp/wa && cd /tmp/wa && npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
//   node tool/report/make-outline.mjs /tmp/wa/package/countries-50m.json > tool/report/sea-outline.json
import { readFileSync } from "node:fs";

const [west, south, east, north] = [88, -15, 136, 30]; // the region kept, in degrees
const tolerance = 0.04; // Douglas-Peucker tolerance, in degrees

const topo = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { scale, translate } = topo.transform;
// TopoJSON arcs are quantised and delta-encoded: undo both.
const arcs = topo.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
});
const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
const ring = (indices) => {
  const out = [];
  for (const i of indices) {
    const pts = arcPoints(i);
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
};

// Sutherland-Hodgman against each side of the region (a ring stays a closed ring).
function clip(points) {
  const sides = [
    [(p) => p[0] >= west, (a, b) => cut(a, b, 0, west)],
    [(p) => p[0] <= east, (a, b) => cut(a, b, 0, east)],
    [(p) => p[1] >= south, (a, b) => cut(a, b, 1, south)],
    [(p) => p[1] <= north, (a, b) => cut(a, b, 1, north)],
  ];
  function cut(a, b, axis, v) {
    const t = (v - a[axis]) / (b[axis] - a[axis]);
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  let out = points;
  for (const [inside, meet] of sides) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; ++i) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(meet(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(meet(prev, cur));
    }
    if (!out.length) break;
  }
  return out;
}

function simplify(points) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const len = Math.hypot(bx - ax, by - ay);
    let far = -1, best = tolerance;
    for (let i = a + 1; i < b; ++i) {
      const [px, py] = points[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay)
                          : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > best) { best = d; far = i; }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (v) => Math.round(v * 100) / 100;
const countries = [];
for (const g of topo.objects.countries.geometries) {
  const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  const rings = [];
  for (const polygon of polygons)
    for (const r of polygon) {
      const pts = simplify(clip(ring(r)));
      if (pts.length < 4) continue; // islands smaller than the tolerance
      rings.push(pts.flatMap(([x, y]) => [round(x), round(y)]));
    }
  if (rings.length) countries.push({ id: g.id ?? "", name: g.properties?.name ?? "", rings });
}
countries.sort((a, b) => a.name.localeCompare(b.name));
process.stdout.write(JSON.stringify({
  source: "Natural Earth 1:50m countries (public domain) via world-atlas 2.0.2 (ISC)",
  bbox: [west, south, east, north],
  countries,
}) + "\n");
