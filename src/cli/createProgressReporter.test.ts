import { describe, expect, it } from "vitest";
import { createProgressReporter } from "./createProgressReporter.ts";

function reporterWithClock(total: bigint, cells: number) {
  let time = 0;
  const lines: string[] = [];
  let reads = 0;
  const report = createProgressReporter({
    total,
    cells,
    write: (text) => lines.push(text),
    now: () => {
      reads++;
      return time;
    },
  });
  return {
    report,
    lines,
    advance: (ms: number) => {
      time += ms;
    },
    reads: () => reads,
  };
}

describe("createProgressReporter", () => {
  it("writes one line every 2 s of a run, none before", () => {
    const clock = reporterWithClock(1_000_000n, 1 << 20);
    for (let generation = 1n; generation <= 10n; generation++) {
      clock.advance(500);
      clock.report(generation);
    }
    expect(clock.lines).toEqual([
      "life: generation 4 of 1000000 (0.0%)\n",
      "life: generation 8 of 1000000 (0.0%)\n",
    ]);
  });

  it("gives the share done to one decimal", () => {
    const clock = reporterWithClock(8n, 1 << 20);
    clock.advance(2000);
    clock.report(3n);
    expect(clock.lines).toEqual(["life: generation 3 of 8 (37.5%)\n"]);
  });

  it("reads the clock less often on a small grid, whose generations are quick", () => {
    const clock = reporterWithClock(1_000_000n, 45);
    for (let generation = 1n; generation <= 10_000n; generation++) clock.report(generation);
    expect(clock.reads()).toBeLessThan(100);
    expect(clock.reads()).toBeGreaterThan(0);
  });
});
