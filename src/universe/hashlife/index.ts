/** HashLife on the infinite plane, and its import and export of macrocell descriptions. */
export { createHashLife, DEFAULT_MAX_NODES, type HashLifeOptions } from "./createHashLife.ts";
export { HashLifeUniverse } from "./HashLifeUniverse.ts";
export {
  hashLifeFromMacrocell,
  type MacrocellHead,
  macrocellFromHashLife,
} from "./macrocellUniverse.ts";
