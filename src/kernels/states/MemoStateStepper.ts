import type { Topology } from "../../engine/Grid.ts";
import type { StateStepper } from "../StateStepper.ts";
import type { StateMemo } from "./CompiledStates.ts";
import { driveBlock } from "./driveBlock.ts";
import { padBlocks } from "./padBlocks.ts";

const IDENTITY = Uint8Array.from({ length: 256 }, (_, state) => state);

/**
 * The byte kernel of a `StateMemo` (LifeSuper): each cell's 3x3 block of states, 5 bits a
 * cell, keys a map of answers, and a block not met before is answered by driving the cell
 * coroutine once. Slower than a table, far faster than interpreting every cell, since a
 * world holds few distinct blocks.
 */
export class MemoStateStepper implements StateStepper {
  readonly kind = "states-memo";
  private current: Uint8Array;
  private next: Uint8Array;
  private readonly padded: Uint8Array;
  private readonly answers = new Map<number, number>();
  private readonly block = new Uint8Array(9);
  /** The next state of an empty cell among empty cells. */
  private readonly empty: number;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    private readonly rule: StateMemo,
  ) {
    this.current = new Uint8Array(width * height);
    this.next = new Uint8Array(width * height);
    this.padded = new Uint8Array((width + 2) * (height + 2));
    this.empty = this.answer(0);
  }

  cells(): Uint8Array {
    return this.current;
  }

  setCells(cells: Uint8Array): void {
    this.current.set(cells);
  }

  setCell(y: number, x: number, state: number): void {
    this.current[y * this.width + x] = state;
  }

  step(): void {
    const { width, height, topology, padded, current, next } = this;
    const { cells } = this.rule;
    padBlocks(current, width, height, topology, IDENTITY, padded);
    // Cells outside the neighbourhood are left out of the key (weight 0).
    const weights = [...Array(9).keys()].map((bit) =>
      bit === 4 || (cells >> bit) & 1 ? 32 ** bit : 0,
    );
    // A row at a time in a function of its own, which V8 optimises after a few rows.
    for (let y = 0; y < height; y++) this.stepRow(y, weights);
    this.next = current;
    this.current = next;
  }

  private stepRow(y: number, weights: readonly number[]): void {
    const { width, padded, next, answers } = this;
    const [k0, k1, k2, k3, k4, k5, k6, k7, k8] = weights as number[];
    const W = width + 2;
    let up = y * W;
    let mid = up + W;
    let down = mid + W;
    const row = y * width;
    for (let x = 0; x < width; x++, up++, mid++, down++) {
      const key =
        (padded[up] as number) * (k0 as number) +
        (padded[up + 1] as number) * (k1 as number) +
        (padded[up + 2] as number) * (k2 as number) +
        (padded[mid] as number) * (k3 as number) +
        (padded[mid + 1] as number) * (k4 as number) +
        (padded[mid + 2] as number) * (k5 as number) +
        (padded[down] as number) * (k6 as number) +
        (padded[down + 1] as number) * (k7 as number) +
        (padded[down + 2] as number) * (k8 as number);
      // An empty block (most of most worlds) skips the map.
      let answer = key === 0 ? this.empty : answers.get(key);
      if (answer === undefined) answer = this.answer(key);
      next[row + x] = answer;
    }
  }

  private answer(key: number): number {
    const { block, rule } = this;
    let rest = key;
    for (let bit = 0; bit < 9; bit++) {
      block[bit] = rest % 32;
      rest = Math.floor(rest / 32);
    }
    const { next } = driveBlock(rule.program, block, rule.states);
    this.answers.set(key, next);
    return next;
  }

  dispose(): void {}
}
