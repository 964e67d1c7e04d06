import { createRuleSandboxHub } from "./createRuleSandboxHub.ts";

/**
 * The page's rule sandbox (see createRuleSandbox): started the first time a user's rule is
 * checked, with its worker's script loaded then, as a chunk of its own.
 */
export const ruleSandbox = createRuleSandboxHub(() =>
  import("virtual:rule-sandbox-runtime").then((module) => module.default),
);
