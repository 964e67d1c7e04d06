import type { Frame } from "./Frame.ts";

/** The part of V8's structured stack frames (`CallSite`) read here. */
interface CallSite {
  getFunctionName(): string | null;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
  getScriptNameOrSourceURL?(): string | null | undefined;
  getEnclosingLineNumber?(): number | null;
  getEnclosingColumnNumber?(): number | null;
}

type StackApi = ErrorConstructor & {
  captureStackTrace?(target: object, below?: (...args: never[]) => unknown): void;
  prepareStackTrace?: ((error: Error, stack: CallSite[]) => unknown) | undefined;
  stackTraceLimit?: number;
};

const api = Error as StackApi;

/**
 * Frames enough for a cell three generators deep: the builder, then a generator frame and
 * the native `next` that resumed it for each, and the tracer.
 */
const FRAME_LIMIT = 12;

/**
 * Whether this engine gives structured stack frames (V8: Chromium, Node). Elsewhere a trace
 * still records every instruction and answer, without frames.
 */
export const FRAMES_AVAILABLE = probe();

function probe(): boolean {
  if (typeof api.captureStackTrace !== "function") return false;
  const prepare = api.prepareStackTrace;
  try {
    api.prepareStackTrace = (_error, stack) => stack;
    const holder: { stack?: unknown } = {};
    api.captureStackTrace(holder);
    return Array.isArray(holder.stack);
  } catch {
    return false;
  } finally {
    api.prepareStackTrace = prepare;
  }
}

/**
 * Runs `body` with V8 set to give stacks as structured frames (and few of them), as
 * `captureFrames` reads them, and puts the settings back after.
 */
export function withStructuredStacks<T>(body: () => T): T {
  const prepare = api.prepareStackTrace;
  const limit = api.stackTraceLimit;
  try {
    api.prepareStackTrace = (_error, stack) => stack;
    api.stackTraceLimit = FRAME_LIMIT;
    return body();
  } finally {
    api.prepareStackTrace = prepare;
    if (limit !== undefined) api.stackTraceLimit = limit;
  }
}

/**
 * The generator frames on the stack, outermost first, when called by `below`, itself called
 * from the instruction builder (`query` or `transition`) inside a coroutine a tracer resumes
 * (`below` and what called it are left out; the builder is the first frame). V8 puts a
 * native `next` frame below each generator frame it resumes (the tracer's own `next`, and one
 * for each `yield*` between), so the frames taken are those followed by a native frame. The
 * stack is captured only while tracing (`witnessInstructions`), never on the interpreter's
 * path, and only inside `withStructuredStacks`. Returns [] where the engine has no structured
 * frames.
 */
export function captureFrames(below: (...args: never[]) => unknown): Frame[] {
  if (!FRAMES_AVAILABLE || api.captureStackTrace === undefined) return [];
  const holder: { stack?: unknown } = {};
  api.captureStackTrace(holder, below);
  const sites = holder.stack;
  if (!Array.isArray(sites)) return [];
  const frames: Frame[] = [];
  // sites[0] is the builder (query or transition); generator frames follow, each above a
  // native resume.
  for (let i = 1; i + 1 < sites.length; i += 2) {
    const site = sites[i] as CallSite;
    const resume = sites[i + 1] as CallSite;
    if (resume.getLineNumber() !== null || site.getLineNumber() === null) break;
    const file = site.getScriptNameOrSourceURL?.();
    frames.push({
      name: site.getFunctionName() ?? "(anonymous)",
      line: site.getLineNumber() ?? 0,
      column: site.getColumnNumber() ?? 0,
      functionLine: site.getEnclosingLineNumber?.() ?? 0,
      functionColumn: site.getEnclosingColumnNumber?.() ?? 0,
      ...(file && { file }),
    });
  }
  return frames.reverse();
}
