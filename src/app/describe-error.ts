/**
 * What to tell a person about an error. Messages the viewer writes for people (a file that
 * cannot be read, a report that is too long) are shown as they are; the JavaScript engine's
 * own messages ("Maximum call stack size exceeded", "Cannot read properties of undefined")
 * mean nothing to an analyst, so they become a plain sentence and go to the console whole.
 */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return typeof e === 'string' && e ? e : 'an unexpected error';
  if (ENGINE_ERRORS.has(e.name) || ENGINE_MESSAGES.some((m) => m.test(e.message))) {
    console.error(e);
    return 'an unexpected error inside the viewer (the details are in the browser console)';
  }
  return e.message || 'an unexpected error';
}

/** Error classes the engine throws for faults in code, not in what a person did. */
const ENGINE_ERRORS = new Set([
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'InternalError',
  'EvalError',
]);
/** Engine messages that arrive as plain `Error`s, e.g. from a worker or a library. */
const ENGINE_MESSAGES = [
  /Maximum call stack size exceeded/,
  /Cannot read propert/,
  /is not a function/,
  /is not defined/,
  /Invalid (?:time value|array length|LngLat)/,
  /out of memory/i,
];
