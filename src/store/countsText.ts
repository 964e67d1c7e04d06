/** "Generation 12, population 5": how the status region reads the counts out. */
export function countsText(generation: number, population: number): string {
  return `Generation ${generation}, population ${population}`;
}
