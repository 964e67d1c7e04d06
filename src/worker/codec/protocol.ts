import type { Topology } from "../../engine/index.ts";
import type { Rule } from "../../rules/index.ts";
import type { ShareLimits, ShareView } from "../../share/index.ts";
import type { IdentifyResult } from "../../universe/identify/index.ts";
import type { Space } from "../../universe/Universe.ts";

/** A grid as the codec worker gets it: its packed words (layout of `PackedCells.words`). */
export interface CodecGrid {
  readonly width: number;
  readonly height: number;
  readonly words: Uint32Array;
  /** A multi-state grid's states, a byte a cell (see ShareState.states). */
  readonly states?: Uint8Array;
}

/** What the codec worker is asked to do: one job per worker. */
export type CodecRequest =
  | { readonly kind: "decode-share"; readonly payload: string; readonly limits?: ShareLimits }
  | {
      readonly kind: "encode-rle";
      readonly grid: CodecGrid;
      /** The header's rule, with its bounded-grid suffix. */
      readonly rule: string;
      readonly comments: readonly { readonly kind: string; readonly text: string }[];
    }
  | {
      readonly kind: "encode-share";
      readonly grid: CodecGrid;
      readonly topology: Topology;
      readonly rule: string;
      readonly view?: ShareView;
      readonly limits?: ShareLimits;
      /** A user's rule in JavaScript, carried beside `rule` (see ShareState.code). */
      readonly code?: string;
    }
  | {
      /** Identify: run a copy of the world's cells until they repeat (see identifyCells). */
      readonly kind: "identify";
      readonly space: Space;
      readonly rule: Rule;
      /** The non-empty cells as (x, y) pairs, and each one's state at its pair's index. */
      readonly cells: Float64Array;
      readonly states: Uint8Array;
      readonly limit: number;
    };

/** A share link's state with its cells as words, as it crosses to the page. */
export interface DecodedShare {
  readonly grid: CodecGrid;
  readonly topology: Topology;
  readonly rule: string;
  readonly view?: ShareView;
  /** A user's rule in JavaScript: shown, and run only when the user says so. */
  readonly code?: string;
}

export type CodecReply =
  | { readonly kind: "progress"; readonly fraction: number }
  | { readonly kind: "decoded"; readonly state: DecodedShare }
  | { readonly kind: "rle"; readonly blob: Blob }
  | { readonly kind: "share"; readonly payload: string }
  | { readonly kind: "identified"; readonly result: IdentifyResult }
  /** `share` for a ShareLinkError (a bad or too big link), whose message is for the user. */
  | { readonly kind: "failed"; readonly message: string; readonly share: boolean };
