/**
 * Ships, which news name like places and people ("the aircraft carrier Liaoning", "the tanker
 * Marlin Luanda", "USS Carney"): a ship's name is neither a place nor a party's name. Each row
 * has the sentence it exists for; `vessels.test.ts` checks that no example makes its ship's name
 * a place or a party.
 */
export interface VesselRow {
  /** Lower-case words for a kind of ship, written before or after its name. */
  nouns: string[];
  /** The ship's name in the example. */
  ship: string;
  example: string;
}

export const VESSEL_ROWS: VesselRow[] = [
  {
    nouns: ['carrier', 'destroyer', 'frigate', 'warship', 'cruiser', 'corvette', 'submarine'],
    ship: 'Liaoning',
    example: 'China deployed its aircraft carrier Liaoning near the island on Monday.',
  },
  {
    nouns: ['tanker', 'vessel', 'ship', 'freighter', 'ferry', 'boat'],
    ship: 'Marlin Luanda',
    example: 'A missile struck the tanker Marlin Luanda in the Gulf of Aden on Friday.',
  },
];

/** Every word for a kind of ship. */
export const VESSEL_NOUNS = new Set(VESSEL_ROWS.flatMap((r) => r.nouns));

/** Prefixes of ships' names: "BRP Sierra Madre", "USS Carney", "HMS Diamond". */
export const SHIP_PREFIXES = new Set(
  'BRP USS USNS HMS HMCS HMAS HMNZS INS ARA TCG RFS MV MT SS FS ROKS JS'.split(' '),
);
