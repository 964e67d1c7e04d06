import { MAX_GRID_AREA } from "../engine/gridLimits.ts";

/**
 * The longest payload decodeShareState reads: 2 Mi characters, about what browsers allow in a
 * whole URL. It bounds the bytes base64 decoding allocates (3/4 of this).
 */
export const MAX_SHARE_PAYLOAD_LENGTH = 2 * 1024 * 1024;

/**
 * The most bytes a payload may inflate to: 1 MiB. Inflation stops as soon as the output passes
 * it, so a small "deflate bomb" costs at most this much memory (plus one stream chunk).
 */
export const MAX_SHARE_INFLATED_BYTES = 1024 * 1024;

/**
 * The largest grid a link may describe: 2^28 cells, the engine's own limit (and, whatever the
 * area, no side over MAX_GRID_SIDE, checked by readShareEnvelope). Decoding allocates one bit per
 * cell (32 MiB for 16384²), so an app that wants less memory at risk passes a smaller `maxArea`.
 */
export const MAX_SHARE_AREA = MAX_GRID_AREA;

/** Caps for decodeShareState (and encodeShareState); each defaults to the constant above it. */
export interface ShareLimits {
  readonly maxPayloadLength?: number;
  readonly maxInflatedBytes?: number;
  readonly maxArea?: number;
}

/** The limits with every default filled in. */
export function resolveShareLimits(limits: ShareLimits = {}): Required<ShareLimits> {
  return {
    maxPayloadLength: limits.maxPayloadLength ?? MAX_SHARE_PAYLOAD_LENGTH,
    maxInflatedBytes: limits.maxInflatedBytes ?? MAX_SHARE_INFLATED_BYTES,
    maxArea: limits.maxArea ?? MAX_SHARE_AREA,
  };
}
