/**
 * The ingest: one report's text to situation GeoJSON, in stages over one report object, each
 * a function of its own module and testable alone:
 *
 * 1. `readSentences` (read-sentences.ts): sentences, with the actors and dates each names;
 * 2. `findReportPlaces` (find-report-places.ts): toponyms with their use, resolved together;
 * 3. `attributeSpeakers` (attribute-speakers.ts): who says each sentence, and the outlet;
 * 4. `findEvents` (find-events.ts): events with type, date, place and actors;
 * 5. `findStatements`, `placeStatements`, `findDisputes` (find-statements.ts): who said what,
 *    where, and which statements contradict each other;
 * 6. `writeCollection` (write-collection.ts): the features, actors and sides.
 */
import { spanInOriginal, stripInvisible } from '../model/invisible';
import type { SituationCollection, Span } from '../model/situation';
import { attributeSpeakers } from './attribute-speakers';
import { findEvents } from './find-events';
import { findReportPlaces } from './find-report-places';
import { findDisputes, findStatements, placeStatements } from './find-statements';
import { readSentences } from './read-sentences';
import { type IngestContext, newReport } from './report';
import { parseDateline } from './text';
import { writeCollection } from './write-collection';

export type { IngestContext } from './report';

export interface ReportMeta {
  /** Report id: the file's base name. */
  id: string;
  /** Path of the report from the project root. */
  file: string;
  /** Hex sha256 of the report's bytes. */
  sha256: string;
}

export interface IngestResult {
  collection: SituationCollection;
  warnings: string[];
}

/** Where each stage starts, as a share of the ingest's time (measured on a 1 MB report). */
const STAGE_SHARE = { places: 0.4, speakers: 0.82, events: 0.86, output: 0.96 };
/** Sentences between two progress reports while events are found. */
const PROGRESS_EVERY = 200;

/**
 * Turns one report's text into situation GeoJSON: places, actors, events and statements,
 * each tied to the characters it came from. Pure: no I/O, never throws on any text.
 */
export function ingestReport(
  text: string,
  meta: ReportMeta,
  ctx: IngestContext,
  onProgress?: (share: number, stage: string) => void,
): IngestResult {
  // Invisible and direction-control characters are read past ("Mos" + U+2060 + "cow" is
  // Moscow); every offset written still points into the text as it is.
  const stripped = stripInvisible(text);
  if (!stripped) return ingestText(text, meta, ctx, onProgress);
  const result = ingestText(stripped.clean, meta, ctx, onProgress);
  const back = <S extends Span>(span: S): S => ({ ...span, ...spanInOriginal(stripped, span) });
  const c = result.collection;
  for (const a of c.actors) a.mentions = a.mentions.map(back);
  for (const f of c.features) {
    const p = f.properties;
    if (p.kind === 'place') p.mentions = p.mentions.map(back);
    else {
      const at = spanInOriginal(stripped, p.excerpt);
      p.excerpt = { ...at, text: text.slice(at.start, at.end) };
    }
  }
  const first = stripped.removed[0];
  const hex = first.char.char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
  result.warnings.push(
    `${stripped.removed.length} invisible or direction-control ${stripped.removed.length === 1 ? 'character' : 'characters'} (the first, U+${hex} ${first.char.name}, at character ${first.at}) ${stripped.removed.length === 1 ? 'was' : 'were'} read past; the reader shows ${stripped.removed.length === 1 ? 'it' : 'them'} marked`,
  );
  return result;
}

/** {@link ingestReport} on text without invisible characters. */
function ingestText(
  text: string,
  meta: ReportMeta,
  ctx: IngestContext,
  onProgress?: (share: number, stage: string) => void,
): IngestResult {
  onProgress?.(0, 'reading sentences');
  const warnings: string[] = [];
  const dateline = parseDateline(text);
  if (dateline.problem) warnings.push(`${dateline.problem}; relative dates stay unresolved`);
  const reportDate = dateline.date;
  const report = newReport(text, ctx, dateline.bodyStart, reportDate);
  readSentences(report);

  onProgress?.(STAGE_SHARE.places, 'finding places');
  findReportPlaces(report);

  onProgress?.(STAGE_SHARE.speakers, 'finding who said what');
  const { attributions, outlet } = attributeSpeakers(report);

  const total = report.sentences.length;
  const found = findEvents(report, attributions, (index) => {
    if (onProgress && index % PROGRESS_EVERY === 0)
      onProgress(
        STAGE_SHARE.events + (STAGE_SHARE.output - STAGE_SHARE.events) * (index / total),
        'finding events',
      );
  });
  const statements = findStatements(report, attributions, found);

  onProgress?.(STAGE_SHARE.output, 'writing the map data');
  const statementPlace = placeStatements(report, statements);
  const disputes = findDisputes(report, statements);
  const collection = writeCollection(
    report,
    { id: meta.id, file: meta.file, date: reportDate, outlet, sha256: meta.sha256 },
    { events: found.events, statements, statementPlace, disputes },
  );
  return { collection, warnings };
}
