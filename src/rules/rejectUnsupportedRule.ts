import { RuleError } from "./RuleError.ts";

/** LifeViewer's suffixes for Life-like rules with extra marker states, and their state counts. */
const MARKER_FAMILIES: readonly (readonly [suffix: string, states: number])[] = [
  ["History", 7],
  ["Super", 26],
  ["Investigator", 21],
];

/**
 * Throws a `RuleError` naming the rule family when `src` (a rulestring without whitespace or
 * grid suffix) is one Golly or LifeViewer reads but a two-state Moore-neighbourhood engine
 * cannot run. Saying "Generations" beats a puzzling "unknown character" for `B3/S23/C3`.
 */
export function rejectUnsupportedRule(src: string, input: string): void {
  if (/^map/i.test(src)) {
    const part = src.slice(0, 3);
    throw new RuleError(
      `"${part}" rules (arbitrary neighbourhood maps) are not supported: "${input}"`,
      input,
      part,
    );
  }
  const range = /^r(\d+),c\d+/i.exec(src)?.[1];
  if (range !== undefined) {
    throw new RuleError(
      `Larger than Life rules (range ${range}) are not supported: "${input}"`,
      input,
      src.slice(0, src.indexOf(",")),
    );
  }
  for (const [suffix, states] of MARKER_FAMILIES) {
    if (src.length > suffix.length && src.toLowerCase().endsWith(suffix.toLowerCase())) {
      throw new RuleError(
        `${suffix} rules (${states} states) are not supported: "${input}"`,
        input,
        src.slice(-suffix.length),
      );
    }
  }
  const wolfram = /^w\d+$/i.exec(src);
  if (wolfram) {
    throw new RuleError(
      `Wolfram (one-dimensional) rules are not supported: "${wolfram[0]}"`,
      input,
      wolfram[0],
    );
  }
  const states = findGenerationsPart(src);
  if (states !== undefined) {
    throw new RuleError(
      `Generations rules (more than two states) are not supported: "${states}" in "${input}"`,
      input,
      states,
    );
  }
  // Digits required, so a name like "Bash" is not taken for a hexagonal rule.
  const neighbourhood = /[0-9]/.test(src) ? /[0-8/bs]([hv])$/i.exec(src)?.[1] : undefined;
  if (neighbourhood !== undefined) {
    const name = /h/i.test(neighbourhood) ? "Hexagonal" : "Von Neumann";
    throw new RuleError(
      `${name} neighbourhood rules ("${neighbourhood}") are not supported: "${input}"`,
      input,
      neighbourhood,
    );
  }
}

/** The state count of a Generations rule: `3` of `/2/3`, `C3` of `B3/S23/C3`, `g3` of `g3b2s`. */
function findGenerationsPart(src: string): string | undefined {
  const prefix = /^g\d+/i.exec(src);
  if (prefix) return prefix[0];
  const segments = src.split("/");
  const last = segments[2];
  if (segments.length === 3 && last !== undefined && /^c?\d+$/i.test(last)) return last;
  return undefined;
}
