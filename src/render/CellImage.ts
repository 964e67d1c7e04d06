/** Pixels to blit, one 32-bit RGBA word per pixel in the platform's byte order (little-endian). */
export interface CellImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint32Array<ArrayBuffer>;
}
