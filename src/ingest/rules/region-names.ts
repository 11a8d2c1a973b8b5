/**
 * Other names news give first-level regions than country-state-city does: transliterations the
 * spelling-skeleton match does not reach ("Salah al-Din" for Saladin), and names of peoples or
 * older names ("Karen State" for Kayin). Each row: the region's ISO 3166-2 code and its names.
 *
 * scripts/build-gazetteer.ts adds each name to its region; `region-names.test.ts` checks that
 * every name finds its region in the built gazetteer. A name that is also a given name or a
 * word ("Karen") is written only with its region word ("Karen State"). A region named as its
 * seat is ("Hodeidah", "Taiz") needs no row: the seat's own names reach it, and the city is
 * where news put the dot.
 */
export const REGION_NAMES: readonly (readonly [string, ...string[]])[] = [
  ['IQ-SD', 'Salah al-Din', 'Salahuddin', 'Salah ad-Din', 'Salaheddine'],
  ['IQ-NI', 'Ninewa', 'Ninawa'],
  ['IQ-BB', 'Babil'],
  ['IQ-DQ', 'Thi Qar'],
  ['IQ-AR', 'Arbil', 'Hewler'],
  ['IQ-DA', 'Duhok', 'Dahuk'],
  ['SY-SU', 'Suwayda', 'Sweida', 'Suweida'],
  ['SO-SH', 'Lower Shabelle', 'Shabeellaha Hoose'],
  ['SO-SD', 'Middle Shabelle', 'Shabeellaha Dhexe'],
  ['SO-HI', 'Hiraan'],
  ['SO-BN', 'Banadir', 'Benadir'],
  // What India calls it: "Pakistan-occupied Jammu and Kashmir" is Azad Kashmir, not India's region.
  [
    'PK-JK',
    'Pakistan-occupied Kashmir',
    'Pakistan-occupied Jammu and Kashmir',
    'Pakistan-administered Kashmir',
    'PoK',
    'PoJK',
  ],
  ['MM-13', 'Karen State'],
  ['MM-12', 'Karenni State'],
  // Mexican states whose package name carries an honorific: "Michoacán de Ocampo".
  ['MX-MIC', 'Michoacán', 'Michoacan'],
  ['MX-COA', 'Coahuila'],
  ['MX-VER', 'Veracruz'],
];
