import type { RangeShape, Rule } from "./Rule.ts";
import { stateCount } from "./Rule.ts";

/**
 * The family a rule belongs to, as LifeWiki names them: for menus that group rules and for
 * the hint under the rule field.
 */
export function ruleFamilyName(rule: Rule): string {
  switch (rule.family) {
    case "life":
      if (rule.notation === "map") return "MAP (any 3×3 table)";
      if (rule.neighbourhood === "hexagonal") return "Hexagonal";
      if (rule.neighbourhood === "vonNeumann") return "Von Neumann";
      return rule.notation === "letters" ? "Isotropic non-totalistic" : "Life-like";
    case "generations":
      return "Generations";
    case "ltl":
      return "Larger than Life";
    case "history":
      return rule.variant === "History" ? "History" : "Super";
    case "user":
      return "User-written";
  }
}

/** How a Generations rule's cells die. */
function dying(states: number): string {
  if (states === 2) return "a cell that does not survive dies at once";
  if (states === 3) return "a cell that does not survive spends one generation in state 2";
  return `a cell that does not survive fades through states 2 to ${states - 1}`;
}

/** Each Larger than Life neighbourhood's name, as Golly's Help names it, and its letter. */
const SHAPES: Readonly<Record<RangeShape, string>> = {
  moore: "Moore square, NM",
  vonNeumann: "von Neumann diamond, NN",
  circular: "circular, NC",
  euclidean: "L2 / Euclidean disc, N2",
  checkerboard: "checkerboard, NB",
  alignedCheckerboard: "aligned checkerboard, ND",
  cross: "cross, N+",
  saltire: "saltire, NX",
  star: "star, N*",
  hash: "hash, N#",
  hexagonal: "hexagonal, NH",
  asterisk: "asterisk on the hexagonal grid, NA",
  tripod: "tripod on the hexagonal grid, N3",
  triangular: "triangular grid, NL",
  gaussian: "Gaussian weights, NG",
  custom: "custom, N@ and a hex digit for four cells",
  weighted: "weighted, NW and a hex weight a cell",
};

/**
 * One line on what a rule is and how it is written, e.g. "Generations, 3 states:
 * survival/birth/states". Says what the user needs to edit the rulestring.
 */
export function describeRule(rule: Rule): string {
  const family = ruleFamilyName(rule);
  switch (rule.family) {
    case "life": {
      if (rule.notation === "map") return `${family}: MAP and the table in base64`;
      const reach =
        rule.neighbourhood === "hexagonal"
          ? "6 neighbours (H)"
          : rule.neighbourhood === "vonNeumann"
            ? "4 neighbours (V)"
            : "8 neighbours";
      const letters = rule.notation === "letters" ? ", letters name their shape" : "";
      return `${family}: B (born) / S (survives) counts of ${reach}${letters}`;
    }
    case "generations":
      return `${family}, ${rule.states} states: survival/birth/states, ${dying(rule.states)}`;
    case "ltl": {
      const states = rule.states > 2 ? `, ${rule.states} states` : "";
      const grid = rule.cells?.endsWith("L")
        ? " on the triangular grid"
        : rule.cells?.endsWith("H")
          ? " on the hexagonal grid"
          : "";
      const sums = rule.shape === "gaussian" || rule.shape === "weighted" ? "sums" : "counts";
      return `${family}: range ${rule.range} (${SHAPES[rule.shape]}${grid})${states}; S and B ${sums}`;
    }
    case "history":
      return `${family}, ${stateCount(rule)} states: the base rule, with cells that keep a trace of where life has been`;
    case "user":
      return `${family}, ${rule.states} states, on the coroutine interpreter: ${rule.reason}`;
  }
}
