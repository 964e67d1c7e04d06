import { CENTRE_BIT, NEIGHBOURHOODS, type TotalisticMasks } from "./CompiledRule.ts";

/**
 * The birth and survival masks of a rule table, when the table depends only on the centre
 * cell and the number of live neighbours; otherwise undefined.
 */
export function findTotalistic(table: Uint8Array): TotalisticMasks | undefined {
  // masks[centre] gets bit n from the first block seen with that centre and n neighbours;
  // every later block with the same centre and count must agree.
  const masks = [0, 0];
  const seen = [0, 0];
  for (let index = 0; index < NEIGHBOURHOODS; index++) {
    const centre = (index >> CENTRE_BIT) & 1;
    const neighbours = popcount(index & ~(1 << CENTRE_BIT));
    const next = table[index] ?? 0;
    const bit = 1 << neighbours;
    if ((seen[centre] as number) & bit) {
      if ((((masks[centre] as number) >> neighbours) & 1) !== next) return undefined;
    } else {
      seen[centre] = (seen[centre] as number) | bit;
      masks[centre] = (masks[centre] as number) | (next << neighbours);
    }
  }
  return { birth: masks[0] as number, survival: masks[1] as number };
}

function popcount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
