import { describe, expect, it } from 'vitest';
import { parseDateline, splitSentences, tokenize, wireDateline } from './text';

describe('parseDateline', () => {
  it('reads a dateline followed by the text on the same line, after leading space', () => {
    const text = ' date 2020-03-02 After escalating tensions, the presidents spoke.';
    const d = parseDateline(text);
    expect(d).toMatchObject({ date: '2020-03-02', problem: null });
    expect(text.slice(d.span?.start, d.span?.end)).toBe('date 2020-03-02');
    expect(text.slice(d.bodyStart).trim()).toMatch(/^After/);
  });
  it('reports a missing, malformed or impossible dateline', () => {
    expect(parseDateline('Fighting continued.').problem).toMatch(/no dateline/);
    expect(parseDateline('date March 2, 2020\nText.').problem).toMatch(/malformed dateline/);
    expect(parseDateline('date 2020-02-30\nText.')).toMatchObject({
      date: null,
      problem: expect.stringMatching(/not a real date/),
    });
  });
});

describe('splitSentences', () => {
  const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it('does not split after abbreviations, initials or inside numbers', () => {
    expect(
      sentences(
        'The memorandum dated Sept. 17, 2018 stands. Gen. Smith and J. Doe left U.S. soil at 3.5 km. Then it ended.',
      ),
    ).toEqual([
      'The memorandum dated Sept. 17, 2018 stands.',
      'Gen. Smith and J. Doe left U.S. soil at 3.5 km.',
      'Then it ended.',
    ]);
  });
  it('goes on after "p.m." before a bracket, and ends there before a capital', () => {
    expect(
      sentences(
        'Forces struck at 4 p.m. (Sanaa time) on Feb. 3. The curfew began at 10 p.m. Residents fled.',
      ),
    ).toEqual([
      'Forces struck at 4 p.m. (Sanaa time) on Feb. 3.',
      'The curfew began at 10 p.m.',
      'Residents fled.',
    ]);
  });
  it('keeps closing quotes with their sentence and splits paragraphs', () => {
    expect(sentences('“We will respond,” he said. “Soon.”\n\nNew paragraph here')).toEqual([
      '“We will respond,” he said.',
      '“Soon.”',
      'New paragraph here',
    ]);
  });
  it('ends a heading in capitals at its line, and starts each list item without its mark', () => {
    expect(
      sentences(
        'HIGHLIGHTS\n• Fighting erupted in El Fasher\n• Some 2,000 people fled\n2) Trucks\nwaited at the crossing.',
      ),
    ).toEqual([
      'HIGHLIGHTS',
      'Fighting erupted in El Fasher',
      'Some 2,000 people fled',
      'Trucks\nwaited at the crossing.',
    ]);
  });
  it('ends a short section heading at its line ("Burkina Faso", "Humanitarian situation")', () => {
    expect(
      sentences(
        'Burkina Faso\nOn 24 August, militants attacked Barsalogho.\n\nHumanitarian situation\nOn 23 July, a building was struck.',
      ),
    ).toEqual([
      'Burkina Faso',
      'On 24 August, militants attacked Barsalogho.',
      'Humanitarian situation',
      'On 23 July, a building was struck.',
    ]);
  });
  it('ends a headline at its byline', () => {
    expect(
      sentences('Drones hit energy sites, officials say\nBy Staff Writer\n\nKYIV - Text.'),
    ).toEqual(['Drones hit energy sites, officials say', 'By Staff Writer', 'KYIV - Text.']);
  });
  it('ends a title in title case at its line, also right after the date line', () => {
    const text =
      'date 2023-05-21\nStatement of the Ministry of Defence of the Russian Federation\nAs a result of offensive actions, the city was taken.';
    expect(splitSentences(text, 15).map((s) => text.slice(s.start, s.end))).toEqual([
      'Statement of the Ministry of Defence of the Russian Federation',
      'As a result of offensive actions, the city was taken.',
    ]);
    // Wrapped prose has words in lower case.
    expect(sentences('Troops of the Ministry advanced on the\nTown Hall on Monday.')).toHaveLength(
      1,
    );
  });
  it('joins a hard-wrapped line', () => {
    expect(sentences('Troops advanced on the\ntown on Monday. Then they stopped.')).toEqual([
      'Troops advanced on the\ntown on Monday.',
      'Then they stopped.',
    ]);
  });
});

describe('tokenize', () => {
  it('keeps inner apostrophes and hyphens', () => {
    expect(tokenize('Hay’at Tahrir al-Sham, Russia’s 33 men', 0, 38).map((t) => t.text)).toEqual([
      'Hay’at',
      'Tahrir',
      'al-Sham',
      'Russia’s',
      '33',
      'men',
    ]);
  });
  it('reads what the pattern of letters, digits and inner joiners reads, in any script', () => {
    // The rule written as a pattern: the character loop must give the same words.
    const pattern = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;
    const byPattern = (text: string, from: number, to: number) =>
      [...text.matchAll(pattern)]
        .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }))
        .filter((t) => t.start >= from && t.end <= to);
    const texts = [
      "a--b x-y- -z ’a rock'n'roll o'Neil 'quoted' it's",
      'naïve café, 日本語 Ⅻ ½ ٣٤ 𝐀𝐁 c𝐀d – Dnipro‐Kherson',
    ];
    for (const text of texts)
      for (let to = 0; to <= text.length; to += 3)
        expect(tokenize(text, 0, to)).toEqual(byPattern(text, 0, to).filter((t) => t.end <= to));
    // A stretch starting after a word's start reads from where it starts.
    expect(tokenize('Tahrir al-Sham', 2, 14).map((t) => t.text)).toEqual(['hrir', 'al-Sham']);
  });
});

describe('wireDateline', () => {
  it('finds none in a bracket that is no place and date', () => {
    expect(wireDateline('(Reuters reporting) Troops attacked.', 0)).toBeNull();
    expect(wireDateline('(See map, page 2) - Troops attacked.', 0)).toBeNull();
    expect(wireDateline('Kyiv, Odesa and Lviv - all three were hit.', 0)).toBeNull();
  });
  it.each([
    ['KYIV, May 12 (Reuters) - Russian forces attacked.', 'KYIV, May 12 (Reuters) - '],
    ['BAKU/YEREVAN - Talks resumed.', 'BAKU/YEREVAN - '],
    // Day before month, as UN and European agencies write it.
    [
      'KHARTOUM/GENEVA, 14 November 2023 – Fighting continued.',
      'KHARTOUM/GENEVA, 14 November 2023 – ',
    ],
    // A rights group's press release puts its dateline in brackets.
    [
      '(Nairobi, April 25, 2024) – Soldiers executed 223 villagers.',
      '(Nairobi, April 25, 2024) – ',
    ],
    ['(Beirut) – Strikes hit a market.', '(Beirut) – '],
    // A ministry's: the city in capitals and small letters, then a date with its year.
    ['Tehran, 14 April 2024 - Iran acted.', 'Tehran, 14 April 2024 - '],
  ])('finds the dateline of %s', (text, dateline) => {
    const span = wireDateline(text, 0);
    expect(span && text.slice(span.start, span.end)).toBe(dateline);
  });
});
