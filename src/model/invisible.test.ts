import { describe, expect, it } from 'vitest';
import { ingestText } from '../../tests/fixtures/ingest';
import { INVISIBLE_CHARS, spanInOriginal, stripInvisible, withoutInvisible } from './invisible';
import { validateSituation } from './validate-situation';

describe('invisible and direction-control characters (one row each)', () => {
  it.each(INVISIBLE_CHARS.map((c) => [c.name, c.example]))(
    '%s is read past, and offsets still point into the text as it is',
    async (_name, example) => {
      expect(withoutInvisible(example)).toBe('Moscow');
      const s = stripInvisible(example);
      expect(s?.clean).toBe('Moscow');
      expect(s && spanInOriginal(s, { start: 0, end: 6 })).toEqual({ start: 0, end: 7 });

      const text = `date 2020-03-05\nThe two ministers met in ${example} on Thursday, the ministry said.\n`;
      const { collection, warnings } = await ingestText(text);
      const place = collection.features.find((f) => f.properties.kind === 'place');
      expect(place?.properties.kind === 'place' && place.properties.name).toBe('Moscow');
      const at = text.indexOf(example);
      expect(place?.properties.kind === 'place' && place.properties.mentions[0]).toMatchObject({
        start: at,
        end: at + example.length,
      });
      expect(validateSituation(JSON.stringify(collection), text).problems).toEqual([]);
      expect(warnings.join()).toMatch(
        /1 invisible or direction-control character \(the first, U\+[0-9A-F]{4} /,
      );
    },
  );

  it('keeps a byte order mark at the start and leaves text without them as it is', () => {
    expect(stripInvisible('\uFEFFdate 2020-03-05\nMoscow')).toBeNull();
    expect(stripInvisible('Moscow')).toBeNull();
  });
});
