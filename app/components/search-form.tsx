/** A plain GET form: the search lives in the URL, so it works without JavaScript and can be shared. */
export function SearchForm({ defaultValue = "", autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
  return (
    <form className="search-form" action="/claims" method="get" role="search">
      <label htmlFor="search-q" className="visually-hidden">
        Search claims
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search claims, quotes, speakers…"
        maxLength={200}
        autoFocus={autoFocus}
      />
      <button type="submit">Search</button>
    </form>
  );
}
