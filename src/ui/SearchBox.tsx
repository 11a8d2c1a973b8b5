/** One box across place names, actor names and aliases, and the quotes. */
export function SearchBox({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <search className="panel search-box">
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
