import { describe, expect, it } from "vitest";
import { createRandom } from "../../engine/createRandom.ts";
import { parseMacrocell } from "../../formats/parseMacrocell.ts";
import { parsePattern } from "../../formats/parsePattern.ts";
import { writeMacrocell } from "../../formats/writeMacrocell.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import { findPattern } from "../../patterns/findPattern.ts";
import { parseRule } from "../../rules/parseRule.ts";
import { compileRuleOf } from "../compileRuleOf.ts";
import type { Universe } from "../Universe.ts";
import { createHashLife } from "./createHashLife.ts";
import { hashLifeFromMacrocell, macrocellFromHashLife } from "./macrocellUniverse.ts";

function compile(rule: string): CompiledRule {
  const compiled = compileRuleOf(parseRule(rule).rule);
  if (!compiled) throw new Error(`${rule} did not compile`);
  return compiled;
}

const life = compile("B3/S23");

function list(universe: Universe): string[] {
  return [...universe.cells()].map(([x, y]) => `${x},${y}`);
}

function read(text: string, rule = life): Universe {
  return hashLifeFromMacrocell(parseMacrocell(text), rule);
}

function gosperGun(): Universe {
  const pattern = parsePattern(findPattern("gosper-glider-gun")?.rle ?? "");
  const universe = createHashLife(life);
  for (let j = 0; j < pattern.height; j++) {
    for (let i = 0; i < pattern.width; i++)
      if (pattern.cells[j * pattern.width + i]) universe.set(i - 18, j - 4, 1);
  }
  return universe;
}

describe("macrocell and HashLife", () => {
  it("places the root as Golly does: level L from (-2^(L-1), 1 - 2^(L-1))", () => {
    // A glider in the north-west 8x8 leaf of a 16x16 root.
    const universe = read("[M2] (golly 4.3)\n#R B3/S23\n#G 12\n.*$..*$***$\n4 1 0 0 0\n");
    expect(list(universe)).toEqual(["-7,-7", "-6,-6", "-8,-5", "-7,-5", "-6,-5"]);
    expect(universe.generation).toBe(12n);
    // Golly's multicell style: a level-1 root is the 2x2 from (-1, 0).
    expect(list(read("[M2]\n1 0 1 1 1\n"))).toEqual(["0,0", "-1,1", "0,1"]);
    // A lone 8x8 leaf is a level-3 root, from (-4, -3).
    expect(list(read("[M2]\n*$\n"))).toEqual(["-4,-3"]);
  });

  it("writes a glider exactly as Golly lays it out", () => {
    const universe = createHashLife(life);
    for (const [x, y] of [
      [-7, -7],
      [-6, -6],
      [-8, -5],
      [-7, -5],
      [-6, -5],
    ] as const)
      universe.set(x, y, 1);
    const text = writeMacrocell(
      macrocellFromHashLife(universe, {
        rule: "B3/S23",
        comments: [{ kind: "C", text: "glider" }],
      }),
    );
    expect(text).toBe("[M2] (coroutine-life)\n#R B3/S23\n#C glider\n.*$..*$***$\n4 1 0 0 0\n");
  });

  it("round-trips random patterns, with their generation, rule and comments", () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = createRandom(seed);
      const universe = createHashLife(life);
      const spread = 2 ** Math.floor(random() * 30);
      for (let i = 0; i < 60; i++) {
        universe.set(
          Math.floor((random() - 0.5) * spread),
          Math.floor((random() - 0.5) * spread),
          1,
        );
      }
      universe.step(BigInt(Math.floor(random() * 50)));
      const comments = [{ kind: "N", text: `seed ${seed}` }];
      const text = writeMacrocell(macrocellFromHashLife(universe, { rule: "B3/S23", comments }));
      const macrocell = parseMacrocell(text);
      expect(macrocell.rule, `seed ${seed}`).toBe("B3/S23");
      expect(macrocell.comments).toEqual(comments);
      const back = hashLifeFromMacrocell(macrocell, life);
      expect(list(back), `seed ${seed}`).toEqual(list(universe));
      expect(back.generation).toBe(universe.generation);
      expect(back.population()).toBe(universe.population());
    }
  });

  it("writes a gun at generation 2^40 with node sharing, and it runs on after reading", () => {
    const universe = gosperGun();
    universe.step(2n ** 40n);
    const text = writeMacrocell(macrocellFromHashLife(universe, { rule: "B3/S23" }));
    // Some 10^10 gliders, written in a few hundred lines: one per distinct node.
    expect(text.split("\n").length).toBeLessThan(2000);
    const back = read(text);
    expect(back.generation).toBe(2n ** 40n);
    expect(back.population()).toBe(universe.population());
    expect(back.bounds()).toEqual(universe.bounds());
    back.step(1000n);
    universe.step(1000n);
    expect(back.population()).toBe(universe.population());
    const nearGun = { x: -30, y: -30, width: 60, height: 60 };
    expect([...back.cells(nearGun)]).toEqual([...universe.cells(nearGun)]);
  });

  it("keeps an empty universe empty, with its generation", () => {
    const universe = createHashLife(life);
    universe.step(5n);
    const text = writeMacrocell(macrocellFromHashLife(universe));
    expect(text).toBe("[M2] (coroutine-life)\n#G 5\n");
    const back = read(text);
    expect(back.population()).toBe(0n);
    expect(back.generation).toBe(5n);
  });
});
