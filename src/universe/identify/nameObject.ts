import { parsePattern } from "../../formats/parsePattern.ts";
import { PATTERN_LIBRARY } from "../../patterns/patternLibrary.ts";
import { formatRule } from "../../rules/formatRule.ts";
import { parseRule } from "../../rules/parseRule.ts";
import type { Rule } from "../../rules/Rule.ts";
import { orientedKey } from "./canonicalShape.ts";
import type { IdentifyResult } from "./IdentifyResult.ts";

/**
 * The pattern library's name for an identified still life, oscillator or spaceship of `rule`,
 * in any phase, orientation and place: the entry of the same rule, kind and period whose cells
 * (one phase of it) are among the object's phase keys (see phaseKeys). Nothing is run: the
 * entry's cells are hashed as they are. Undefined when no entry matches.
 */
export function nameObject(
  result: IdentifyResult,
  rule: Rule,
  phases: ReadonlySet<string>,
): string | undefined {
  const ruleText = formatRule(rule);
  for (const item of PATTERN_LIBRARY) {
    if (item.period !== result.period || item.category === "gun" || item.category === "puffer") {
      continue;
    }
    if ((item.displacement !== undefined) !== (result.kind === "spaceship")) continue;
    if (formatRule(parseRule(item.rule).rule) !== ruleText) continue;
    const pattern = parsePattern(item.rle);
    const xs: number[] = [];
    const ys: number[] = [];
    const states: number[] = [];
    pattern.cells.forEach((state, i) => {
      if (state === 0) return;
      xs.push(i % pattern.width);
      ys.push(Math.floor(i / pattern.width));
      states.push(state);
    });
    const key = orientedKey(
      { xs: Float64Array.from(xs), ys: Float64Array.from(ys), states: Uint8Array.from(states) },
      0,
    );
    if (phases.has(key)) return item.name;
  }
  return undefined;
}
