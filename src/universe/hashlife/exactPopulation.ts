import type { NodeStore } from "./NodeStore.ts";

const EXACT = 2 ** 53;

/**
 * The exact population of node `id` of `level`: per-node counts are doubles, exact below 2^53,
 * so only nodes at or past it are summed again, as bigints, from their children.
 */
export function exactPopulation(store: NodeStore, id: number, level: number): bigint {
  const memo = new Map<number, bigint>();
  const count = (node: number, l: number): bigint => {
    const pop = store.population(node, l);
    if (pop < EXACT) return BigInt(pop);
    let total = memo.get(node);
    if (total === undefined) {
      total =
        count(store.nw[node] as number, l - 1) +
        count(store.ne[node] as number, l - 1) +
        count(store.sw[node] as number, l - 1) +
        count(store.se[node] as number, l - 1);
      memo.set(node, total);
    }
    return total;
  };
  return count(id, level);
}
