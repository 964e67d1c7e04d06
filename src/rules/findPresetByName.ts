import { RULE_PRESETS } from "./presets.ts";
import type { RulePreset } from "./RulePreset.ts";

/** Built on first use; parseRule asks on every call, so the names are normalized only once. */
let presetsByKey: ReadonlyMap<string, RulePreset> | undefined;

/**
 * The preset called `name` (or one of its aliases). Case, spaces and punctuation are ignored
 * and "&" reads as "and", so "conways life", "Conway’s Life" and "Day and Night" all match.
 */
export function findPresetByName(name: string): RulePreset | undefined {
  presetsByKey ??= indexPresets();
  return presetsByKey.get(normalizeName(name));
}

function indexPresets(): ReadonlyMap<string, RulePreset> {
  const byKey = new Map<string, RulePreset>();
  for (const preset of RULE_PRESETS) {
    for (const name of [preset.name, ...preset.aliases]) byKey.set(normalizeName(name), preset);
  }
  return byKey;
}

function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("&", "and")
    .replace(/[^a-z0-9]/g, "");
}
