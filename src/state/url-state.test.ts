import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState } from './url-state';

describe('url state', () => {
  it('round-trips toggles, selection and view', () => {
    const state = {
      hidden: ['turkey', 'erdogan'],
      place: 'gn169389',
      item: '000_dee46f734d1436c5/st-mod-soldiers',
      view: { zoom: 5.25, lat: 35.93062, lon: 36.63393 },
    };
    const hash = encodeUrlState(state);
    expect(hash).toBe(
      '#map=5.25/35.93062/36.63393&hide=erdogan,turkey&place=gn169389&item=000_dee46f734d1436c5/st-mod-soldiers',
    );
    expect(decodeUrlState(hash)).toEqual({ ...state, hidden: ['erdogan', 'turkey'] });
  });

  it('is empty for the default view', () => {
    expect(encodeUrlState({ hidden: [], place: null, item: null, view: null })).toBe('');
  });

  it('ignores malformed parts instead of failing', () => {
    expect(decodeUrlState('#map=abc/1&hide=&place=&junk')).toEqual({
      hidden: [],
      place: null,
      item: null,
      view: null,
    });
    expect(decodeUrlState('#map=3/95/10').view).toBeNull();
  });

  it('keeps keys with characters that need escaping', () => {
    const s = { hidden: ['a&b'], place: 'r 1/p=2', item: null, view: null };
    expect(decodeUrlState(encodeUrlState(s))).toEqual(s);
  });
});
