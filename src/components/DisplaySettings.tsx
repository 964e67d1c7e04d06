import { useId } from "react";
import { useLifeStore, useLifeStoreApi } from "../store/useLifeStore.ts";
import { THEMES, type ThemeName } from "../view/Theme.ts";

/**
 * How the world is shown: the colour theme (the OS's choice, light or dark and more contrast,
 * until one is picked; remembered across visits) and trails, dead cells that were alive
 * recently drawn fading, a toggle button (the T key toggles them too).
 */
export function DisplaySettings() {
  const store = useLifeStoreApi();
  const choice = useLifeStore((s) => s.themeChoice);
  const system = useLifeStore((s) => s.systemTheme);
  const trails = useLifeStore((s) => s.trails);
  const themeId = useId();
  return (
    <div className="field-group display-settings">
      <label htmlFor={themeId}>Theme</label>
      <select
        id={themeId}
        value={choice}
        onChange={(event) => store.getState().setTheme(event.target.value as ThemeName | "system")}
      >
        <option value="system">System ({THEMES[system].label})</option>
        {Object.values(THEMES).map((theme) => (
          <option key={theme.name} value={theme.name}>
            {theme.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="trails-toggle"
        aria-pressed={trails}
        aria-keyshortcuts="T"
        title="Dead cells that were alive recently fade out (T)"
        onClick={() => store.getState().toggleTrails()}
      >
        Trails (T)
      </button>
    </div>
  );
}
