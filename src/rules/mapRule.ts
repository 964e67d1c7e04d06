import { NEIGHBOUR_CELLS } from "../engine/readBlock.ts";
import type { Neighbourhood } from "./Rule.ts";

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const CENTRE = 1 << 4;

/** How many base64 characters a MAP rule of each neighbourhood has: 2^(n+1) bits, 6 a character. */
export const MAP_LENGTHS: Readonly<Record<Neighbourhood, number>> = {
  moore: 86,
  hexagonal: 22,
  vonNeumann: 6,
};

/** The neighbourhood whose MAP rules are `length` base64 characters long, if any. */
export function neighbourhoodOfMapLength(length: number): Neighbourhood | undefined {
  for (const [neighbourhood, mapLength] of Object.entries(MAP_LENGTHS)) {
    if (mapLength === length) return neighbourhood as Neighbourhood;
  }
  return undefined;
}

/** Whether `ch` is one of the 64 base64 digits (padding `=` is not). */
export function isBase64(ch: string): boolean {
  return ch.length === 1 && BASE64.includes(ch);
}

/**
 * The 512-entry table of a MAP rule's base64 digits (already checked to be `MAP_LENGTHS` long
 * and base64). Bit k of the map, counted from the most significant bit of the first
 * character, is the next state of the neighbourhood whose cells, read north-west to
 * south-east row by row (the neighbourhood's cells and the centre only), spell k in binary.
 * Bits past the last one (the low bits of the last character) are ignored, as in Golly.
 */
export function decodeMap(base64: string, neighbourhood: Neighbourhood): Uint8Array {
  const table = new Uint8Array(512);
  for (let block = 0; block < 512; block++) {
    const k = mapIndex(block, neighbourhood);
    const digit = BASE64.indexOf(base64.charAt(Math.floor(k / 6)));
    table[block] = (digit >> (5 - (k % 6))) & 1;
  }
  return table;
}

/** The base64 digits of a table, as Golly prints a MAP rule: no padding, spare bits clear. */
export function encodeMap(table: Uint8Array, neighbourhood: Neighbourhood): string {
  const digits = new Array<number>(MAP_LENGTHS[neighbourhood]).fill(0);
  for (let block = 0; block < 512; block++) {
    if (!table[block]) continue;
    const k = mapIndex(block, neighbourhood);
    const at = Math.floor(k / 6);
    digits[at] = (digits[at] ?? 0) | (1 << (5 - (k % 6)));
  }
  return digits.map((digit) => BASE64.charAt(digit)).join("");
}

/** The bit of the map that decides `block`: its cells in the neighbourhood, first cell highest. */
function mapIndex(block: number, neighbourhood: Neighbourhood): number {
  const cells = NEIGHBOUR_CELLS[neighbourhood] | CENTRE;
  let k = 0;
  for (let bit = 0; bit < 9; bit++) {
    if ((cells >> bit) & 1) k = (k << 1) | ((block >> bit) & 1);
  }
  return k;
}
