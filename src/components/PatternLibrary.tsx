import { useId, useMemo, useState } from "react";
import { parsePattern } from "../formats/index.ts";
import { type LibraryPattern, searchPatterns } from "../patterns/index.ts";
import { useLifeStoreApi } from "../store/useLifeStore.ts";

/**
 * The pattern library, searchable by name, category and description. Choosing a pattern picks
 * it up: it follows the pointer (starting at the centre of the view) until a click puts it down.
 * A pattern made for a rule other than Life's switches to it when it is put down (one undo step
 * with its cells); a Life pattern keeps the world's rule.
 */
export function PatternLibrary() {
  const store = useLifeStoreApi();
  const [query, setQuery] = useState("");
  const results = useMemo(() => searchPatterns(query), [query]);
  const searchId = useId();
  const insert = (entry: LibraryPattern) => {
    const s = store.getState();
    const problem = s.startPaste(parsePattern(entry.rle), entry.name, entry.rule);
    if (problem) s.showAlert(problem);
  };
  return (
    <div className="field-group">
      <label htmlFor={searchId}>Search patterns</label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="pattern-list" aria-label="Patterns">
        {results.map((entry) => (
          <li key={entry.id}>
            <button type="button" onClick={() => insert(entry)} title={entry.description}>
              <span>{entry.name}</span>
              <span className="pattern-meta">
                {entry.category}
                {entry.rule !== "B3/S23" && ` · ${entry.rule}`}
              </span>
            </button>
          </li>
        ))}
        {results.length === 0 && <li className="field-hint">No pattern matches “{query}”.</li>}
      </ul>
    </div>
  );
}
