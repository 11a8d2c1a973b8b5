import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { eventTypeInfo } from '../model/event-types';
import { CONFIDENCE_LEVELS, type ConfidenceLevel, confidenceKeyOf } from '../model/confidence';
import type { Domain } from '../state/domain';
import { REJECTED } from '../state/corrections';
import { ConfidenceBadge } from './ConfidenceBadge';
import type { SideGroup } from '../state/selectors';

interface Props {
  domain: Domain;
  groups: SideGroup[];
  counts: Map<string, number>;
  hidden: ReadonlySet<string>;
  onToggle: (actorIds: string[], visible: boolean) => void;
}

function SideCheckbox({
  group,
  hidden,
  onToggle,
}: { group: SideGroup } & Pick<Props, 'hidden' | 'onToggle'>) {
  const ref = useRef<HTMLInputElement>(null);
  const shown = group.actorIds.filter((id) => !hidden.has(id)).length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = shown > 0 && shown < group.actorIds.length;
  }, [shown, group.actorIds.length]);
  return (
    <label className="side-toggle">
      <input
        ref={ref}
        type="checkbox"
        checked={shown === group.actorIds.length}
        onChange={(e) => onToggle(group.actorIds, e.target.checked)}
      />
      <span className="swatch" style={{ background: group.color }} aria-hidden="true" />
      <span>
        {group.name}{' '}
        <span className="muted">
          · side of {group.actorIds.length} {group.actorIds.length === 1 ? 'actor' : 'actors'}
        </span>
      </span>
    </label>
  );
}

interface ActorRowProps {
  id: string;
  name: string;
  color: string;
  unregistered: boolean;
  count: number;
  shown: boolean;
  onToggle: Props['onToggle'];
}

/** One actor's box; redrawn only when it is ticked or unticked, not when another one is. */
const ActorRow = memo(function ActorRow({
  id,
  name,
  color,
  unregistered,
  count,
  shown,
  onToggle,
}: ActorRowProps) {
  return (
    <li>
      <label>
        <input type="checkbox" checked={shown} onChange={(e) => onToggle([id], e.target.checked)} />
        <span className="swatch" style={{ background: color }} aria-hidden="true" />
        <span className="actor-name">{name}</span>
        {unregistered && <span className="muted"> (unregistered)</span>}
        <span className="count" title="events and statements">
          {count}
        </span>
      </label>
    </li>
  );
});

