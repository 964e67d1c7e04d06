import { describe, expect, it } from "vitest";
import { formatRule } from "./formatRule.ts";
import { parseRule } from "./parseRule.ts";
import { type CountsRule, lifeLike } from "./Rule.ts";
import { RuleError } from "./RuleError.ts";

const LIFE: CountsRule = lifeLike(1 << 3, (1 << 2) | (1 << 3));

/** The rule `text` reads as, which must be written with counts. */
function parseCounts(text: string): CountsRule {
  const rule = parseRule(text).rule;
  if (rule.family !== "life" || rule.notation !== "counts")
    throw new Error(`${text} is not B/S counts`);
  return rule;
}
const ALL_COUNTS = 0b111111111;

/** The mask with exactly the bits for `counts`, written out independently of the parser. */
function maskOf(...counts: number[]): number {
  return counts.reduce((mask, n) => mask | (1 << n), 0);
}

/** Digits of `mask`, ascending, built without formatRule so the tests do not trust it. */
function digitsOf(mask: number): string {
  return [0, 1, 2, 3, 4, 5, 6, 7, 8].filter((n) => mask & (1 << n)).join("");
}

function catchRuleError(text: string): RuleError {
  try {
    parseRule(text);
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe("parseRule: accepted forms", () => {
  it.each([
    "B3/S23",
    "b3/s23",
    "B3/s23",
    "b3s23",
    "B3S23",
    "S23/B3",
    "s23/b3",
    "s23b3",
    "S23B3",
    "23/3",
    "B3/23",
    "3/S23",
    "23/B3",
    "S23/3",
    "  B3/S23\t\n",
    "B3 / S23",
    "B 3 / S 2 3",
    "B3/S32",
    "B33/S3223",
  ])("reads %j as Conway's Life", (text) => {
    expect(parseRule(text)).toEqual({ rule: LIFE });
  });

  it("omits bounds when there is no suffix", () => {
    expect("bounds" in parseRule("B3/S23")).toBe(false);
  });

  it.each([
    ["B2/S", lifeLike(maskOf(2), 0)],
    ["B/S012345678", lifeLike(0, ALL_COUNTS)],
    ["B012345678/S", lifeLike(ALL_COUNTS, 0)],
    ["B/S", lifeLike(0, 0)],
    ["/", lifeLike(0, 0)],
    ["B", lifeLike(0, 0)],
    ["S", lifeLike(0, 0)],
    ["BS", lifeLike(0, 0)],
    ["B36", lifeLike(maskOf(3, 6), 0)],
    ["S23", lifeLike(0, maskOf(2, 3))],
    ["b2s", lifeLike(maskOf(2), 0)],
    ["sb2", lifeLike(maskOf(2), 0)],
    ["/3", lifeLike(maskOf(3), 0)],
    ["23/", lifeLike(0, maskOf(2, 3))],
    ["/2", lifeLike(maskOf(2), 0)],
    ["B0/S8", lifeLike(maskOf(0), maskOf(8))],
    ["B87654321/S0", lifeLike(maskOf(1, 2, 3, 4, 5, 6, 7, 8), maskOf(0))],
    ["B36/S23", lifeLike(maskOf(3, 6), maskOf(2, 3))],
    ["34678/3678", lifeLike(maskOf(3, 6, 7, 8), maskOf(3, 4, 6, 7, 8))],
  ])("reads %j", (text, rule) => {
    expect(parseRule(text).rule).toEqual(rule);
  });

  it.each([
    ["Life", LIFE],
    ["life", LIFE],
    ["Conway's Life", LIFE],
    ["conways life", LIFE],
    ["CONWAY’S LIFE", LIFE],
    ["Conway's Game of Life", LIFE],
    ["HighLife", lifeLike(maskOf(3, 6), maskOf(2, 3))],
    ["high life", lifeLike(maskOf(3, 6), maskOf(2, 3))],
    ["Day & Night", lifeLike(maskOf(3, 6, 7, 8), maskOf(3, 4, 6, 7, 8))],
    ["day and night", lifeLike(maskOf(3, 6, 7, 8), maskOf(3, 4, 6, 7, 8))],
    ["Seeds", lifeLike(maskOf(2), 0)],
    [" seeds ", lifeLike(maskOf(2), 0)],
    ["2x2", lifeLike(maskOf(3, 6), maskOf(1, 2, 5))],
    ["34 Life", lifeLike(maskOf(3, 4), maskOf(3, 4))],
    ["Life without Death", lifeLike(maskOf(3), ALL_COUNTS)],
    ["Move", lifeLike(maskOf(3, 6, 8), maskOf(2, 4, 5))],
  ])("reads the preset name %j", (text, rule) => {
    expect(parseRule(text)).toEqual({ rule });
  });

  it("takes a grid suffix after a preset name", () => {
    expect(parseRule("HighLife:T10,20")).toEqual({
      rule: lifeLike(maskOf(3, 6), maskOf(2, 3)),
      bounds: { topology: "torus", width: 10, height: 20 },
    });
  });
});

describe("parseRule: all 2^18 Life-like rules", { timeout: 30_000 }, () => {
  const rules: CountsRule[] = [];
  for (let birth = 0; birth <= ALL_COUNTS; birth++) {
    for (let survival = 0; survival <= ALL_COUNTS; survival++)
      rules.push(lifeLike(birth, survival));
  }

  it("has every rule to check", () => {
    expect(rules).toHaveLength(2 ** 18);
  });

  it("reads back what formatRule writes, and formatRule writes B<digits>/S<digits>", () => {
    for (const rule of rules) {
      const text = formatRule(rule);
      const expected = `B${digitsOf(rule.birth)}/S${digitsOf(rule.survival)}`;
      // Plain comparisons: 2^18 expect() calls would take seconds.
      if (text !== expected) expect.fail(`${JSON.stringify(rule)} written as ${text}`);
      const parsed = parseCounts(text);
      if (parsed.birth !== rule.birth || parsed.survival !== rule.survival) {
        expect.fail(`${text} read as ${JSON.stringify(parsed)}`);
      }
    }
  });

  it("reads MCell's survival-first form S/B", () => {
    for (const rule of rules) {
      const text = `${digitsOf(rule.survival)}/${digitsOf(rule.birth)}`;
      const parsed = parseCounts(text);
      if (parsed.birth !== rule.birth || parsed.survival !== rule.survival) {
        expect.fail(`${text} read as ${JSON.stringify(parsed)}`);
      }
    }
  });

  it("reads the slashless, survival-first, lower-case form s..b..", () => {
    for (const rule of rules) {
      const text = `s${digitsOf(rule.survival)}b${digitsOf(rule.birth)}`;
      const parsed = parseCounts(text);
      if (parsed.birth !== rule.birth || parsed.survival !== rule.survival) {
        expect.fail(`${text} read as ${JSON.stringify(parsed)}`);
      }
    }
  });
});

describe("parseRule: errors", () => {
  it("rejects empty text", () => {
    for (const text of ["", "   ", "\t"]) {
      const error = catchRuleError(text);
      expect(error.message).toMatch(/empty rule/);
      expect(error.part).toBe("");
    }
  });

  it("rejects a suffix with no rule before it", () => {
    const error = catchRuleError(":T64,48");
    expect(error.message).toMatch(/empty rule/);
    expect(error.message).toContain('":T64,48"');
  });

  it.each([
    ["B3x/S23", "x"],
    ["B3/S23!", "!"],
    ["B3_S23", "_"],
    ["B3/S2.3", "."],
    ["B3/S23😀", "😀"],
    ["X3/S23", "X"],
  ])("names the unknown character in %j", (text, part) => {
    const error = catchRuleError(text);
    expect(error.message).toBe(`Unknown character "${part}" in rule "${text}"`);
    expect(error.part).toBe(part);
    expect(error.input).toBe(text);
  });

  it.each(["B39/S23", "B3/S239", "9/3", "b3s9"])("rejects the count 9 in %j", (text) => {
    const error = catchRuleError(text);
    expect(error.message).toBe(`"9" is not a neighbour count (0-8) in "${text}"`);
    expect(error.part).toBe("9");
  });

  it("names Wolfram rules, which it does not run", () => {
    const error = catchRuleError("W110");
    expect(error.message).toBe('Wolfram (one-dimensional) rules are not supported: "W110"');
    expect(error.part).toBe("W110");
  });

  it("rejects a third part that is not a Generations state count", () => {
    const error = catchRuleError("B3/S23/x");
    expect(error.message).toBe(
      'A Generations rule ends with its number of states, not "x", in "B3/S23/x"',
    );
    expect(error.part).toBe("x");
  });

  it.each([
    ["B3/B2", "B", /both sides/],
    ["S23/s3", "S", /both sides/],
    ["b3b2", "B", /twice/],
    ["s2b3s3", "S", /twice/],
    ["B3S23/", "S", /Misplaced/],
    ["3B/S23", "B", /Misplaced/],
    ["B3/2S3", "S", /Misplaced/],
  ])("rejects misplaced or repeated letters in %j", (text, part, reason) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(reason);
    expect(error.message).toContain(`"${part}"`);
    expect(error.part).toBe(part);
  });

  it.each(["23", "3"])("rejects bare digits %j, which say neither B nor S", (text) => {
    const error = catchRuleError(text);
    expect(error.message).toBe(
      `Rule "${text}" needs "B" and "S" or a "/" to tell birth from survival`,
    );
  });

  it.each(["Bogus", "Foo Life", "Bash", "Generations"])("rejects the unknown name %j", (text) => {
    const error = catchRuleError(text);
    expect(error.message).toMatch(/^Unknown rule/);
    expect(error.message).toContain(`"${text}"`);
    expect(error.part).toBe(text);
  });

  it("quotes the trimmed input", () => {
    const error = catchRuleError("  B3x/S23  ");
    expect(error.message).toBe('Unknown character "x" in rule "B3x/S23"');
    expect(error.input).toBe("B3x/S23");
  });

  it("is a RuleError with its name set", () => {
    const error = catchRuleError("B9");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RuleError");
  });
});
