import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, readSeedText } from '../tests/fixtures/seed';
import { collectInputs, MAX_REPORT_BYTES, parseArgs, prepareOutDir } from './ingest';

/** Runs the ingest command as a user would, returning its exit code and output. */
function runIngest(args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [path.join(ROOT, 'scripts/ingest.ts'), ...args],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('npm run ingest on bad input', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-bad-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const input = path.join(dir, 'in');
  const out = path.join(dir, 'out');
  fs.mkdirSync(input);
  fs.writeFileSync(path.join(input, 'good.txt'), readSeedText());
  fs.writeFileSync(
    path.join(input, 'no-dateline.txt'),
    'Syrian troops shelled Saraqib on Thursday, the Russian Defense Ministry said.\n',
  );
  fs.writeFileSync(
    path.join(input, 'bad-dateline.txt'),
    'date 2020-13-45\nTroops entered Idlib on Monday.\n',
  );
  fs.writeFileSync(path.join(input, 'empty.txt'), '');
  fs.writeFileSync(
    path.join(input, 'binary.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
  );
  fs.writeFileSync(
    path.join(input, 'latin1.txt'),
    Buffer.from('date 2020-03-02\nCaf\xe9 in Idlib\n', 'latin1'),
  );
  fs.writeFileSync(path.join(input, 'huge.txt'), Buffer.alloc(MAX_REPORT_BYTES + 1, 'a'));
  fs.mkdirSync(path.join(input, 'folder.txt'));
  fs.symlinkSync(path.join(dir, 'missing-target'), path.join(input, 'dangling.txt'));
  const result = runIngest([input, '--out', out]);
  const lines = result.stderr.split('\n');
  const line = (name: string) => lines.find((l) => l.includes(`${name}.txt:`)) ?? '';

  it('names each bad file and its problem and exits non-zero', () => {
    expect(result.code).toBe(1);
    expect(line('empty')).toMatch(/^error: .*empty\.txt: is empty/);
    expect(line('binary')).toMatch(/binary file/);
    expect(line('latin1')).toMatch(/not valid UTF-8/);
    expect(line('huge')).toMatch(/too large \(2\.1 MB/);
    expect(line('folder')).toMatch(/not a regular file/);
    expect(line('dangling')).toMatch(/cannot be read \(ENOENT\)/);
  });

  it('still ingests the good files, warning about missing or malformed datelines', () => {
    expect(fs.readdirSync(out).sort()).toEqual([
      'bad-dateline.geojson',
      'good.geojson',
      'no-dateline.geojson',
    ]);
    expect(line('no-dateline')).toMatch(/^warning: .*no dateline/);
    expect(line('bad-dateline')).toMatch(/not a real date/);
    expect(result.stdout).toMatch(
      /ingest: 3 reports, \d+ places, \d+ events, \d+ statements, \d+ warnings, 6 failed/,
    );
  });

  it('writes outputs whole: no temporary files are left', () => {
    expect(fs.readdirSync(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('exits 0 when every file is fine, with byte-identical output on a second run', () => {
    const good = path.join(dir, 'good-only');
    fs.mkdirSync(good);
    fs.copyFileSync(path.join(input, 'good.txt'), path.join(good, 'good.txt'));
    const first = runIngest([good, '--out', path.join(dir, 'o1')]);
    const second = runIngest([path.join(good, 'good.txt'), '--out', path.join(dir, 'o2')]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(fs.readFileSync(path.join(dir, 'o1/good.geojson'), 'utf8')).toBe(
      fs.readFileSync(path.join(dir, 'o2/good.geojson'), 'utf8'),
    );
  });
});

describe('npm run ingest arguments', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-args-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses --out with no folder instead of writing into geo/', () => {
    expect(parseArgs(['seeds', '--out'])).toEqual({ error: '--out needs a folder to write to' });
    expect(parseArgs(['--out', '--help'])).toEqual({ error: '--out needs a folder to write to' });
    expect(parseArgs(['--outt', 'x'])).toEqual({ error: 'unknown option --outt' });
    expect(parseArgs(['a.txt', '--out=o'])).toEqual({ inputs: ['a.txt'], outDir: 'o' });
  });

  it('names an --out that is a file, in words, with no stack trace', () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'x');
    expect(prepareOutDir(file)).toBe(`--out ${file} is a file, not a folder`);
    const r = runIngest([path.join(ROOT, 'seeds'), '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: --out ${file} is a file, not a folder; nothing was written\n`);
  });

  it('names a loop of symbolic links as such, not as missing', () => {
    const a = path.join(dir, 'loop-a.txt');
    const b = path.join(dir, 'loop-b.txt');
    fs.symlinkSync(b, a);
    fs.symlinkSync(a, b);
    expect(collectInputs([a]).problems[0]?.message).toBe('is a loop of symbolic links (ELOOP)');
    expect(collectInputs([path.join(dir, 'none.txt')]).problems[0]?.message).toBe('does not exist');
  });
});
