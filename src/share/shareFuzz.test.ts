import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import { MAX_GRID_AREA } from "../engine/Grid.ts";
import { PackedCells } from "../engine/PackedCells.ts";
import { formatRule } from "../rules/formatRule.ts";
import { parseRule } from "../rules/parseRule.ts";
import { lifeLike } from "../rules/Rule.ts";
import { BASE64URL_ALPHABET } from "./base64UrlAlphabet.ts";
import { decodeShareState } from "./decodeShareState.ts";
import { encodeBase64Url } from "./encodeBase64Url.ts";
import { encodeShareState } from "./encodeShareState.ts";
import { parseQueryParams } from "./parseQueryParams.ts";
import { ShareLinkError } from "./ShareLinkError.ts";
import type { ShareState } from "./ShareState.ts";
import { findStateProblem, payloadOf } from "./shareTestSupport.ts";

type Random = () => number;

const SEEDS = [1, pickSeed()];
// Each decode must settle within this; a hang or runaway inflation would not.
const SETTLE_MS = 3000;
// Cells are allocated before they are painted, so keep fuzzed grids small enough to be quick.
const LIMITS = { maxArea: 1 << 22 };

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below);
}

const TIMED_OUT = Symbol("timed out");

/** The promise's outcome within `ms`, so that a hang fails the test instead of stalling it. */
async function settleWithin<T>(
  promise: Promise<T>,
  ms: number,
): Promise<{ value: T } | { error: unknown }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  let outcome: { value: T } | { error: unknown } | typeof TIMED_OUT;
  try {
    const value = await Promise.race([promise, timeout]);
    outcome = value === TIMED_OUT ? TIMED_OUT : { value };
  } catch (error) {
    outcome = { error };
  } finally {
    clearTimeout(timer);
  }
  if (outcome === TIMED_OUT) expect.fail(`did not settle within ${ms} ms`);
  return outcome;
}

/** Fails unless the outcome is a valid state or a ShareLinkError with a message. */
function expectStateOrShareLinkError(
  outcome: { value: ShareState } | { error: unknown },
  context: string,
): void {
  if ("value" in outcome) {
    expect(findStateProblem(outcome.value), context).toBeUndefined();
    return;
  }
  const { error } = outcome;
  if (!(error instanceof ShareLinkError)) {
    expect.fail(`${context}: rejected with ${String(error)}, not a ShareLinkError`);
  }
  expect(error.message.length, context).toBeGreaterThan(10);
}

async function checkDecode(payload: string, context: string): Promise<void> {
  const outcome = await settleWithin(decodeShareState(payload, LIMITS), SETTLE_MS);
  expectStateOrShareLinkError(outcome, `${context}: ${JSON.stringify(payload.slice(0, 120))}`);
}

/** A valid payload for a small random state. */
async function validPayload(random: Random): Promise<string> {
  const width = 1 + randomInt(random, 40);
  const height = 1 + randomInt(random, 40);
  const density = pick(random, [0, 0.05, 0.5, 1]);
  const bytes = Uint8Array.from({ length: width * height }, () => (random() < density ? 1 : 0));
  const cells = PackedCells.fromBytes(bytes, width, height);
  const rule = formatRule(lifeLike(randomInt(random, 512), randomInt(random, 512)));
  const topology = random() < 0.5 ? ("torus" as const) : ("plane" as const);
  const state = { width, height, topology, rule, cells };
  const view = {
    centerX: random() * 100 - 50,
    centerY: randomInt(random, 100),
    zoom: 0.25 + random(),
  };
  return encodeShareState(random() < 0.5 ? state : { ...state, view });
}

/** An envelope that is nearly valid: a valid one with fields or cells tampered with. */
function nearlyValidEnvelope(random: Random): string {
  const fields = [
    pick(random, ["B3/S23", "B36/S23", "b3s23", "HighLife", "B9/S23", "", "B3/S23:T5,5", "23/3"]),
    pick(random, ["10x8", "1x1", "0x5", "65536x65536", "16384x16384", "3x", "x", "1e3x2", "007x8"]),
    pick(random, ["t", "p", "", "torus"]),
    pick(random, ["0,0", "9,7", "10,0", "-1,0", "2,3", ","]),
  ];
  if (random() < 0.5)
    fields.push(pick(random, ["1,2,3", "1,2,0", "-1.5,2e-7,1e+21", "a,b,c", "1,2"]));
  const body = pick(random, [
    "bo$2bo$3o!",
    "!",
    "o!",
    "10o!",
    "o7$o!",
    "bo$2bo$3o",
    "3o!!",
    "99999999o!",
  ]);
  return `${fields.join(";")}\n${body}`;
}

function mutate(random: Random, payload: string): string {
  const at = randomInt(random, payload.length);
  const kind = randomInt(random, 3);
  const character = pick(random, [...BASE64URL_ALPHABET, "=", ".", "%", "é", "#"]);
  if (kind === 0) return payload.slice(0, at) + character + payload.slice(at + 1);
  if (kind === 1) return payload.slice(0, at) + payload.slice(at + 1);
  return payload.slice(0, at) + character + payload.slice(at);
}

