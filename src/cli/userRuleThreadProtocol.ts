import type { MessagePort } from "node:worker_threads";
import type { Surface } from "../engine/Surface.ts";
import type { UserRuleProblem, UserRuleVerdict } from "../userRule/index.ts";

/** What the CLI gives its user-rule thread when it starts it. */
export interface ThreadData {
  readonly port: MessagePort;
  /** [0]: 1 once a reply is posted; [1]: rows done, the thread's sign of life. */
  readonly control: Int32Array;
  /** The grid's cells a byte each, stepped in place. */
  readonly cells: Uint8Array;
  /** The rule helpers' script (an IIFE defining each helper as a global of the vm context). */
  readonly helpers: string;
}

/** Requests to the thread: each names the rule's source (prepared again when it changes). */
export type ThreadRequest =
  | { readonly kind: "prepare"; readonly source: string }
  | {
      readonly kind: "step";
      readonly source: string;
      readonly states: number;
      readonly width: number;
      readonly height: number;
      readonly surface: Surface;
      readonly generations: number;
    };

export type ThreadReply =
  | { readonly kind: "prepared"; readonly verdict: UserRuleVerdict }
  | { readonly kind: "stepped" }
  | { readonly kind: "problem"; readonly problem: UserRuleProblem };
