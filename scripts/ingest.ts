/**
 * npm run ingest -- [files or folders...] [--out DIR]
 *
 * Turns report texts into situation GeoJSON, one `<out>/<name>.geojson` per `<name>.txt`.
 * Defaults: seeds/ to geo/. Each output is written whole (temporary file, then rename) or
 * not at all; a bad file is reported by name and the others go on. Exit code 1 when any
 * file failed, 0 otherwise (warnings do not fail).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { decodeReportBytes, MAX_REPORT_BYTES, tooLarge } from '../src/ingest/check-report';
import { ingestReport } from '../src/ingest/ingest-report';
import { validateSituation } from '../src/model/validate-situation';
import { loadIngestContext, ROOT } from './ingest-context';

export { MAX_REPORT_BYTES };

/** Show a progress bar from this many files on. */
const PROGRESS_MIN_FILES = 4;

export interface FileOutcome {
  file: string;
  ok: boolean;
  message?: string;
  warnings: string[];
  counts?: { places: number; events: number; statements: number };
}

/** Reads and checks one report file; returns its text or a problem naming what is wrong. */
export function readReport(file: string): { text: string; bytes: Buffer } | { problem: string } {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { problem: 'not a regular file' };
    // Refused before reading, so a huge file costs nothing.
    const large = tooLarge(stat.size);
    if (large) return { problem: large };
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'EACCES'
          ? 'cannot be read (permission denied)'
          : `cannot be read (${code ?? String(e)})`,
    };
  }
  const decoded = decodeReportBytes(bytes);
  return 'problem' in decoded ? decoded : { text: decoded.text, bytes };
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeWhole(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** What a failed `stat` of an argument means, in words. */
function statProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'ELOOP') return 'is a loop of symbolic links (ELOOP)';
  if (code === 'EACCES' || code === 'EPERM') return `cannot be read: permission denied (${code})`;
  return `cannot be read (${code ?? String(e)})`;
}

const USAGE =
  'Usage: npm run ingest -- [files or folders...] [--out DIR]   (default: seeds/ to geo/)';

/** The command's arguments: report files or folders, and the output folder. */
export function parseArgs(
  argv: string[],
): { inputs: string[]; outDir: string } | { help: true } | { error: string } {
  const inputs: string[] = [];
  let outDir = path.join(ROOT, 'geo');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { help: true };
    if (a === '--out' || a.startsWith('--out=')) {
      const value = a === '--out' ? argv[++i] : a.slice('--out='.length);
      if (!value || value.startsWith('-')) return { error: '--out needs a folder to write to' };
      outDir = value;
    } else if (a.startsWith('-')) return { error: `unknown option ${a}` };
    else inputs.push(a);
  }
  return { inputs: inputs.length > 0 ? inputs : [path.join(ROOT, 'seeds')], outDir };
}

/** Makes the output folder; a problem in words when it cannot be one. */
export function prepareOutDir(outDir: string): string | null {
  try {
    if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory())
      return `--out ${outDir} is a file, not a folder`;
    fs.mkdirSync(outDir, { recursive: true });
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `--out ${outDir} cannot be made into a folder (${code ?? String(e)})`;
  }
}

/** The report files named by the arguments: files as given, folders' `.txt` files in name order. */
export function collectInputs(args: string[]): { files: string[]; problems: FileOutcome[] } {
  const files: string[] = [];
  const problems: FileOutcome[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (e) {
      problems.push({ file: arg, ok: false, message: statProblem(e), warnings: [] });
      continue;
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = fs.readdirSync(arg).sort();
      } catch {
        problems.push({ file: arg, ok: false, message: 'folder cannot be read', warnings: [] });
        continue;
      }
      for (const n of names)
        if (n.endsWith('.txt') && !n.startsWith('.')) files.push(path.join(arg, n));
    } else files.push(arg);
  }
  return { files: [...new Set(files)], problems };
}

async function main(argv: string[]): Promise<number> {
  const t0 = performance.now();
  const parsed = parseArgs(argv);
  if ('help' in parsed) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`error: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { inputs, outDir } = parsed;
  const outProblem = prepareOutDir(outDir);
  if (outProblem) {
    console.error(`error: ${outProblem}; nothing was written`);
    return 2;
  }
  const { files, problems } = collectInputs(inputs);
  const { ctx } = await loadIngestContext();
  const outcomes: FileOutcome[] = [...problems];
  const bar =
    process.stderr.isTTY && files.length >= PROGRESS_MIN_FILES
      ? new cliProgress.SingleBar(
          { format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(files.length, 0, { file: '' });
  for (const file of files) {
    bar?.increment(0, { file: path.basename(file) });
    outcomes.push(ingestFile(file, outDir, ctx));
    bar?.increment(1);
  }
  bar?.stop();
  const totals = { reports: 0, places: 0, events: 0, statements: 0, warnings: 0, failed: 0 };
  for (const o of outcomes) {
    const rel = path.relative(process.cwd(), o.file) || o.file;
    if (!o.ok) {
      totals.failed++;
      console.error(`error: ${rel}: ${o.message}`);
      continue;
    }
    totals.reports++;
    totals.places += o.counts?.places ?? 0;
    totals.events += o.counts?.events ?? 0;
    totals.statements += o.counts?.statements ?? 0;
    for (const w of o.warnings) {
      totals.warnings++;
      console.error(`warning: ${rel}: ${w}`);
    }
  }
  const secs = ((performance.now() - t0) / 1000).toFixed(2);
  console.log(
    `ingest: ${totals.reports} reports, ${totals.places} places, ${totals.events} events, ${totals.statements} statements, ${totals.warnings} warnings, ${totals.failed} failed, ${secs} s -> ${path.relative(process.cwd(), outDir) || '.'}`,
  );
  return totals.failed > 0 ? 1 : 0;
}

/** Ingests one file into the output folder; never throws. */
export function ingestFile(
  file: string,
  outDir: string,
  ctx: Awaited<ReturnType<typeof loadIngestContext>>['ctx'],
): FileOutcome {
  const read = readReport(file);
  if ('problem' in read) return { file, ok: false, message: read.problem, warnings: [] };
  try {
    const id = path.basename(file).replace(/\.txt$/, '');
    const inside = path.relative(ROOT, path.resolve(file));
    const rel = inside.startsWith('..') ? path.resolve(file) : inside.split(path.sep).join('/');
    const sha256 = crypto.createHash('sha256').update(read.bytes).digest('hex');
    const { collection, warnings } = ingestReport(read.text, { id, file: rel, sha256 }, ctx);
    if (inside.startsWith('..'))
      warnings.push(
        'the report is outside this project: copy it into seeds/ for the viewer to show it',
      );
    const json = `${JSON.stringify(collection, null, 1)}\n`;
    const check = validateSituation(json, read.text);
    if (check.problems.length > 0)
      return {
        file,
        ok: false,
        message: `produced an invalid dataset: ${check.problems[0]}`,
        warnings,
      };
    writeWhole(path.join(outDir, `${id}.geojson`), json);
    const count = (k: string) => collection.features.filter((f) => f.properties.kind === k).length;
    return {
      file,
      ok: true,
      warnings,
      counts: { places: count('place'), events: count('event'), statements: count('statement') },
    };
  } catch (e) {
    return {
      file,
      ok: false,
      message: `could not be ingested: ${e instanceof Error ? e.message : String(e)}`,
      warnings: [],
    };
  }
}

if (
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('scripts/ingest.ts')
) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
