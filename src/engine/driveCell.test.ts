import { describe, expect, it } from "vitest";
import { CellFaultError, driveCell, driveCellOrFault, refuseQuery } from "./driveCell.ts";
import { type CellProgram, query, transition } from "./protocol.ts";
import { stepCell } from "./stepCell.ts";

const conway = (state: number, neighbors: number) =>
  neighbors === 3 || (state === 1 && neighbors === 2) ? 1 : 0;

/** The fault a program makes for the cell at (5, 7) with every query answered 0. */
function faultOf(program: CellProgram, states = 2, maxQueries?: number) {
  try {
    driveCell(program, 5, 7, () => 0, {
      states,
      ...(maxQueries === undefined ? {} : { maxQueries }),
    });
  } catch (error) {
    if (error instanceof CellFaultError) return error.fault.kind;
    throw error;
  }
  return "none";
}

describe("driveCell", () => {
  it("answers each query with the asked cell's state and returns the cell's transition", () => {
    const asked: string[] = [];
    // A blinker's middle cell, at (5, 7): its neighbours above and below are alive.
    const alive = new Set(["4,7", "5,7", "6,7"]);
    const next = driveCell(
      (y, x) => stepCell(y, x, conway),
      5,
      7,
      (y, x) => {
        asked.push(`${y},${x}`);
        return alive.has(`${y},${x}`) ? 1 : 0;
      },
      { states: 2 },
    );
    expect(next).toBe(1);
    expect(asked).toHaveLength(9);
    expect(new Set(asked)).toEqual(
      new Set(["4,6", "4,7", "4,8", "5,6", "5,7", "5,8", "6,6", "6,7", "6,8"]),
    );
  });

  it("names each way a coroutine strays from one cell's step", () => {
    expect(faultOf((() => undefined) as unknown as CellProgram)).toBe("not-a-coroutine");
    expect(
      faultOf(function* () {
        yield "hello" as never;
      }),
    ).toBe("not-an-instruction");
    expect(
      faultOf(function* (y, x) {
        yield query(y + 0.5, x);
        yield transition(y, x, 0);
      }),
    ).toBe("fractional-query");
    expect(
      faultOf(function* (y, x) {
        yield transition(y + 1, x, 0);
      }),
    ).toBe("other-cell");
    expect(
      faultOf(function* (y, x) {
        yield transition(y, x, 2);
      }),
    ).toBe("bad-state");
    expect(
      faultOf(function* (y, x) {
        yield transition(y, x, 2);
      }, 3),
    ).toBe("none");
    expect(
      faultOf(function* (y, x) {
        yield transition(y, x, 1);
        yield query(y, x);
      }),
    ).toBe("after-transition");
    expect(
      faultOf(function* (y, x) {
        yield query(y, x);
      }),
    ).toBe("no-transition");
    expect(
      faultOf(
        function* (y, x) {
          for (;;) yield query(y, x);
        },
        2,
        100,
      ),
    ).toBe("too-many-queries");
  });

  it("passes on a refused query's reason, and errors from the coroutine unchanged", () => {
    const far: CellProgram = function* (y, x) {
      yield query(y - 2, x);
      yield transition(y, x, 0);
    };
    const refusing = (y: number) => (y < 4 ? refuseQuery("asks two rows up") : 0);
    expect(driveCellOrFault(far, 5, 7, refusing, { states: 2 })).toBe("asks two rows up");
    const throwing: CellProgram = function* (y, x) {
      yield query(y, x);
      throw new TypeError("the rule's own bug");
    };
    expect(() => driveCellOrFault(throwing, 5, 7, () => 0, { states: 2 })).toThrow(TypeError);
  });
});
