/**
 * One box across place names, actor names and aliases, and the quotes; `busy` while the
 * results for what is typed are still being found.
 */
export function SearchBox({
  value,
  onChange,
  busy = false,
}: {
  value: string;
  onChange: (v: string) => void;
  busy?: boolean;
}) {
  return (
    <search className="panel search-box" aria-busy={busy}>
      <label htmlFor="search-input">
        <h2>Search</h2>
      </label>
      <input
        id="search-input"
        type="search"
        value={value}
        placeholder="Place, actor or words of a quote"
        onChange={(e) => onChange(e.target.value)}
      />
    </search>
  );
}
