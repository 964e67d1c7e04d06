import { formatBounds } from "./formatBounds.ts";
import { formatLargerThanLife } from "./formatLargerThanLife.ts";
import { formatHalves, formatLifeLike, formatMap, neighbourhoodSuffix } from "./formatLifeLike.ts";
import type { GenerationsRule, GridBounds, HistoryRule, Rule, Tube } from "./Rule.ts";

/**
 * Writes the canonical rulestring, as Golly prints it back: `B3/S23` (digits ascending, `B2/S`
 * when nothing survives, `H`/`V` for other neighbourhoods), `B2-a/S12`, `MAP...`, `345/2/4`,
 * `R5,C0,M1,S34..58,B34..45,NM` or `R5,C0,S33-57,B34-45`, `LifeHistory` or `B36/S23Super`;
 * then Golly's bounded-grid suffix (`formatBounds`: `:T64,48`, `:K40*,20`, `:T0,20`, …) when given bounds.
 */
export function formatRule(rule: Rule, bounds?: GridBounds | Tube): string {
  return `${formatBody(rule)}${bounds ? formatBounds(bounds) : ""}`;
}

function formatBody(rule: Rule): string {
  switch (rule.family) {
    case "life":
      return formatLifeLike(rule);
    case "generations":
      return formatGenerations(rule);
    case "ltl":
      return formatLargerThanLife(rule);
    case "history":
      return formatHistory(rule);
    case "user":
      // Not a rulestring: the rule is its source, which travels with it (and in share links).
      return "User-written";
  }
}

/** MCell's order, survival first, as Golly prints Generations: `345/2/4`, `MAP.../3`. */
function formatGenerations(rule: GenerationsRule): string {
  const { base, states } = rule;
  if (base.notation === "map") return `${formatMap(base.table, base.neighbourhood)}/${states}`;
  const [birth, survival] = formatHalves(base);
  return `${survival}/${birth}/${states}${neighbourhoodSuffix(base.neighbourhood)}`;
}

/** `LifeHistory` for Conway's Life, else the base rule then the variant, as Golly prints it. */
function formatHistory(rule: HistoryRule): string {
  const { base, variant } = rule;
  const life =
    base.notation === "counts" &&
    base.neighbourhood === "moore" &&
    base.birth === 1 << 3 &&
    base.survival === ((1 << 2) | (1 << 3));
  return `${life ? "Life" : formatLifeLike(base)}${variant}`;
}
