import type { CellTrace } from "../../engine/trace/index.ts";
import type { UserRuleProblem, UserRuleVerdict } from "../../userRule/index.ts";
import type { SandboxReply, SandboxRequest, SandboxTraceRequest } from "./protocol.ts";
import { sandboxDocument } from "./sandboxDocument.ts";
import { trustVerdict } from "./trustVerdict.ts";

/** A user's rule refused by the sandbox: what was wrong, with its line when known. */
export class SandboxProblem extends Error {
  constructor(readonly problem: UserRuleProblem) {
    super(problem.message);
    this.name = "SandboxProblem";
  }
}

/** The page's handle on the rule sandbox. */
export interface RuleSandbox {
  /** Checks and compiles a rule in the sandbox; rejects with SandboxProblem. */
  prepare(source: string): Promise<UserRuleVerdict>;
  /**
   * Traces the rule's coroutine over some cells in the sandbox (under the same budget as a
   * step); rejects with SandboxProblem.
   */
  trace(request: SandboxTraceRequest): Promise<readonly CellTrace[]>;
  /** Takes requests (SandboxRequest) from another context (a universe worker) on `port`. */
  adopt(port: MessagePort): void;
  dispose(): void;
}

/**
 * Starts the rule sandbox: a hidden iframe with `sandbox="allow-scripts"` (an opaque origin:
 * no access to the page, its cookies or storage) whose document has a Content-Security-Policy
 * without network access (`sandboxDocument`), and whose supervisor runs `runtime` (the
 * sandbox worker's script) as a blob: worker under a time budget. User code runs in that
 * worker only: never in the page, nor in the iframe, which runs the supervisor alone.
 */
export function createRuleSandbox(runtime: string): RuleSandbox {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.title = "Rule sandbox";
  frame.style.display = "none";
  frame.srcdoc = sandboxDocument();
  const loaded = new Promise<Window>((resolve) => {
    frame.addEventListener("load", () => resolve(frame.contentWindow as Window), { once: true });
  });
  document.body.append(frame);
  loaded.then((window) => window.postMessage({ kind: "runtime", code: runtime }, "*"));

  const ship = (port: MessagePort) => {
    loaded.then((window) => window.postMessage({ kind: "port" }, "*", [port]));
  };
  const own = new MessageChannel();
  ship(own.port2);
  let nextId = 1;
  const pending = new Map<number, (reply: SandboxReply) => void>();
  own.port1.onmessage = (event: MessageEvent<SandboxReply>) => {
    const reply = event.data;
    if (!("id" in reply)) return;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  };
  const request = (made: (id: number) => SandboxRequest) =>
    new Promise<SandboxReply>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      own.port1.postMessage(made(id));
    });

  return {
    async prepare(source) {
      const reply = await request((id) => ({ kind: "prepare", id, source }));
      if (reply.kind === "prepared") return trustVerdict(reply.verdict);
      if (reply.kind === "problem") throw new SandboxProblem(reply.problem);
      throw new Error(`the sandbox answered ${reply.kind} to prepare`);
    },
    async trace(traced) {
      const reply = await request((id) => ({ kind: "trace", id, ...traced }));
      if (reply.kind === "traced") return reply.traces;
      if (reply.kind === "problem") throw new SandboxProblem(reply.problem);
      throw new Error(`the sandbox answered ${reply.kind} to trace`);
    },
    adopt: ship,
    dispose() {
      own.port1.close();
      frame.remove();
    },
  };
}
