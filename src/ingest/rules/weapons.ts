/**
 * Weapons news names by their own names and codes ("ATACMS missiles", "the Kinzhal", "the
 * Merkava tanks"): no party, though written like an acronym or a name after "the". Codes with
 * a hyphen ("F-16", "BM-21") are never read as names and need no row. Each row has the sentence
 * it exists for; `weapons.test.ts` checks that no example makes its weapon an actor.
 */
export interface WeaponRow {
  /** The names, as written. */
  names: string[];
  example: string;
}

export const WEAPONS: WeaponRow[] = [
  {
    names: ['ATACMS', 'HIMARS', 'MLRS', 'GMLRS'],
    example: 'Ukrainian forces struck a depot in Bryansk Oblast with ATACMS missiles on Tuesday.',
  },
  {
    names: ['Kinzhal', 'Iskander', 'Kalibr', 'Tochka', 'Oniks', 'Zircon'],
    example: 'Russia fired the Kinzhal at Kyiv overnight, the air force said.',
  },
  {
    names: ['Shahed', 'Geran', 'Lancet', 'Orlan', 'Bayraktar', 'Mohajer'],
    example: 'The air force said the Shahed drones came from the south.',
  },
  {
    names: ['NASAMS', 'Patriot', 'THAAD', 'Arrow', 'Pantsir'],
    example: 'A NASAMS battery intercepted the missiles over Kyiv on Monday.',
  },
  {
    names: ['SCALP', 'JDAM', 'Storm Shadow', 'Taurus', 'Tomahawk', 'Hellfire', 'Javelin'],
    example: 'SCALP missiles hit the headquarters in Sevastopol on Friday.',
  },
  {
    names: ['Merkava', 'Abrams', 'Leopard', 'Bradley', 'Challenger'],
    example: 'Troops said the Merkava tanks entered Khan Younis on Monday.',
  },
];

/** Every weapon name, by its exact spelling. */
export const WEAPON_NAMES: ReadonlySet<string> = new Set(WEAPONS.flatMap((w) => w.names));
