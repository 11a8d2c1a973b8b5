import { describe, expect, it, vi } from 'vitest';
import { describeError } from './describe-error';

describe('describeError', () => {
  it('keeps messages written for people', () => {
    expect(describeError(new Error('the gazetteer could not be loaded (HTTP 404)'))).toBe(
      'the gazetteer could not be loaded (HTTP 404)',
    );
  });
  it('turns engine messages into a sentence and logs them whole', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const e of [
      new RangeError('Maximum call stack size exceeded'),
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      new Error('Maximum call stack size exceeded'),
      new Error('Invalid LngLat object: (NaN, 1)'),
    ])
      expect(describeError(e)).toMatch(/^an unexpected error inside the viewer/);
    expect(log).toHaveBeenCalledTimes(4);
    log.mockRestore();
  });
});
