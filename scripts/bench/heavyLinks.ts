import { deflateRawSync } from "node:zlib";

/** A v1 share-link fragment (`#v1.…`) for an envelope, made the way encodeShareState makes one. */
export function shareFragment(envelope: string): string {
  return `#v1.${deflateRawSync(Buffer.from(envelope, "ascii")).toString("base64url")}`;
}

/** The heavy links of issue #10: forged sizes, a few cells on the largest grid, all of it alive. */
export const HEAVY_LINKS = {
  /** 1 x 268435456: within the area limit, far past 16384 a side. */
  oneByHuge: shareFragment("B3/S23;1x268435456;t;0,0\n!"),
  /** 20000 x 100: within the area limit, past 16384 a side. */
  wide: shareFragment("B3/S23;20000x100;t;0,0\n!"),
  /** 16384 x 16384 with 5 cells: a glider at (100, 100). */
  fiveCells: shareFragment("B3/S23;16384x16384;t;100,100\nbo$2bo$3o!"),
  /** 16384 x 16384, every cell alive. */
  allAlive: shareFragment(`B3/S23;16384x16384;t;0,0\n${"16384o$".repeat(16383)}16384o!`),
} as const;
