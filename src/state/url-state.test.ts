import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState } from './url-state';

const EMPTY = {
  hidden: [],
  window: null,
  includeUndated: true,
  query: '',
  place: null,
  item: null,
  view: null,
};

describe('url state', () => {
  it('round-trips toggles, selection and view', () => {
    const state = {
      hidden: ['turkey', 'erdogan'],
      window: { from: '2020-02-27', to: '2020-02-29' },
      includeUndated: false,
      query: 'defense ministry',
      place: 'gn169389',
      item: '000_dee46f734d1436c5/st-mod-soldiers',
      view: { zoom: 5.25, lat: 35.93062, lon: 36.63393 },
    };
    const hash = encodeUrlState(state);
    expect(hash).toBe(
      '#map=5.25/35.93062/36.63393&hide=erdogan,turkey&t=2020-02-27..2020-02-29&undated=0&q=defense+ministry&place=gn169389&item=000_dee46f734d1436c5/st-mod-soldiers',
    );
    expect(decodeUrlState(hash)).toEqual({ ...state, hidden: ['erdogan', 'turkey'] });
  });

  it('is empty for the default view', () => {
    expect(encodeUrlState(EMPTY)).toBe('');
  });

  it('ignores malformed parts instead of failing', () => {
    expect(decodeUrlState('#map=abc/1&hide=&place=&t=2020-03-01..2020-02-01&junk')).toEqual(EMPTY);
    expect(decodeUrlState('#map=3/95/10').view).toBeNull();
  });

  it('ignores days that do not exist and views off the map (a link once blanked the page)', () => {
    expect(decodeUrlState('#t=2020-13-45..2020-99-99').window).toBeNull();
    expect(decodeUrlState('#t=2020-02-30..2020-03-01').window).toBeNull();
    expect(decodeUrlState('#map=24/90/1e308').view).toBeNull();
    expect(decodeUrlState('#map=4/89/10').view).toBeNull();
    expect(decodeUrlState('#map=4/45/-180').view).toEqual({ zoom: 4, lat: 45, lon: -180 });
  });

  it('keeps keys with characters that need escaping', () => {
    const s = { ...EMPTY, hidden: ['a&b'], place: 'r 1/p=2', query: 'a&b=c #d' };
    expect(decodeUrlState(encodeUrlState(s))).toEqual(s);
  });
});
