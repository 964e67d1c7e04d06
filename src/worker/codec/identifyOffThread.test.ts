import { describe, expect, it } from "vitest";
import { parseRule } from "../../rules/index.ts";
import { identifyOffThread } from "./codecJobs.ts";
import { CodecCancelled } from "./startCodecJob.ts";

// With no workers (Node), the job runs on this thread, through the same request and replies.

const life = parseRule("B3/S23").rule;
// An R-pentomino: not periodic for over a thousand generations.
const rPentomino = Float64Array.from([1, 0, 2, 0, 0, 1, 1, 1, 1, 2]);

describe("identifyOffThread", () => {
  it("answers with the result and reports progress on the way", async () => {
    const progress: number[] = [];
    const job = identifyOffThread(
      { space: { kind: "infinite" }, rule: life, cells: rPentomino },
      256,
      (fraction) => progress.push(fraction),
    );
    const result = await job.result;
    expect(result.kind).toBe("not periodic");
    expect(result.generations).toBe(256);
    expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it("leaves the caller's cells alone, and a cancelled job rejects", async () => {
    const cells = Float64Array.from([0, 0, 1, 0, 2, 0]);
    const job = identifyOffThread({ space: { kind: "infinite" }, rule: life, cells }, 100);
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(CodecCancelled);
    expect([...cells]).toEqual([0, 0, 1, 0, 2, 0]);
  });
});
