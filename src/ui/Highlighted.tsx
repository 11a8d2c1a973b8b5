import { matchSpans } from '../state/view-filter';

/** Text with the search matches marked, built from strings (never HTML). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const spans = matchSpans(text, query);
  if (spans.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [a, b] of spans) {
    if (a > at) parts.push(text.slice(at, a));
    parts.push(
      <mark key={a} className="search-hit">
        {text.slice(a, b)}
      </mark>,
    );
    at = b;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
