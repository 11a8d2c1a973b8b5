import type { Domain } from './domain';

/**
 * Side colours, in the order sides are given them (most items first). Chosen from the Okabe-Ito,
 * Paul Tol and ColorBrewer sets for distinctness: every two differ by CIEDE2000 >= 16 for
 * normal vision and >= 7 under simulated deuteranopia and protanopia, and each stands apart
 * from the basemap's land, sea and faded grey (>= 25); `colours.test.ts` checks all three.
 */
export const SIDE_PALETTE = [
  '#0072b2',
  '#e69f00',
  '#b2182b',
  '#009e73',
  '#8c510a',
  '#332288',
  '#01665e',
  '#cc6677',
  '#4d9221',
  '#aa4499',
] as const;

/** Sides beyond the palette: one neutral colour, named "other sides" in the legend. */
export const OTHER_SIDE_COLOR = '#404040';

/** Steps of an actor's shade from its side's colour: 0, lighter, darker, lighter still, ... */
const SHADE_STEPS = [0, 0.3, -0.3, 0.5, -0.45, 0.65];

/**
 * The `k`-th shade of a colour: the colour itself, then mixed alternately toward white and
 * toward black, so the actors of one side are told apart but read as one side.
 */
export function shade(hex: string, k: number): string {
  const t = SHADE_STEPS[k % SHADE_STEPS.length];
  const target = t > 0 ? 255 : 0;
  const amount = Math.abs(t);
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c + (target - c) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * Colours the sides and actors of a merged set of reports for the map: the sides with most
 * items take the palette's colours in turn (the rest share {@link OTHER_SIDE_COLOR}), and each
 * side's actors take shades of its colour, most items first. The colours the files carry are
 * kept in them; what the map shows is distinct whichever reports are loaded together.
 */
export function assignColours(domain: Domain): void {
  const sideItems = new Map<string, number>();
  const actorItems = new Map<string, number>();
  for (const item of domain.items.values()) {
    for (const s of item.sides) sideItems.set(s, (sideItems.get(s) ?? 0) + 1);
    for (const a of item.actorIds) actorItems.set(a, (actorItems.get(a) ?? 0) + 1);
  }
  const byCount = (counts: Map<string, number>) => (a: string, b: string) =>
    (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const sides = [...domain.sides.keys()].sort(byCount(sideItems));
  sides.forEach((id, i) => {
    const side = domain.sides.get(id);
    if (side) side.color = SIDE_PALETTE[i] ?? OTHER_SIDE_COLOR;
  });
  const actorsOf = new Map<string, string[]>();
  for (const a of domain.actors.values()) {
    const list = actorsOf.get(a.side);
    if (list) list.push(a.id);
    else actorsOf.set(a.side, [a.id]);
  }
  for (const [sideId, ids] of actorsOf) {
    const base = domain.sides.get(sideId)?.color ?? OTHER_SIDE_COLOR;
    ids.sort(byCount(actorItems)).forEach((id, k) => {
      const actor = domain.actors.get(id);
      if (actor) actor.color = shade(base, k);
    });
  }
}
