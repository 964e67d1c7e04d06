import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../tests/support/random.ts";
import {
  type CellState,
  type Query,
  query,
  type Transition,
  transition,
} from "../engine/protocol.ts";
import { stepCell } from "../engine/stepCell.ts";
import { createGameLogic } from "../rules/createGameLogic.ts";
import { lifeLike } from "../rules/Rule.ts";
import { CENTRE_BIT, neighbourhoodBit } from "./CompiledRule.ts";
import { compileGameLogic } from "./compileGameLogic.ts";
import { compileRule } from "./compileRule.ts";

type Cell = Generator<Query | Transition, void, CellState>;

describe("compileRule", () => {
  it("derives the birth and survival masks of random Life-like rules", () => {
    const seed = pickSeed();
    const random = createRandom(seed);
    for (let i = 0; i < 50; i++) {
      const rule = lifeLike(Math.floor(random() * 512), Math.floor(random() * 512));
      const compiled = compileGameLogic(createGameLogic(rule));
      expect(compiled?.totalistic, `seed ${seed}, rule ${JSON.stringify(rule)}`).toEqual({
        birth: rule.birth,
        survival: rule.survival,
      });
    }
  });

  it("tabulates the next state of the centre for every 3x3 block", () => {
    const compiled = compileGameLogic(createGameLogic(lifeLike(1 << 3, 0b1100)));
    const blinkerMiddle = (1 << neighbourhoodBit(0, -1)) | (1 << neighbourhoodBit(0, 1));
    expect(compiled?.table[blinkerMiddle | (1 << CENTRE_BIT)]).toBe(1); // survives with 2
    expect(compiled?.table[blinkerMiddle]).toBe(0); // not born with 2
    expect(compiled?.table[blinkerMiddle | (1 << neighbourhoodBit(-1, 0))]).toBe(1); // born with 3
    expect(compiled?.table[511]).toBe(0); // dies with 8
  });

  it("compiles a rule that looks at particular neighbours, without totalistic masks", () => {
    // Alive next when the cell to the east is alive: a shift west, not Life-like.
    const compiled = compileRule(function* (y, x): Cell {
      const east = yield query(y, x + 1);
      yield transition(y, x, east);
    });
    expect(compiled).toBeDefined();
    expect(compiled?.totalistic).toBeUndefined();
    expect(compiled?.table[1 << neighbourhoodBit(0, 1)]).toBe(1);
    expect(compiled?.table[1 << neighbourhoodBit(1, 0)]).toBe(0);
  });

  it("does not compile a coroutine that looks beyond its 3x3 block", () => {
    expect(
      compileRule(function* (y, x): Cell {
        const far = yield query(y + 2, x);
        yield transition(y, x, far);
      }),
    ).toBeUndefined();
  });

  it("does not compile a coroutine that transitions another cell, twice or never", () => {
    expect(
      compileRule(function* (y, x): Cell {
        yield transition(y + 1, x, 1);
      }),
    ).toBeUndefined();
    expect(
      compileRule(function* (y, x): Cell {
        yield transition(y, x, 1);
        yield transition(y, x, 0);
      }),
    ).toBeUndefined();
    expect(
      compileRule(function* (y, x): Cell {
        yield query(y, x);
      }),
    ).toBeUndefined();
  });

  it("does not compile a coroutine that never stops asking", () => {
    expect(
      compileRule(function* (y, x): Cell {
        while (true) yield query(y, x);
      }),
    ).toBeUndefined();
  });

  it("does not compile a coroutine whose answer depends on hidden state", () => {
    let calls = 0;
    expect(
      compileRule(function* (y, x): Cell {
        const state = yield query(y, x);
        calls++;
        yield transition(y, x, calls > 512 ? 1 : state);
      }),
    ).toBeUndefined();
  });

  it("compiles stepCell's own coroutine, the one the interpreter runs", () => {
    const gameLogic = createGameLogic(lifeLike(0b1000, 0b1100));
    const compiled = compileRule((y, x) => stepCell(y, x, gameLogic));
    expect(compiled?.totalistic).toEqual({ birth: 0b1000, survival: 0b1100 });
  });
});