describe.each(SEEDS)("decodeShareState under fuzzing (seed %i)", (seed) => {
  it("resolves to a valid state or rejects with ShareLinkError on random strings", async () => {
    const random = createRandom(seed);
    const alphabet = [...BASE64URL_ALPHABET, ".", "v", "1", "2", "#", " ", "=", "%", "é", "\u0000"];
    for (let i = 0; i < 200; i++) {
      const length = randomInt(random, 80);
      let text = random() < 0.5 ? "v1." : "";
      for (let j = 0; j < length; j++) text += pick(random, alphabet);
      await checkDecode(text, `seed ${seed} case ${i}`);
    }
  });

  it("... on random bytes in base64url", async () => {
    const random = createRandom(seed + 1);
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: randomInt(random, 300) }, () =>
        randomInt(random, 256),
      );
      await checkDecode(`v1.${encodeBase64Url(bytes)}`, `seed ${seed} case ${i}`);
    }
  });

  it("... on nearly valid envelopes", async () => {
    const random = createRandom(seed + 2);
    for (let i = 0; i < 150; i++) {
      await checkDecode(await payloadOf(nearlyValidEnvelope(random)), `seed ${seed} case ${i}`);
    }
  });

  it("... on truncations and single-character mutations of valid payloads", async () => {
    const random = createRandom(seed + 3);
    for (let i = 0; i < 40; i++) {
      const payload = await validPayload(random);
      for (let cut = 0; cut < payload.length; cut += 1 + randomInt(random, 6)) {
        await checkDecode(payload.slice(0, cut), `seed ${seed} case ${i} cut ${cut}`);
      }
      for (let j = 0; j < 10; j++) {
        await checkDecode(mutate(random, payload), `seed ${seed} case ${i} mutation ${j}`);
      }
    }
  });
});

const QUERY_NAMES = [
  "rule",
  "size",
  "topology",
  "pattern",
  "rle",
  "random",
  "seed",
  "speed",
  "step",
  "autoplay",
  "x",
  "__proto__",
  "constructor",
];
const QUERY_VALUES = [
  "",
  "1",
  "0",
  "-1",
  "true",
  "max",
  "B3/S23",
  "b36s23:T10,10",
  "HighLife",
  "B9",
  "200x150",
  "0x0",
  "1e3x2",
  "torus",
  "plane",
  "glider",
  "Gosper glider gun",
  "bo$2bo$3o!",
  "x%20%3D%203",
  "0.5",
  "1.5",
  "NaN",
  "Infinity",
  "1001",
  "%zz",
  "%E2%9C%93",
  "+",
  "9".repeat(30),
];

describe.each(SEEDS)("parseQueryParams under fuzzing (seed %i)", (seed) => {
  it("never throws, and every setting it returns is valid", () => {
    const random = createRandom(seed);
    const chars = [..."=&?%+;#abcdefrulesizex0123456789./$!", "é", "\u0000"];
    for (let i = 0; i < 1000; i++) {
      let search = random() < 0.5 ? "?" : "";
      const parts = randomInt(random, 6);
      for (let j = 0; j < parts; j++) {
        if (random() < 0.8) {
          search += `${j > 0 ? "&" : ""}${pick(random, QUERY_NAMES)}${random() < 0.9 ? `=${pick(random, QUERY_VALUES)}` : ""}`;
        } else {
          for (let k = randomInt(random, 12); k > 0; k--) search += pick(random, chars);
        }
      }
      const context = `seed ${seed} case ${i}: ${JSON.stringify(search)}`;
      const { settings, errors } = parseQueryParams(search);
      for (const error of errors) expect(error, context).toMatch(/^[^=]*=".*": .+/s);
      if (settings.rule !== undefined)
        expect(formatRule(parseRule(settings.rule).rule), context).toBe(settings.rule);
      if (settings.size !== undefined) {
        const { width, height } = settings.size;
        expect(
          Number.isInteger(width) && Number.isInteger(height) && width >= 1 && height >= 1,
          context,
        ).toBe(true);
        expect(width * height, context).toBeLessThanOrEqual(MAX_GRID_AREA);
      }
      if (settings.random !== undefined)
        expect(settings.random >= 0 && settings.random <= 1, context).toBe(true);
      if (settings.seed !== undefined)
        expect(Number.isSafeInteger(settings.seed), context).toBe(true);
      if (typeof settings.speed === "number")
        expect(settings.speed > 0 && Number.isFinite(settings.speed), context).toBe(true);
      if (settings.step !== undefined)
        expect(
          Number.isInteger(settings.step) && settings.step >= 1 && settings.step <= 1000,
          context,
        ).toBe(true);
      if (settings.rle !== undefined)
        expect(settings.rle.cells.length, context).toBe(settings.rle.width * settings.rle.height);
    }
  });
});
