import type { CompiledRule } from "../kernels/CompiledRule.ts";
import type { LifeLikeRule } from "../rules/Rule.ts";

/**
 * The Life-like rule a compiled table is: `B.../S...` when it is totalistic (the fast kernels'
 * bit-sliced form and the notation a user knows), otherwise the table itself in MAP notation,
 * which every engine of the app runs (wasm-table on grids, HashLife and tiles on the plane).
 */
export function lifeLikeOfTable(compiled: CompiledRule): LifeLikeRule {
  if (compiled.totalistic) {
    const { birth, survival } = compiled.totalistic;
    return { family: "life", neighbourhood: "moore", notation: "counts", birth, survival };
  }
  return { family: "life", neighbourhood: "moore", notation: "map", table: compiled.table };
}
