import { NEIGHBOURHOODS } from "../CompiledRule.ts";

const WORDS = NEIGHBOURHOODS / 32;

/** For inputs 0-4, the bits of a word whose index has that input 0. */
const LOW_HALVES = [0x55555555, 0x33333333, 0x0f0f0f0f, 0x00ff00ff, 0x0000ffff];

/**
 * A function of the nine inputs of a 3x3 block as its 512 values, bit i of the table for
 * block i (the `CompiledRule` index): immutable, sixteen words.
 */
export class TruthTable {
  private hashCode: number | undefined;

  private constructor(private readonly words: Int32Array) {}

  static fromTable(table: Uint8Array): TruthTable {
    const words = new Int32Array(WORDS);
    for (let i = 0; i < NEIGHBOURHOODS; i++) {
      if (table[i] !== 0) words[i >> 5] = (words[i >> 5] as number) | (1 << (i & 31));
    }
    return new TruthTable(words);
  }

  static constant(value: boolean): TruthTable {
    return new TruthTable(new Int32Array(WORDS).fill(value ? -1 : 0));
  }

  /** The function that is input `input`'s value. */
  static input(input: number): TruthTable {
    const words = new Int32Array(WORDS);
    for (let w = 0; w < WORDS; w++) {
      words[w] = input < 5 ? ~(LOW_HALVES[input] as number) : (w >> (input - 5)) & 1 ? -1 : 0;
    }
    return new TruthTable(words);
  }

  /** The table's value for block `index`. */
  at(index: number): number {
    return ((this.words[index >> 5] as number) >>> (index & 31)) & 1;
  }

  not(): TruthTable {
    return this.map((a) => ~a);
  }

  and(other: TruthTable): TruthTable {
    return this.map((a, w) => a & (other.words[w] as number));
  }

  andNot(other: TruthTable): TruthTable {
    return this.map((a, w) => a & ~(other.words[w] as number));
  }

  or(other: TruthTable): TruthTable {
    return this.map((a, w) => a | (other.words[w] as number));
  }

  xor(other: TruthTable): TruthTable {
    return this.map((a, w) => a ^ (other.words[w] as number));
  }

  /** The function with input `input` fixed at `value`, as a function of all nine. */
  cofactor(input: number, value: 0 | 1): TruthTable {
    if (input >= 5) {
      const bit = 1 << (input - 5);
      return this.map((_, w) => this.words[value ? w | bit : w & ~bit] as number);
    }
    const low = LOW_HALVES[input] as number;
    const shift = 1 << input;
    return this.map((a) => {
      const kept = value ? (a & ~low) >>> shift : a & low;
      return kept | (kept << shift);
    });
  }

  /** Whether every block where this is 1 has `other` 1 too. */
  within(other: TruthTable): boolean {
    for (let w = 0; w < WORDS; w++) {
      if (((this.words[w] as number) & ~(other.words[w] as number)) !== 0) return false;
    }
    return true;
  }

  /** Whether no block has both 1. */
  disjoint(other: TruthTable): boolean {
    for (let w = 0; w < WORDS; w++) {
      if (((this.words[w] as number) & (other.words[w] as number)) !== 0) return false;
    }
    return true;
  }

  equals(other: TruthTable): boolean {
    for (let w = 0; w < WORDS; w++) if (this.words[w] !== other.words[w]) return false;
    return true;
  }

  /** A hash of the function, for maps (equal tables, equal hashes). */
  hash(): number {
    if (this.hashCode === undefined) {
      let h = 0x811c9dc5;
      for (let w = 0; w < WORDS; w++) h = Math.imul(h ^ (this.words[w] as number), 0x01000193);
      this.hashCode = h ^ (h >>> 15);
    }
    return this.hashCode;
  }

  /**
   * The hash of `this op other` (op 0 and, 1 and-not, 2 or, 3 xor), as `hash()` has it,
   * without making the table: for looking up many combinations quickly.
   */
  combinedHash(other: TruthTable, op: number): number {
    let h = 0x811c9dc5;
    for (let w = 0; w < WORDS; w++) {
      const a = this.words[w] as number;
      const b = other.words[w] as number;
      const word = op === 0 ? a & b : op === 1 ? a & ~b : op === 2 ? a | b : a ^ b;
      h = Math.imul(h ^ word, 0x01000193);
    }
    return h ^ (h >>> 15);
  }

  private map(f: (word: number, w: number) => number): TruthTable {
    const words = new Int32Array(WORDS);
    for (let w = 0; w < WORDS; w++) words[w] = f(this.words[w] as number, w);
    return new TruthTable(words);
  }
}
