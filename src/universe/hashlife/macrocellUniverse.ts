import { isMacrocellLeaf, type Macrocell, type MacrocellNode } from "../../formats/Macrocell.ts";
import type { PatternComment } from "../../formats/Pattern.ts";
import type { CompiledRule } from "../../kernels/CompiledRule.ts";
import type { Universe } from "../Universe.ts";
import { DEFAULT_MAX_NODES, type HashLifeOptions } from "./createHashLife.ts";
import { HashLifeUniverse } from "./HashLifeUniverse.ts";

/**
 * A HashLife universe holding a macrocell's tree node for node (no cell is visited, so a tree
 * of any extent loads in time proportional to its nodes), at the macrocell's generation and with
 * Golly's placement. `rule` is the compiled form of the macrocell's rule, which the caller parses.
 * Throws RangeError when the nodes do not fit under the node cap.
 */
export function hashLifeFromMacrocell(
  macrocell: Macrocell,
  rule: CompiledRule,
  options: HashLifeOptions = {},
): Universe {
  const universe = new HashLifeUniverse(rule, options.maxNodes ?? DEFAULT_MAX_NODES);
  const root = macrocell.nodes.at(-1);
  if (root === undefined) {
    universe.replaceTree(universe.root, universe.level, macrocell.generation);
    return universe;
  }
  if (root.level < 3) {
    // A tiny root of Golly's multicell style: its cells, placed as Golly places them.
    const half = 2 ** (root.level - 1);
    const rows = isMacrocellLeaf(root) ? root.rows : [];
    rows.forEach((row, y) => {
      for (let x = 0; row >> x !== 0; x++)
        if ((row >> x) & 1) universe.set(x - half, y + 1 - half, 1);
    });
    universe.replaceTree(universe.root, universe.level, macrocell.generation);
    return universe;
  }
  const ok = universe.tryRun(() => {
    const ids = buildNodes(universe, macrocell.nodes);
    universe.replaceTree(ids[ids.length - 1] as number, root.level, macrocell.generation);
  });
  if (!ok) throw universe.tooBig();
  return universe;
}

/** The store ids of the nodes, by node number (index 0 unused). */
function buildNodes(universe: HashLifeUniverse, nodes: readonly MacrocellNode[]): number[] {
  const store = universe.store;
  const ids = [0];
  for (const node of nodes) {
    if (isMacrocellLeaf(node)) {
      if (node.level !== 3) {
        ids.push(-1); // only a child of levels 2 and 3, which the reader already joined
        continue;
      }
      const block = (top: number, shift: number): number => {
        let bits = 0;
        for (let r = 0; r < 4; r++)
          bits |= (((node.rows[top + r] as number) >> shift) & 15) << (4 * r);
        return bits;
      };
      ids.push(store.join(3, block(0, 0), block(0, 4), block(4, 0), block(4, 4)));
    } else {
      const child = (n: number): number =>
        n === 0 ? store.empty(node.level - 1) : (ids[n] as number);
      ids.push(
        store.join(node.level, child(node.nw), child(node.ne), child(node.sw), child(node.se)),
      );
    }
  }
  return ids;
}

/** What a macrocell written from a universe says besides its nodes. */
export interface MacrocellHead {
  readonly rule?: string;
  readonly comments?: readonly PatternComment[];
}

/**
 * The macrocell of a HashLife universe: each distinct non-empty node once, children before
 * parents (so the file grows with the distinct nodes, not with the cells), the root last,
 * at the universe's generation.
 */
export function macrocellFromHashLife(universe: Universe, head: MacrocellHead = {}): Macrocell {
  if (!(universe instanceof HashLifeUniverse)) {
    throw new TypeError(`Only a HashLife universe writes macrocells, not ${universe.engine}`);
  }
  const store = universe.store;
  const nodes: MacrocellNode[] = [];
  const numbers = new Map<number, number>();
  const visit = (id: number, level: number): number => {
    if (store.isEmpty(id, level)) return 0;
    const known = numbers.get(id);
    if (known !== undefined) return known;
    let node: MacrocellNode;
    if (level === 3) {
      const rows: number[] = [];
      for (const [left, right] of [
        [store.nw[id] as number, store.ne[id] as number],
        [store.sw[id] as number, store.se[id] as number],
      ] as const) {
        for (let r = 0; r < 4; r++)
          rows.push(((left >> (4 * r)) & 15) | (((right >> (4 * r)) & 15) << 4));
      }
      node = { level: 3, rows };
    } else {
      node = {
        level,
        nw: visit(store.nw[id] as number, level - 1),
        ne: visit(store.ne[id] as number, level - 1),
        sw: visit(store.sw[id] as number, level - 1),
        se: visit(store.se[id] as number, level - 1),
      };
    }
    nodes.push(node);
    numbers.set(id, nodes.length);
    return nodes.length;
  };
  visit(universe.root, universe.level);
  const base = { generation: universe.generation, comments: head.comments ?? [], nodes };
  return head.rule === undefined ? base : { ...base, rule: head.rule };
}
