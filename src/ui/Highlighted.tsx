import { INVISIBLE, invisibleChar } from '../model/invisible';
import { matchSpans } from '../state/view-filter';

/**
 * Report text with its invisible and direction-control characters made visible: each stays in
 * the page as it is in the source (a copy is exact) but in an isolated box labelled with its
 * short name ("RLO", "WJ"), so an override cannot reorder the text around it.
 */
export function VisibleText({ text }: { text: string }) {
  if (text.search(INVISIBLE) < 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    const i = m.index ?? 0;
    const c = invisibleChar(m[0]);
    if (!c) continue;
    if (i > at) parts.push(text.slice(at, i));
    const hex = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    parts.push(
      <span key={i} className="invisible-char" data-label={c.label} title={`U+${hex} ${c.name}`}>
        {m[0]}
      </span>,
    );
    at = i + 1;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Text with the search matches marked, built from strings (never HTML). */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const spans = matchSpans(text, query);
  if (spans.length === 0) return <VisibleText text={text} />;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [a, b] of spans) {
    if (a > at) parts.push(<VisibleText key={`t${at}`} text={text.slice(at, a)} />);
    parts.push(
      <mark key={a} className="search-hit">
        <VisibleText text={text.slice(a, b)} />
      </mark>,
    );
    at = b;
  }
  if (at < text.length) parts.push(<VisibleText key={`t${at}`} text={text.slice(at)} />);
  return <>{parts}</>;
}
