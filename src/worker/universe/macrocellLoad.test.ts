import { describe, expect, it } from "vitest";
import { parseMacrocell } from "../../formats/parseMacrocell.ts";
import { writeMacrocell } from "../../formats/writeMacrocell.ts";
import { createUniverse } from "../../universe/createUniverse.ts";
import { macrocellOf } from "../../universe/macrocells.ts";
import { MAX_CARRIED_CELLS } from "./carryUniverse.ts";
import { createInProcessUniverseWorker } from "./createInProcessUniverseWorker.ts";
import {
  cellStrings,
  createConversation,
  GLIDER,
  HIGHLIFE,
  LIFE,
  R_PENTOMINO,
  referenceOf,
} from "./universeTestSupport.ts";

// A macrocell file loaded in the universe worker's host (on the calling thread): its nodes,
// generation and rule, against the coroutine interpreter stepped directly.

/** A macrocell file of `cells` at `generation`, written by the app's own writer. */
function macrocellText(cells: Float64Array, generation = 0n, rule = "B3/S23"): string {
  const universe = referenceOf(cells);
  return writeMacrocell({ ...macrocellOf(universe, LIFE, { rule }), generation });
}

/** Two gliders 2^40 cells apart: a box no list of cells could fill. */
function farGliders(): string {
  const universe = createUniverse({ space: { kind: "infinite" }, rule: LIFE, engine: "hashlife" });
  for (let i = 0; i + 1 < GLIDER.length; i += 2) {
    const x = GLIDER[i] as number;
    const y = GLIDER[i + 1] as number;
    universe.set(x, y, 1);
    universe.set(x + 2 ** 40, y + 2 ** 40, 1);
  }
  return writeMacrocell(macrocellOf(universe, LIFE));
}

function start() {
  return createConversation(createInProcessUniverseWorker());
}

