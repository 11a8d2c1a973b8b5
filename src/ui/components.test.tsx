import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSeedText, readSituation, SEED_ID } from '../../tests/fixtures/seed';
import { isPlace } from '../model/situation';
import { buildDomain, itemKey } from '../state/domain';
import { actorItemCounts, placeContents, sideGroups } from '../state/selectors';
import { NO_FILTER } from '../state/view-filter';
import { itemListOf } from '../state/filter-index';
import { reviewKey } from '../state/corrections';
import { EventList } from './EventList';
import { LayerPanel } from './LayerPanel';
import { PlaceList } from './PlaceList';
import { PlacePopup } from './PlacePopup';
import { ReviewContext } from './ReviewControls';
import { ProblemList } from './ProblemList';
import { ReaderPanel } from './ReaderPanel';

afterEach(cleanup);

const text = readSeedText();
const report = { file: `geo/${SEED_ID}.geojson`, collection: readSituation(), text };
const domain = buildDomain([report]);
const IDLEB = 'gn169389';

function renderPopup(hidden = new Set<string>(), onSource = vi.fn()) {
  const place = domain.places.get(IDLEB);
  if (!place) throw new Error('no Idleb');
  render(
    <PlacePopup
      domain={domain}
      place={place}
      contents={placeContents(domain, IDLEB, { ...NO_FILTER, hidden })}
      selectedItem={null}
      onSource={onSource}
    />,
  );
  return onSource;
}

describe('PlacePopup', () => {
  it('shows a place with hundreds of items fifty at a time, always with the selected one', () => {
    const copies = Array.from({ length: 60 }, (_, i) => {
      const c = readSituation();
      c.source.id = `copy-${i}`;
      return { ...report, collection: c };
    });
    const big = buildDomain(copies);
    const place = big.places.get(IDLEB);
    if (!place) throw new Error('no Idleb');
    const contents = placeContents(big, IDLEB, NO_FILTER);
    const last = contents.events.at(-1)?.key ?? '';
    render(
      <PlacePopup
        domain={big}
        place={place}
        contents={contents}
        selectedItem={last}
        onSource={vi.fn()}
      />,
    );
    const events = screen.getByRole('region', { name: 'Events' });
    expect(within(events).getByRole('heading').textContent).toBe('Events (300)');
    expect(events.querySelectorAll('li.item')).toHaveLength(51);
    expect(events.querySelector('li.item.selected')?.getAttribute('data-item')).toBe(last);
    fireEvent.click(within(events).getByRole('button', { name: 'Show 50 more (249 not shown)' }));
    expect(events.querySelectorAll('li.item')).toHaveLength(101);
  });

  it('lists the events with date, type and actors, and the statements with their speakers', () => {
    renderPopup();
    const events = screen.getByRole('region', { name: 'Events' });
    expect(
      within(events).getByText('Militants launch a large-scale offensive in Idleb'),
    ).toBeTruthy();
    expect(within(events).getAllByText('2020-02-27').length).toBeGreaterThan(0);
    expect(within(events).getAllByText('FIGHT').length).toBe(3);
    expect(within(events).getAllByText('Hay’at Tahrir al-Sham').length).toBeGreaterThan(0);
    const about = screen.getByRole('region', { name: 'Statements about Idleb' });
    expect(within(about).getAllByText('Russian Defense Ministry').length).toBe(4);
  });

  it('says where a place the gazetteer lacks was put, and how often a place is named for its government', () => {
    const c = readSituation();
    const idleb = c.features.filter(isPlace).find((f) => f.properties.id === 'idleb');
    if (!idleb) throw new Error('no Idleb');
    idleb.properties.location = {
      basis: 'explicit',
      precision: 3,
      reason: 'Not in the gazetteer: the village “Kafr Nabudah” is placed in Idlib.',
    };
    idleb.properties.mentions = [
      ...idleb.properties.mentions,
      { start: 0, end: 4, use: 'metonymic' },
    ];
    const d = buildDomain([{ ...report, collection: c }]);
    const place = d.places.get(IDLEB);
    if (!place) throw new Error('no Idleb');
    render(
      <PlacePopup
        domain={d}
        place={place}
        contents={placeContents(d, IDLEB, NO_FILTER)}
        selectedItem={null}
        onSource={vi.fn()}
      />,
    );
    expect(screen.getByText(/Location approximate\./).parentElement?.textContent).toContain(
      'Kafr Nabudah',
    );
    expect(screen.getByText(/^Named \d+ times: .* 1 for its government or people\.$/)).toBeTruthy();
  });

  it('says so under an event whose quote does not name the place it is at', () => {
    renderPopup();
    const events = screen.getByRole('region', { name: 'Events' });
    const entry = (id: string) =>
      events.querySelector(`[data-item="${itemKey(SEED_ID, id)}"]`) as HTMLElement;
    const note = 'The quote does not name Idleb; the report names it nearby.';
    // "the Syrian government forces conducted strikes on their positions": Idleb from before.
    expect(within(entry('ev-syrian-strikes')).getByText(note)).toBeTruthy();
    // "The tensions in Syria’s Idleb region escalated … after militants launched …"
    expect(within(entry('ev-offensive')).queryByText(note)).toBeNull();
  });

  it('shows the two contradicting accounts side by side, each attributed', () => {
    renderPopup();
    const dispute = screen.getByRole('region', { name: 'Contradicting accounts' });
    const sides = dispute.querySelectorAll('.dispute-side');
    expect(sides).toHaveLength(2);
    const speakers = [...sides].map((s) => s.querySelector('strong')?.textContent).sort();
    expect(speakers).toEqual(['Russian Defense Ministry', 'Turkey']);
    expect(dispute.textContent).toContain(
      'The killed Turkish soldiers were among the advancing terrorists',
    );
    expect(dispute.textContent).toContain('as Ankara claims, killed 33 Turkish soldiers');
  });

  it('sends the item key when a source link is followed', () => {
    const onSource = renderPopup();
    const events = screen.getByRole('region', { name: 'Events' });
    fireEvent.click(within(events).getAllByRole('button', { name: 'Read in source' })[0]);
    expect(onSource).toHaveBeenCalledWith(itemKey(SEED_ID, 'ev-memorandum-2017'));
  });

  it('drops hidden actors and says how many items are hidden', () => {
    const turkey = sideGroups(domain).find((g) => g.id === 'turkey')?.actorIds ?? [];
    renderPopup(new Set(turkey));
    expect(screen.queryByRole('region', { name: 'Contradicting accounts' })).toBeNull();
    expect(screen.queryByText(/hit more than 200 targets/)).toBeNull();
    expect(screen.getByText(/more items are hidden by the actor layers/)).toBeTruthy();
  });

  it('says why an inferred place was inferred', () => {
    const place = domain.places.get('gn524901');
    if (!place) throw new Error('no Moscow');
    render(
      <PlacePopup
        domain={domain}
        place={place}
        contents={placeContents(domain, place.key, NO_FILTER)}
        selectedItem={null}
        onSource={vi.fn()}
      />,
    );
    expect(screen.getByText('Location inferred.').parentElement?.textContent).toMatch(
      /seat of the Russian/,
    );
  });
});

