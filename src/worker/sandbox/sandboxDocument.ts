import { SANDBOX_BUDGET_MILLIS } from "./protocol.ts";

/**
 * The Content-Security-Policy of the sandbox's document, which its blob: worker inherits:
 * nothing may be fetched or connected to (`default-src 'none'` covers connect-src: fetch,
 * XMLHttpRequest, WebSocket, EventSource), scripts only inline (the supervisor), from blob:
 * (the worker) or by eval (the user's rule), never from the network, and workers only from
 * blob:. The iframe's `sandbox="allow-scripts"` gives it an opaque origin: no cookies, storage
 * or IndexedDB of the app's, and no access to the page.
 */
export const SANDBOX_POLICY =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; base-uri 'none'; form-action 'none'";

/**
 * The supervisor, run in the sandbox's iframe (serialised with `toString`, so it refers to
 * nothing outside itself). It receives the worker's script from the page once, and message
 * ports (the page's, and one per universe worker) whose requests it passes to the worker one at
 * a time. A request that goes `budget` ms without an answer or an `alive` from the worker (an
 * endless loop, a coroutine that never transitions, memory without end) has the worker
 * terminated and replaced, and is answered with a problem; so is one whose worker died.
 */
function supervise(budget: number): void {
  type Job = { port: MessagePort; request: { id: number; cells?: Uint8Array } };
  let runtime: string | null = null;
  let worker: Worker | null = null;
  let current: Job | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queue: Job[] = [];

  const problem = (job: Job, detail: string) => {
    job.port.postMessage({
      kind: "problem",
      id: job.request.id,
      problem: { message: detail, detail },
    });
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(overrun, budget);
  };
  const replace = (detail: string) => {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    const job = current;
    current = null;
    if (job) problem(job, detail);
    next();
  };
  const overrun = () =>
    replace(
      `stopped after ${budget / 1000} s without an answer: an endless loop, a coroutine that never transitions, or memory without end? The world is as it was before this step.`,
    );
  const start = (): Worker => {
    const started = new Worker(runtime as string);
    started.onmessage = (event) => {
      const reply = event.data as { kind: string; id?: number; cells?: Uint8Array };
      if (reply.kind === "alive") {
        if (current) arm();
        return;
      }
      if (!current || reply.id !== current.request.id) return;
      clearTimeout(timer);
      const job = current;
      current = null;
      job.port.postMessage(reply, reply.cells ? [reply.cells.buffer] : []);
      next();
    };
    started.onerror = (event) => {
      event.preventDefault();
      replace(`the rule's worker failed: ${event.message || "it stopped"}`);
    };
    return started;
  };
  const next = () => {
    if (current || runtime === null) return;
    const job = queue.shift();
    if (!job) return;
    current = job;
    worker ??= start();
    const { cells } = job.request;
    worker.postMessage(job.request, cells ? [cells.buffer] : []);
    arm();
  };
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent) return;
    const data = event.data as { kind?: string; code?: string } | null;
    if (data?.kind === "runtime" && typeof data.code === "string" && runtime === null) {
      runtime = URL.createObjectURL(new Blob([data.code], { type: "text/javascript" }));
    }
    for (const port of event.ports) {
      port.onmessage = (message) => {
        queue.push({ port, request: message.data });
        next();
      };
    }
    next();
  });
}

/** The sandbox iframe's whole document, for its `srcdoc`. */
export function sandboxDocument(budget: number = SANDBOX_BUDGET_MILLIS): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${SANDBOX_POLICY}"><script>(${supervise.toString()})(${budget});</script></head><body></body></html>`;
}
