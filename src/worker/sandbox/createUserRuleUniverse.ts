import type { UserRule } from "../../rules/Rule.ts";
import { isGridSpace } from "../../universe/isGridSpace.ts";
import type { Universe } from "../../universe/Universe.ts";
import type { CreateUniverse } from "../universe/createUniverseHost.ts";
import { createSandboxedUniverse } from "./createSandboxedUniverse.ts";
import type { SandboxLink } from "./createSandboxLink.ts";

/**
 * How the universe worker makes worlds once user rules are possible: a user's rule that did
 * not compile runs in the sandbox on a bounded grid (whatever engine was asked for: there is
 * one); every other rule as `create` makes it. The infinite plane is refused for it: the plane's
 * engines step only the cells near life, which needs the rule's reach and a table or a kernel,
 * and a user's coroutine has neither.
 */
export function withUserRules(create: CreateUniverse, link: SandboxLink): CreateUniverse {
  return (options) => {
    if (options.rule.family !== "user") return create(options);
    return userRuleUniverse(options.space, options.rule, link, options.words);
  };
}

function userRuleUniverse(
  space: Parameters<CreateUniverse>[0]["space"],
  rule: UserRule,
  link: SandboxLink,
  words: Uint32Array | undefined,
): Universe {
  if (!isGridSpace(space)) {
    throw new RangeError(
      "a user-written rule that does not compile runs on bounded grids only: open a torus or a bounded plane first",
    );
  }
  return createSandboxedUniverse(space, rule, link, words);
}
