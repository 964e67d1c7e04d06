import type { UniverseStatus } from "./protocol.ts";

/**
 * Asks for the population record's points the page lacks: it holds the first `have` points of
 * record `record` (0 and -1 for none). A read: answered at once, even while a step runs.
 */
export interface PopulationsRequest {
  readonly kind: "populations";
  readonly id: number;
  readonly record: number;
  readonly have: number;
}

/**
 * The answer: the page keeps its first `keep` points of `record` (none of another) and appends
 * `generations` and `populations` (transferred). `spacing` is the least gap between two points
 * kept (1 until the record was thinned at its cap); `sampled` says that some points were reached
 * by jumps (HashLife, a chunk of the band pool), so generations between them are missing.
 */
export interface PopulationsReply {
  readonly kind: "populations";
  readonly id: number;
  readonly status: UniverseStatus;
  readonly record: number;
  readonly keep: number;
  readonly generations: Float64Array;
  readonly populations: Float64Array;
  readonly spacing: number;
  readonly sampled: boolean;
  /** The most points the record keeps before it thins. */
  readonly cap: number;
}
