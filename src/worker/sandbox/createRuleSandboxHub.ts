import type { CellTrace } from "../../engine/trace/index.ts";
import type { UserRuleVerdict } from "../../userRule/index.ts";
import { createRuleSandbox, type RuleSandbox } from "./createRuleSandbox.ts";
import type { SandboxPortMessage, SandboxTraceRequest } from "./protocol.ts";

/** The page's one rule sandbox, started on first use, and its lines to the universe workers. */
export interface RuleSandboxHub {
  /** Gives a new universe worker its port to the sandbox (kept until the sandbox starts). */
  connect(worker: Worker): void;
  /** Checks and compiles a rule in the sandbox, starting it; rejects with SandboxProblem. */
  prepare(source: string): Promise<UserRuleVerdict>;
  /** Traces a rule's coroutine in the sandbox, starting it; rejects with SandboxProblem. */
  trace(request: SandboxTraceRequest): Promise<readonly CellTrace[]>;
  /**
   * Starts the sandbox (its iframe and worker) without running anything in it, so that the
   * first check does not wait for it: the rule editor calls it when it opens.
   */
  warm(): void;
}

/**
 * Every universe worker gets a port at once; its other end waits here until a user's rule
 * first needs the sandbox (a session without one never starts it), then goes to the sandbox's
 * supervisor. Messages a worker sends before that wait in the port. The sandbox's script is
 * loaded with it (`loadRuntime`: a lazy chunk), so the main bundle carries none of it.
 */
export function createRuleSandboxHub(loadRuntime: () => Promise<string>): RuleSandboxHub {
  let sandbox: Promise<RuleSandbox> | null = null;
  const waiting: MessagePort[] = [];
  const started = (): Promise<RuleSandbox> => {
    sandbox ??= loadRuntime().then((runtime) => {
      const made = createRuleSandbox(runtime);
      for (const port of waiting.splice(0)) made.adopt(port);
      return made;
    });
    return sandbox;
  };
  return {
    connect(worker) {
      const channel = new MessageChannel();
      const message: SandboxPortMessage = { kind: "sandbox", port: channel.port2 };
      worker.postMessage(message, [channel.port2]);
      if (sandbox) sandbox.then((made) => made.adopt(channel.port1));
      else waiting.push(channel.port1);
    },
    prepare: (source) => started().then((made) => made.prepare(source)),
    trace: (request) => started().then((made) => made.trace(request)),
    warm() {
      void started();
    },
  };
}