describe('ReaderPanel', () => {
  it('marks exactly the source text at the offsets and scrolls it into view', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const item = domain.items.get(itemKey(SEED_ID, 'st-mod-soldiers'));
    if (item?.props.kind !== 'statement') throw new Error('no statement');
    const { start, end } = item.props.excerpt;
    const { container } = render(
      <ReaderPanel
        reports={[report]}
        report={report}
        highlight={{ start, end, label: 'x' }}
        onChooseReport={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const mark = container.querySelector('mark');
    expect(mark?.textContent).toBe(text.slice(start, end));
    expect(container.querySelector('.report-text')?.textContent).toBe(text);
    expect(scroll).toHaveBeenCalled();
  });

  it('shows markup in a report as text, never as HTML', () => {
    const hostile = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const r = { ...report, text: `${hostile} tail` };
    const { container } = render(
      <ReaderPanel
        reports={[r]}
        report={r}
        highlight={{ start: 0, end: hostile.length, label: hostile }}
        onChooseReport={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe(hostile);
  });
});

describe('LayerPanel', () => {
  it('ticks a whole side at once and shows a half-ticked side as mixed', () => {
    const onToggle = vi.fn();
    const groups = sideGroups(domain);
    const { rerender } = render(
      <LayerPanel
        domain={domain}
        groups={groups}
        counts={actorItemCounts(domain)}
        hidden={new Set()}
        onToggle={onToggle}
      />,
    );
    const turkeySide = screen.getByRole('checkbox', { name: /^Turkey · side of 5 actors/ });
    fireEvent.click(turkeySide);
    expect(onToggle).toHaveBeenCalledWith(
      expect.arrayContaining(['turkey', 'erdogan', 'onal']),
      false,
    );
    rerender(
      <LayerPanel
        domain={domain}
        groups={groups}
        counts={actorItemCounts(domain)}
        hidden={new Set(['erdogan'])}
        onToggle={onToggle}
      />,
    );
    expect(
      (screen.getByRole('checkbox', { name: /^Turkey · side of 5 actors/ }) as HTMLInputElement)
        .indeterminate,
    ).toBe(true);
    expect(
      (screen.getByRole('checkbox', { name: /Recep Tayyip Erdogan/ }) as HTMLInputElement).checked,
    ).toBe(false);
  });
});

describe('ProblemList', () => {
  it('finds an actor by name and folds actors with no items into one list', () => {
    const counts = actorItemCounts(domain);
    counts.set('onal', 0);
    render(
      <LayerPanel
        domain={domain}
        groups={sideGroups(domain)}
        counts={counts}
        hidden={new Set()}
        onToggle={vi.fn()}
      />,
    );
    const idle = screen.getByText(/actors? with no items/);
    expect(idle.textContent).toMatch(/^\d+ actors? with no items$/);
    expect(screen.queryByRole('checkbox', { name: /Önal|Onal/ })).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Find an actor' }), {
      target: { value: 'erdo' },
    });
    expect(
      screen
        .getAllByRole('checkbox')
        .filter((c) => !c.closest('.type-filter'))
        .map((c) => c.getAttribute('aria-label') ?? c.parentElement?.textContent),
    ).toEqual([expect.stringMatching(/^Turkey/), expect.stringMatching(/Erdo/)]);
  });

  it('names each file and its problem', () => {
    render(<ProblemList failures={[{ file: 'geo/bad.geojson', problems: ['Invalid JSON: x'] }]} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('geo/bad.geojson');
    expect(alert.textContent).toContain('Invalid JSON: x');
  });

  it('lists the event types with names, glosses and counts, ticked off like actors', () => {
    const onToggle = vi.fn();
    render(
      <LayerPanel
        domain={domain}
        groups={sideGroups(domain)}
        counts={actorItemCounts(domain)}
        hidden={new Set(['type:SAID'])}
        onToggle={onToggle}
      />,
    );
    const statements = screen.getByRole('checkbox', {
      name: /^Statement SAID/,
    }) as HTMLInputElement;
    expect(statements.checked).toBe(false);
    const fighting = screen.getByRole('checkbox', { name: /^Fighting FIGHT Use of conventional/ });
    fireEvent.click(fighting);
    expect(onToggle).toHaveBeenCalledWith(['type:FIGHT'], false);
  });
});

describe('PlaceList', () => {
  it('says how a place with no item in view is named: how often, and how often for its government', () => {
    // The first report as the ingest writes it, with each mention's use.
    const ingested = buildDomain([
      { ...report, collection: readSituation(`geo/${SEED_ID}.geojson`) },
    ]);
    const places = [...ingested.places.values()];
    // The place the first report names most often for its government (a country).
    const turkey = [...places].sort((a, b) => b.uses.metonymic - a.uses.metonymic)[0];
    render(<PlaceList places={places} styles={new Map()} selectedKey={null} onOpen={vi.fn()} />);
    const row = screen.getByRole('button', { name: new RegExp(`^${turkey.name}`) });
    const named = turkey.uses.literal + turkey.uses.associative + turkey.uses.metonymic;
    expect(turkey.uses.metonymic).toBeGreaterThan(0);
    expect(row.textContent).toContain(
      `0 items · named ${named}×, ${turkey.uses.metonymic} for its government or people`,
    );
  });
});

describe('EventList', () => {
  it('verifies the active item with V and rejects it with X, from the keyboard', () => {
    const save = vi.fn();
    const items = itemListOf(domain.sortedItems);
    render(
      <ReviewContext.Provider value={{ save, remove: vi.fn() }}>
        <EventList
          domain={domain}
          items={items}
          total={items.length}
          selectedKey={null}
          query=""
          onHover={vi.fn()}
          onSelect={vi.fn()}
        />
      </ReviewContext.Provider>,
    );
    const list = screen.getByRole('listbox');
    // Newest first: the active item is the last in time order.
    const newest = domain.sortedItems.at(-1);
    if (!newest) throw new Error('no items');
    const sha = domain.reports.get(newest.reportId)?.collection.source.sha256 as string;
    fireEvent.keyDown(list, { key: 'v' });
    expect(save).toHaveBeenLastCalledWith([
      expect.objectContaining({ key: reviewKey(sha, newest), status: 'verified' }),
    ]);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'X' });
    expect(save).toHaveBeenLastCalledWith([expect.objectContaining({ status: 'rejected' })]);
    expect(save.mock.lastCall?.[0][0].key).not.toBe(reviewKey(sha, newest));
    // With a modifier it is the browser's key, not a review.
    fireEvent.keyDown(list, { key: 'v', ctrlKey: true });
    expect(save).toHaveBeenCalledTimes(2);
  });
});
