import type { SandboxReply, SandboxRequest } from "./protocol.ts";

/** A grid step asked of the sandbox: a `step` request without its id. */
export type SandboxStep = Omit<Extract<SandboxRequest, { kind: "step" }>, "kind" | "id">;

/** A universe worker's line to the rule sandbox, once the page has given it a port. */
export interface SandboxLink {
  attach(port: MessagePort): void;
  /** The grid `generations` later; rejects with the problem's message (the world unchanged). */
  step(request: SandboxStep): Promise<Uint8Array>;
}

/**
 * The universe worker's end of the rule sandbox: requests go out on the port the page sent
 * (see createRuleSandboxHub), and each reply settles the request with its id.
 */
export function createSandboxLink(): SandboxLink {
  let port: MessagePort | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(cells: Uint8Array): void; reject(e: Error): void }>();
  return {
    attach(given) {
      port?.close();
      port = given;
      port.onmessage = (event: MessageEvent<SandboxReply>) => {
        const reply = event.data;
        if (!("id" in reply)) return;
        const waiting = pending.get(reply.id);
        pending.delete(reply.id);
        if (reply.kind === "stepped") waiting?.resolve(reply.cells);
        else if (reply.kind === "problem") waiting?.reject(new Error(reply.problem.message));
        else waiting?.reject(new Error(`the rule sandbox answered ${reply.kind} to a step`));
      };
    },
    step(request) {
      const open = port;
      if (!open) {
        return Promise.reject(
          new Error("the rule sandbox is not connected to this world's worker"),
        );
      }
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        open.postMessage({ kind: "step", id, ...request }, [request.cells.buffer]);
      });
    },
  };
}
