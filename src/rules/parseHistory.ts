import { parseLifeLike } from "./parseLifeLike.ts";
import type { HistoryRule, LifeLikeRule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

/** Golly's Super algorithm's suffixes, with their state counts. */
const VARIANTS = [
  ["Super", 26],
  ["History", 7],
  ["Investigator", 21],
] as const;

/** The suffix of a Super-algorithm rule (`B3/S23History`, `LifeSuper`), if `src` ends with one. */
export function historySuffix(src: string): string | undefined {
  const lower = src.toLowerCase();
  return VARIANTS.find(([suffix]) => lower.endsWith(suffix.toLowerCase()))?.[0];
}

/**
 * Reads a rule of Golly's Super algorithm (superalgo.cpp): a two-state rule, or `Life` (with
 * `H` or `V` for the other neighbourhoods), then `History` or `Super`, any case. Investigator
 * rules are refused by name; so is B0 without survival on every neighbour, as in Golly.
 */
export function parseHistory(src: string, input: string): HistoryRule {
  const suffix = historySuffix(src);
  const variant = VARIANTS.find(([name]) => name === suffix);
  if (variant === undefined) throw new RuleError(`Cannot read rule "${input}"`, input, input);
  const [name, states] = variant;
  const part = src.slice(-name.length);
  if (name === "Investigator") {
    throw new RuleError(
      `Investigator rules (${states} states) are not supported: "${input}"`,
      input,
      part,
    );
  }
  const body = src.slice(0, -name.length);
  if (body === "") {
    throw new RuleError(`"${part}" needs a rule before it, as in "LifeHistory"`, input, part);
  }
  const base = /^life[hv]?$/i.test(body)
    ? parseLifeLike(`B3/S23${body.slice(4)}`, input)
    : parseLifeLike(body, input);
  if (bornOnZero(base) && !survivesFull(base)) {
    throw new RuleError(
      `${name} rules allow birth on 0 neighbours (B0) only with survival on all of them, as in Golly: "${input}"`,
      input,
      body,
    );
  }
  return { family: "history", variant: name, base };
}

function bornOnZero(rule: LifeLikeRule): boolean {
  return rule.notation === "counts" ? (rule.birth & 1) !== 0 : rule.table[0] === 1;
}

function survivesFull(rule: LifeLikeRule): boolean {
  if (rule.notation !== "counts") return rule.table[511] === 1;
  const full = { moore: 8, hexagonal: 6, vonNeumann: 4 }[rule.neighbourhood];
  return ((rule.survival >> full) & 1) !== 0;
}
