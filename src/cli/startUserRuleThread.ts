import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import { HELPER_NAMES } from "../userRule/index.ts";
import { CliError } from "./CliError.ts";
import type { ThreadData, ThreadReply, ThreadRequest } from "./userRuleThreadProtocol.ts";

/** How long a request may go without a reply or a row done, in ms. */
export const THREAD_BUDGET_MILLIS = 700;
/** How long the thread may take to start (Node and the vm context), in ms. */
const START_MILLIS = 15_000;

/**
 * What the thread may use: a user's rule that allocates without end is stopped by V8 at these
 * limits (the thread dies; the CLI, waiting, stops after its budget).
 */
const RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 32,
  codeRangeSizeMb: 32,
  stackSizeMb: 4,
};

/** The CLI's user-rule thread, called synchronously. */
export interface UserRuleThread {
  /** The grid's cells, a byte each, shared with the thread, which steps them in place. */
  readonly cells: Uint8Array;
  /** Sends a request and waits for the reply; throws CliError when the thread overruns. */
  call(request: ThreadRequest): ThreadReply;
  terminate(): void;
}

/**
 * Starts the worker thread that runs a user's rule (userRuleThread.ts, bundled here by
 * esbuild, which the CLI runs under anyway) with V8 resource limits, sharing `cellCount`
 * bytes of cells with it. A call waits with `Atomics.wait`, so the CLI's synchronous universe
 * can step through it; a call with no reply and no row done for THREAD_BUDGET_MILLIS has the
 * thread terminated, and throws a one-line CliError naming `file`.
 */
export function startUserRuleThread(cellCount: number, file: string): UserRuleThread {
  const control = new Int32Array(new SharedArrayBuffer(12));
  const cells = new Uint8Array(new SharedArrayBuffer(Math.max(1, cellCount)));
  const channel = new MessageChannel();
  const data: ThreadData = { port: channel.port2, control, cells, helpers: helpersScript() };
  const worker = new Worker(threadScript(), {
    eval: true,
    workerData: data,
    transferList: [channel.port2],
    resourceLimits: RESOURCE_LIMITS,
    stdout: true,
    stderr: true,
  });
  worker.unref();
  // Heard only once the CLI waits no more: by then a stop has already said what went wrong.
  worker.on("error", () => {});
  const stop = (why: string): never => {
    void worker.terminate();
    throw new CliError(`${file}: ${why}`);
  };
  if (Atomics.wait(control, 2, 0, START_MILLIS) === "timed-out" && Atomics.load(control, 2) === 0) {
    stop("the rule's thread did not start");
  }
  return {
    cells,
    call(request) {
      Atomics.store(control, 0, 0);
      channel.port1.postMessage(request);
      let rows = Atomics.load(control, 1);
      while (Atomics.wait(control, 0, 0, THREAD_BUDGET_MILLIS) === "timed-out") {
        const now = Atomics.load(control, 1);
        if (now === rows) {
          stop(
            `stopped after ${THREAD_BUDGET_MILLIS / 1000} s without an answer: an endless loop, a coroutine that never transitions, or memory without end?`,
          );
        }
        rows = now;
      }
      const reply = receiveMessageOnPort(channel.port1)?.message as ThreadReply | undefined;
      if (!reply) return stop("the rule's thread answered nothing");
      return reply;
    },
    terminate() {
      void worker.terminate();
    },
  };
}

/** The thread's script, bundled from its source with what it imports. */
function threadScript(): string {
  const result = buildSync({
    entryPoints: [sourceOf("src/cli/userRuleThread.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    write: false,
    logLevel: "error",
  });
  // Says the thread is up (control[2]) once its module has run.
  const ready =
    "\n;{const c=require('node:worker_threads').workerData.control;Atomics.store(c,2,1);Atomics.notify(c,2);}";
  return `${result.outputFiles[0]?.text ?? ""}${ready}`;
}

/** The rule helpers as a script for the vm context: each helper a global of it, nothing else. */
function helpersScript(): string {
  const result = buildSync({
    entryPoints: [sourceOf("src/userRule/userRuleHelpers.ts")],
    bundle: true,
    format: "iife",
    globalName: "__ruleHelpers",
    target: "es2022",
    write: false,
    logLevel: "error",
  });
  const names = HELPER_NAMES.join(", ");
  return `${result.outputFiles[0]?.text ?? ""}\nvar { ${names} } = __ruleHelpers.USER_RULE_HELPERS;`;
}

/**
 * A file of the project's source: next to this module when it runs from source (tests), or
 * from the project's root when it runs bundled (`npm run life`, from node_modules/.cache).
 */
function sourceOf(path: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    if (existsSync(join(dir, path))) return join(dir, path);
    dir = dirname(dir);
  }
  const fromCwd = join(process.cwd(), path);
  if (existsSync(fromCwd)) return fromCwd;
  throw new CliError(`cannot find ${path}: run life from the project's folder`);
}