describe("a macrocell loaded in the universe host", () => {
  it("gives the file's population, bounds and #G generation, and runs on as Life", async () => {
    const talk = start();
    const text = macrocellText(R_PENTOMINO, 100n);
    talk.send({ kind: "load", epoch: 1, rule: LIFE, engine: "auto", macrocell: text });
    const { status } = await talk.next("status");
    expect(status).toMatchObject({
      epoch: 1,
      generation: 100n,
      population: 5n,
      engine: "hashlife",
    });
    expect(status.bounds).toEqual({ x: 0, y: 0, width: 3, height: 3 });
    talk.send({ kind: "step", id: 1, generations: 1000n });
    const stepped = await talk.next("stepped");
    const reference = referenceOf(R_PENTOMINO);
    reference.step(1000n);
    expect(stepped.status.generation).toBe(1100n);
    expect(stepped.status.population).toBe(reference.population());
    talk.send({ kind: "cells", id: 2 });
    expect(cellStrings((await talk.next("cells")).cells)).toEqual(cellStrings(reference));
  });

  it("holds a pattern 2^40 cells wide by its nodes, and writes it back as a macrocell", async () => {
    const talk = start();
    talk.send({ kind: "load", epoch: 1, rule: LIFE, engine: "auto", macrocell: farGliders() });
    const { status } = await talk.next("status");
    expect(status.population).toBe(10n);
    expect(status.bounds).toEqual({ x: 0, y: 0, width: 2 ** 40 + 3, height: 2 ** 40 + 3 });
    talk.send({ kind: "step", id: 1, generations: 8n });
    await talk.next("stepped");
    const comments = [{ kind: "C" as const, text: "two gliders" }];
    talk.send({ kind: "macrocell", id: 2, rule: "B3/S23", comments });
    const { bytes } = await talk.next("macrocell");
    const written = parseMacrocell(new TextDecoder().decode(bytes));
    expect(written).toMatchObject({ rule: "B3/S23", generation: 8n, comments });
    // Read back, it is the world at generation 8: the gliders two cells on.
    const again = start();
    again.send({
      kind: "load",
      epoch: 1,
      rule: LIFE,
      engine: "auto",
      macrocell: writeMacrocell(written),
    });
    const back = (await again.next("status")).status;
    expect(back).toMatchObject({ generation: 8n, population: 10n });
    expect(back.bounds).toEqual({ x: 2, y: 2, width: 2 ** 40 + 3, height: 2 ** 40 + 3 });
  });

  it("says why a bad file cannot be read and keeps the world it had", async () => {
    const talk = start();
    talk.send({
      kind: "load",
      epoch: 1,
      rule: LIFE,
      engine: "auto",
      cells: GLIDER,
      generation: 7n,
    });
    await talk.next("status");
    const bad = "[M2] (test)\n#R B3/S23\n$$..*$\n4 1 0 0 2\n";
    talk.send({ kind: "load", epoch: 2, rule: LIFE, engine: "auto", macrocell: bad });
    await expect(talk.next("status")).rejects.toThrow(
      /line 4, column 1: node 2 is not defined yet/,
    );
    // The glider goes on, under the new epoch.
    talk.send({ kind: "step", id: 1, generations: 4n });
    const { status } = await talk.next("stepped");
    expect(status).toMatchObject({ epoch: 2, generation: 11n, population: 5n });
    expect(status.bounds).toEqual({ x: 1, y: 1, width: 3, height: 3 });
  });

  it("moves a macrocell world to the interpreter and to another rule, keeping its generation", async () => {
    const talk = start();
    talk.send({
      kind: "load",
      epoch: 1,
      rule: LIFE,
      engine: "auto",
      macrocell: macrocellText(R_PENTOMINO, 5n),
    });
    await talk.next("status");
    talk.send({ kind: "engine", epoch: 2, engine: "coroutine" });
    expect((await talk.next("status")).status).toMatchObject({
      engine: "coroutine",
      generation: 5n,
      population: 5n,
    });
    talk.send({ kind: "engine", epoch: 3, engine: "auto" });
    expect((await talk.next("status")).status.engine).toBe("hashlife");
    talk.send({ kind: "rule", epoch: 4, rule: HIGHLIFE });
    await talk.next("status");
    talk.send({ kind: "step", id: 1, generations: 60n });
    const high = referenceOf(R_PENTOMINO, HIGHLIFE);
    high.step(60n);
    expect((await talk.next("stepped")).status).toMatchObject({
      generation: 65n,
      population: high.population(),
      engine: "hashlife",
    });
  });

  it("refuses to list a world of more than MAX_CARRIED_CELLS cells into the interpreter", async () => {
    // A 2^15-cell square of 2x2 blocks 8 cells apart: 2^26 live cells in 13 nodes.
    const side = 2 ** 15;
    const lines = ["[M2] (test)", "#R B3/S23", "**$**$"];
    // Level 3 (8x8) holds one block; each level up repeats it four times.
    for (let level = 4; level <= 15; level++) {
      const n = lines.length - 2;
      lines.push(`${level} ${n} ${n} ${n} ${n}`);
    }
    const population = 4 * (side / 8) ** 2;
    expect(population).toBeGreaterThan(MAX_CARRIED_CELLS);
    const talk = start();
    talk.send({ kind: "load", epoch: 1, rule: LIFE, engine: "auto", macrocell: lines.join("\n") });
    expect((await talk.next("status")).status.population).toBe(BigInt(population));
    talk.send({ kind: "engine", epoch: 2, engine: "coroutine" });
    await expect(talk.next("status")).rejects.toThrow(
      /has 67108864 live cells: at most 16777216 move from HashLife to the coroutine interpreter/,
    );
    // Still on HashLife, and a rule change goes through its nodes.
    talk.send({ kind: "rule", epoch: 3, rule: HIGHLIFE });
    expect((await talk.next("status")).status).toMatchObject({
      engine: "hashlife",
      population: BigInt(population),
    });
  });
});
