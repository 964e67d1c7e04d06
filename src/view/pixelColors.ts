/** The colour a fraction `t` of the way from `a` to `b` (0xRRGGBB). */
export function mix(a: number, b: number, t: number): number {
  const channel = (shift: number) => {
    const from = (a >> shift) & 0xff;
    const to = (b >> shift) & 0xff;
    return Math.round(from + (to - from) * t) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** 0xRRGGBB to an opaque RGBA pixel as ImageData's Uint32 view sees it on little-endian hosts. */
export function toPixel(color: number): number {
  const r = (color >> 16) & 0xff;
  const g = (color >> 8) & 0xff;
  const b = color & 0xff;
  return ((0xff << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
