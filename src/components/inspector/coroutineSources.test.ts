import { describe, expect, it } from "vitest";
import { Grid } from "../../engine/Grid.ts";
import { gridWorld, traceCell } from "../../engine/trace/index.ts";
import { cellProgramOf, parseRule } from "../../rules/index.ts";
import { USER_RULE_EXAMPLES } from "../../userRule/examples.ts";
import { prepareUserRule, traceUserCells } from "../../userRule/index.ts";
import { evaluateHere } from "../../userRule/userRuleTestSupport.ts";
import { sourceOfFrame, sourceOfSandboxFrame, USER_SOURCE_PATH } from "./coroutineSources.ts";

/** The source text of the statement at a yield, up to its end of line. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf("\n", at);
  return text.slice(at, end < 0 ? undefined : end).trim();
}

describe("sourceOfFrame", () => {
  // Every family, a dying Generations cell and LtL's two branches, so every yield is reached.
  const cases: [rule: string, state: number][] = [
    ["B3/S23", 0],
    ["B2-a/S12", 1],
    ["B3/S23/C4", 1],
    ["B3/S23/C4", 2],
    ["R2,C3,M1,S2..5,B3..4,NM", 0],
    ["R2,C3,M1,S2..5,B3..4,NM", 1],
    ["R2,C3,M1,S2..5,B3..4,NM", 2],
    ["LifeHistory", 0],
    ["B3/S23Super", 1],
  ];
  it.each(cases)("finds the yield each frame of a %s cell in state %i stands at", (text, state) => {
    const program = cellProgramOf(parseRule(text).rule);
    const grid = new Grid(6, 6, "torus");
    grid.assign(2, 2, state);
    grid.assign(1, 2, 1);
    grid.assign(3, 3, 1);
    const world = gridWorld(grid.surface, 6, 6, (y, x) => grid.query(y, x));
    const trace = traceCell(program, world, 2, 2);
    for (const step of trace.steps) {
      expect(step.frames.length).toBeGreaterThan(0);
      step.frames.forEach((frame, depth) => {
        const found = sourceOfFrame(frame, program);
        expect(found, frame.name).not.toBeNull();
        const at = found?.at;
        expect(at, `${frame.name} at ${frame.line}:${frame.column}`).not.toBeNull();
        const line = lineAt(found?.file.text ?? "", at ?? 0);
        // Outer frames wait in a yield*; the innermost yields the instruction itself.
        if (depth < step.frames.length - 1) {
          expect(line).toMatch(/^yield\* /);
          expect(line).toContain(step.frames[depth + 1]?.name);
        } else {
          expect(line).toMatch(step.kind === "query" ? /^yield query\(/ : /^yield transition\(/);
        }
      });
    }
    // The transition's yield is the one whose value the trace recorded.
    const last = trace.steps.at(-1);
    const frame = last?.frames.at(-1);
    if (last?.kind === "transition" && frame) {
      const found = sourceOfFrame(frame, program);
      expect(found?.at).toBeGreaterThanOrEqual(found?.generator.start ?? Infinity);
      expect(found?.at).toBeLessThan(found?.generator.end ?? -1);
    }
  });

  it("tells countNeighbors' eight unrolled yields apart", () => {
    const program = cellProgramOf(parseRule("B3/S23").rule);
    const grid = new Grid(4, 4, "torus");
    const trace = traceCell(
      program,
      gridWorld(grid.surface, 4, 4, () => 0),
      1,
      1,
    );
    const sites = trace.steps
      .slice(1, 9)
      .map((step) => sourceOfFrame(step.frames.at(-1) as never, program)?.at);
    expect(new Set(sites).size).toBe(8);
    expect([...sites].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(sites);
  });
});

describe("sourceOfSandboxFrame", () => {
  it("places a user's coroutine's frames in their source, and the engine's countNeighbors in its file", () => {
    const source = USER_RULE_EXAMPLES.find((e) => e.name.startsWith("HighLife"))?.source ?? "";
    const rule = prepareUserRule(source, evaluateHere);
    const grid = new Grid(6, 8, "torus");
    grid.assign(0, 7, 1);
    const world = gridWorld(grid.surface, grid.width, grid.height, (y, x) => grid.query(y, x));
    const [trace] = traceUserCells(
      rule.program,
      2,
      world,
      { x: 0, y: 0, width: 1, height: 1 },
      {
        frames: true,
        maxSteps: 100,
      },
    );
    const lines = (trace?.steps ?? []).map((step) =>
      step.frames.map((frame) => {
        const found = sourceOfSandboxFrame(frame, source);
        return found?.at == null
          ? null
          : `${found.file.path}: ${lineAt(found.file.text, found.at)}`;
      }),
    );
    expect(lines[0]).toEqual([`${USER_SOURCE_PATH}: yield query(y, x);`]);
    expect(lines[1]?.[0]).toBe(`${USER_SOURCE_PATH}: yield* countNeighbors(y, x);`);
    expect(lines[1]?.[1]).toMatch(/^src\/engine\/countNeighbors\.ts: yield/);
    expect(lines.at(-1)).toEqual([
      `${USER_SOURCE_PATH}: yield transition(y, x, (me === 1 ? survives : born) ? 1 : 0);`,
    ]);
  });
});
