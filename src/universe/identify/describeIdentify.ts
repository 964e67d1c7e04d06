import type { IdentifyResult } from "./IdentifyResult.ts";

/**
 * Identify's answer in one sentence, for the status line and the panel's heading:
 * "Oscillator, period 2", "Spaceship, period 4, c/4 diagonal", "Gun, period 30, emits a
 * spaceship (period 4, c/4 diagonal) every 30 generations", "Not periodic within 4096
 * generations".
 */
export function describeIdentify(result: IdentifyResult): string {
  const settles =
    result.startsAt !== undefined && result.startsAt > 0
      ? ` (from generation ${result.startsAt})`
      : "";
  switch (result.kind) {
    case "empty":
      return result.diesAt === 0
        ? "Empty: no live cells"
        : `Dies out at generation ${result.diesAt}`;
    case "still life":
      return `Still life${settles}`;
    case "oscillator":
      return `Oscillator, period ${result.period}${settles}`;
    case "spaceship":
      return `Spaceship, period ${result.period}, ${result.speed}${result.wraps ? " (on a torus)" : ""}${settles}`;
    case "gun": {
      const emits = result.emits;
      if (!emits) return `Gun, period ${result.period}`;
      return `Gun, period ${emits.period}, emits ${emitted(emits.object)} every ${emits.period} generations`;
    }
    case "growing": {
      const growth = result.growth;
      const steady = growth
        ? `: grows by ${plural(growth.cells, "cell")} every ${plural(growth.period, "generation")} (a puffer or other steady growth)`
        : "";
      const within =
        result.outgrew === undefined
          ? `within ${plural(result.limit, "generation")}`
          : `(followed to generation ${result.generations})`;
      return `Not periodic ${within}${steady}`;
    }
    case "not periodic":
      if (result.outgrew !== undefined) {
        return `Not periodic: grew to ${plural(result.outgrew, "cell")} by generation ${result.generations}`;
      }
      return `Not periodic within ${plural(result.limit, "generation")}`;
  }
}

/** What a gun emits, in words: "a spaceship (period 4, c/4 diagonal)". */
function emitted(object: IdentifyResult): string {
  if (object.kind === "spaceship" && object.name) {
    return `${article(object.name)} ${lowerFirst(object.name)} (${object.speed})`;
  }
  if (object.kind === "spaceship") return `a spaceship (period ${object.period}, ${object.speed})`;
  if (object.kind === "oscillator") return `an oscillator (period ${object.period})`;
  if (object.kind === "still life") return "a still life";
  return "an object that is not periodic";
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "a" or "an" before a word. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

/** A name as it reads mid-sentence: "Glider" becomes "glider"; "LWSS" stays. */
function lowerFirst(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]?.toLowerCase() + name.slice(1) : name;
}
