/**
 * npm run apply-corrections -- <export.geojson>... [--out geo/corrections.json]
 *
 * Takes the analysts' reviews out of viewer exports (GeoJSON with a `corrections` list) into
 * the team's shared file, `geo/corrections.json`, which the viewer loads under each person's
 * own reviews. Every correction is checked (src/state/corrections.ts) and must name an item
 * of a report in geo/ (by the report's SHA-256); a newer review of the same item replaces an
 * older one. The file is written whole (temporary file, then rename) or not at all: one bad
 * correction names its file and stops everything. Exit code 0 written, 1 refused, 2 usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Correction, correctionProblem } from '../src/state/corrections';
import { ROOT } from './ingest-context';

export const SHARED_FILE = path.join(ROOT, 'geo/corrections.json');

export interface SharedCorrections {
  about: string;
  corrections: Correction[];
}

const ABOUT =
  'Reviews of extracted items shared by a team, applied by the viewer under each person’s own. Written by npm run apply-corrections from viewer exports; each key is <report sha256>/<quote start>-<end>/<kind>/<type or speaker>/<item id>.';

/** The SHA-256 of every report with a situation file in the geo folder. */
function reportHashes(geoDir: string): Set<string> {
  const out = new Set<string>();
  for (const f of fs.readdirSync(geoDir).filter((n) => n.endsWith('.geojson'))) {
    const sha = JSON.parse(fs.readFileSync(path.join(geoDir, f), 'utf8'))?.source?.sha256;
    if (typeof sha === 'string') out.add(sha);
  }
  return out;
}

/** Merges the corrections of exports into the shared list; throws naming the file and problem. */
export function mergeCorrections(
  shared: Correction[],
  exports: { file: string; data: unknown }[],
  known: Set<string>,
): Correction[] {
  const byKey = new Map(shared.map((c) => [c.key, c]));
  for (const { file, data } of exports) {
    const list = (data as { corrections?: unknown })?.corrections;
    if (!Array.isArray(list))
      throw new Error(`${file}: no corrections list (is it a viewer export?)`);
    for (const [i, c] of list.entries()) {
      const problem = correctionProblem(c);
      if (problem) throw new Error(`${file}: correction #${i}: ${problem}`);
      const r = c as Correction;
      const sha = r.key.slice(0, r.key.indexOf('/'));
      if (!known.has(sha))
        throw new Error(
          `${file}: correction #${i} is of a report that is not in geo/ (${sha.slice(0, 12)}…)`,
        );
      const old = byKey.get(r.key);
      if (!old || old.at <= r.at) byKey.set(r.key, r);
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

function main(argv: string[]): number {
  let out = SHARED_FILE;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = path.resolve(argv[++i] ?? '');
    else if (argv[i].startsWith('-')) {
      console.error(`unknown option ${argv[i]}`);
      return 2;
    } else files.push(path.resolve(argv[i]));
  }
  if (files.length === 0) {
    console.error('usage: npm run apply-corrections -- <export.geojson>... [--out FILE]');
    return 2;
  }
  try {
    const current: SharedCorrections = fs.existsSync(out)
      ? JSON.parse(fs.readFileSync(out, 'utf8'))
      : { about: ABOUT, corrections: [] };
    const exports = files.map((file) => {
      try {
        return { file, data: JSON.parse(fs.readFileSync(file, 'utf8')) };
      } catch (e) {
        throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
    const merged = mergeCorrections(
      current.corrections ?? [],
      exports,
      reportHashes(path.join(ROOT, 'geo')),
    );
    const tmp = `${out}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, `${JSON.stringify({ about: ABOUT, corrections: merged }, null, 1)}\n`);
    fs.renameSync(tmp, out);
    console.log(
      `${path.relative(ROOT, out)}: ${merged.length} reviews (${merged.length - (current.corrections?.length ?? 0)} new)`,
    );
    return 0;
  } catch (e) {
    console.error(`nothing written: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  process.exitCode = main(process.argv.slice(2));
