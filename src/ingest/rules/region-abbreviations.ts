/**
 * News abbreviations of first-level regions: AP style for US states, Canadian Press for
 * provinces ("Alexandria, La.", "Edmonton, Alta.", "Sen. Bob Casey, D-Pa."). Each row: the
 * region's ISO 3166-2 code and its abbreviations, each written with its dot.
 *
 * scripts/build-gazetteer.ts adds every abbreviation to its region as a name. An abbreviation
 * that is a word ("Pa.", "Ill.", and `WORD_ABBREVIATIONS`) is its region only where news write
 * one: closing an address after a capitalised name and a comma ("Harrisburg, Pa."), or after a
 * party letter ("D-Pa."). Elsewhere it is the word: "the Mass was held" (see
 * `findPlaceMentions` in places.ts and its cases in places.test.ts). Name particles are left
 * out, as they open other names: La. ("La Liga"), Del. ("Lana Del Rey").
 */
export const REGION_ABBREVIATIONS: readonly (readonly [string, ...string[]])[] = [
  ['US-AL', 'Ala.'],
  ['US-AZ', 'Ariz.'],
  ['US-AR', 'Ark.'],
  ['US-CA', 'Calif.'],
  ['US-CO', 'Colo.'],
  ['US-CT', 'Conn.'],
  ['US-FL', 'Fla.'],
  ['US-GA', 'Ga.'],
  ['US-IL', 'Ill.'],
  ['US-IN', 'Ind.'],
  ['US-KS', 'Kan.', 'Kans.'],
  ['US-KY', 'Ky.'],
  ['US-MD', 'Md.'],
  ['US-MA', 'Mass.'],
  ['US-ME', 'Me.'],
  ['US-MI', 'Mich.'],
  ['US-MN', 'Minn.'],
  ['US-MS', 'Miss.'],
  ['US-MO', 'Mo.'],
  ['US-MT', 'Mont.'],
  ['US-NE', 'Neb.', 'Nebr.'],
  ['US-NV', 'Nev.'],
  ['US-NH', 'N.H.'],
  ['US-NJ', 'N.J.'],
  ['US-NM', 'N.M.'],
  ['US-NY', 'N.Y.'],
  ['US-NC', 'N.C.'],
  ['US-ND', 'N.D.'],
  ['US-OK', 'Okla.'],
  ['US-OR', 'Ore.'],
  ['US-PA', 'Pa.', 'Penn.'],
  ['US-RI', 'R.I.'],
  ['US-SC', 'S.C.'],
  ['US-SD', 'S.D.'],
  ['US-TN', 'Tenn.'],
  ['US-TX', 'Tex.'],
  ['US-VT', 'Vt.'],
  ['US-VA', 'Va.'],
  ['US-WA', 'Wash.'],
  ['US-WV', 'W.Va.', 'W. Va.'],
  ['US-WI', 'Wis.', 'Wisc.'],
  ['US-WY', 'Wyo.'],
  ['US-DC', 'D.C.'],
  ['CA-AB', 'Alta.'],
  ['CA-BC', 'B.C.'],
  ['CA-MB', 'Man.'],
  ['CA-NB', 'N.B.'],
  ['CA-NS', 'N.S.'],
  ['CA-ON', 'Ont.'],
  ['CA-QC', 'Que.'],
  ['CA-SK', 'Sask.'],
  ['CA-NL', 'Nfld.'],
];

/** Abbreviations that are English words: the region only where they close an address. */
export const WORD_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mass.',
  'Wash.',
  'Miss.',
  'Ore.',
  'Me.',
]);