/** Event types (and statements) with their counts, ticked on or off as actors are. */
function TypeFilter({ domain, hidden, onToggle }: Pick<Props, 'domain' | 'hidden' | 'onToggle'>) {
  const types = useMemo(() => {
    const counts = new Map<string, number>();
    for (const it of domain.items.values())
      counts.set(it.typeKey, (counts.get(it.typeKey) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }, [domain]);
  return (
    <fieldset className="side-group type-filter">
      <legend>Event types</legend>
      <ul>
        {types.map(([key, count]) => {
          const type = key.slice('type:'.length);
          const info = eventTypeInfo(type);
          return (
            <li key={key}>
              <label title={info.gloss}>
                <input
                  type="checkbox"
                  checked={!hidden.has(key)}
                  onChange={(e) => onToggle([key], e.target.checked)}
                />
                <span className="actor-name">
                  {info.name} <span className="muted">{type}</span>{' '}
                  <span className="type-gloss">{info.gloss}</span>
                </span>
                <span className="count" title="events and statements">
                  {count}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

const CONFIDENCE_GLOSS: Record<ConfidenceLevel | typeof REJECTED, string> = {
  high: 'Place, actors, date and type all firm in the source',
  medium: 'One or two of them worked out rather than stated',
  low: 'Several worked out or missing: check the source',
  rejected: 'Items you rejected in their popup',
};

/** Items by how sure the extraction is, ticked on or off as actors are (src/model/confidence.ts). */
function ConfidenceFilter({
  domain,
  hidden,
  onToggle,
}: Pick<Props, 'domain' | 'hidden' | 'onToggle'>) {
  const counts = useMemo(() => {
    const out = new Map<string, number>();
    for (const it of domain.items.values())
      out.set(it.confidenceKey, (out.get(it.confidenceKey) ?? 0) + 1);
    return out;
  }, [domain]);
  return (
    <fieldset className="side-group type-filter confidence-filter">
      <legend>Confidence</legend>
      <ul>
        {[...CONFIDENCE_LEVELS, REJECTED].map((level) => {
          if (level === REJECTED && !counts.has(confidenceKeyOf(REJECTED))) return null;
          const key = confidenceKeyOf(level);
          return (
            <li key={key}>
              <label title={CONFIDENCE_GLOSS[level as ConfidenceLevel | typeof REJECTED]}>
                <input
                  type="checkbox"
                  checked={!hidden.has(key)}
                  onChange={(e) => onToggle([key], e.target.checked)}
                />
                <span className="actor-name">
                  <ConfidenceBadge level={level} />{' '}
                  <span className="type-gloss">{CONFIDENCE_GLOSS[level]}</span>
                </span>
                <span className="count" title="events and statements">
                  {counts.get(key) ?? 0}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * Actors grouped by side, each with its colour and item count, ticked on or off. A box finds an
 * actor by name; actors with no items (named in a report but neither acting nor speaking) are
 * folded into one list at the end.
 */
function LayerPanelView({ domain, groups, counts, hidden, onToggle }: Props) {
  const [query, setQuery] = useState('');
  const q = query.trim().toLowerCase();
  const matches = (id: string) => {
    const a = domain.actors.get(id);
    return (
      !q || (a ? [a.name, ...(a.aliases ?? [])].some((n) => n.toLowerCase().includes(q)) : false)
    );
  };
  const idle: string[] = [];
  const shownGroups = groups.flatMap((group) => {
    const active = group.actorIds.filter((id) => (counts.get(id) ?? 0) > 0);
    for (const id of group.actorIds) if ((counts.get(id) ?? 0) === 0 && matches(id)) idle.push(id);
    const listed = active.filter(matches);
    return listed.length > 0 ? [{ group, listed }] : [];
  });
  return (
    <section className="panel layer-panel" aria-labelledby="layers-heading">
      <h2 id="layers-heading">Actors</h2>
      <input
        type="text"
        className="actor-filter"
        placeholder="Find an actor"
        aria-label="Find an actor"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <TypeFilter domain={domain} hidden={hidden} onToggle={onToggle} />
      <ConfidenceFilter domain={domain} hidden={hidden} onToggle={onToggle} />
      {shownGroups.map(({ group, listed }) => (
        <fieldset key={group.id} className="side-group">
          <legend>
            <SideCheckbox group={group} hidden={hidden} onToggle={onToggle} />
          </legend>
          <ul>
            {listed.map((id) => {
              const actor = domain.actors.get(id);
              if (!actor) return null;
              return (
                <ActorRow
                  key={id}
                  id={id}
                  name={actor.name}
                  color={actor.color}
                  unregistered={actor.registered === false}
                  count={counts.get(id) ?? 0}
                  shown={!hidden.has(id)}
                  onToggle={onToggle}
                />
              );
            })}
          </ul>
        </fieldset>
      ))}
      {shownGroups.length === 0 && q && <p className="muted">No actor with items matches.</p>}
      {idle.length > 0 && (
        <details className="idle-actors">
          <summary>
            {idle.length} {idle.length === 1 ? 'actor' : 'actors'} with no items
          </summary>
          <ul>
            {idle.map((id) => (
              <li key={id}>{domain.actors.get(id)?.name ?? id}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Re-renders only when its own props change, not on every keystroke or drag step elsewhere. */
export const LayerPanel = memo(LayerPanelView);
