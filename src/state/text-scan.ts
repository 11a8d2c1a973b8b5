/**
 * The search's scan of item texts, shared by the filter index (on the page) and the search
 * worker (off it). The texts are joined into one string with NUL after each, `at[i]` being
 * where item i's text starts (and `at[n]` the end), so that one `indexOf` finds the next hit
 * for any number of items.
 */

/** Ends each text in the joined string; never in a query that reaches {@link scanTexts}. */
export const TEXT_END = '\u0000';

/**
 * Sets `out[i]` to 1 for every item whose text holds `query` (which holds no NUL), looking
 * only at items with `look[i] === 1` when `look` is given. Leaves the other entries alone.
 */
export function scanTexts(
  text: string,
  at: Int32Array,
  query: string,
  out: Uint8Array,
  look: Uint8Array | null = null,
): void {
  const n = at.length - 1;
  // The first hit at or after the current item's start: one indexOf serves every item up to
  // it, and items not looked at are passed over.
  let hit = -1;
  for (let i = 0; i < n; i++) {
    if (out[i] === 1 || (look && look[i] === 0)) continue;
    if (hit < at[i]) {
      hit = text.indexOf(query, at[i]);
      if (hit < 0) return;
    }
    // The query holds no NUL, so a hit that starts in this item ends in it.
    if (hit < at[i + 1]) out[i] = 1;
  }
}
