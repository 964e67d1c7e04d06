import type { Topology } from "../engine/Grid.ts";
import type { TotalisticMasks } from "./CompiledRule.ts";
import { PackedBand } from "./PackedBand.ts";
import { ruleLeaves } from "./ruleLeaves.ts";
import { stepBits } from "./stepBits.ts";

/** A BandStepper on the bit-sliced JS kernel (32 cells per word): Life-like rules only. */
export class BitBand extends PackedBand {
  readonly kind = "bits";
  private readonly leaves: Int32Array;
  private current: Int32Array;
  private spare: Int32Array;

  constructor(
    width: number,
    height: number,
    topology: Topology,
    masks: TotalisticMasks,
    /** Rows stepped together: by default `stepBits`'s, `rowsPerBlock` of the layout. */
    private readonly blockRows?: number,
  ) {
    super(width, height, topology, 1);
    this.leaves = ruleLeaves(masks);
    this.current = new Int32Array(this.layout.totalWords);
    this.spare = new Int32Array(this.layout.totalWords);
  }

  step(): void {
    stepBits(this.current, this.spare, this.layout, this.leaves, this.wrap, this.blockRows);
    [this.current, this.spare] = [this.spare, this.current];
  }

  dispose(): void {
    this.current = new Int32Array(0);
    this.spare = new Int32Array(0);
  }

  protected words(): Int32Array {
    return this.current;
  }
}
