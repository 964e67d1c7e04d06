/** The infinite plane stepped a tile at a time, for chaotic patterns (see `TiledUniverse`). */
export {
  createTiledUniverse,
  DEFAULT_TILE_ROWS,
  type TiledUniverseOptions,
} from "./createTiledUniverse.ts";
export { TiledUniverse } from "./TiledUniverse.ts";
