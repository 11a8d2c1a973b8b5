import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainOfGoldenReports } from '../../tests/golden-domain';
import type { ItemView } from './domain';
import { FilterIndex, itemListOf, newestFirst } from './filter-index';
import { histogramOf } from './histogram';
import { scanTexts } from './text-scan';
import { placeStyles, visibleItems } from './selectors';
import { dayNumber, isShown, type ViewFilter } from './view-filter';

const domain = domainOfGoldenReports({ undatedCopy: true });
const actorIds = [...domain.actors.keys()];
const texts = domain.sortedItems.map((it) => it.search);
const days = domain.sortedItems.flatMap((it) => it.interval ?? []);
const [firstDay, lastDay] = [Math.min(...days), Math.max(...days)];

/** Queries that hit: pieces of real search texts, pieces across two items' texts, and misses. */
const query = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.nat(texts.length - 1), fc.nat(200), fc.integer({ min: 1, max: 12 }))
    .map(([i, at, len]) => texts[i].slice(at % texts[i].length, (at % texts[i].length) + len)),
  fc
    .tuple(fc.nat(texts.length - 2), fc.integer({ min: 1, max: 4 }))
    .map(([i, len]) => texts[i].slice(-len) + texts[i + 1].slice(0, len)),
  // The index joins the texts with NUL: a query holding one must still match nothing across.
  fc.nat(texts.length - 2).map((i) => `${texts[i].slice(-2)}\u0000`),
  fc.constantFrom('a', 'e', ' ', 'russia', 'idleb', 'zzqx', '\u0001'),
);

const filter: fc.Arbitrary<ViewFilter> = fc.record({
  hidden: fc.subarray(actorIds, { maxLength: 6 }).map((a) => new Set(a)),
  window: fc.option(
    fc
      .tuple(fc.integer({ min: firstDay - 5, max: lastDay + 5 }), fc.integer({ min: 0, max: 60 }))
      .map(([from, len]) => ({ from, to: from + len })),
  ),
  includeUndated: fc.boolean(),
  query,
});

/**
 * The next filter: a new one, or the last one changed the way a person changes it: a key typed
 * (the query grows) or deleted, the window dragged by a few days or resized, an actor toggled.
 */
const change: fc.Arbitrary<(last: ViewFilter) => ViewFilter> = fc.oneof(
  filter.map((f) => () => f),
  fc.tuple(fc.nat(texts.length - 1), fc.nat(200)).map(([i, at]) => (last: ViewFilter) => {
    // Typing on: the query plus the next character of a text that holds it, when there is one.
    const text = texts.find((t, k) => k >= i && t.includes(last.query)) ?? texts[i];
    const from = text.indexOf(last.query);
    const next = text.slice(from, from + last.query.length + 1 + (at % 2));
    return { ...last, query: next.length > last.query.length ? next : `${last.query}${at % 10}` };
  }),
  fc.constant((last: ViewFilter) => ({ ...last, query: last.query.slice(0, -1) })),
  fc
    .tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: -9, max: 9 }))
    .map(([a, b]) => (last: ViewFilter) => {
      const w = last.window ?? { from: firstDay, to: firstDay + 20 };
      return { ...last, window: { from: w.from + a, to: Math.max(w.from + a, w.to + b) } };
    }),
  fc.constantFrom(...actorIds).map((id) => (last: ViewFilter) => {
    const hidden = new Set(last.hidden);
    if (!hidden.delete(id)) hidden.add(id);
    return { ...last, hidden };
  }),
);

