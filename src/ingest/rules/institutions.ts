/**
 * Institutions a report names by description: "the country's parliament", "the national
 * assembly", "the nation's electoral commission". They belong to the country the report is
 * about. Each row: the words, the name they get after the country's ("Mali parliament"), and
 * the sentence it exists for; `institutions.test.ts` runs every example.
 */
export interface Institution {
  /** Regular-expression source of the words, lower case. */
  words: string;
  name: string;
  example: string;
}

export const INSTITUTIONS_BY_DESCRIPTION: Institution[] = [
  {
    words: 'parliament|legislature',
    name: 'parliament',
    example: "In Bamako, the country's parliament voted to expel the French ambassador.",
  },
  {
    words: 'national assembly',
    name: 'National Assembly',
    example: 'In Niamey, the National Assembly voted to expel the French ambassador.',
  },
  {
    words: 'senate',
    name: 'Senate',
    example: "In Abuja, the country's senate voted on Monday to extend the state of emergency.",
  },
  {
    words: 'cabinet|council of ministers',
    name: 'cabinet',
    example: "In Khartoum, the country's cabinet agreed a ceasefire with the RSF.",
  },
  {
    words: 'electoral commission|election commission',
    name: 'electoral commission',
    example: "In Kinshasa, the country's electoral commission said protesters attacked its office.",
  },
  {
    words: 'supreme court|constitutional court',
    name: 'courts',
    example: "In Dakar, the nation's constitutional court agreed to hear the case.",
  },
  {
    words: 'police|police force',
    name: 'police',
    example: "In Port-au-Prince, the country's police arrested 40 gang members.",
  },
];

/** "the country's parliament", "the nation's senate", "the National Assembly". */
export const INSTITUTION_PATTERN = new RegExp(
  `\\b(?:the\\s+)(?:(?:country|nation)['’]s\\s+|national\\s+)?(${INSTITUTIONS_BY_DESCRIPTION.map((r) => `(${r.words})`).join('|')})\\b(?!\\s+of\\b)`,
  'gi',
);
