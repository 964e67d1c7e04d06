import { type GridBounds, isTube, type Tube } from "./Rule.ts";

/**
 * Golly's canonical bounded-grid suffix, as its canonicalsuffix writes it: `:T64,48`,
 * `:P64,48`, `:T30+5,20` / `:T30-5,20` / `:T30,20+5`, `:K40*,20` / `:K40,20*` with `+1` after
 * the star when shifted, `:C40,20`, `:S40`; a tube or strip with 0 for its infinite side,
 * `:T0,20`, `:P30,0`.
 */
export function formatBounds(bounds: GridBounds | Tube): string {
  if (isTube(bounds)) {
    const letter = bounds.topology === "torus" ? "T" : "P";
    return bounds.axis === "x" ? `:${letter}0,${bounds.size}` : `:${letter}${bounds.size},0`;
  }
  const { topology, width, height, shift } = bounds;
  const by = shift ? `${shift.by < 0 ? "" : "+"}${shift.by}` : "";
  switch (topology) {
    case "plane":
      return `:P${width},${height}`;
    case "sphere":
      return `:S${width}`;
    case "cross":
      return `:C${width},${height}`;
    case "klein":
      return bounds.twist === "horizontal"
        ? `:K${width}*${by},${height}`
        : `:K${width},${height}*${by}`;
    case "torus":
      return shift?.edges === "vertical"
        ? `:T${width},${height}${by}`
        : `:T${width}${by},${height}`;
  }
}