const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe('FilterIndex', () => {
  it('the golden corpus has what the test needs', () => {
    expect(domain.sortedItems.length).toBeGreaterThan(50);
    expect(domain.sortedItems.some((it) => it.interval === null)).toBe(true);
    expect(domain.sortedItems.some((it) => it.interval && it.interval[0] < it.interval[1])).toBe(
      true,
    );
  });

  it('agrees with the plain filter after any sequence of changes', () => {
    fc.assert(
      fc.property(filter, fc.array(change, { maxLength: 8 }), (start, changes) => {
        const index = new FilterIndex(domain);
        // The same, with the text scan done apart as the search worker does it.
        const apart = new FilterIndex(domain);
        const { text, at } = apart.texts();
        let f = start;
        for (const next of [() => start, ...changes]) {
          f = next(f);
          index.apply(f);
          const listBefore = index.visibleItems();
          // Warming the JIT up leaves every result as it was (the index apart is not warmed),
          // and the filter too: applying it again changes nothing, the list made is kept.
          for (const step of index.warmUpSteps()) step();
          index.apply(f);
          expect(index.visibleItems()).toBe(listBefore);
          if (f.query && !f.query.includes('\u0000')) {
            const matches = new Uint8Array(at.length - 1);
            scanTexts(text, at, f.query, matches);
            apart.provideTextMatches(f.query, matches);
          }
          apart.apply(f);
          expect(keys(apart.visibleItems().toArray())).toEqual(
            keys(index.visibleItems().toArray()),
          );
          const expectedItems = visibleItems(domain, f);
          const list = index.visibleItems();
          expect(keys(list.toArray())).toEqual(keys(expectedItems));
          // The rows a list on screen asks for, wherever it is scrolled, and where items are.
          expect(list.length).toBe(expectedItems.length);
          for (const from of [0, 1, 7, expectedItems.length - 3])
            expect(keys(list.slice(from, from + 5))).toEqual(
              keys(expectedItems.slice(Math.max(0, from), from + 5)),
            );
          for (const [k, it] of expectedItems.entries()) {
            expect(list.at(k)).toBe(it);
            expect(list.indexOfKey(it.key)).toBe(k);
          }
          for (const it of domain.sortedItems.slice(0, 20))
            if (!expectedItems.includes(it)) expect(list.indexOfKey(it.key)).toBe(-1);
          expect(index.placeStyles()).toEqual(placeStyles(domain, f));
          // The timeline spans the days of everything the search finds, whatever the toggles.
          const searched = { ...f, window: null, hidden: new Set<string>() };
          const days = domain.sortedItems
            .filter((it) => isShown(it, searched))
            .flatMap((it) => it.interval ?? []);
          const range: [number, number] | null = days.length
            ? [Math.min(...days), Math.max(...days)]
            : null;
          const expected = histogramOf(
            domain.sortedItems.filter((it) => isShown(it, { ...f, window: null })),
            range,
          );
          const actual = index.histogram();
          expect({ ...actual, exact: [...actual.exact], spread: [...actual.spread] }).toEqual({
            ...expected,
            exact: [...expected.exact].map((x) => expect.closeTo(x, 9)),
            spread: [...expected.spread].map((x) => expect.closeTo(x, 9)),
            peak: expect.closeTo(expected.peak, 9),
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps results while the filter stays the same, and the histogram while only the window moves', () => {
    const index = new FilterIndex(domain);
    const f: ViewFilter = {
      hidden: new Set(),
      window: { from: dayNumber('2020-01-01'), to: dayNumber('2020-03-01') },
      includeUndated: false,
      query: 'a',
    };
    index.apply(f);
    const [visible, timeline] = [index.visibleItems(), index.histogram()];
    index.apply({ ...f, hidden: new Set() });
    expect(index.visibleItems()).toBe(visible);
    index.apply({ ...f, window: { from: dayNumber('2020-02-01'), to: dayNumber('2020-03-01') } });
    expect(index.histogram()).toBe(timeline);
    expect(index.visibleItems()).not.toBe(visible);
  });
});

describe('newest first', () => {
  it('reverses the dated items and keeps the undated ones last, without copying', () => {
    const mk = (key: string, date: string | null) =>
      ({ key, props: { date } }) as unknown as ItemView;
    const list = itemListOf([
      mk('a', '2020-01-01'),
      mk('b', '2020-02-01'),
      mk('c', '2020-03-01'),
      mk('u', null),
    ]);
    const n = newestFirst(list);
    expect(n.toArray().map((i) => i.key)).toEqual(['c', 'b', 'a', 'u']);
    expect([0, 1, 2, 3].map((k) => n.at(k)?.key)).toEqual(['c', 'b', 'a', 'u']);
    expect(n.slice(1, 3).map((i) => i.key)).toEqual(['b', 'a']);
    expect(n.indexOfKey('a')).toBe(2);
    expect(n.indexOfKey('u')).toBe(3);
    expect(newestFirst(itemListOf([])).length).toBe(0);
  });
});

describe('event types switched off like actors', () => {
  it('hides every item of a type, and only those, as the plain filter does', () => {
    const index = new FilterIndex(domain);
    for (const typeKey of ['type:SAID', 'type:FIGHT', 'type:CONSULT']) {
      const filter: ViewFilter = {
        hidden: new Set([typeKey]),
        window: null,
        includeUndated: true,
        query: '',
      };
      index.apply(filter);
      const shown = index.visibleItems().toArray();
      expect(shown.map((i) => i.key)).toEqual(visibleItems(domain, filter).map((i) => i.key));
      expect(shown.some((i) => i.typeKey === typeKey)).toBe(false);
      expect(shown.length).toBeLessThan(domain.items.size);
    }
  });
});
