import { type AcledCoding, acledCoding } from '../model/acled';
import { type Fatalities, fatalitiesIn } from '../model/fatalities';
import type { Domain, ItemView } from './domain';

/**
 * An item in ACLED's terms, for the CSV and the popup: its event type and sub-event type
 * (src/model/acled.ts) and the number of dead its quote states, with who claims it.
 */

/** An item's ACLED coding: from its type, its quote and the kinds of its acting actors. */
export function acledOf(domain: Domain, it: ItemView): AcledCoding | null {
  const p = it.props;
  if (p.kind !== 'event') return null;
  const acting = p.actors.filter((a) => a.role !== 'target');
  return acledCoding({
    type: p.type,
    quote: p.excerpt.text,
    actorKinds: acting.map((a) => domain.actors.get(a.id)?.kind ?? ''),
  });
}

/** Per report and sentence start: who is quoted there (the speaker of a statement). */
export function claimants(domain: Domain): Map<string, string> {
  const known = claimantsByDomain.get(domain);
  if (known) return known;
  const out = new Map<string, string>();
  for (const it of domain.items.values())
    if (it.props.kind === 'statement')
      out.set(`${it.reportId}:${it.props.excerpt.start}`, it.props.speaker);
  claimantsByDomain.set(domain, out);
  return out;
}

/** Made once per domain: each popup entry with a toll asks, and a domain may hold 100,000 items. */
const claimantsByDomain = new WeakMap<Domain, Map<string, string>>();

/**
 * Who gives an item's number of dead: a statement's speaker; for an event, the speaker quoted
 * in the same sentence; else the report's outlet (or the report), in its own voice.
 */
export function claimantOf(domain: Domain, it: ItemView, claims = claimants(domain)): string {
  const p = it.props;
  const speaker =
    p.kind === 'statement' ? p.speaker : claims.get(`${it.reportId}:${p.excerpt.start}`);
  if (speaker) return domain.actors.get(speaker)?.name ?? speaker;
  const source = domain.reports.get(it.reportId)?.collection.source;
  return source?.outlet ?? `report ${it.reportId}`;
}

/** The dead an item's quote states, and who claims them; null when it states no number. */
export function fatalitiesOf(
  domain: Domain,
  it: ItemView,
  claims?: Map<string, string>,
): (Fatalities & { claimant: string }) | null {
  const dead = fatalitiesIn(it.props.excerpt.text);
  return dead && { ...dead, claimant: claimantOf(domain, it, claims) };
}
