#!/usr/bin/env node
// Makes the member map's boundary file (web/src/map/nrw-kreise.json) from the BKG's Kreise layer as GeoJSON in
// longitude/latitude (VG5000 or VG250, level KRS, with the key in ARS or AGS and the name in GEN):
//
//   node tools/nrw-boundaries/build-nrw-kreise.mjs VG5000_KRS.geojson [YEAR]
//
// Keeps NRW's 53 Kreise and kreisfreie Städte (key 05…), projects them (equirectangular at NRW's middle latitude,
// 1000 units wide), simplifies each ring (Douglas-Peucker, 0.6 units) and writes one SVG path per Kreis with its
// official key. YEAR is the year the data was obtained, for the attribution the licence asks for
// (Datenlizenz Deutschland – Namensnennung – 2.0: "© GeoBasis-DE / BKG (YEAR) (Daten verändert)").
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [input, year = '2021'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node tools/nrw-boundaries/build-nrw-kreise.mjs KREISE.geojson [YEAR]');
  process.exit(2);
}
const WIDTH = 1000;
const TOLERANCE = 0.6;
const output = path.resolve(import.meta.dirname, '../../web/src/map/nrw-kreise.json');

const source = JSON.parse(readFileSync(input, 'utf8'));
const keyOf = (feature) => feature.properties.AGS ?? feature.properties.ARS;
const kreise = source.features.filter((f) => /^05\d{3}$/.test(keyOf(f)));
if (kreise.length !== 53) throw new Error(`expected NRW's 53 Kreise and kreisfreie Städte, found ${kreise.length}`);

const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const points = kreise.flatMap((f) => polygonsOf(f.geometry).flat(2));
const west = Math.min(...points.map(([lon]) => lon));
const east = Math.max(...points.map(([lon]) => lon));
const north = Math.max(...points.map(([, lat]) => lat));
const south = Math.min(...points.map(([, lat]) => lat));
const cosLat = Math.cos((((north + south) / 2) * Math.PI) / 180);
const scale = WIDTH / ((east - west) * cosLat);
const project = ([lon, lat]) => [(lon - west) * cosLat * scale, (north - lat) * scale];

function distanceToSegment([x, y], [x1, y1], [x2, y2]) {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const length = dx * dx + dy * dy;
  const share = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + share * dx), y - (y1 + share * dy));
}

function simplify(ring) {
  if (ring.length < 4) return ring;
  let [farthest, index] = [0, 0];
  for (let i = 1; i < ring.length - 1; i++) {
    const d = distanceToSegment(ring[i], ring[0], ring[ring.length - 1]);
    if (d > farthest) [farthest, index] = [d, i];
  }
  if (farthest <= TOLERANCE) return [ring[0], ring[ring.length - 1]];
  return [...simplify(ring.slice(0, index + 1)).slice(0, -1), ...simplify(ring.slice(index))];
}

const round = (n) => Math.round(n * 10) / 10;
const ringPath = (ring) => {
  const kept = simplify(ring.map(project));
  return kept.length < 4 ? '' : `M${kept.slice(0, -1).map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z`;
};

/** Where a Kreis's label goes: the centroid of its largest polygon's outer ring. */
function labelPoint(geometry) {
  const rings = polygonsOf(geometry).map((polygon) => polygon[0].map(project));
  const measured = rings.map((ring) => {
    let [area, cx, cy] = [0, 0, 0];
    for (let i = 0; i < ring.length - 1; i++) {
      const [[x1, y1], [x2, y2]] = [ring[i], ring[i + 1]];
      const cross = x1 * y2 - x2 * y1;
      area += cross / 2;
      cx += ((x1 + x2) * cross) / 6;
      cy += ((y1 + y2) * cross) / 6;
    }
    return { area: Math.abs(area), x: cx / area, y: cy / area };
  });
  const largest = measured.reduce((a, b) => (b.area > a.area ? b : a));
  return [round(largest.x), round(largest.y)];
}

const features = kreise
  .map((f) => ({
    ags: keyOf(f),
    name: f.properties.GEN,
    kind: f.properties.BEZ,
    label: labelPoint(f.geometry),
    path: polygonsOf(f.geometry).flatMap((polygon) => polygon.map(ringPath)).join(''),
  }))
  .sort((a, b) => a.ags.localeCompare(b.ags));

const file = {
  source: 'BKG Verwaltungsgebiete (VG5000, Ebene Kreise, Stand 01.01.), simplified for NRW',
  attribution: `© GeoBasis-DE / BKG (${year}) (Daten verändert)`,
  licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
  width: WIDTH,
  height: Math.ceil((north - south) * scale),
  projection: { west, north, cosLat, scale },
  features,
};
writeFileSync(output, `${JSON.stringify(file)}\n`);
console.log(`${features.length} Kreise, ${Buffer.byteLength(JSON.stringify(file))} bytes -> ${path.relative(process.cwd(), output)}`);
