import { neighbourhoodOfMapLength } from "./mapRule.ts";
import { parseGenerations } from "./parseGenerations.ts";
import { historySuffix, parseHistory } from "./parseHistory.ts";
import { looksLikeLargerThanLife, parseLargerThanLife } from "./parseLargerThanLife.ts";
import { parseLifeLike } from "./parseLifeLike.ts";
import type { Rule } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";
import { rejectUnsupportedRule } from "./rejectUnsupportedRule.ts";

/**
 * Reads a rulestring without its grid suffix as Golly does, trying its algorithms' readers:
 * Life-like (`B3/S23`, `B2-a/S12`, `B2/S34H`, `MAP...`), Generations (`345/2/4`), Larger than
 * Life (`R5,C0,M1,S34..58,B34..45,NM`, `R5,C0,S33-57,B34-45`) and Super (`LifeHistory`,
 * `B36/S23Super`); also LifeViewer's `B2/S/C3` and Catagolue's `g3b2s` for Generations.
 * Whitespace anywhere is ignored. `input` is the whole rulestring, quoted in
 * messages.
 */
export function parseRulestring(body: string, input: string): Rule {
  const src = withSlashes(body.replace(/\s+/g, ""));
  rejectUnsupportedRule(src, input);
  if (looksLikeLargerThanLife(src)) return parseLargerThanLife(src, input);
  if (historySuffix(src) !== undefined) return parseHistory(src, input);
  const catagolue = /^g(\d+)\/?([bs].*)$/i.exec(src);
  if (catagolue) return parseGenerations(statesLast(catagolue[2] ?? "", catagolue[1] ?? ""), input);
  rejectName(src, input);
  if (/^map/i.test(src)) {
    // Base64 has "/" too: a MAP of the right length is Life-like, else Golly's Generations
    // reader takes the last "/" as the one before the state count.
    return isLifeLikeMap(src.slice(3)) ? parseLifeLike(src, input) : parseGenerations(src, input);
  }
  const slashes = src.split("/").length - 1;
  if (slashes === 2) return parseGenerations(src, input);
  if (slashes > 2) {
    throw new RuleError(
      `At most two "/" are allowed (in Generations rules): "${input}"`,
      input,
      "/",
    );
  }
  return parseLifeLike(src, input);
}

/**
 * Golly reads `_` as `/` in rules with Hensel letters (`B2a_S12`, LifeViewer's way of keeping
 * "/" out of file names); with counts alone it is a stray character.
 */
function withSlashes(src: string): string {
  return src.includes("_") && /[0-8](?:-|[ceaiknjqrytwz])/i.test(src)
    ? src.replaceAll("_", "/")
    : src;
}

/**
 * Catagolue's and LifeViewer's `g4b2s345` (states first) in Golly's order, `b2s345/4`, the
 * neighbourhood letter kept last.
 */
function statesLast(rule: string, states: string): string {
  const suffix = /[hv]$/i.test(rule) ? rule.slice(-1) : "";
  return `${rule.slice(0, rule.length - suffix.length)}/${states}${suffix}`;
}

function isLifeLikeMap(base64: string): boolean {
  const digits = base64.endsWith("==") ? base64.slice(0, -2) : base64;
  return neighbourhoodOfMapLength(digits.length) !== undefined || !base64.includes("/");
}

/**
 * Text with neither digit nor slash (`B`, `S`, `BS` aside, which Golly reads as rules), or that
 * starts with two letters other than `B` and `S` or `MAP` (`JvN29`), is a name: say so rather
 * than complain about its second letter. Golly reads any name as a RuleLoader rule from a
 * `.rule` file (WireWorld, Codd, ...), which this app cannot run, so the message says that too.
 */
function rejectName(src: string, input: string): void {
  const noCounts = !/[0-9/]/.test(src) && !/^[bs]{0,2}[hv]?$/i.test(src) && !/^map/i.test(src);
  const named = /^[a-z]{2}/i.test(src) && !/^[bs]{2}/i.test(src) && !/^map/i.test(src);
  if (noCounts || named) {
    throw new RuleError(
      `Unknown rule "${input}": not a rulestring like "B3/S23" nor a known rule name (named multi-state rules, Golly's RuleLoader rules such as WireWorld or Codd, are not supported)`,
      input,
      input,
    );
  }
}
