/**
 * The world model: a `Universe` (torus, bounded plane or infinite plane) and the engines that
 * advance it, each getting its rule from the cell coroutine. `createUniverse` picks the engine.
 */

export { type BoundedWorld, type GridShape, spaceOf } from "./BoundedWorld.ts";
export {
  type BoundedSnapshot,
  type BoundedSpace,
  type BoundedUniverse,
  isBoundedUniverse,
  wordsOf,
} from "./bounded/BoundedUniverse.ts";
export {
  type BoundedEngine,
  boundedUniverseFromWords,
  createBoundedUniverse,
} from "./bounded/createBoundedUniverse.ts";
export {
  autoEngine,
  autoEngineFor,
  createUniverse,
  ENGINES_FOR,
  type EngineChoice,
  type UniverseContents,
  type UniverseOptions,
} from "./createUniverse.ts";
export type {
  CellRect,
  DensityPicture,
  EngineName,
  Space,
  State,
  Universe,
  UniverseSnapshot,
} from "./Universe.ts";
