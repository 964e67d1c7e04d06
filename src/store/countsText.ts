import { formatCount } from "./formatCount.ts";

/** "Generation 12, population 5": how the status region reads the counts out, exactly. */
export function countsText(generation: number | bigint, population: number | bigint): string {
  return `Generation ${formatCount(generation)}, population ${formatCount(population)}`;
}
