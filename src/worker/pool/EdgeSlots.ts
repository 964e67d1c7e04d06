import { packedRowWords } from "../../kernels/index.ts";

/**
 * The fast engine's halo exchange in shared memory: for each of two generations used in turn,
 * each band's first and last rows, packed. A band publishes its edges for generation g into
 * parity g & 1, meets the others at the barrier, then reads its neighbours' edges from the same
 * parity. Two parities make one barrier per generation enough: a band cannot write parity p
 * again before every band has passed the next barrier, which each passes only after reading p.
 */
export class EdgeSlots {
  private readonly words: Int32Array;
  private readonly rowWords: number;

  constructor(
    buffer: SharedArrayBuffer,
    width: number,
    private readonly bands: number,
  ) {
    this.rowWords = packedRowWords(width);
    this.words = new Int32Array(buffer);
  }

  /** Bytes of shared memory for `bands` bands of rows `width` wide. */
  static bytes(width: number, bands: number): number {
    return 2 * bands * 2 * packedRowWords(width) * 4;
  }

  /** The slot for band `band`'s first (`top`) or last row at `parity`. */
  slot(parity: number, band: number, side: "top" | "bottom"): Int32Array {
    const index = ((parity * this.bands + band) * 2 + (side === "top" ? 0 : 1)) * this.rowWords;
    return this.words.subarray(index, index + this.rowWords);
  }
}
