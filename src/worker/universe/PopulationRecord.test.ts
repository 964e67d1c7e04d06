import { describe, expect, it } from "vitest";
import { createRandom, pickSeed } from "../../../tests/support/random.ts";
import { PopulationRecord } from "./PopulationRecord.ts";

const seed = pickSeed();
const where = `seed ${seed} (TEST_SEED=${seed})`;

/** Some population for a generation, to check points against. */
const populationOf = (generation: number) => (generation * 7919) % 1000;

describe("a population record", () => {
  it("keeps every generation until its cap, then thins evenly, every point kept exact", () => {
    const record = new PopulationRecord(64);
    for (let g = 0; g <= 1000; g++) record.record(g, populationOf(g));
    expect(record.length).toBeLessThanOrEqual(64);
    expect(record.spacing).toBe(16);
    expect(record.generations[0]).toBe(0);
    const last = record.generations[record.length - 1] as number;
    expect(1000 - last).toBeLessThan(record.spacing);
    for (let i = 0; i < record.length; i++) {
      const g = record.generations[i] as number;
      expect(record.populations[i]).toBe(populationOf(g));
      if (i > 0) expect(g - (record.generations[i - 1] as number)).toBe(16);
    }
  });

  it("keeps its points when a generation is run again, and cuts another branch's", () => {
    const record = new PopulationRecord();
    for (let g = 0; g <= 100; g++) record.record(g, populationOf(g));
    // Back to 40 and forward again: the same populations, nothing changes.
    for (let g = 41; g <= 60; g++) record.record(g, populationOf(g));
    expect(record.length).toBe(101);
    // Another population at 70 (a branch): the points after it go.
    record.record(70, -1);
    expect(record.length).toBe(71);
    expect(record.at(70)).toBe(-1);
    expect(record.at(71)).toBeUndefined();
    // An edit at 30: 30 is the edited count, the future goes.
    record.set(30, 5);
    expect(record.length).toBe(31);
    expect(record.at(30)).toBe(5);
    expect(record.at(29)).toBe(populationOf(29));
  });

  it("sends only what a reader lacks, and all again after a cut below it", () => {
    const record = new PopulationRecord();
    for (let g = 0; g < 10; g++) record.record(g, g);
    const first = record.tail(0);
    expect([first.keep, first.generations.length]).toEqual([0, 10]);
    for (let g = 10; g < 15; g++) record.record(g, g);
    const second = record.tail(10);
    expect([second.keep, [...second.generations]]).toEqual([10, [10, 11, 12, 13, 14]]);
    record.set(12, 99);
    const third = record.tail(15);
    expect([third.keep, [...third.populations]]).toEqual([12, [99]]);
    // A reader that missed a reply asks with what it has: never more than that is kept.
    expect(record.tail(3).keep).toBe(3);
  });

  it("rebuilds a reader's copy exactly through random runs, cuts, edits and reads", () => {
    const random = createRandom(seed);
    const record = new PopulationRecord(32);
    const reader: { g: number[]; p: number[] } = { g: [], p: [] };
    let generation = 0;
    record.reset(0, 0);
    for (let i = 0; i < 2000; i++) {
      const roll = random();
      if (roll < 0.6) record.record(++generation, Math.floor(random() * 50), false);
      else if (roll < 0.7 && generation > 0) {
        generation = Math.floor(random() * generation);
        record.set(generation, Math.floor(random() * 50));
      } else {
        const tail = record.tail(reader.g.length);
        reader.g = [...reader.g.slice(0, tail.keep), ...tail.generations];
        reader.p = [...reader.p.slice(0, tail.keep), ...tail.populations];
        expect(reader.g, where).toEqual([...record.generations.subarray(0, record.length)]);
        expect(reader.p, where).toEqual([...record.populations.subarray(0, record.length)]);
      }
    }
  });
});
