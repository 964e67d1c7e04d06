import type { Topology } from "../engine/Grid.ts";
import { assertCellCount } from "./assertCellCount.ts";
import { type BitLayout, createBitLayout } from "./BitLayout.ts";
import type { TotalisticMasks } from "./CompiledRule.ts";
import { countBits } from "./countBits.ts";
import { packBits } from "./packBits.ts";
import { ruleLeaves } from "./ruleLeaves.ts";
import type { Stepper } from "./Stepper.ts";
import { stepBits } from "./stepBits.ts";
import { unpackBits } from "./unpackBits.ts";

/** A Stepper on the bit-sliced JS kernel (32 cells per word): Life-like rules only. */
export class BitStepper implements Stepper {
  readonly kind = "bits";
  private readonly layout: BitLayout;
  private readonly leaves: Int32Array;
  private current: Int32Array;
  private spare: Int32Array;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly topology: Topology,
    masks: TotalisticMasks,
  ) {
    this.layout = createBitLayout(width, height, 1);
    this.leaves = ruleLeaves(masks);
    this.current = new Int32Array(this.layout.totalWords);
    this.spare = new Int32Array(this.layout.totalWords);
  }

  step(generations = 1): void {
    const torus = this.topology === "torus";
    for (let i = 0; i < generations; i++) {
      stepBits(this.current, this.spare, this.layout, this.leaves, torus);
      [this.current, this.spare] = [this.spare, this.current];
    }
  }

  getCells(): Uint8Array {
    return unpackBits(this.current, this.layout);
  }

  setCells(cells: Uint8Array): void {
    assertCellCount(cells, this.width, this.height);
    packBits(cells, this.current, this.layout, this.topology === "torus");
  }

  population(): number {
    return countBits(this.current, this.layout);
  }

  dispose(): void {
    this.current = new Int32Array(0);
    this.spare = new Int32Array(0);
  }
}
